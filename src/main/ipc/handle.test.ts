import { describe, expect, it, vi } from 'vitest'
import { createServices } from '../services/index'

type Listener = (event: unknown, channel: unknown, input: unknown) => Promise<unknown>
const registered: Record<string, Listener> = {}
vi.mock('electron', () => ({ ipcMain: { handle: (name: string, fn: Listener) => (registered[name] = fn) } }))

describe('registerIpc', () => {
  it('answers our own window and refuses any other sender', async () => {
    const { registerIpc, INVOKE } = await import('./handle')
    const s = createServices({ dbPath: ':memory:', dataDir: '/tmp/none', mode: 'electron', version: '1.0.0' })
    const trusted = { senderFrame: { url: 'file:///app/index.html' } }
    registerIpc(s.handlers, (e) => e === (trusted as unknown))
    const fn = registered[INVOKE] as Listener
    await expect(fn(trusted, 'app:info', {})).resolves.toMatchObject({ ok: true, value: { mode: 'electron' } })
    await expect(fn({ senderFrame: { url: 'https://evil.example/' } }, 'app:info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'forbidden', message: 'This window may not call Wiremark.' },
    })
    await expect(fn(trusted, 'nope:x', {})).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    s.close()
  })
})

describe('senderFacts + isTrustedSender: the frame that sent, not the URL the window shows', () => {
  it('passes our main frame on app://, refuses an iframe on app://, another WebContents, and file://', async () => {
    const { senderFacts } = await import('./handle')
    const { isTrustedSender, trustedOrigins } = await import('./sender')
    const ours = {} as never
    const origins = trustedOrigins()
    const main = { url: 'app://wiremark/index.html', parent: null }
    const check = (e: unknown) => isTrustedSender(senderFacts(e as never, ours), origins)
    expect(check({ sender: ours, senderFrame: main })).toBe(true)
    expect(check({ sender: ours, senderFrame: { url: 'app://wiremark/frame.html', parent: main } })).toBe(false)
    expect(check({ sender: {}, senderFrame: main })).toBe(false)
    expect(check({ sender: ours, senderFrame: null })).toBe(false)
    expect(check({ sender: ours, senderFrame: { url: 'file:///app/out/renderer/index.html', parent: null } })).toBe(false)
    expect(isTrustedSender(senderFacts({ sender: ours, senderFrame: main } as never, null), origins)).toBe(false)
  })
})
