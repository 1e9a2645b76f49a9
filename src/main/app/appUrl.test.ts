import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../security'
import { appResponse, resolveAppPath } from './appUrl'

const root = '/opt/Wiremark/resources/app.asar/out/renderer'

describe('resolveAppPath: app:// names files inside the built renderer only', () => {
  it('maps paths to files under the root, / to index.html, ignoring query and hash', () => {
    expect(resolveAppPath(root, 'app://wiremark/index.html')).toBe(`${root}/index.html`)
    expect(resolveAppPath(root, 'app://wiremark/')).toBe(`${root}/index.html`)
    expect(resolveAppPath(root, 'app://wiremark')).toBe(`${root}/index.html`)
    expect(resolveAppPath(root, 'app://wiremark/assets/index-Ab12.js')).toBe(`${root}/assets/index-Ab12.js`)
    expect(resolveAppPath(root, 'app://wiremark/assets/a.js?v=1#top')).toBe(`${root}/assets/a.js`)
    expect(resolveAppPath(root, 'app://wiremark/assets/my%20font.woff2')).toBe(`${root}/assets/my font.woff2`)
  })

  it('refuses ../ in every spelling', () => {
    for (const url of [
      'app://wiremark/../../../etc/passwd',
      'app://wiremark/assets/../../main/index.js',
      'app://wiremark/%2e%2e/%2e%2e/etc/passwd',
      'app://wiremark/%2E%2E/secret',
      'app://wiremark/..%2f..%2fetc%2fpasswd',
      'app://wiremark/assets%2f..%2f..%2fmain%2findex.js',
      'app://wiremark/.%2e/x',
      'app://wiremark/./index.html',
      'app://wiremark/%2e/index.html',
    ]) {
      const file = resolveAppPath(root, url)
      // Either refused, or (where the URL parser already removed the dots) still inside the root.
      if (file !== null) expect(file.startsWith(`${root}/`), url).toBe(true)
      if (file !== null) expect(file, url).not.toContain('..')
    }
    expect(resolveAppPath(root, 'app://wiremark/..%2f..%2fetc%2fpasswd')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/assets%2f..%2f..%2fmain%2findex.js')).toBeNull()
  })

  it('refuses absolute paths, drive letters and backslashes, raw or encoded', () => {
    expect(resolveAppPath(root, 'app://wiremark//etc/passwd')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/%2fetc%2fpasswd')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/C:/Windows/win.ini')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/C%3A%5CWindows%5Cwin.ini')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/..%5c..%5cetc%5cpasswd')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/assets%5cindex.js')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/index.html::$DATA')).toBeNull()
  })

  it('refuses NUL bytes and broken escapes', () => {
    expect(resolveAppPath(root, 'app://wiremark/index.html%00.png')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/%00')).toBeNull()
    expect(resolveAppPath(root, 'app://wiremark/%E0%A4%A')).toBeNull()
  })

  it('refuses other schemes and hosts', () => {
    expect(resolveAppPath(root, 'file:///etc/passwd')).toBeNull()
    expect(resolveAppPath(root, 'https://wiremark/index.html')).toBeNull()
    expect(resolveAppPath(root, 'app://evil/index.html')).toBeNull()
    expect(resolveAppPath(root, 'not a url')).toBeNull()
  })
})

describe('appResponse', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-app-protocol-'))
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Wiremark</title>')
  writeFileSync(join(dir, 'renderer', 'assets', 'index.js'), 'export {}')
  writeFileSync(join(dir, 'renderer', 'assets', 'index.css'), 'body{}')
  writeFileSync(join(dir, 'secret.txt'), 'outside the renderer')
  const rendererDir = join(dir, 'renderer')
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('serves each file with its Content-Type, the CSP and nosniff', async () => {
    const html = await appResponse(rendererDir, { url: 'app://wiremark/', method: 'GET' })
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(html.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(html.headers.get('x-content-type-options')).toBe('nosniff')
    expect(await html.text()).toBe('<!doctype html><title>Wiremark</title>')
    const js = await appResponse(rendererDir, { url: 'app://wiremark/assets/index.js', method: 'GET' })
    expect(js.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(await js.text()).toBe('export {}')
    const css = await appResponse(rendererDir, { url: 'app://wiremark/assets/index.css', method: 'GET' })
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8')
  })

  it('answers 404 for a file outside the renderer, a missing file or a folder; 405 for a POST', async () => {
    const outside = await appResponse(rendererDir, { url: 'app://wiremark/..%2fsecret.txt', method: 'GET' })
    expect(outside.status).toBe(404)
    expect(await outside.text()).toBe('Not found')
    expect((await appResponse(rendererDir, { url: 'app://wiremark/nope.js', method: 'GET' })).status).toBe(404)
    expect((await appResponse(rendererDir, { url: 'app://wiremark/assets', method: 'GET' })).status).toBe(404)
    expect((await appResponse(rendererDir, { url: 'app://wiremark/index.html', method: 'POST' })).status).toBe(405)
  })
})
