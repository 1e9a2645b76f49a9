import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

/** The native menu: File with Import/Export, Back up library…/Restore…, Quit, and the platform's Edit, View and Window roles. */
export function buildMenu(
  getWindow: () => BrowserWindow | null,
  onImport: (what: 'files' | 'folders') => void,
  library?: { backup: () => Promise<void>; restore: () => Promise<void> },
): Menu {
  const isMac = process.platform === 'darwin'
  const send = (type: string) => () => getWindow()?.webContents.send('wiremark:event', { type, payload: null })
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => onImport('files') },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => onImport('folders') },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: send('menu:export') },
        ...(library
          ? ([
              { type: 'separator' },
              { label: 'Back up library…', click: () => void library.backup() },
              { label: 'Restore…', click: () => void library.restore() },
            ] satisfies MenuItemConstructorOptions[])
          : []),
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]
  return Menu.buildFromTemplate(template)
}
