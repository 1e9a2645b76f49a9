import { describe, expect, it } from 'vitest'
import { isExternalLink, restoreBounds, windowOptions } from './windowOptions'

describe('windowOptions', () => {
  const w = windowOptions('/app/out/preload/index.cjs', { width: 1200, height: 800 })
  const prefs = w.webPreferences ?? {}

  it('applies every security setting of the checklist', () => {
    expect(prefs.contextIsolation).toBe(true)
    expect(prefs.sandbox).toBe(true)
    expect(prefs.nodeIntegration).toBe(false)
    expect(prefs.nodeIntegrationInWorker).toBe(false)
    expect(prefs.nodeIntegrationInSubFrames).toBe(false)
    expect(prefs.webSecurity).toBe(true)
    expect(prefs.allowRunningInsecureContent).toBe(false)
    expect(prefs.experimentalFeatures).toBe(false)
    expect(prefs.webviewTag).toBe(false)
    expect(prefs.navigateOnDragDrop).toBe(false)
    expect(prefs.preload).toBe('/app/out/preload/index.cjs')
  })

  it('shows the window only when ready to show', () => {
    expect(w.show).toBe(false)
  })

  it('restores sane saved bounds and ignores broken ones', () => {
    expect(restoreBounds({ x: 10, y: 20, width: 1000, height: 700 })).toEqual({ x: 10, y: 20, width: 1000, height: 700 })
    expect(restoreBounds({ width: 5, height: 5 })).toEqual({ width: 1400, height: 900 })
    expect(restoreBounds('garbage')).toEqual({ width: 1400, height: 900 })
  })

  it('sends only http(s) links to the system browser', () => {
    expect(isExternalLink('https://example.com/a')).toBe(true)
    expect(isExternalLink('javascript:alert(1)')).toBe(false)
    expect(isExternalLink('file:///etc/passwd')).toBe(false)
  })
})
