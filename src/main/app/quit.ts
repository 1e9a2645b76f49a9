/**
 * Closing the window or quitting the app (Cmd+Q, File > Quit, the last window closed) loses nothing: the window is
 * asked to save what the editor did and answers when the save is acknowledged (or failed), then the import worker
 * and the database are closed, then the app quits. A window that does not answer within `timeoutMs` (hung, or
 * gone) does not keep the app open. Electron's objects come in as the small interfaces below, so the sequence is
 * tested with fakes.
 */

export interface QuitApp {
  on(event: 'before-quit', listener: (e: { preventDefault: () => void }) => void): void
  quit(): void
}
export interface QuitWindow {
  on(event: 'close', listener: (e: { preventDefault: () => void }) => void): void
  close(): void
  isDestroyed(): boolean
}


/**
 * Wires the sequence: `flushWindow` asks the window to save and resolves when it answered (or timed out);
 * `closeServices` stops the import worker and closes the database (once).
 */
export function installQuitSequence(deps: {
  app: QuitApp
  getWindow: () => QuitWindow | null
  flushWindow: () => Promise<unknown>
  closeServices: () => void
}): { watchWindow: (win: QuitWindow) => void } {
  // Per window: on macOS the app outlives its window, and a window reopened by 'activate' must save again.
  const flushed = new WeakSet<QuitWindow>()
  let quitting: 'no' | 'flushing' | 'done' = 'no'
  const watched = new WeakSet<QuitWindow>()

  const watchWindow = (win: QuitWindow) => {
    if (watched.has(win)) return
    watched.add(win)
    win.on('close', (e) => {
      // The second close (after the save) goes through.
      if (flushed.has(win) || quitting === 'done') return
      e.preventDefault()
      void deps.flushWindow().finally(() => {
        flushed.add(win)
        if (!win.isDestroyed()) win.close()
      })
    })
  }

  deps.app.on('before-quit', (e) => {
    if (quitting === 'done') return
    e.preventDefault()
    if (quitting === 'flushing') return
    quitting = 'flushing'
    const win = deps.getWindow()
    const saved = win && !win.isDestroyed() && !flushed.has(win) ? deps.flushWindow() : Promise.resolve()
    void saved.finally(() => {
      if (win) flushed.add(win)
      quitting = 'done'
      try {
        deps.closeServices()
      } finally {
        deps.app.quit()
      }
    })
  })

  return { watchWindow }
}
