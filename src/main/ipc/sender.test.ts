import { describe, expect, it } from 'vitest'
import { isTrustedSender, originOf, trustedOrigins } from './sender'

const origins = trustedOrigins()
const ours = { frameUrl: 'app://wiremark/index.html', isMainFrame: true, fromOurWindow: true }

describe('the IPC sender check', () => {
  it("lets the main frame of our window on app://wiremark call, whatever the page's path, query or hash", () => {
    expect(isTrustedSender(ours, origins)).toBe(true)
    expect(isTrustedSender({ ...ours, frameUrl: 'app://wiremark/index.html?story=1#p3' }, origins)).toBe(true)
  })

  it('refuses an iframe, another window, a gone frame', () => {
    expect(isTrustedSender({ ...ours, isMainFrame: false }, origins)).toBe(false)
    expect(isTrustedSender({ ...ours, fromOurWindow: false }, origins)).toBe(false)
    expect(isTrustedSender({ ...ours, frameUrl: undefined }, origins)).toBe(false)
  })

  it('refuses every other origin, file:// included, even where the window is showing it', () => {
    for (const frameUrl of [
      'file:///opt/Wiremark/resources/app.asar/out/renderer/index.html',
      'https://evil.example/',
      'app://evil/index.html',
      'app://wiremark.evil.example/index.html',
      'http://localhost:5173/',
      'data:text/html,<script>1</script>',
      'about:blank',
      'not a url',
    ]) {
      expect(isTrustedSender({ ...ours, frameUrl }, origins), frameUrl).toBe(false)
    }
  })

  it('in development also trusts the dev server, by origin only', () => {
    const dev = trustedOrigins('http://localhost:5173/')
    expect(dev).toEqual(['app://wiremark', 'http://localhost:5173'])
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5173/index.html' }, dev)).toBe(true)
    expect(isTrustedSender({ ...ours, frameUrl: 'http://localhost:5174/' }, dev)).toBe(false)
    expect(isTrustedSender({ ...ours, frameUrl: 'http://127.0.0.1:5173/' }, dev)).toBe(false)
  })

  it('works out the origin of app:// URLs, which Node reports as "null"', () => {
    expect(new URL('app://wiremark/x').origin).toBe('null')
    expect(originOf('app://wiremark/x')).toBe('app://wiremark')
    expect(originOf('https://a.example:8443/p')).toBe('https://a.example:8443')
    expect(originOf('about:blank')).toBeNull()
  })
})
