import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { setLogSink } from '../log'
import { createServices, type Services } from '../services/index'
import { CONTENT_SECURITY_POLICY } from '../security'
import { createHost, type HostEvents } from './server'
import type { AppEvent } from '../../shared/ipc/events'

let services: Services
let server: Server
let port: number
let dir: string
const token = 'test-token-0123456789'
const INDEX = '<!doctype html><title>Wiremark</title>'
const SECRET = 'root:x:0:0 a file beside the app folder'
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wiremark-host-'))
  mkdirSync(join(dir, 'renderer', 'assets'), { recursive: true })
  writeFileSync(join(dir, 'renderer', 'index.html'), INDEX)
  writeFileSync(join(dir, 'renderer', 'assets', 'app.js'), 'console.log(1)')
  writeFileSync(join(dir, 'renderer', 'assets', 'font.bin'), 'bytes')
  for (const ext of Object.keys(TYPES)) writeFileSync(join(dir, 'renderer', 'assets', `file${ext}`), ext)
  // Beside the app folder, and a sibling whose name starts with the app folder's: neither may be served.
  writeFileSync(join(dir, 'secret.txt'), SECRET)
  mkdirSync(join(dir, 'renderer-private'))
  writeFileSync(join(dir, 'renderer-private', 'secret.txt'), SECRET)
  services = createServices({ dbPath: ':memory:', dataDir: dir, mode: 'browser', version: '1.0.0' })
  server = createHost({ handlers: services.handlers, token, rendererDir: join(dir, 'renderer'), maxBodyBytes: 1024 })
  port = await listen(server)
})

afterAll(() => {
  server.close()
  services.close()
  rmSync(dir, { recursive: true, force: true })
})

async function listen(s: Server): Promise<number> {
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', () => r()))
  return (s.address() as AddressInfo).port
}

interface Answer { status: number; body: string; headers: Record<string, string | string[] | undefined> }

/** One request with the path sent as written: node's http client does not normalise `/../` or `%2e%2e`. */
function call(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | string[]; to?: number }) {
  const to = opts.to ?? port
  return new Promise<Answer>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: to, path: opts.path, method: opts.method ?? 'POST', headers: { host: `127.0.0.1:${to}`, ...opts.headers } },
      (res) => {
        let body = ''
        res.on('data', (d: Buffer) => (body += d.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    // An array is sent in chunks without a Content-Length, as a streaming client would.
    if (Array.isArray(opts.body)) {
      for (const chunk of opts.body) req.write(chunk)
      req.end()
    } else req.end(opts.body)
  })
}

const api = (path: string, extra: Parameters<typeof call>[0] = { path }) =>
  call({ ...extra, path, headers: { 'x-wiremark-token': token, ...extra.headers } })
const envelope = (r: Answer) => JSON.parse(r.body) as { ok: boolean; value?: unknown; error?: { code: string; message: string } }

