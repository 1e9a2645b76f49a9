import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// The composition root's wiring of the desktop behaviours (issue 18), against a fake Electron: the parts that are
// pure functions have their own tests; this checks that index.ts hands them the right events.

type Listener = (...args: unknown[]) => unknown
const dataDir = mkdtempSync(join(tmpdir(), 'wiremark-index-'))

const fake = vi.hoisted(() => {
  const on = (map: Map<string, Listener[]>) => (event: string, fn: Listener) => {
    map.set(event, [...(map.get(event) ?? []), fn])
  }
  const appListeners = new Map<string, Listener[]>()
  const windows: FakeWindow[] = []
  const imported: string[][] = []
  const menus: unknown[][] = []
  class FakeWindow {
    listeners = new Map<string, Listener[]>()
    wcListeners = new Map<string, Listener[]>()
    destroyed = false
    minimized = false
    visible = false
    calls: string[] = []
    webContents = {
      on: on(this.wcListeners),
      send: vi.fn(),
      reload: () => this.calls.push('reload'),
      forcefullyCrashRenderer: () => this.calls.push('crash'),
      replaceMisspelling: (w: string) => this.calls.push(`replace:${w}`),
      showDefinitionForSelection: () => this.calls.push('lookUp'),
      session: { addWordToSpellCheckerDictionary: (w: string) => this.calls.push(`add:${w}`) },
      getURL: () => 'app://wiremark/index.html',
    }
    constructor(readonly options: Record<string, unknown>) {
      windows.push(this)
    }
    on(e: string, fn: Listener) {
      on(this.listeners)(e, fn)
      return this
    }
    once(e: string, fn: Listener) {
      return this.on(e, fn)
    }
    off() {
      return this
    }
    emit(e: string, ...args: unknown[]) {
      for (const fn of this.listeners.get(e) ?? []) fn(...args)
    }
    emitWc(e: string, ...args: unknown[]) {
      for (const fn of this.wcListeners.get(e) ?? []) fn(...args)
    }
    isMinimized = () => this.minimized
    isVisible = () => this.visible
    isDestroyed = () => this.destroyed
    restore = () => this.calls.push('restore')
    show = () => this.calls.push('show')
    focus = () => this.calls.push('focus')
    maximize = () => this.calls.push('maximize')
    setBackgroundColor = (c: string) => this.calls.push(`bg:${c}`)
    loadURL = (u: string) => (this.calls.push(`load:${u}`), Promise.resolve())
  }
  const electron = {
    app: {
      on: on(appListeners),
      quit: vi.fn(),
      setPath: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => true),
      whenReady: () => Promise.resolve(),
      isPackaged: true,
      addRecentDocument: vi.fn(),
      clearRecentDocuments: vi.fn(),
      getPath: () => '/home/ed/Documents',
      applicationMenu: null as unknown,
    },
    BrowserWindow: FakeWindow,
    dialog: {
      showErrorBox: vi.fn(),
      showSaveDialog: vi.fn(async () => ({ canceled: true, filePath: '' })),
      showOpenDialog: vi.fn(),
      showMessageBox: vi.fn(async () => ({ response: 0 })),
      showMessageBoxSync: vi.fn(() => 1),
    },
    Menu: { buildFromTemplate: (t: unknown[]) => (menus.push(t), { popup: vi.fn(), items: t }) },
    nativeTheme: { shouldUseDarkColors: true, on: vi.fn() },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: vi.fn(),
        setPermissionCheckHandler: vi.fn(),
        webRequest: { onHeadersReceived: vi.fn() },
        availableSpellCheckerLanguages: ['de-DE', 'en-GB', 'en-US'],
        setSpellCheckerLanguages: vi.fn(),
        setSpellCheckerDictionaryDownloadURL: vi.fn(),
      },
    },
    shell: { openExternal: vi.fn(), showItemInFolder: vi.fn() },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    ipcMain: { handle: vi.fn() },
  }
  const emitApp = (e: string, ...args: unknown[]) => {
    for (const fn of appListeners.get(e) ?? []) fn(...args)
  }
  return { electron, windows, imported, menus, emitApp, appListeners }
})

