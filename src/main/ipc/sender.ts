import { APP_ORIGIN } from '../app/appUrl'

/** What the IPC sender check looks at, taken from an IpcMainInvokeEvent (handle.ts's caller builds it). */
export interface SenderFacts {
  /** event.senderFrame?.url: the frame that sent the message; undefined once the frame is gone */
  frameUrl: string | undefined
  /** The sending frame is the main frame of its page (not an iframe) */
  isMainFrame: boolean
  /** event.sender is our window's WebContents */
  fromOurWindow: boolean
}

/**
 * The origins a window of ours loads: app://wiremark, and in development the electron-vite dev server
 * (ELECTRON_RENDERER_URL) as well.
 */
export function trustedOrigins(devServerUrl?: string): string[] {
  const out = [APP_ORIGIN]
  const dev = devServerUrl ? originOf(devServerUrl) : null
  if (dev) out.push(dev)
  return out
}

/**
 * The scheme://host[:port] of a URL, or null. Computed by hand because Node's URL gives 'null' as the origin of
 * schemes it does not know, app:// among them.
 */
export function originOf(url: string): string | null {
  try {
    const u = new URL(url)
    if (!u.host) return null
    return `${u.protocol}//${u.host}`
  } catch {
    return null // not a URL: no origin
  }
}

/**
 * Only the main frame of our own window, showing the app's own origin, may call the contract. The window's current
 * URL is not the test: a page the window was navigated to (or an iframe inside ours) would pass that.
 */
export function isTrustedSender(facts: SenderFacts, origins: readonly string[]): boolean {
  if (!facts.fromOurWindow || !facts.isMainFrame || !facts.frameUrl) return false
  const origin = originOf(facts.frameUrl)
  return origin !== null && origins.includes(origin)
}
