import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { loadWindowState, trackWindowState } from './windowState'

// recentFiles shares pushRecent with the menu module, which loads Electron's Menu: no Electron here.
vi.mock('electron', () => ({ Menu: {} }))
const { createRecentFiles } = await import('./recentFiles')

let dir = ''
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'wiremark-state-')))
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** A window that remembers its close listener, with the bounds and state it reports then. */
function fakeWindow(bounds: { x: number; y: number; width: number; height: number }, maximized: boolean) {
  let onClose = () => {}
  const win = { on: (e: string, fn: () => void) => (e === 'close' ? (onClose = fn) : undefined), getNormalBounds: () => bounds, isMaximized: () => maximized }
  return { win: win as unknown as BrowserWindow, close: () => onClose() }
}

describe('window-state.json', () => {
  it('the first run, or a damaged file, opens at the default size with no position (centred later)', () => {
    fresh()
    const first = loadWindowState(dir)
    expect(first.maximized).toBe(false)
    expect(first.bounds.x).toBeUndefined()
    writeFileSync(join(dir, 'window-state.json'), '{"x": 10,')
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    try {
      expect(loadWindowState(dir)).toEqual(first)
      expect(warn).toHaveBeenCalledTimes(1)
    } finally {
      warn.mockRestore()
    }
  })

  it('closing saves the normal bounds and the maximized state; the next start reads them back', () => {
    fresh()
    const w = fakeWindow({ x: 40, y: 30, width: 1100, height: 700 }, true)
    trackWindowState(w.win, dir)
    w.close()
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({ x: 40, y: 30, width: 1100, height: 700, maximized: true })
    expect(loadWindowState(dir)).toEqual({ bounds: { x: 40, y: 30, width: 1100, height: 700 }, maximized: true })
  })
})

describe('recent-files.json (Open Recent on Windows and Linux)', () => {
  it('keeps the list across starts, newest first; Clear empties it; a damaged list starts empty', () => {
    fresh()
    const recents = createRecentFiles(dir, 'linux')
    recents.add('/wire/a.xml')
    recents.add('/wire/b.json')
    recents.add('/wire/a.xml')
    expect(createRecentFiles(dir, 'linux').list()).toEqual(['/wire/a.xml', '/wire/b.json'])
    recents.clear()
    expect(createRecentFiles(dir, 'linux').list()).toEqual([])
    writeFileSync(join(dir, 'recent-files.json'), '{"not": "a list"}')
    expect(createRecentFiles(dir, 'linux').list()).toEqual([])
    writeFileSync(join(dir, 'recent-files.json'), JSON.stringify(['/ok.txt', 3, null]))
    expect(createRecentFiles(dir, 'linux').list()).toEqual(['/ok.txt'])
  })
})