vi.mock('electron', () => ({ ...fake.electron, default: fake.electron }))
const updater = vi.hoisted(() => ({ autoUpdater: { checkForUpdatesAndNotify: vi.fn(async () => null), logger: null as unknown } }))
vi.mock('electron-updater', () => ({ default: updater }))
vi.mock('./app/logFile', () => ({ startLogFile: () => '/logs/main.log', updaterLogger: {} }))
vi.mock('./paths', () => ({
  appRoot: () => '/app',
  appVersion: () => '1.0.0',
  electronNativeBinding: () => undefined,
  libraryPath: (d: string) => join(d, 'library.sqlite'),
  userDataDir: () => dataDir,
}))
vi.mock('./services/index', () => ({
  createServices: () => ({
    handlers: {},
    events: { subscribe: () => () => {} },
    flushAcks: { request: async () => 'saved' },
    library: { get: () => ({ version: { article: { language: 'en' } } }) },
    exports: { file: () => ({ fileName: 'story.pdf', data: new Uint8Array(3) }) },
    importPaths: (paths: string[]) => (fake.imported.push(paths), { jobId: 'j', total: paths.length }),
    close: vi.fn(),
  }),
}))

const realPlatform = process.platform
const setPlatform = (p: string) => Object.defineProperty(process, 'platform', { value: p })

beforeAll(async () => {
  setPlatform('darwin')
  await import('./index')
  await new Promise((r) => setTimeout(r, 0))
})
afterAll(() => {
  setPlatform(realPlatform)
  rmSync(dataDir, { recursive: true, force: true })
})

const win = () => fake.windows.at(-1) as (typeof fake.windows)[number]

