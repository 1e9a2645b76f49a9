import { readFileSync, writeFileSync, renameSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { restoreBounds, type WindowBounds } from './windowOptions'

const FILE = 'window-state.json'

export function loadBounds(dataDir: string): WindowBounds {
  try {
    return restoreBounds(JSON.parse(readFileSync(join(dataDir, FILE), 'utf8')))
  } catch {
    // First run, or an unreadable file: the default size is the right answer.
    return restoreBounds(null)
  }
}

/** Remembers size and position when the window closes (written atomically). */
export function trackBounds(win: BrowserWindow, dataDir: string): void {
  win.on('close', () => {
    if (win.isMinimized() || win.isFullScreen()) return
    const tmp = join(dataDir, `${FILE}.tmp`)
    try {
      writeFileSync(tmp, JSON.stringify(win.getNormalBounds()))
      renameSync(tmp, join(dataDir, FILE))
    } catch (e) {
      console.error('Wiremark: cannot save the window position', e)
    }
  })
}
