import { isAbsolute, relative, resolve } from 'node:path'
import { readFile } from 'node:fs/promises'
import { contentTypeOf } from '../mime'
import { CONTENT_SECURITY_POLICY } from '../security'

/**
 * The window loads the renderer from app://wiremark/, not file://: a standard, secure origin of its own, so 'self'
 * in the CSP means the app's files and nothing else on disk, module workers load, and the IPC sender check can name
 * one origin. Registered before ready in protocol.ts; this file holds the parts that need no Electron.
 */
export const APP_SCHEME = 'app'
export const APP_HOST = 'wiremark'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`

/**
 * The file under `root` that an app:// URL names, or null when it names nothing there: another scheme or host,
 * a malformed escape, a `.` or `..` segment (raw or %-encoded), an empty segment (`//`), a backslash, a colon (drive
 * letters, alternate data streams) or a NUL byte anywhere in the decoded path. Query and hash are ignored; `/` is
 * index.html. The answer is always strictly inside `root`.
 */
export function resolveAppPath(root: string, url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null // not a URL at all
  }
  if (u.protocol !== `${APP_SCHEME}:` || u.host !== APP_HOST) return null
  let path: string
  try {
    path = decodeURIComponent(u.pathname)
  } catch {
    return null // a broken %-escape
  }
  if (path === '/' || path === '') path = '/index.html'
  if (!path.startsWith('/') || path.includes('\0') || path.includes('\\')) return null
  const segments = path.slice(1).split('/')
  if (segments.some((s) => s === '' || s === '.' || s === '..' || s.includes(':'))) return null
  const base = resolve(root)
  const full = resolve(base, ...segments)
  const rel = relative(base, full)
  if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return null
  return full
}

/**
 * The answer to one app:// request: the file with its Content-Type and the app's CSP, 404 for anything
 * resolveAppPath refuses or that is not there. GET and HEAD only.
 */
export async function appResponse(
  root: string,
  request: { url: string; method: string },
  read: (file: string) => Promise<Uint8Array> = (f) => readFile(f),
): Promise<Response> {
  const headers = { 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' }
  if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('Method not allowed', { status: 405, headers })
  const file = resolveAppPath(root, request.url)
  if (!file) return new Response('Not found', { status: 404, headers })
  let body: Uint8Array
  try {
    body = await read(file)
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code
    if (code === 'ENOENT' || code === 'EISDIR' || code === 'ENOTDIR') return new Response('Not found', { status: 404, headers })
    throw e
  }
  return new Response(request.method === 'HEAD' ? null : (body as Uint8Array<ArrayBuffer>), {
    status: 200,
    headers: { ...headers, 'content-type': contentTypeOf(file) },
  })
}
