import { readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { beforeEach, describe, expect, it, vi } from 'vitest'

// Electron's security checklist (electronjs.org/docs/latest/tutorial/security), item by item where it applies,
// against the real code: window options, the session handlers (electron mocked), the CSP, the preload, IPC
// sender checks, the single-instance lock, and the fuses in the packaging config.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')

type Listener = (...args: unknown[]) => unknown
const electron = vi.hoisted(() => {
  const listeners = new Map<string, Listener[]>()
  const on = (event: string, fn: Listener) => {
    listeners.set(event, [...(listeners.get(event) ?? []), fn])
  }
  const state = {
    listeners,
    permissionRequest: null as Listener | null,
    permissionCheck: null as Listener | null,
    headersReceived: null as Listener | null,
    singleInstance: true,
    exposed: new Map<string, Record<string, unknown>>(),
    windows: [] as { options: unknown; restore: ReturnType<typeof vi.fn>; focus: ReturnType<typeof vi.fn>; loadFile: ReturnType<typeof vi.fn>; loadURL: ReturnType<typeof vi.fn>; minimized: boolean }[],
    ipc: new Map<string, Listener>(),
  }
  class BrowserWindow {
    webContents = { getURL: () => 'app://wiremark/index.html', send: vi.fn(), on: vi.fn() }
    restore = vi.fn()
    focus = vi.fn()
    show = vi.fn()
    loadFile = vi.fn(() => Promise.resolve())
    loadURL = vi.fn(() => Promise.resolve())
    minimized = false
    constructor(readonly options: unknown) {
      state.windows.push(this)
    }
    isMinimized() {
      return this.minimized
    }
    isVisible() {
      return true
    }
    maximize() {}
    once() {}
    on() {}
  }
  const mod = {
    app: {
      on,
      quit: vi.fn(),
      setPath: vi.fn(),
      requestSingleInstanceLock: vi.fn(() => state.singleInstance),
      whenReady: vi.fn(() => Promise.resolve()),
      applicationMenu: null as unknown,
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: (fn: Listener) => (state.permissionRequest = fn),
        setPermissionCheckHandler: (fn: Listener) => (state.permissionCheck = fn),
        webRequest: { onHeadersReceived: (fn: Listener) => (state.headersReceived = fn) },
      },
    },
    nativeTheme: { shouldUseDarkColors: false, on: vi.fn() },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1040 } }),
    },
    protocol: { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() },
    shell: { openExternal: vi.fn(() => Promise.resolve()) },
    dialog: { showErrorBox: vi.fn(), showOpenDialog: vi.fn() },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Listener) => state.ipc.set(channel, fn) },
    contextBridge: { exposeInMainWorld: (key: string, api: Record<string, unknown>) => state.exposed.set(key, api) },
    ipcRenderer: { invoke: vi.fn(() => Promise.resolve({ ok: true })), on: vi.fn(), removeListener: vi.fn() },
    Menu: { buildFromTemplate: vi.fn(() => ({})) },
  }
  return { state, mod }
})
vi.mock('electron', () => ({ ...electron.mod, default: electron.mod }))

import { applySessionSecurity } from '../main/app/security'
import { isExternalLink, windowOptions } from '../main/app/windowOptions'
import { CONTENT_SECURITY_POLICY } from '../main/security'

/** A fake WebContents that records its handlers, as app 'web-contents-created' hands them over. */
function fakeContents(url: string) {
  const handlers = new Map<string, Listener>()
  let openHandler: Listener | null = null
  return {
    handlers,
    open: (details: { url: string }) => openHandler?.(details),
    contents: {
      getURL: () => url,
      on: (event: string, fn: Listener) => handlers.set(event, fn),
      setWindowOpenHandler: (fn: Listener) => (openHandler = fn),
    },
  }
}

const directives = new Map(
  CONTENT_SECURITY_POLICY.split(';').map((d) => {
    const [name, ...values] = d.trim().split(/\s+/)
    return [name as string, values]
  }),
)