describe('loopback host: the API door', () => {
  it('answers the contract with the token, as JSON that is never cached or sniffed', async () => {
    const r = await api('/api/app:info', { path: '', body: '{}' })
    expect(r.status).toBe(200)
    expect(envelope(r)).toMatchObject({ ok: true, value: { name: 'Wiremark', mode: 'browser' } })
    expect(r.headers['content-type']).toBe('application/json')
    expect(r.headers['cache-control']).toBe('no-store')
    expect(r.headers['x-content-type-options']).toBe('nosniff')
  })

  it('takes an empty body as no input, and a percent-encoded channel name', async () => {
    expect(envelope(await api('/api/app:info'))).toMatchObject({ ok: true, value: { name: 'Wiremark' } })
    expect(envelope(await api('/api/app%3Ainfo', { path: '', body: '{}' }))).toMatchObject({ ok: true, value: { name: 'Wiremark' } })
  })

  it('refuses an API call without a token (401) or with a wrong one (403)', async () => {
    const missing = await call({ path: '/api/app:info', body: '{}' })
    expect(missing.status).toBe(401)
    expect(envelope(missing)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Missing token.' } })
    const empty = await call({ path: '/api/app:info', headers: { 'x-wiremark-token': '' }, body: '{}' })
    expect(empty.status).toBe(401)
    expect((await call({ path: '/api/app:info', headers: { 'x-wiremark-token': 'nope' }, body: '{}' })).status).toBe(403)
  })

  it('refuses a wrong token of the right length, whichever character differs', async () => {
    const wrongLast = token.slice(0, -1) + (token.endsWith('9') ? '8' : '9')
    const wrongFirst = (token.startsWith('x') ? 'y' : 'x') + token.slice(1)
    for (const wrong of [wrongLast, wrongFirst, 'x'.repeat(token.length)]) {
      expect(wrong).toHaveLength(token.length)
      expect(wrong).not.toBe(token)
      const r = await call({ path: '/api/app:info', headers: { 'x-wiremark-token': wrong }, body: '{}' })
      expect(r.status, wrong).toBe(403)
      expect(envelope(r)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Wrong token.' } })
    }
  })

  it('takes the token from ?token= (the event stream cannot set headers), but a wrong header still loses', async () => {
    const q = encodeURIComponent(token)
    expect((await call({ path: `/api/app:info?token=${q}`, body: '{}' })).status).toBe(200)
    const wrong = token.slice(0, -1) + (token.endsWith('9') ? '8' : '9')
    expect((await call({ path: `/api/app:info?token=${wrong}`, body: '{}' })).status).toBe(403)
    const header = await call({ path: `/api/app:info?token=${q}`, headers: { 'x-wiremark-token': wrong }, body: '{}' })
    expect(header.status).toBe(403)
  })

  it('refuses a foreign Host header (DNS rebinding) and a missing one, and answers to localhost', async () => {
    const r = await call({ path: '/api/app:info', headers: { host: 'evil.example:80', 'x-wiremark-token': token }, body: '{}' })
    expect(r.status).toBe(403)
    expect(envelope(r)).toEqual({ ok: false, error: { code: 'forbidden', message: 'This host answers only to 127.0.0.1.' } })
    expect((await call({ path: '/api/app:info', headers: { host: `127.0.0.1:${port + 1}`, 'x-wiremark-token': token }, body: '{}' })).status).toBe(403)
    const local = await call({ path: '/api/app:info', headers: { host: `localhost:${port}`, 'x-wiremark-token': token }, body: '{}' })
    expect(local.status).toBe(200)
  })

  it('refuses a cross-site Origin and accepts this server under either name', async () => {
    const r = await call({ path: '/api/app:info', headers: { origin: 'https://evil.example', 'x-wiremark-token': token }, body: '{}' })
    expect(r.status).toBe(403)
    expect(envelope(r)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Cross-origin requests are refused.' } })
    // The right host under another scheme is another origin.
    expect((await api('/api/app:info', { path: '', headers: { origin: `https://127.0.0.1:${port}` }, body: '{}' })).status).toBe(403)
    for (const origin of [`http://127.0.0.1:${port}`, `http://localhost:${port}`]) {
      expect((await api('/api/app:info', { path: '', headers: { origin }, body: '{}' })).status, origin).toBe(200)
    }
  })

  it('refuses a body over the size limit (413), declared or streamed, and takes one at the limit', async () => {
    const r = await api('/api/stories:import', { path: '', body: JSON.stringify({ name: 'x', text: 'a'.repeat(5000) }) })
    expect(r.status).toBe(413)
    expect(envelope(r)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Request body larger than 1024 bytes.' } })
    // Streamed past the limit: the host stops reading and drops the connection.
    const streamed = api('/api/stories:import', { path: '', body: ['{"name":"x","text":"', 'a'.repeat(600), 'a'.repeat(600), '"}'] })
    await expect(streamed).rejects.toThrow(/socket hang up|ECONNRESET|EPIPE/)
    // Exactly 1024 bytes, declared and then streamed: not too large (the handler answers, whatever it says).
    const atLimit = JSON.stringify({ limit: 1, pad: ' '.repeat(1024 - '{"limit":1,"pad":""}'.length) })
    expect(atLimit).toHaveLength(1024)
    expect((await api('/api/stories:list', { path: '', body: atLimit })).status).toBe(200)
    expect((await api('/api/stories:list', { path: '', body: [atLimit.slice(0, 500), atLimit.slice(500)] })).status).toBe(200)
  })

  it('takes a body far over 1 KB on a host with the default limit (100 MB)', async () => {
    const roomy = createHost({ handlers: services.handlers, token, rendererDir: join(dir, 'renderer') })
    const p = await listen(roomy)
    try {
      const body = JSON.stringify({ limit: 1, pad: ' '.repeat(200_000) })
      const r = await call({ path: '/api/stories:list', headers: { 'x-wiremark-token': token }, body, to: p })
      // Read and handed to the contract (which answers in its envelope), not refused as too large.
      expect(r.status).toBe(200)
    } finally {
      roomy.close()
    }
  })

  it('answers an unknown channel and invalid input with envelopes, and a body that is not JSON with 400', async () => {
    const unknown = await api('/api/shell:exec', { path: '', body: '{}' })
    expect(envelope(unknown)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    const invalid = await api('/api/stories:list', { path: '', body: '{"limit":-3}' })
    expect(envelope(invalid)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const notJson = await api('/api/stories:list', { path: '', body: '{' })
    expect(notJson.status).toBe(400)
    expect(envelope(notJson)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON.' } })
  })

  it('takes API calls only as POST', async () => {
    for (const method of ['GET', 'PUT']) {
      const r = await api('/api/app:info', { path: '', method })
      expect(r.status, method).toBe(405)
      expect(envelope(r)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Use POST.' } })
    }
  })

  it('answers a request it cannot read with 500 and an envelope, not a crash; the failure goes to the log sink', async () => {
    // The Node side's one log (main/log.ts): a log file in the desktop app, the console here.
    const error = vi.fn()
    setLogSink({ info: vi.fn(), warn: vi.fn(), error })
    try {
      const r = await api('/api/app%E0%A4%A', { path: '', body: '{}' })
      expect(r.status).toBe(500)
      expect(envelope(r)).toEqual({ ok: false, error: { code: 'internal', message: 'The host failed to answer.' } })
      expect(error).toHaveBeenCalledTimes(1)
      expect(error.mock.calls[0]!.slice(0, 3)).toEqual(['Wiremark host: request failed', 'POST', '/api/app%E0%A4%A'])
    } finally {
      setLogSink(console)
    }
    expect((await api('/api/app:info', { path: '', body: '{}' })).status).toBe(200)
  })
})

describe('loopback host: the event stream', () => {
  it('streams events to a caller with the token and unsubscribes when it leaves', async () => {
    const listeners = new Set<(e: AppEvent) => void>()
    const unsubscribed = new Promise<void>((done) => {
      const events: HostEvents = {
        subscribe: (send) => {
          listeners.add(send)
          return () => {
            listeners.delete(send)
            done()
          }
        },
      }
      const withEvents = createHost({ handlers: services.handlers, token, rendererDir: join(dir, 'renderer') }, events)
      void listen(withEvents).then((p) => {
        const req = request({ host: '127.0.0.1', port: p, path: `/api/events?token=${token}`, method: 'GET', headers: { host: `127.0.0.1:${p}` } }, (res) => {
          expect(res.statusCode).toBe(200)
          expect(res.headers['content-type']).toBe('text/event-stream')
          expect(res.headers['cache-control']).toBe('no-store')
          expect(res.headers.connection).toBe('keep-alive')
          let text = ''
          res.on('data', (d: Buffer) => {
            text += d.toString()
            if (text === ': connected\n\n') for (const l of listeners) l({ type: 'findings:recounted', payload: { stories: 2 } })
            if (text.endsWith('\n\n') && text.includes('data:')) {
              expect(text).toBe(': connected\n\ndata: {"type":"findings:recounted","payload":{"stories":2}}\n\n')
              req.destroy()
            }
          })
        })
        req.on('error', () => undefined)
        req.end()
      })
      unsubscribedCleanup = () => withEvents.close()
    })
    await unsubscribed
    unsubscribedCleanup()
    expect(listeners.size).toBe(0)
  })

  it('streams only GET /api/events: other calls on a host with events still reach the contract', async () => {
    let subscribers = 0
    const withEvents = createHost({ handlers: services.handlers, token, rendererDir: join(dir, 'renderer') }, {
      subscribe: () => {
        subscribers++
        return () => undefined
      },
    })
    const p = await listen(withEvents)
    try {
      const info = await call({ path: '/api/app:info', headers: { 'x-wiremark-token': token }, body: '{}', to: p })
      expect(envelope(info)).toMatchObject({ ok: true, value: { name: 'Wiremark' } })
      const get = await call({ path: '/api/app:info', method: 'GET', headers: { 'x-wiremark-token': token }, to: p })
      expect(get.status).toBe(405)
      const post = await call({ path: '/api/events', headers: { 'x-wiremark-token': token }, body: '{}', to: p })
      expect(envelope(post)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
      expect(subscribers).toBe(0)
    } finally {
      withEvents.close()
    }
  })

  it('drops a stream that fails after its headers went out, and says so in the log', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const failing = createHost({ handlers: services.handlers, token, rendererDir: join(dir, 'renderer') }, {
      subscribe: () => {
        throw new Error('bus closed')
      },
    })
    const p = await listen(failing)
    try {
      const ended = await new Promise<string>((resolve) => {
        const req = request({ host: '127.0.0.1', port: p, path: `/api/events?token=${token}`, method: 'GET', headers: { host: `127.0.0.1:${p}` } }, (res) => {
          expect(res.statusCode).toBe(200)
          res.on('data', () => undefined)
          res.on('error', () => resolve('dropped'))
          res.on('close', () => resolve('dropped'))
        })
        req.on('error', () => resolve('dropped'))
        req.end()
      })
      expect(ended).toBe('dropped')
      expect(error).toHaveBeenCalledTimes(1)
      expect(String(error.mock.calls[0]![3])).toContain('bus closed')
      // The stream's URL is logged without the launch's token.
      expect(error.mock.calls[0]![2]).toBe('/api/events?token=…')
    } finally {
      failing.close()
      error.mockRestore()
    }
  })

  it('refuses the event stream without the token, and treats it as a POST channel without events', async () => {
    expect((await call({ path: '/api/events', method: 'GET' })).status).toBe(401)
    const r = await api('/api/events', { path: '', method: 'GET' })
    expect(r.status).toBe(405)
  })
})
let unsubscribedCleanup = () => undefined as unknown

describe('loopback host: the renderer', () => {
  it('serves the renderer with its type, a strict CSP and no caching', async () => {
    const page = await call({ path: '/', method: 'GET' })
    expect(page.status).toBe(200)
    expect(page.body).toBe(INDEX)
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY)
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
    expect(page.headers['x-content-type-options']).toBe('nosniff')
    expect(page.headers['referrer-policy']).toBe('no-referrer')
    expect(page.headers['cache-control']).toBe('no-store')
    const js = await call({ path: '/assets/app.js', method: 'GET' })
    expect(js).toMatchObject({ status: 200, body: 'console.log(1)' })
    expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8')
    const bin = await call({ path: '/assets/font.bin', method: 'GET' })
    expect(bin.headers['content-type']).toBe('application/octet-stream')
    const head = await call({ path: '/assets/app.js', method: 'HEAD' })
    expect(head.status).toBe(200)
  })

  it('names the type of every kind of file a build holds', async () => {
    for (const [ext, type] of Object.entries(TYPES)) {
      const r = await call({ path: `/assets/file${ext}`, method: 'GET' })
      expect([r.status, r.body, r.headers['content-type']], ext).toEqual([200, ext, type])
    }
  })

  it('takes a leading backslash as the root, as a leading slash', async () => {
    const r = await call({ path: '/%5Cassets/app.js', method: 'GET' })
    expect([r.status, r.body, r.headers['content-type']]).toEqual([200, 'console.log(1)', 'text/javascript; charset=utf-8'])
  })

  it('answers a path it does not have, or a folder, with the app page (the app routes itself)', async () => {
    for (const path of ['/library/story/42', '/assets', '/assets/']) {
      const r = await call({ path, method: 'GET' })
      expect(r.status, path).toBe(200)
      expect(r.body, path).toBe(INDEX)
    }
  })

  it('refuses to change anything outside the API (405)', async () => {
    const r = await call({ path: '/index.html', method: 'POST' })
    expect(r.status).toBe(405)
    expect(envelope(r)).toEqual({ ok: false, error: { code: 'invalid_input', message: 'Use GET.' } })
  })

  it('never serves a file outside its folder, however the path is written', async () => {
    // Sent raw: the server sees `..` itself, plain or percent-encoded, with either slash.
    const paths = [
      '/../secret.txt',
      '/../../etc/passwd',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/%2e%2e/%2e%2e/etc/passwd',
      '/assets/..%2f..%2fsecret.txt',
      '/..%5csecret.txt',
      '/..%2frenderer-private%2fsecret.txt',
      '/%2f%2e%2e%2fsecret.txt',
    ]
    for (const path of paths) {
      const r = await call({ path, method: 'GET' })
      expect(r.body, path).not.toContain('root:')
      // The app page (the path folded back inside the folder) or a refusal: nothing else.
      expect([[200, INDEX], [404, 'Not found']], path).toContainEqual([r.status, r.body])
    }
  })

  it('says the renderer is not built when its folder is empty', async () => {
    const empty = join(dir, 'unbuilt')
    mkdirSync(empty)
    const bare = createHost({ handlers: services.handlers, token, rendererDir: empty })
    const p = await listen(bare)
    try {
      const r = await call({ path: '/', method: 'GET', to: p })
      expect(r.status).toBe(503)
      expect(r.body).toBe('The renderer is not built. Run: npm run build')
      expect(r.headers['content-type']).toBe('text/plain; charset=utf-8')
    } finally {
      bare.close()
    }
  })
})
