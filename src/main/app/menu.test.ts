import type { MenuItemConstructorOptions } from 'electron'
import { describe, expect, it, vi } from 'vitest'

vi.mock('electron', () => ({ Menu: { buildFromTemplate: (t: unknown) => t } }))
const { menuTemplate, pushRecent } = await import('./menu')
const { exportDialogFilters } = await import('./exportDialog')
const { windowBackground } = await import('./windowOptions')

function recorder() {
  const calls: string[] = []
  const act = (name: string) => () => void calls.push(name)
  return {
    calls,
    actions: {
      importFiles: act('importFiles'),
      importFolders: act('importFolders'),
      exportStory: act('exportStory'),
      backup: act('backup'),
      restore: act('restore'),
      openRecent: (f: string) => void calls.push(`openRecent:${f}`),
      clearRecent: act('clearRecent'),
      showLog: act('showLog'),
      setUpdates: (on: boolean) => void calls.push(`updates:${on}`),
    },
  }
}

const label = (i: MenuItemConstructorOptions) => (i.type === 'separator' ? '---' : (i.label ?? i.role ?? '?'))
const sub = (items: MenuItemConstructorOptions[], name: string) =>
  (items.find((i) => label(i) === name || i.role === name)?.submenu ?? []) as MenuItemConstructorOptions[]
const click = (i: MenuItemConstructorOptions | undefined) => i?.click?.({} as never, undefined, {} as never)

describe('the application menu per platform', () => {
  it('macOS: the app menu first; File ends in Close Window on Cmd+W (closing does not quit); Open Recent is the system list', () => {
    const { actions } = recorder()
    const t = menuTemplate({ platform: 'darwin', isPackaged: true, recent: ['/x/a.xml'], updates: { on: false, switchable: true } }, actions)
    expect(t[0]).toEqual({ role: 'appMenu' })
    const file = sub(t, 'File')
    expect(file.at(-1)).toEqual({ role: 'close', label: 'Close Window', accelerator: 'Cmd+W' })
    expect(file.some((i) => i.role === 'quit')).toBe(false)
    expect(file.find((i) => i.label === 'Open Recent')).toEqual({ label: 'Open Recent', role: 'recentDocuments', submenu: [{ role: 'clearRecentDocuments' }] })
    expect(t.find((i) => i.role === 'windowMenu')).toBeDefined()
  })

  it('Windows ends File in Exit, Linux in Quit (Ctrl+Q); no app menu', () => {
    const { actions } = recorder()
    const win = menuTemplate({ platform: 'win32', isPackaged: true, recent: [], updates: { on: false, switchable: true } }, actions)
    expect(win.map(label)).toEqual(['File', 'editMenu', 'View', 'Window', 'help'])
    expect(sub(win, 'File').at(-1)).toEqual({ role: 'quit', label: 'Exit' })
    const linux = menuTemplate({ platform: 'linux', isPackaged: true, recent: [], updates: { on: false, switchable: true } }, actions)
    expect(sub(linux, 'File').at(-1)).toEqual({ role: 'quit', label: 'Quit', accelerator: 'Ctrl+Q' })
  })

  it('Reload, Force Reload and DevTools only in development builds', () => {
    const { actions } = recorder()
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const packaged = sub(menuTemplate({ platform, isPackaged: true, recent: [], updates: { on: false, switchable: true } }, actions), 'View').map(label)
      expect(packaged, platform).toEqual(['resetZoom', 'zoomIn', 'zoomOut', '---', 'togglefullscreen'])
      const dev = sub(menuTemplate({ platform, isPackaged: false, recent: [], updates: { on: false, switchable: false } }, actions), 'View').map(label)
      expect(dev.slice(0, 3), platform).toEqual(['reload', 'forceReload', 'toggleDevTools'])
    }
  })

  it('File: Import, Import Folder, Open Recent, Export, Back up, Restore, each calling its action', () => {
    const { actions, calls } = recorder()
    const file = sub(menuTemplate({ platform: 'linux', isPackaged: true, recent: [], updates: { on: false, switchable: true } }, actions), 'File')
    expect(file.map(label)).toEqual(['Import…', 'Import Folder…', 'Open Recent', 'Export…', '---', 'Back up library…', 'Restore…', '---', 'Quit'])
    expect(file.slice(0, 4).map((i) => i.accelerator)).toEqual(['CmdOrCtrl+O', 'CmdOrCtrl+Shift+O', undefined, 'CmdOrCtrl+E'])
    for (const i of file) click(i)
    expect(calls).toEqual(['importFiles', 'importFolders', 'exportStory', 'backup', 'restore'])
  })

  it("Windows and Linux: Open Recent lists Wiremark's own recent files, opens one, clears them", () => {
    const { actions, calls } = recorder()
    const recent = sub(sub(menuTemplate({ platform: 'win32', isPackaged: true, recent: ['C:\\wire\\ap.txt', 'D:\\x\\reuters.xml'], updates: { on: false, switchable: true } }, actions), 'File'), 'Open Recent')
    expect(recent.map(label)).toEqual(['ap.txt', 'reuters.xml', '---', 'Clear Recently Opened'])
    click(recent[1])
    click(recent[3])
    expect(calls).toEqual(['openRecent:D:\\x\\reuters.xml', 'clearRecent'])
    const empty = sub(sub(menuTemplate({ platform: 'linux', isPackaged: true, recent: [], updates: { on: false, switchable: true } }, actions), 'File'), 'Open Recent')
    expect(empty).toEqual([{ label: 'No Recent Files', enabled: false }])
  })

  it('Help > Show Log File; Check for Updates Automatically shows the state, switches it, and is greyed where it cannot change', () => {
    const { actions, calls } = recorder()
    const help = sub(menuTemplate({ platform: 'linux', isPackaged: true, recent: [], updates: { on: false, switchable: true } }, actions), 'help')
    expect(help.map(label)).toEqual(['Show Log File', '---', 'Check for Updates Automatically'])
    click(help[0])
    expect(help[2]).toMatchObject({ type: 'checkbox', checked: false, enabled: true })
    help[2]?.click?.({ checked: true } as never, undefined, {} as never)
    expect(calls).toEqual(['showLog', 'updates:true'])
    const on = sub(menuTemplate({ platform: 'darwin', isPackaged: true, recent: [], updates: { on: true, switchable: true } }, actions), 'help')
    expect(on[2]).toMatchObject({ checked: true })
    const dev = sub(menuTemplate({ platform: 'win32', isPackaged: false, recent: [], updates: { on: false, switchable: false } }, actions), 'help')
    expect(dev[2]).toMatchObject({ enabled: false })
    // A release on a machine that forbids updates (WIREMARK_UPDATES=off): the item is there, unticked and greyed.
    const forbidden = sub(menuTemplate({ platform: 'linux', isPackaged: true, recent: [], updates: { on: false, switchable: false } }, actions), 'help')
    expect(forbidden[2]).toMatchObject({ checked: false, enabled: false })
  })
})

