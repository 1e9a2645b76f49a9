import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { CHANNELS, MAIN_ONLY_CHANNELS, RENDERER_CHANNELS } from '../../shared/ipc/contract'
import { createHost } from '../host/server'
import { createServices, type Services } from '../services/index'
import { dispatch, dispatchFromRenderer } from './dispatch'

// The channels that write a file at a path they are given (backup, restore) are the File menu's and the CLI's:
// no window and no page may call them, so a compromised renderer cannot overwrite the user's files.
let dir: string
let services: Services

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wiremark-main-only-'))
  services = createServices({ dbPath: join(dir, 'library.sqlite'), dataDir: dir, mode: 'browser', version: '1.0.0' })
})
afterEach(() => {
  services.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('channels only the Node side calls', () => {
  it('are backup and restore, and every other channel is open to the renderer (the preload allow-list)', () => {
    expect([...MAIN_ONLY_CHANNELS].sort()).toEqual(['library:backup', 'library:restore'])
    expect(RENDERER_CHANNELS).not.toContain('library:backup')
    expect(RENDERER_CHANNELS).not.toContain('library:restore')
    expect([...RENDERER_CHANNELS, ...MAIN_ONLY_CHANNELS].sort()).toEqual([...CHANNELS].sort())
  })

  it('are refused from a window, and write nothing; the File menu reaches them', async () => {
    const target = join(dir, 'victim.txt')
    writeFileSync(target, 'the user’s own file')
    const fromWindow = await dispatchFromRenderer(services.handlers, 'library:backup', { file: target })
    expect(fromWindow).toEqual({ ok: false, error: { code: 'forbidden', message: 'library:backup is not open to the window.' } })
    const restore = await dispatchFromRenderer(services.handlers, 'library:restore', { file: target })
    expect(restore.ok).toBe(false)
    const fromMenu = await dispatch(services.handlers, 'library:backup', { file: join(dir, 'backup.sqlite') })
    expect(fromMenu.ok).toBe(true)
    expect(existsSync(join(dir, 'backup.sqlite'))).toBe(true)
    // Every other channel still goes through.
    expect((await dispatchFromRenderer(services.handlers, 'app:info', {})).ok).toBe(true)
  })

  it('are refused by the loopback host of browser mode', async () => {
    mkdirSync(join(dir, 'renderer'))
    writeFileSync(join(dir, 'renderer', 'index.html'), '<!doctype html>')
    const token = 'main-only-token-0123456789'
    const server = createHost({ handlers: services.handlers, token, rendererDir: join(dir, 'renderer') })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const { port } = server.address() as AddressInfo
    const res = await fetch(`http://127.0.0.1:${port}/api/library:backup`, {
      method: 'POST',
      headers: { 'x-wiremark-token': token, 'content-type': 'application/json' },
      body: JSON.stringify({ file: join(dir, 'written-by-a-page.sqlite') }),
    })
    server.close()
    expect(await res.json()).toMatchObject({ ok: false, error: { code: 'forbidden' } })
    expect(existsSync(join(dir, 'written-by-a-page.sqlite'))).toBe(false)
  })
})
