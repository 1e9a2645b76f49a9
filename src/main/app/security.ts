import { app, session, shell, type WebContents } from 'electron'
import { CONTENT_SECURITY_POLICY } from '../security'
import { isExternalLink } from './windowOptions'

/** Electron's security checklist, applied once at start: CSP, no permissions, no navigation, no new windows. */
export function applySessionSecurity(): void {
  const ses = session.defaultSession
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } })
  })
  app.on('web-contents-created', (_e, contents) => lockDown(contents))
}

function lockDown(contents: WebContents): void {
  contents.on('will-navigate', (event, url) => {
    if (url !== contents.getURL()) {
      event.preventDefault()
      if (isExternalLink(url)) void shell.openExternal(url)
    }
  })
  contents.on('will-attach-webview', (event) => event.preventDefault())
  contents.setWindowOpenHandler(({ url }) => {
    if (isExternalLink(url)) void shell.openExternal(url)
    return { action: 'deny' }
  })
}
