import type { BrowserWindowConstructorOptions } from 'electron'

export interface WindowBounds {
  x?: number
  y?: number
  width: number
  height: number
}

/** The window's colour before the page paints: the renderer's --bg for the system's theme (styles/app.css). */
export function windowBackground(dark: boolean): string {
  return dark ? '#1e1f22' : '#ffffff'
}

/** The main window's options. Every security setting is explicit here, and a unit test asserts each one. */
export function windowOptions(preloadPath: string, bounds: WindowBounds, iconPath?: string, dark = false): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Wiremark',
    backgroundColor: windowBackground(dark),
    ...(iconPath ? { icon: iconPath } : {}),
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: true,
    },
  }
}

/** Restores saved bounds only when they are sane; otherwise a default size. */
export function restoreBounds(saved: unknown): WindowBounds {
  const fallback = { width: 1400, height: 900 }
  if (!saved || typeof saved !== 'object') return fallback
  const b = saved as Record<string, unknown>
  const num = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : undefined)
  const width = num(b.width)
  const height = num(b.height)
  if (!width || !height || width < 600 || height < 400 || width > 10000 || height > 10000) return fallback
  const x = num(b.x)
  const y = num(b.y)
  return { width, height, ...(x !== undefined && y !== undefined ? { x, y } : {}) }
}

/** Only http(s) links may leave the app, and only to the system browser. */
export function isExternalLink(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === 'https:' || u.protocol === 'http:'
  } catch {
    return false
  }
}
