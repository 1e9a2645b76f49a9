import { protocol } from 'electron'
import { APP_SCHEME, appResponse } from './appUrl'

/**
 * Registers app:// as a privileged scheme. Must run before the app is ready. standard: relative URLs, a real origin
 * and storage; secure: a secure context like https; supportFetchAPI: fetch() and module scripts and workers load
 * from it. Not corsEnabled, not bypassCSP: no other origin may read it, and the CSP applies.
 */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } }])
}

/** Serves the built renderer (`root` = out/renderer) on app://wiremark/. After ready. */
export function serveRenderer(root: string): void {
  protocol.handle(APP_SCHEME, (request) => appResponse(root, request))
}
