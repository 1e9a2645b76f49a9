import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices, type Services } from '../services/index'
import { createHost } from './server'

let services: Services
let server: ReturnType<typeof createHost>
let port: number
let dir: string
const token = 'test-token-0123456789'

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'wiremark-host-'))
  mkdirSync(join(dir, 'renderer'))
  writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html><title>Wiremark</title>')
  services = createServices({ dbPath: ':memory:', dataDir: dir, mode: 'browser', version: '1.0.0' })
  server = createHost({ handlers: services.handlers, token, rendererDir: join(dir, 'renderer'), maxBodyBytes: 1024 })
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
  port = (server.address() as AddressInfo).port
})

afterAll(() => {
  server.close()
  services.close()
  rmSync(dir, { recursive: true, force: true })
})

function call(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string }) {
  return new Promise<{ status: number; body: string; headers: Record<string, unknown> }>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path: opts.path, method: opts.method ?? 'POST', headers: { host: `127.0.0.1:${port}`, ...opts.headers } },
      (res) => {
        let body = ''
        res.on('data', (d: Buffer) => (body += d.toString()))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body, headers: res.headers }))
      },
    )
    req.on('error', reject)
    req.end(opts.body)
  })
}

describe('loopback host', () => {
  it('answers the contract with the token', async () => {
    const r = await call({ path: '/api/app:info', headers: { 'x-wiremark-token': token }, body: '{}' })
    expect(r.status).toBe(200)
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, value: { name: 'Wiremark', mode: 'browser' } })
  })

  it('refuses an API call without a token (401) or with a wrong one (403)', async () => {
    expect((await call({ path: '/api/app:info', body: '{}' })).status).toBe(401)
    expect((await call({ path: '/api/app:info', headers: { 'x-wiremark-token': 'nope' }, body: '{}' })).status).toBe(403)
  })

  it('refuses a foreign Host header (DNS rebinding)', async () => {
    const r = await call({ path: '/api/app:info', headers: { host: 'evil.example:80', 'x-wiremark-token': token }, body: '{}' })
    expect(r.status).toBe(403)
  })

  it('refuses a cross-site Origin', async () => {
    const r = await call({ path: '/api/app:info', headers: { origin: 'https://evil.example', 'x-wiremark-token': token }, body: '{}' })
    expect(r.status).toBe(403)
    const same = await call({ path: '/api/app:info', headers: { origin: `http://127.0.0.1:${port}`, 'x-wiremark-token': token }, body: '{}' })
    expect(same.status).toBe(200)
  })

  it('refuses a body over the size limit (413)', async () => {
    const r = await call({ path: '/api/stories:import', headers: { 'x-wiremark-token': token }, body: JSON.stringify({ name: 'x', text: 'a'.repeat(5000) }) })
    expect(r.status).toBe(413)
  })

  it('answers an unknown channel and invalid input with envelopes', async () => {
    const unknown = await call({ path: '/api/shell:exec', headers: { 'x-wiremark-token': token }, body: '{}' })
    expect(JSON.parse(unknown.body)).toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    const invalid = await call({ path: '/api/stories:list', headers: { 'x-wiremark-token': token }, body: '{"limit":-3}' })
    expect(JSON.parse(invalid.body)).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const notJson = await call({ path: '/api/stories:list', headers: { 'x-wiremark-token': token }, body: '{' })
    expect(notJson.status).toBe(400)
  })

  it('serves the renderer with a strict CSP and never outside its folder', async () => {
    const page = await call({ path: '/', method: 'GET' })
    expect(page.status).toBe(200)
    expect(String(page.headers['content-security-policy'])).toContain("script-src 'self'")
    const escape = await call({ path: '/../../etc/passwd', method: 'GET' })
    expect(escape.body).not.toContain('root:')
  })
})
