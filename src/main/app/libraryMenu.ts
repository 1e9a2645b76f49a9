import { dialog, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import type { Handlers } from '../../shared/ipc/contract'
import { dispatch } from '../ipc/dispatch'

/**
 * File > Back up library… and File > Restore…: native dialogs over the library:backup and library:restore
 * handlers. After a restore the window reloads, so every view reads the restored library.
 */
export function libraryMenuActions(getWindow: () => BrowserWindow | null, handlers: Handlers, dataDir: string) {
  const day = () => new Date().toISOString().slice(0, 10)
  return {
    async backup(): Promise<void> {
      const win = getWindow()
      if (!win) return
      const chosen = await dialog.showSaveDialog(win, {
        title: 'Back up library',
        defaultPath: join(dataDir, 'backups', `wiremark-library-${day()}.sqlite`),
        filters: [{ name: 'Wiremark library', extensions: ['sqlite'] }],
      })
      if (chosen.canceled || !chosen.filePath) return
      const r = await dispatch(handlers, 'library:backup', { file: chosen.filePath })
      if (!r.ok) {
        dialog.showErrorBox('The backup was not written', r.error.message)
        return
      }
      const v = r.value as { file: string; stories: number }
      await dialog.showMessageBox(win, { type: 'info', message: `Backed up ${v.stories} stories.`, detail: v.file })
    },

    async restore(): Promise<void> {
      const win = getWindow()
      if (!win) return
      const chosen = await dialog.showOpenDialog(win, {
        title: 'Restore library from a backup',
        defaultPath: join(dataDir, 'backups'),
        properties: ['openFile'],
        filters: [{ name: 'Wiremark library', extensions: ['sqlite', 'db'] }, { name: 'All files', extensions: ['*'] }],
      })
      const file = chosen.filePaths[0]
      if (chosen.canceled || !file) return
      const sure = await dialog.showMessageBox(win, {
        type: 'warning',
        buttons: ['Restore', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Replace the library with this backup?',
        detail: `${file}\n\nThe current library is kept beside it as library.sqlite.replaced-<date>.`,
      })
      if (sure.response !== 0) return
      const r = await dispatch(handlers, 'library:restore', { file })
      if (!r.ok) {
        dialog.showErrorBox('The library was not restored', r.error.message)
        return
      }
      const v = r.value as { stories: number; replacedKeptAt: string }
      win.webContents.reload()
      await dialog.showMessageBox(win, { type: 'info', message: `Restored ${v.stories} stories.`, detail: `The replaced library is at ${v.replacedKeptAt}` })
    },
  }
}
