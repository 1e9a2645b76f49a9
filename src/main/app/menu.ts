import { Menu, type BrowserWindow, type MenuItemConstructorOptions } from 'electron'

/** The native menu: File with Import/Export/Quit, and the platform's Edit, View and Window roles. */
export function buildMenu(getWindow: () => BrowserWindow | null, onImport: (what: 'files' | 'folders') => void): Menu {
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