describe('Open Recent list', () => {
  it('newest first, no duplicates, at most ten; Windows compares paths without case', () => {
    expect(pushRecent(['/a', '/b'], '/b', 'linux')).toEqual(['/b', '/a'])
    expect(pushRecent(['/a', '/B'], '/b', 'linux')).toEqual(['/b', '/a', '/B'])
    expect(pushRecent(['C:\\A.xml'], 'c:\\a.xml', 'win32')).toEqual(['c:\\a.xml'])
    expect(pushRecent(Array.from({ length: 10 }, (_, i) => `/${i}`), '/new', 'linux')).toHaveLength(10)
  })
})

describe('the export save dialog', () => {
  it("filters by the chosen format's extension, then any file", () => {
    expect(exportDialogFilters('pdf')).toEqual([{ name: 'PDF report', extensions: ['pdf'] }, { name: 'All files', extensions: ['*'] }])
    expect(exportDialogFilters('w3c')[0]).toEqual({ name: 'W3C Web Annotation (JSON-LD)', extensions: ['jsonld'] })
    expect(exportDialogFilters('docx')[0]?.extensions).toEqual(['docx'])
    expect(exportDialogFilters('md')[0]?.extensions).toEqual(['md'])
  })
})

describe('the window background before the page paints', () => {
  it("follows the system's dark or light theme, matching the renderer's --bg", () => {
    expect(windowBackground(true)).toBe('#1e1f22')
    expect(windowBackground(false)).toBe('#ffffff')
  })
})
