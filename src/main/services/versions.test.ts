import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import type { Annotation } from '../../core/annotation/types'
import type { VersionDiff, VersionInfo } from '../../shared/dto/library'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

const SEED = readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt')
const LEAD = 'Russian President Vladimir Putin on Thursday called on Belarusian President Alexander Lukashenko'
const REMOVED = 'But the two leaders have endured a prickly relationship over the years, despite Lukashenko leaning on cheap Russian energy supplies and loans to prop up his rule.'

/** A ninjs item with an agency id, so a second import with other text is a new version of the same story. */
const ninjs = (body: string, version: string) =>
  JSON.stringify({ uri: 'urn:test:story-1', version, type: 'text', headline: 'Putin says Lukashenko should start dialogue', body_text: body })

const edit = (s: Services, storyId: string, a: Annotation, change: Partial<Annotation>) => {
  const { author: _a, createdAt: _c, updatedAt: _u, ...rest } = a
  return rpc<Annotation>(s, 'annotations:save', { annotation: { ...rest, ...change, storyId } })
}

describe('versions', () => {
  it("carries the editor's records and decisions onto a write-through: moved, changed, orphaned, never dropped", async () => {
    const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
    const body = SEED.split('\n').filter((l) => l.length > 80).join('\n\n')
    const first = await rpc<{ items: { storyId: string; outcome: string }[] }>(s, 'stories:import', { name: 'v1.json', text: ninjs(body, '1') })
    const storyId = first.items[0]!.storyId
    const v1 = await rpc<{ versionId: string; annotations: Annotation[] }>(s, 'annotations:list', { storyId })
    const quote = v1.annotations.find((a) => a.kind === 'quote' && a.selector.exact.startsWith('We know the situation'))!
    // Three records of the editor: a note on the lead, a note on a sentence that will go, a decision on a quote.
    const article = (await rpc<{ version: { article: { text: string } } }>(s, 'stories:get', { id: storyId })).version.article.text
    const mark = (id: string, exact: string, note: string): Omit<Annotation, 'author' | 'createdAt' | 'updatedAt'> => {
      const start = article.indexOf(exact)
      return {
        id, storyId, versionId: v1.versionId, kind: 'note', origin: 'editor', start, end: start + exact.length,
        selector: { exact, prefix: article.slice(Math.max(0, start - 32), start), suffix: article.slice(start + exact.length, start + exact.length + 32) },
        status: null, decision: null, speaker: null, attribution: null, cue: null, note, evidence: [], suggestionId: null, anchor: 'exact',
      }
    }
    await rpc(s, 'annotations:save', { annotation: mark('n-lead', LEAD, 'check the day') })
    await rpc(s, 'annotations:save', { annotation: mark('n-gone', REMOVED, 'source for loans?') })
    await edit(s, storyId, quote, { id: 'd-quote', origin: 'editor', suggestionId: quote.id, decision: 'accepted', status: 'confirmed' })

    const body2 = `MOSCOW (Reuters) - ${body.replace(REMOVED, '').replace('called on', 'urged').replace('we\'re perfectly aware', 'we are well aware')}`
    const second = await rpc<{ items: { outcome: string }[] }>(s, 'stories:import', { name: 'v2.json', text: ninjs(body2, '2') })
    expect(second.items[0]!.outcome).toBe('updated')

    const v2 = await rpc<{ versionId: string; annotations: Annotation[] }>(s, 'annotations:list', { storyId })
    expect(v2.versionId).not.toBe(v1.versionId)
    const text2 = (await rpc<{ version: { article: { text: string } } }>(s, 'stories:get', { id: storyId })).version.article.text
    const notes = v2.annotations.filter((a) => a.origin === 'editor' && a.kind === 'note')
    const lead = notes.find((n) => n.note === 'check the day')!
    expect(lead.anchor).toBe('changed')
    expect(text2.slice(lead.start, lead.end)).toContain('urged')
    const gone = notes.find((n) => n.note === 'source for loans?')!
    expect(gone).toMatchObject({ anchor: 'orphaned', selector: { exact: REMOVED } })
    // The decision rides on the fresh suggestion of the same quote, whose wording changed.
    const decision = v2.annotations.find((a) => a.origin === 'editor' && a.decision === 'accepted')!
    const suggestion = v2.annotations.find((a) => a.id === decision.suggestionId)!
    expect(suggestion).toMatchObject({ origin: 'auto', kind: 'quote', anchor: 'changed', versionId: v2.versionId })
    expect(suggestion.selector.exact).toContain('we are well aware')
    // The old version keeps its own records.
    const versions = await rpc<VersionInfo[]>(s, 'stories:versions', { storyId })
    expect(versions.map((v) => v.number)).toEqual([1, 2])
    expect(versions[1]!.anchors.orphaned).toBe(1)
    expect(versions[1]!.anchors.changed).toBeGreaterThanOrEqual(2)
    expect(versions[0]!.anchors.exact).toBe(v1.annotations.length + 3)
  })

  it('gives a word diff between versions', async () => {
    const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
    const r = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'a.json', text: ninjs('The talks ended on Monday in Minsk.', '1') })
    const storyId = r.items[0]!.storyId
    await rpc(s, 'stories:import', { name: 'b.json', text: ninjs('The talks ended on Tuesday in Minsk after a long night.', '2') })
    const d = await rpc<VersionDiff>(s, 'stories:diff', { storyId })
    expect(d.from.number).toBe(1)
    expect(d.to.number).toBe(2)
    expect(d.parts.filter((p) => p.op === 'delete').map((p) => p.text)).toEqual(['Monday'])
    expect(d.parts.filter((p) => p.op === 'insert').map((p) => p.text).join('|')).toBe('Tuesday| after a long night')
    expect(d).toMatchObject({ wordsInserted: 5, wordsDeleted: 1 })
    const same = await rpc<VersionDiff>(s, 'stories:diff', { storyId, fromVersionId: d.to.id, toVersionId: d.to.id })
    expect(same.parts.every((p) => p.op === 'equal')).toBe(true)
    const bad = await dispatch(s.handlers, 'stories:diff', { storyId, fromVersionId: 'nope' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'not_found' } })
  })
})
