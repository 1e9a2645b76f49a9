import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { BrowserWindow } from 'electron'
import { log } from '../log'
import { readWindowState, type SavedWindowState } from './windowPlacement'

const FILE = 'window-state.json'

/** The saved size, position and maximized state; defaults on the first run or when the file cannot be read. */
export function loadWindowState(dataDir: string): SavedWindowState {
  let text: string
  try {
    text = readFileSync(join(dataDir, FILE), 'utf8')
  } catch {
    return readWindowState(null) // first run: the default size, centred
  }
  try {
    return readWindowState(JSON.parse(text))
  } catch (e) {
    log.warn(`Wiremark: ${FILE} is not JSON; opening the window at its default size`, e)
    return readWindowState(null)
  }
}

/**
 * Remembers the normal (unmaximized) bounds and whether the window is maximized when it closes (written atomically),
 * so a maximized window reopens maximized and restores to the size it had before.
 */
export function trackWindowState(win: BrowserWindow, dataDir: string): void {
  win.on('close', () => {
    const tmp = join(dataDir, `${FILE}.tmp`)
    try {
      writeFileSync(tmp, JSON.stringify({ ...win.getNormalBounds(), maximized: win.isMaximized() }))
      renameSync(tmp, join(dataDir, FILE))
    } catch (e) {
      log.error('Wiremark: cannot save the window position', e)
    }
  })
}
