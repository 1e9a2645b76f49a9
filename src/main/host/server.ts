import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { timingSafeEqual } from 'node:crypto'
import type { Handlers } from '../../shared/ipc/contract'
import { dispatchFromRenderer } from '../ipc/dispatch'
import { log } from '../log'
import { CONTENT_SECURITY_POLICY } from '../security'
import type { AppEvent } from '../../shared/ipc/events'

export interface HostOptions {
  handlers: Handlers
  /** Required on every API call, as the x-wiremark-token header (or ?token= for the event stream) */
  token: string
  /** The built renderer (out/renderer) */
  rendererDir: string
  /** Largest accepted request body, in bytes */
  maxBodyBytes?: number
}

export interface HostEvents {
  subscribe: (send: (event: AppEvent) => void) => () => void
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  // the fonts the desk falls back to (Noto, bundled into out/renderer/assets)
  '.ttf': 'font/ttf',
}

/**
 * The loopback host for browser mode: the built renderer plus the IPC contract as POST /api/<channel>.
 * Only for 127.0.0.1: Host and Origin must name this server (no DNS rebinding, no cross-site calls),
 * and every API call carries the per-launch token.
 */
export function createHost(opts: HostOptions, events?: HostEvents): Server {
  const maxBody = opts.maxBodyBytes ?? 100 * 1024 * 1024
  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      // Through the Node side's log sink, as every other failure of the Node side (the console in browser mode today).
      log.error('Wiremark host: request failed', req.method, redactToken(req.url), e)
      if (!res.headersSent) send(res, 500, { ok: false, error: { code: 'internal', message: 'The host failed to answer.' } })
      else res.destroy()
    })
  })

  const port = () => {
    const a = server.address()
    return a && typeof a === 'object' ? a.port : 0
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const allowedHosts = [`127.0.0.1:${port()}`, `localhost:${port()}`]
    if (!req.headers.host || !allowedHosts.includes(req.headers.host)) {
      return send(res, 403, { ok: false, error: { code: 'forbidden', message: 'This host answers only to 127.0.0.1.' } })
    }
    const origin = req.headers.origin
    if (origin !== undefined && !allowedHosts.some((h) => origin === `http://${h}`)) {
      return send(res, 403, { ok: false, error: { code: 'forbidden', message: 'Cross-origin requests are refused.' } })
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`)
    if (url.pathname.startsWith('/api/')) {
      const given = (req.headers['x-wiremark-token'] as string | undefined) ?? url.searchParams.get('token') ?? ''
      if (!given) return send(res, 401, { ok: false, error: { code: 'forbidden', message: 'Missing token.' } })
      if (!sameToken(given, opts.token)) return send(res, 403, { ok: false, error: { code: 'forbidden', message: 'Wrong token.' } })
      if (url.pathname === '/api/events' && req.method === 'GET' && events) return stream(res, events)
      if (req.method !== 'POST') return send(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Use POST.' } })
      const channel = decodeURIComponent(url.pathname.slice('/api/'.length))
      const body = await readBody(req, maxBody)
      if (body === 'too_large') {
        return send(res, 413, { ok: false, error: { code: 'invalid_input', message: `Request body larger than ${maxBody} bytes.` } })
      }
      let input: unknown
      try {
        input = body.length ? JSON.parse(body.toString('utf8')) : {}
      } catch {
        return send(res, 400, { ok: false, error: { code: 'invalid_input', message: 'The request body is not JSON.' } })
      }
      return send(res, 200, await dispatchFromRenderer(opts.handlers, channel, input))
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, { ok: false, error: { code: 'invalid_input', message: 'Use GET.' } })
    return serveStatic(url.pathname, res)
  }

  function serveStatic(pathname: string, res: ServerResponse) {
    const rel = normalize(decodeURIComponent(pathname)).replace(/^([/\\])+/, '')
    let file = join(opts.rendererDir, rel || 'index.html')
    if (!file.startsWith(opts.rendererDir + sep) && file !== opts.rendererDir) return send(res, 404, 'Not found')
    if (!existsSync(file) || statSync(file).isDirectory()) file = join(opts.rendererDir, 'index.html')
    if (!existsSync(file)) return send(res, 503, 'The renderer is not built. Run: npm run build')
    res.writeHead(200, {
      'content-type': MIME[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'cache-control': 'no-store',
    })
    createReadStream(file).pipe(res)
  }

  return server
}

function stream(res: ServerResponse, events: HostEvents) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' })
  res.write(': connected\n\n')
  const unsubscribe = events.subscribe((e) => res.write(`data: ${JSON.stringify(e)}\n\n`))
  res.on('close', unsubscribe)
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a)
  const y = Buffer.from(b)
  return x.length === y.length && timingSafeEqual(x, y)
}

function readBody(req: IncomingMessage, max: number): Promise<Buffer | 'too_large'> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length'] ?? 0)
    if (declared > max) {
      req.resume()
      return resolve('too_large')
    }
    const chunks: Buffer[] = []
    let size = 0
    req.on('data', (c: Buffer) => {
      size += c.length
      if (size > max) {
        req.destroy()
        resolve('too_large')
        return
      }
      chunks.push(c)
    })
    req.on('end', () => resolve(Buffer.concat(chunks)))
    req.on('error', reject)
  })
}

function send(res: ServerResponse, status: number, body: unknown) {
  const text = typeof body === 'string' ? body : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
  })
  res.end(text)
}

/** A request's URL for the log: the event stream carries the launch's token in its query, which a log must not keep. */
export const redactToken = (url: string | undefined): string => (url ?? '').replace(/([?&]token=)[^&#]*/gi, '$1…')
