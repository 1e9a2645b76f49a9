import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { readFixtureText } from '../../test/fixtures'
import { createHost } from '../host/server'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

const fresh = () => createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

describe('settings:get / settings:set', () => {
  it('reads null until set; stores the checker’s name trimmed, with its spaces collapsed; an empty name clears it', async () => {
    const s = fresh()
    expect(await rpc(s, 'settings:get', {})).toEqual({ checkerName: null })
    expect(await rpc(s, 'settings:set', { checkerName: '  Sam   Checker \n' })).toEqual({ checkerName: 'Sam Checker' })
    expect(await rpc(s, 'settings:get', {})).toEqual({ checkerName: 'Sam Checker' })
    expect(await rpc(s, 'settings:set', {})).toEqual({ checkerName: 'Sam Checker' })
    expect(await rpc(s, 'settings:set', { checkerName: '   ' })).toEqual({ checkerName: null })
    expect(await rpc(s, 'settings:set', { checkerName: 'Sam Checker' })).toEqual({ checkerName: 'Sam Checker' })
    expect(await rpc(s, 'settings:set', { checkerName: null })).toEqual({ checkerName: null })
  })

  it('keeps the setting in the library file, across a reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-settings-'))
    const dbPath = join(dir, 'library.sqlite')
    const a = createServices({ dbPath, dataDir: dir, mode: 'browser', version: 'test' })
    await rpc(a, 'settings:set', { checkerName: 'Sam Checker' })
    a.close()
    const b = createServices({ dbPath, dataDir: dir, mode: 'browser', version: 'test' })
    expect(await rpc(b, 'settings:get', {})).toEqual({ checkerName: 'Sam Checker' })
    b.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a name over 100 characters (after trimming), an unknown setting and a wrong type, and changes nothing', async () => {
    const s = fresh()
    await rpc(s, 'settings:set', { checkerName: 'Sam Checker' })
    expect(await rpc(s, 'settings:set', { checkerName: ` ${'x'.repeat(100)} ` })).toEqual({ checkerName: 'x'.repeat(100) })
    const long = await dispatch(s.handlers, 'settings:set', { checkerName: 'x'.repeat(101) })
    expect(long).toEqual({ ok: false, error: { code: 'invalid_input', message: "The checker's name is 101 characters; at most 100 fit." } })
    expect(await dispatch(s.handlers, 'settings:set', { houseStyle: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await dispatch(s.handlers, 'settings:set', { checkerName: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await rpc(s, 'settings:get', {})).toEqual({ checkerName: 'x'.repeat(100) })
  })

  it('names the checker as the author of the editor’s records and of the review state, from the moment it is set', async () => {
    const s = fresh()
    const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'seed.txt', text: readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt') })
    const storyId = imported.items[0]!.storyId
    const { annotations } = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId })
    const { author: _a, createdAt: _c, updatedAt: _u, ...q } = annotations.find((a) => a.kind === 'quote') as Annotation
    const before = await rpc<Annotation>(s, 'annotations:save', { annotation: { ...q, id: 'd1', origin: 'editor', suggestionId: q.id, decision: 'accepted' } })
    expect(before.author).not.toBe('Sam Checker')
    await rpc(s, 'settings:set', { checkerName: 'Sam Checker' })
    const after = await rpc<Annotation>(s, 'annotations:save', { annotation: { ...q, id: 'd1', origin: 'editor', suggestionId: q.id, decision: 'rejected' } })
    expect(after.author).toBe('Sam Checker')
    await rpc(s, 'review:setState', { storyId, state: 'checked', confirmOpen: true })
    expect(s.db.prepare(`SELECT actor FROM event WHERE action = 'review.state'`).all()).toEqual([{ actor: 'Sam Checker' }])
  })

  it('is served by the loopback host with the same contract and validation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-settings-host-'))
    mkdirSync(join(dir, 'renderer'))
    const s = createServices({ dbPath: ':memory:', dataDir: dir, mode: 'browser', version: 'test' })
    const token = 'settings-token-0123456789'
    const server = createHost({ handlers: s.handlers, token, rendererDir: join(dir, 'renderer') })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()))
    const { port } = server.address() as AddressInfo
    const post = (channel: string, body: unknown) =>
      new Promise<unknown>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port, path: `/api/${channel}`, method: 'POST', headers: { host: `127.0.0.1:${port}`, 'x-wiremark-token': token } },
          (res) => {
            let text = ''
            res.on('data', (d: Buffer) => (text += d.toString()))
            res.on('end', () => resolve(JSON.parse(text)))
          },
        )
        req.on('error', reject)
        req.end(JSON.stringify(body))
      })
    try {
      expect(await post('settings:set', { checkerName: ' Sam Checker ' })).toEqual({ ok: true, value: { checkerName: 'Sam Checker' } })
      expect(await post('settings:get', {})).toEqual({ ok: true, value: { checkerName: 'Sam Checker' } })
      expect(await post('settings:set', { checkerName: 'x'.repeat(101) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    } finally {
      server.close()
      s.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
