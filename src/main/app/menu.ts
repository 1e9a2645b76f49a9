import { Menu, type MenuItemConstructorOptions } from 'electron'

export interface MenuActions {
  importFiles: () => void
  importFolders: () => void
  exportStory: () => void
  backup: () => void
  restore: () => void
  /** Imports a file from Open Recent again (Windows and Linux; macOS opens recent documents through 'open-file') */
  openRecent: (file: string) => void
  clearRecent: () => void
  /** Help > Show Log File */
  showLog: () => void
  /** Help > Check for Updates Automatically, with the item's new state */
  setUpdates: (on: boolean) => void
}

export interface MenuOptions {
  platform: NodeJS.Platform
  /** app.isPackaged: Reload, Force Reload and the developer tools only where it is false */
  isPackaged: boolean
  /** Recently opened files, newest first (Windows and Linux; macOS keeps its own list) */
  recent: readonly string[]
  /** Automatic updates: on or off (off by default), and whether the switch can change (not in a development build, not where WIREMARK_UPDATES=off) */
  updates: { on: boolean; switchable: boolean }
}

const baseName = (file: string) => file.split(/[\\/]/).pop() ?? file

/**
 * The application menu for one platform, as data (tested without Electron):
 * - macOS: the app menu; File ends in Close Window (Cmd+W), since closing the window does not quit there; Open Recent
 *   is the system's list.
 * - Windows: File ends in Exit; Linux: Quit (Ctrl+Q). Open Recent is Wiremark's own list of imported files.
 * - View has Reload, Force Reload and Toggle Developer Tools in development builds only; zoom and full screen always.
 */
export function menuTemplate(opts: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const isMac = opts.platform === 'darwin'
  const recent: MenuItemConstructorOptions = isMac
    ? { label: 'Open Recent', role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] }
    : {
        label: 'Open Recent',
        submenu:
          opts.recent.length === 0
            ? [{ label: 'No Recent Files', enabled: false }]
            : [
                ...opts.recent.map((file): MenuItemConstructorOptions => ({ label: baseName(file), toolTip: file, click: () => actions.openRecent(file) })),
                { type: 'separator' },
                { label: 'Clear Recently Opened', click: () => actions.clearRecent() },
              ],
      }
  const closeOrQuit: MenuItemConstructorOptions = isMac
    ? { role: 'close', label: 'Close Window', accelerator: 'Cmd+W' }
    : opts.platform === 'win32'
      ? { role: 'quit', label: 'Exit' }
      : { role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' }
  const development: MenuItemConstructorOptions[] = opts.isPackaged
    ? []
    : [{ role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }, { type: 'separator' }]
  return [
    ...(isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Import…', accelerator: 'CmdOrCtrl+O', click: () => actions.importFiles() },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+O', click: () => actions.importFolders() },
        recent,
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: () => actions.exportStory() },
        { type: 'separator' },
        { label: 'Back up library…', click: () => actions.backup() },
        { label: 'Restore…', click: () => actions.restore() },
        { type: 'separator' },
        closeOrQuit,
      ],
    },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [...development, { role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }],
    },
    isMac ? { role: 'windowMenu' } : { label: 'Window', submenu: [{ role: 'minimize' }] },
    {
      role: 'help',
      submenu: [
        { label: 'Show Log File', click: () => actions.showLog() },
        { type: 'separator' },
        {
          label: 'Check for Updates Automatically',
          type: 'checkbox',
          checked: opts.updates.on,
          enabled: opts.updates.switchable,
          click: (item) => actions.setUpdates(item.checked),
        },
      ],
    },
  ]
}

/** The native menu from menuTemplate(). */
export function buildMenu(opts: MenuOptions, actions: MenuActions): Menu {
  return Menu.buildFromTemplate(menuTemplate(opts, actions))
}

/** Open Recent's list after opening `file`: it first, no duplicates (case-insensitive on Windows), at most `max`. */
export function pushRecent(list: readonly string[], file: string, platform: NodeJS.Platform, max = 10): string[] {
  const same = (a: string) => (platform === 'win32' ? a.toLowerCase() === file.toLowerCase() : a === file)
  return [file, ...list.filter((f) => !same(f))].slice(0, max)
}
