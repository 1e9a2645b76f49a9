import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../core/analysis/houseStyle'
import type { Annotation } from '../../core/annotation/types'
import type { Settings } from '../../shared/dto/settings'
import { readFixtureText } from '../../test/fixtures'
import { createHost } from '../host/server'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

/** The settings nobody set */
const unset = { houseStyle: null, disabledRules: null }

const fresh = () => createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

describe('settings:get / settings:set', () => {
  it('reads null until set; stores the checker’s name trimmed, with its spaces collapsed; an empty name clears it', async () => {
    const s = fresh()
    expect(await rpc(s, 'settings:get', {})).toEqual({ checkerName: null, ...unset })
    expect(await rpc(s, 'settings:set', { checkerName: '  Sam   Checker \n' })).toEqual({ checkerName: 'Sam Checker', ...unset })
    expect(await rpc(s, 'settings:get', {})).toEqual({ checkerName: 'Sam Checker', ...unset })
    expect(await rpc(s, 'settings:set', {})).toEqual({ checkerName: 'Sam Checker', ...unset })
    expect(await rpc(s, 'settings:set', { checkerName: '   ' })).toEqual({ checkerName: null, ...unset })
    expect(await rpc(s, 'settings:set', { checkerName: 'Sam Checker' })).toEqual({ checkerName: 'Sam Checker', ...unset })
    expect(await rpc(s, 'settings:set', { checkerName: null })).toEqual({ checkerName: null, ...unset })
  })

  it('keeps the setting in the library file, across a reopen', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-settings-'))
    const dbPath = join(dir, 'library.sqlite')
    const a = createServices({ dbPath, dataDir: dir, mode: 'browser', version: 'test' })
    await rpc(a, 'settings:set', { checkerName: 'Sam Checker' })
    a.close()
    const b = createServices({ dbPath, dataDir: dir, mode: 'browser', version: 'test' })
    expect(await rpc(b, 'settings:get', {})).toEqual({ checkerName: 'Sam Checker', ...unset })
    b.close()
    rmSync(dir, { recursive: true, force: true })
  })

  it('refuses a name over 100 characters (after trimming), an unknown setting and a wrong type, and changes nothing', async () => {
    const s = fresh()
    await rpc(s, 'settings:set', { checkerName: 'Sam Checker' })
    expect(await rpc(s, 'settings:set', { checkerName: ` ${'x'.repeat(100)} ` })).toEqual({ checkerName: 'x'.repeat(100), ...unset })
    const long = await dispatch(s.handlers, 'settings:set', { checkerName: 'x'.repeat(101) })
    expect(long).toEqual({ ok: false, error: { code: 'invalid_input', message: "The checker's name is 101 characters; at most 100 fit." } })
    expect(await dispatch(s.handlers, 'settings:set', { colour: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await dispatch(s.handlers, 'settings:set', { houseStyle: 'x' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await dispatch(s.handlers, 'settings:set', { checkerName: 42 })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await rpc(s, 'settings:get', {})).toEqual({ checkerName: 'x'.repeat(100), ...unset })
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
      expect(await post('settings:set', { checkerName: ' Sam Checker ' })).toEqual({ ok: true, value: { checkerName: 'Sam Checker', ...unset } })
      expect(await post('settings:get', {})).toEqual({ ok: true, value: { checkerName: 'Sam Checker', ...unset } })
      expect(await post('settings:set', { checkerName: 'x'.repeat(101) })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    } finally {
      server.close()
      s.close()
      rmSync(dir, { recursive: true, force: true })
    }
  })
})

describe('the house style and the checks switched off', () => {
  // A pasted story with a bare surname at a later reference, "says", and a quote of two sentences attributed at its end.
  const text = [
    'Council approves six bus lanes',
    'LEEDS, March 3 (Reuters) - Maria Okafor, the council leader, said on Tuesday the city would open six new bus lanes by the autumn.',
    '"The buses are slow and the roads are full, and we have waited long enough for a change. Now the money is in place," Okafor said.',
    'Transport campaigner Tom Reyes says the plan is overdue.',
  ].join('\n\n')
  type Detail = { analysis: { findings: { rule: string; message: string }[] } }
  const rulesOf = async (s: Services, id: string) => (await rpc<Detail>(s, 'stories:get', { id })).analysis.findings.map((f) => f.rule)

  it('are kept in the library: a preset by its name, a custom style in full; get answers every setting resolved', async () => {
    const s = fresh()
    const bbc = await rpc<Settings>(s, 'settings:set', { houseStyle: { preset: 'bbc' }, disabledRules: ['loaded-verb'] })
    expect(bbc).toEqual({ checkerName: null, houseStyle: PRESETS.bbc, disabledRules: ['loaded-verb'] })
    expect(s.db.prepare(`SELECT key, value FROM setting WHERE key IN ('houseStyle', 'disabledRules') ORDER BY key`).all()).toEqual([
      { key: 'disabledRules', value: '["loaded-verb"]' },
      { key: 'houseStyle', value: '{"preset":"bbc"}' },
    ])
    const custom = await rpc<Settings>(s, 'settings:set', { houseStyle: { preset: 'bbc', lateAttributionWords: 40 } })
    expect(custom.houseStyle).toEqual({ ...PRESETS.bbc, preset: 'custom', lateAttributionWords: 40 })
    expect(JSON.parse((s.db.prepare(`SELECT value FROM setting WHERE key = 'houseStyle'`).get() as { value: string }).value)).toEqual(custom.houseStyle)
    expect(await rpc(s, 'settings:set', { houseStyle: null, disabledRules: [] })).toEqual({ checkerName: null, ...unset })
  })

  it('refuses an unknown preset, a bad setting or an unknown check, saying which, and changes nothing', async () => {
    const s = fresh()
    await rpc(s, 'settings:set', { houseStyle: { preset: 'ap' } })
    expect(await dispatch(s.handlers, 'settings:set', { houseStyle: { preset: 'nyt' } })).toEqual({
      ok: false,
      error: { code: 'invalid_input', message: 'Invalid input for settings:set at houseStyle: "preset" must be one of "reuters", "ap", "bbc", "guardian", "custom" (got "nyt")' },
    })
    expect(await dispatch(s.handlers, 'settings:set', { houseStyle: { preset: 'custom', lateAttributionWords: -1 } })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('"lateAttributionWords" must be a whole number from 0 to 200 (got -1)') },
    })
    expect(await dispatch(s.handlers, 'settings:set', { checkerName: 'Sam', disabledRules: ['loaded-verbs'] })).toMatchObject({
      ok: false,
      error: { message: expect.stringContaining('unknown check "loaded-verbs"') },
    })
    expect(await rpc(s, 'settings:get', {})).toEqual({ checkerName: null, houseStyle: PRESETS.ap, disabledRules: null })
  })

  it('decide the findings a story opens with, and the library recounts every story’s open findings after a change', async () => {
    const s = fresh()
    const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'pasted.txt', text })
    const id = imported.items[0]!.storyId
    const openInList = async () => (await rpc<{ id: string; openFindings: number }[]>(s, 'stories:list', {})).find((r) => r.id === id)!.openFindings
    const reuters = await rulesOf(s, id)
    expect(reuters).toContain('present-tense-attribution')
    expect(reuters).not.toContain('late-attribution')
    expect(await openInList()).toBe(reuters.length)

    const recounted = new Promise<unknown>((resolve) => s.events.subscribe((e) => e.type === 'findings:recounted' && resolve(e.payload)))
    await rpc(s, 'settings:set', { houseStyle: { preset: 'bbc' } })
    const bbc = await rulesOf(s, id)
    expect(bbc).not.toContain('present-tense-attribution')
    expect(bbc).toContain('late-attribution')
    expect(bbc).toContain('courtesy-title')
    expect(await recounted).toEqual({ stories: 1 })
    expect(await openInList()).toBe(bbc.length)

    await rpc(s, 'settings:set', { disabledRules: ['courtesy-title', 'late-attribution'] })
    const off = await rulesOf(s, id)
    expect(off).not.toContain('courtesy-title')
    expect(off).not.toContain('late-attribution')
    expect(off).toHaveLength(bbc.length - 2)
    s.close()
  })
})