describe('Electron security checklist', () => {
  describe('window options (items 2-4, 6, 9, 12)', () => {
    const prefs = windowOptions('/app/out/preload/index.cjs', { width: 1200, height: 800 }).webPreferences ?? {}
    it('no Node.js in the renderer, context isolation, the sandbox', () => {
      expect(prefs).toMatchObject({ nodeIntegration: false, nodeIntegrationInWorker: false, nodeIntegrationInSubFrames: false, contextIsolation: true, sandbox: true })
    })
    it('webSecurity on, no insecure content, no experimental features, no Blink features, no <webview>', () => {
      expect(prefs).toMatchObject({ webSecurity: true, allowRunningInsecureContent: false, experimentalFeatures: false, webviewTag: false })
      expect(prefs).not.toHaveProperty('enableBlinkFeatures')
      expect(prefs).not.toHaveProperty('enableRemoteModule')
    })
    it('only a local preload', () => {
      expect(prefs.preload).toBe('/app/out/preload/index.cjs')
    })
  })

  describe('session handlers (items 5, 7, 13, 14, 15)', () => {
    beforeEach(() => {
      electron.state.listeners.clear()
      electron.mod.shell.openExternal.mockClear()
      applySessionSecurity()
    })

    it('denies every permission request and check', () => {
      for (const permission of ['media', 'geolocation', 'notifications', 'midi', 'clipboard-read', 'openExternal', 'fullscreen', 'pointerLock']) {
        const callback = vi.fn()
        electron.state.permissionRequest?.({}, permission, callback, {})
        expect(callback, permission).toHaveBeenCalledWith(false)
        expect(electron.state.permissionCheck?.({}, permission, 'file://', {}), permission).toBe(false)
      }
    })

    it('puts the CSP on every response and keeps the other headers', () => {
      const callback = vi.fn()
      electron.state.headersReceived?.({ responseHeaders: { 'X-Other': ['1'], 'Content-Security-Policy': ["default-src *"] } }, callback)
      const headers = (callback.mock.calls[0]?.[0] as { responseHeaders: Record<string, string[]> }).responseHeaders
      expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY])
      expect(headers['X-Other']).toEqual(['1'])
    })

    it('blocks navigation away from the app; only http(s) links go to the system browser', () => {
      const created = electron.state.listeners.get('web-contents-created')?.[0]
      expect(created).toBeTypeOf('function')
      const wc = fakeContents('app://wiremark/index.html')
      created?.({}, wc.contents)
      const navigate = wc.handlers.get('will-navigate')
      for (const url of ['https://evil.example/', 'http://evil.example/x', 'javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,<script>1</script>']) {
        const event = { preventDefault: vi.fn() }
        navigate?.(event, url)
        expect(event.preventDefault, url).toHaveBeenCalled()
      }
      expect(electron.mod.shell.openExternal.mock.calls.map((c) => (c as unknown[])[0])).toEqual(['https://evil.example/', 'http://evil.example/x'])
      const same = { preventDefault: vi.fn() }
      navigate?.(same, 'app://wiremark/index.html')
      expect(same.preventDefault).not.toHaveBeenCalled()
      const webview = { preventDefault: vi.fn() }
      wc.handlers.get('will-attach-webview')?.(webview)
      expect(webview.preventDefault).toHaveBeenCalled()
    })

    it('denies every new window; javascript: and file: links never reach the shell', () => {
      const wc = fakeContents('app://wiremark/index.html')
      electron.state.listeners.get('web-contents-created')?.[0]?.({}, wc.contents)
      for (const url of ['https://example.com/', 'javascript:alert(1)', 'file:///etc/passwd', 'about:blank']) {
        expect(wc.open({ url }), url).toEqual({ action: 'deny' })
      }
      expect(electron.mod.shell.openExternal.mock.calls.map((c) => (c as unknown[])[0])).toEqual(['https://example.com/'])
      expect(isExternalLink('javascript:alert(1)')).toBe(false)
      expect(isExternalLink('smb://host/share')).toBe(false)
    })
  })

  describe('Content-Security-Policy (item 7)', () => {
    it('scripts only from the app itself: no inline, no eval, no remote hosts', () => {
      expect(directives.get('script-src')).toEqual(["'self'"])
      expect(directives.get('default-src')).toEqual(["'self'"])
    })
    it('nothing remote: images, fonts, connections and styles stay on the app origin (data: images allowed)', () => {
      for (const d of ['img-src', 'font-src', 'connect-src', 'style-src', 'default-src']) {
        for (const v of directives.get(d) ?? []) expect(v, d).toMatch(/^(?:'self'|'unsafe-inline'|data:)$/)
      }
      expect(CONTENT_SECURITY_POLICY).not.toMatch(/\*|https?:|'unsafe-eval'/)
    })
    it('no plugins, no <base> hijack, no form posts, no framing', () => {
      expect(directives.get('object-src')).toEqual(["'none'"])
      expect(directives.get('base-uri')).toEqual(["'none'"])
      expect(directives.get('form-action')).toEqual(["'none'"])
      expect(directives.get('frame-ancestors')).toEqual(["'none'"])
    })
  })

  describe('preload and IPC (items 17, 20)', () => {
    it('the preload exposes only invoke() and onEvent(), never ipcRenderer, and refuses channels outside the contract', async () => {
      await import('../preload/index')
      expect([...electron.state.exposed.keys()]).toEqual(['api'])
      const api = electron.state.exposed.get('api') as { invoke: (c: string, i: unknown) => Promise<{ ok: boolean }>; onEvent: unknown }
      expect(Object.keys(api).sort()).toEqual(['invoke', 'onEvent'])
      expect(Object.values(api).every((v) => typeof v === 'function')).toBe(true)
      expect(await api.invoke('shell:exec', {})).toMatchObject({ ok: false })
      expect(electron.mod.ipcRenderer.invoke).not.toHaveBeenCalled()
    })
  })

  describe('composition root: one instance, sender checks, local content', () => {
    it('a second launch focuses the first window (single-instance lock + second-instance)', async () => {
      vi.resetModules()
      // The services are not under test here: any property is a no-op function (handlers an empty map).
      const noop: unknown = new Proxy(() => noop, { get: (_t, k) => (k === 'then' ? undefined : noop) })
      vi.doMock('../main/services/index', () => ({
        createServices: () => new Proxy({ handlers: {} }, { get: (t, k) => (k === 'handlers' ? t.handlers : noop) }),
      }))
      vi.doMock('../main/app/windowState', () => ({ loadWindowState: () => ({ bounds: { width: 1200, height: 800 }, maximized: false }), trackWindowState: vi.fn() }))
      vi.doMock('../main/app/menu', () => ({ buildMenu: vi.fn(() => ({})) }))
      vi.doMock('../main/app/logFile', () => ({ startLogFile: () => '/tmp/wiremark-checklist/main.log', updaterLogger: {} }))
      vi.doMock('../main/paths', () => ({
        appRoot: () => '/app',
        appVersion: () => '0.0.0',
        electronNativeBinding: () => null,
        libraryPath: (d: string) => join(d, 'library.db'),
        userDataDir: () => '/tmp/wiremark-checklist',
      }))
      electron.state.listeners.clear()
      electron.state.windows.length = 0
      electron.state.singleInstance = true
      await import('../main/index')
      await Promise.resolve()
      await new Promise((r) => setTimeout(r, 0))
      const win = electron.state.windows[0]
      expect(win, 'the window was created').toBeDefined()
      // Local content only: the built renderer over app:// (no remote URL unless the dev server is set), never file://.
      expect(win?.loadURL).toHaveBeenCalledWith('app://wiremark/index.html')
      expect(win?.loadFile).not.toHaveBeenCalled()
      expect(electron.mod.protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([
        { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } },
      ])
      expect(electron.mod.protocol.handle).toHaveBeenCalledWith('app', expect.any(Function))
      const second = electron.state.listeners.get('second-instance')?.[0]
      expect(second).toBeTypeOf('function')
      if (win) win.minimized = true
      second?.({}, ['wiremark'], '/')
      expect(win?.restore).toHaveBeenCalled()
      expect(win?.focus).toHaveBeenCalled()

      // IPC: a frame that is not our window's gets 'forbidden' before any handler runs.
      const invoke = electron.state.ipc.get('wiremark:invoke')
      const foreign = await invoke?.({ sender: {}, senderFrame: { url: 'https://evil.example/' } }, 'app:info', {})
      expect(foreign).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    })

    it('without the lock (another instance runs), the new process quits before opening anything', async () => {
      vi.resetModules()
      electron.state.listeners.clear()
      electron.state.windows.length = 0
      electron.state.singleInstance = false
      electron.mod.app.quit.mockClear()
      await import('../main/index')
      await new Promise((r) => setTimeout(r, 0))
      expect(electron.mod.app.quit).toHaveBeenCalled()
      expect(electron.state.windows).toHaveLength(0)
      expect(electron.state.listeners.get('second-instance')).toBeUndefined()
    })
  })

  describe('packaging fuses (electron-builder.yml)', () => {
    const yml = readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8')
    const block = /^electronFuses:\n((?:[ \t]+.*\n?)+)/m.exec(yml)?.[1] ?? ''
    const fuses = Object.fromEntries([...block.matchAll(/^\s+(\w+):\s*(true|false)\s*$/gm)].map((m) => [m[1], m[2] === 'true']))
    it('runAsNode, NODE_OPTIONS and --inspect are off', () => {
      expect(fuses).toMatchObject({ runAsNode: false, enableNodeOptionsEnvironmentVariable: false, enableNodeCliInspectArguments: false })
    })
    it('file:// pages get no extra privileges (the renderer comes from app://)', () => {
      expect(fuses).toMatchObject({ grantFileProtocolExtraPrivileges: false })
    })
    it('the app loads only from its asar, whose integrity is checked', () => {
      expect(fuses).toMatchObject({ onlyLoadAppFromAsar: true, enableEmbeddedAsarIntegrityValidation: true })
      expect(yml).toMatch(/^asar: true$/m)
    })
  })

  it('a current Electron, pinned exactly (item 16)', () => {
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
    expect(pkg.devDependencies.electron).toMatch(/^\d+\.\d+\.\d+$/)
    expect(Number(pkg.devDependencies.electron?.split('.')[0])).toBeGreaterThanOrEqual(41)
  })
})
