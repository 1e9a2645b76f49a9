import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import type { Annotation } from '../../core/annotation/types'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

const SEED = 'wire/reuters-putin-lukashenko-aggregator.txt'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

async function seeded() {
  const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
  const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'seed.txt', text: readFixtureText(SEED) })
  const storyId = imported.items[0]!.storyId
  const listed = await rpc<{ versionId: string; annotations: Annotation[] }>(s, 'annotations:list', { storyId })
  return { s, storyId, ...listed }
}

const decision = (suggestion: Annotation, change: Partial<Annotation>) => {
  const { author: _a, createdAt: _c, updatedAt: _u, ...rest } = suggestion
  return { ...rest, id: `d-${suggestion.id}`, origin: 'editor', suggestionId: suggestion.id, ...change }
}

describe('annotations service', () => {
  it('stores the analysis suggestions once per version: 4 quotes with their speakers, claims, credits', async () => {
    const { s, storyId, annotations } = await seeded()
    const quotes = annotations.filter((a) => a.kind === 'quote')
    expect(quotes).toHaveLength(4)
    expect(new Set(quotes.map((q) => q.speaker))).toEqual(new Set(['Vladimir Putin', 'Franak Viacorka']))
    expect(annotations.every((a) => a.origin === 'auto')).toBe(true)
    expect(annotations.some((a) => a.kind === 'claim')).toBe(true)
    expect(annotations.some((a) => a.kind === 'credit')).toBe(true)
    expect(annotations.filter((a) => a.kind === 'speaker').map((a) => a.selector.exact)).toContain('Franak Viacorka')
    const again = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId })
    expect(again.annotations.map((a) => a.id)).toEqual(annotations.map((a) => a.id))
  })

  it("keeps a suggestion as it was and stores the editor's decision beside it", async () => {
    const { s, storyId, annotations } = await seeded()
    const q = annotations.find((a) => a.kind === 'quote')!
    const saved = await rpc<Annotation>(s, 'annotations:save', { annotation: decision(q, { decision: 'rejected' }) })
    expect(saved.author).not.toBe('')
    const { annotations: after } = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId })
    expect(after.find((a) => a.id === q.id)).toEqual(q)
    expect(after.find((a) => a.id === saved.id)).toMatchObject({ origin: 'editor', suggestionId: q.id, decision: 'rejected' })
  })

  it('refuses to overwrite or delete a suggestion, and a decision on an unknown suggestion', async () => {
    const { s, annotations } = await seeded()
    const q = annotations[0]!
    const overwrite = await dispatch(s.handlers, 'annotations:save', { annotation: { ...decision(q, {}), id: q.id } })
    expect(overwrite).toMatchObject({ ok: false, error: { code: 'conflict' } })
    expect(await dispatch(s.handlers, 'annotations:delete', { id: q.id })).toMatchObject({ ok: false, error: { code: 'conflict' } })
    const stray = await dispatch(s.handlers, 'annotations:save', { annotation: decision(q, { suggestionId: 'nope' }) })
    expect(stray).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const autoOrigin = await dispatch(s.handlers, 'annotations:save', { annotation: decision(q, { origin: 'auto' }) })
    expect(autoOrigin).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
  })

  it('counts open findings with the editor rules and the dismissals, and shows it in the library', async () => {
    const { s, storyId, annotations } = await seeded()
    const count = async () => (await rpc<{ id: string; openFindings: number }[]>(s, 'stories:list', {})).find((x) => x.id === storyId)!.openFindings
    const base = await count()
    const claim = annotations.find((a) => a.kind === 'claim')!
    await rpc(s, 'annotations:save', { annotation: decision(claim, { status: 'disputed', note: 'Disputed by the ministry' }) })
    expect(await count()).toBe(base + 1)
    const d = decision(claim, { status: 'disputed', evidence: ['https://example.org/statement'] })
    await rpc(s, 'annotations:save', { annotation: d })
    expect(await count()).toBe(base)
    await rpc(s, 'annotations:dismissFinding', { storyId, key: 'no-dateline|Putin says Lukashenko should start dialogue with Belarusian opposition', reason: 'aggregator copy' })
    expect(await count()).toBe(base - 1)
    const listed = await rpc<{ dismissed: { key: string; reason: string }[] }>(s, 'annotations:list', { storyId })
    expect(listed.dismissed).toEqual([expect.objectContaining({ reason: 'aggregator copy' })])
    expect(await rpc(s, 'annotations:restoreFinding', { storyId, key: listed.dismissed[0]!.key })).toEqual({ restored: true })
    expect(await count()).toBe(base)
  })

  it('saves the edited text with the new anchors, and reopening gives both back', async () => {
    const { s, storyId, versionId, annotations } = await seeded()
    const detail = await rpc<{ version: { article: { blocks: { kind: string; text: string }[]; text: string } } }>(s, 'stories:get', { id: storyId })
    const blocks = detail.version.article.blocks.map((b) => ({ kind: b.kind, text: b.text }))
    const added = 'An added sentence. '
    const at = blocks.findIndex((b) => b.text.startsWith('"We know'))
    blocks[at] = { ...blocks[at]!, text: added + blocks[at]!.text }
    const oldText = detail.version.article.text
    const shift = oldText.indexOf('"We know')
    const anchors = annotations.map((a) => {
      const d = a.start >= shift ? added.length : 0
      return { id: a.id, start: a.start + d, end: a.end + d, exact: a.selector.exact, prefix: a.selector.prefix, suffix: a.selector.suffix, anchor: d ? 'moved' : 'exact' }
    })
    const r = await rpc<{ openFindings: number }>(s, 'annotations:saveDocument', { storyId, versionId, blocks, anchors })
    expect(r.openFindings).toBeGreaterThan(0)
    const reopened = await rpc<{ version: { article: { text: string; paragraphs: string[] } } }>(s, 'stories:get', { id: storyId })
    expect(reopened.version.article.paragraphs).toContain(blocks[at]!.text)
    const list = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId })
    for (const a of list.annotations) {
      expect(reopened.version.article.text.slice(a.start, a.end)).toBe(a.selector.exact)
    }
    const tooFar = await dispatch(s.handlers, 'annotations:saveDocument', { storyId, versionId, blocks: [{ kind: 'paragraph', text: 'short' }], anchors: [{ ...anchors[anchors.length - 1]! }] })
    expect(tooFar).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    const stale = await dispatch(s.handlers, 'annotations:saveDocument', { storyId, versionId: 'old', blocks, anchors: [] })
    expect(stale).toMatchObject({ ok: false, error: { code: 'conflict' } })
  })

  it('skips the count of open findings for a save during typing, and leaves the stored count as it was', async () => {
    const { s, storyId, versionId } = await seeded()
    const count = async () => (await rpc<{ id: string; openFindings: number }[]>(s, 'stories:list', {})).find((x) => x.id === storyId)!.openFindings
    const base = await count()
    const detail = await rpc<{ version: { article: { blocks: { kind: string; text: string }[] } } }>(s, 'stories:get', { id: storyId })
    // The first two blocks only: a story with far fewer findings.
    const blocks = detail.version.article.blocks.slice(0, 2).map((b) => ({ kind: b.kind, text: b.text }))
    const typing = await rpc<{ openFindings: number | null }>(s, 'annotations:saveDocument', { storyId, versionId, blocks, anchors: [], countFindings: false })
    expect(typing.openFindings).toBeNull()
    expect(await count()).toBe(base)
    const saved = await rpc<{ version: { article: { blocks: unknown[] } } }>(s, 'stories:get', { id: storyId })
    expect(saved.version.article.blocks).toHaveLength(2)
    const paused = await rpc<{ openFindings: number | null }>(s, 'annotations:saveDocument', { storyId, versionId, blocks, anchors: [] })
    expect(paused.openFindings).not.toBe(base)
    expect(await count()).toBe(paused.openFindings)
  })
})