describe('the desktop wiring', () => {
  it('sets the data folder before it takes the single-instance lock, whose file lives there', () => {
    expect(fake.electron.app.setPath).toHaveBeenCalledWith('userData', dataDir)
    const setPathAt = fake.electron.app.setPath.mock.invocationCallOrder[0] as number
    expect(setPathAt).toBeLessThan(fake.electron.app.requestSingleInstanceLock.mock.invocationCallOrder[0] as number)
  })

  it('opens one window on app://, dark background from the theme, at a placed size', () => {
    expect(fake.windows).toHaveLength(1)
    expect(win().calls).toContain('load:app://wiremark/index.html')
    expect(win().options.backgroundColor).toBe('#1e1f22')
    expect(win().options).toMatchObject({ width: 1400, height: 900, x: 260, y: 70 })
  })

  it('a second launch restores and focuses the window and imports the files on its command line', () => {
    win().minimized = true
    fake.emitApp('second-instance', {}, ['C:\\Wiremark.exe', '--flag', 'story.xml', 'notes.exe'], '/home/ed')
    expect(win().calls).toEqual(expect.arrayContaining(['restore', 'show', 'focus']))
    expect(fake.imported.at(-1)).toEqual(['/home/ed/story.xml'])
    expect(fake.electron.app.addRecentDocument).toHaveBeenCalledWith('/home/ed/story.xml')
  })

  it('macOS: open-file imports the file; closing the last window does not quit; activate opens a new one', () => {
    const e = { preventDefault: vi.fn() }
    fake.emitApp('open-file', e, '/Users/ed/ap.txt')
    expect(e.preventDefault).toHaveBeenCalled()
    expect(fake.imported.at(-1)).toEqual(['/Users/ed/ap.txt'])
    win().emit('closed')
    fake.emitApp('window-all-closed')
    expect(fake.electron.app.quit).not.toHaveBeenCalled()
    fake.emitApp('activate')
    expect(fake.windows).toHaveLength(2)
  })

  it('the menu is the packaged macOS one: no Reload or DevTools, Close Window on Cmd+W', () => {
    const menu = fake.menus.find((m) => (m[0] as { role?: string }).role === 'appMenu') as { label?: string; role?: string; submenu?: { role?: string; label?: string }[] }[]
    const view = menu.find((m) => m.label === 'View')?.submenu ?? []
    expect(view.map((i) => i.role)).not.toContain('reload')
    expect(view.map((i) => i.role)).not.toContain('toggleDevTools')
    expect(menu.find((m) => m.label === 'File')?.submenu?.at(-1)).toMatchObject({ role: 'close', accelerator: 'Cmd+W' })
  })

  it('a right click builds the context menu from the params and pops it up', () => {
    const before = fake.menus.length
    win().emitWc('context-menu', {}, { isEditable: true, selectionText: '', misspelledWord: 'goverment', dictionarySuggestions: ['government'], editFlags: { canCut: true, canCopy: true, canPaste: true, canSelectAll: true } })
    const items = fake.menus[before] as { label?: string; click?: () => void }[]
    expect(items[0]?.label).toBe('government')
    items[0]?.click?.()
    expect(win().calls).toContain('replace:government')
  })

  it('a renderer that crashes is reloaded; three crashes in a minute ask first', () => {
    const w = win()
    w.calls.length = 0
    for (let i = 0; i < 3; i++) w.emitWc('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(w.calls.filter((c) => c === 'reload')).toHaveLength(3)
    w.emitWc('render-process-gone', {}, { reason: 'crashed', exitCode: 1 })
    expect(fake.electron.dialog.showMessageBoxSync).toHaveBeenCalledTimes(1)
    expect(fake.electron.app.quit).toHaveBeenCalledTimes(1)
    w.emitWc('render-process-gone', {}, { reason: 'clean-exit', exitCode: 0 })
    expect(w.calls.filter((c) => c === 'reload')).toHaveLength(3)
  })
})

describe('the IPC wiring', () => {
  const invoke = () => fake.electron.ipcMain.handle.mock.calls[0]?.[1] as (e: unknown, channel: string, input: unknown) => Promise<{ ok: boolean; value?: unknown }>
  const fromWindow = () => ({ sender: win().webContents, senderFrame: { url: 'app://wiremark/index.html', parent: null } })

  it("opening a story sets the spell checker to the story's language (Windows, Linux)", async () => {
    setPlatform('linux')
    try {
      const r = await invoke()(fromWindow(), 'stories:get', { id: 'story-1' })
      expect(r.ok).toBe(true)
      expect(fake.electron.session.defaultSession.setSpellCheckerLanguages).toHaveBeenCalledWith(['en-GB', 'en-US'])
    } finally {
      setPlatform('darwin')
    }
  })

  it("the export save dialog filters by the format's extension", async () => {
    await invoke()(fromWindow(), 'exports:save', { storyId: 'story-1', format: 'pdf' })
    const options = (fake.electron.dialog.showSaveDialog.mock.calls.at(-1) as unknown[] | undefined)?.[1] as { filters: unknown; defaultPath: string }
    expect(options.filters).toEqual([{ name: 'PDF report', extensions: ['pdf'] }, { name: 'All files', extensions: ['*'] }])
    expect(options.defaultPath).toBe(join('/home/ed/Documents', 'story.pdf'))
  })

  it("Settings' updates switch: off at first; turning it on saves it for this computer, ticks the menu and checks", async () => {
    expect(await invoke()(fromWindow(), 'app:updates', {})).toMatchObject({ ok: true, value: { switchable: true, on: false } })
    expect(updater.autoUpdater.checkForUpdatesAndNotify).not.toHaveBeenCalled()
    const r = await invoke()(fromWindow(), 'app:setUpdates', { on: true })
    expect(r).toMatchObject({ ok: true, value: { switchable: true, on: true } })
    expect(JSON.parse(readFileSync(join(dataDir, 'desktop-preferences.json'), 'utf8'))).toEqual({ updates: true })
    const help = (fake.menus.at(-1) as { role?: string; submenu?: { label?: string; checked?: boolean }[] }[]).find((m) => m.role === 'help')
    expect(help?.submenu?.find((i) => i.label === 'Check for Updates Automatically')?.checked).toBe(true)
    await vi.waitFor(() => expect(updater.autoUpdater.checkForUpdatesAndNotify).toHaveBeenCalledTimes(1))
    await invoke()(fromWindow(), 'app:setUpdates', { on: false })
    expect(await invoke()(fromWindow(), 'app:updates', {})).toMatchObject({ ok: true, value: { on: false } })
  })

  it('the updates switch is refused where the machine forbids updates, and says why', async () => {
    process.env.WIREMARK_UPDATES = 'off'
    try {
      expect(await invoke()(fromWindow(), 'app:updates', {})).toMatchObject({ ok: true, value: { switchable: false, on: false } })
      const r = await invoke()(fromWindow(), 'app:setUpdates', { on: true })
      expect(r).toMatchObject({ ok: false, error: { code: 'unavailable', message: expect.stringContaining('WIREMARK_UPDATES=off') } })
      expect(JSON.parse(readFileSync(join(dataDir, 'desktop-preferences.json'), 'utf8'))).toEqual({ updates: false })
    } finally {
      delete process.env.WIREMARK_UPDATES
    }
  })

  it('refuses an iframe of our own window', async () => {
    const r = await invoke()({ sender: win().webContents, senderFrame: { url: 'app://wiremark/x.html', parent: {} } }, 'stories:get', { id: 'story-1' })
    expect(r).toMatchObject({ ok: false, error: { code: 'forbidden' } })
  })
})
