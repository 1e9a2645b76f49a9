import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import { effectiveAnnotations } from '../../core/annotation/review'
import type { Annotation } from '../../core/annotation/types'
import type { AnnotationImportResult } from '../../shared/dto/annotations'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

const SEED = readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt')

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

async function library(text: string, name = 'story.txt') {
  const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
  const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name, text })
  const storyId = imported.items[0]!.storyId
  const listed = await rpc<{ versionId: string; annotations: Annotation[] }>(s, 'annotations:list', { storyId })
  return { s, storyId, ...listed }
}

const records = async (s: Services, storyId: string) => (await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId })).annotations

function decide(suggestion: Annotation, change: Partial<Annotation>) {
  const { author: _a, createdAt: _c, updatedAt: _u, ...rest } = suggestion
  return { annotation: { ...rest, id: `d-${suggestion.id}`, origin: 'editor', suggestionId: suggestion.id, ...change } }
}

/** Library A: the seed story with an accepted quote, a rejected claim, a verified claim with a note, and a hand-made note. */
async function reviewed() {
  const a = await library(SEED)
  const quote = a.annotations.find((x) => x.kind === 'quote')!
  const [claim1, claim2] = a.annotations.filter((x) => x.kind === 'claim')
  await rpc(a.s, 'annotations:save', decide(quote, { decision: 'accepted', speaker: 'Vladimir Putin' }))
  await rpc(a.s, 'annotations:save', decide(claim1!, { decision: 'rejected' }))
  await rpc(a.s, 'annotations:save', decide(claim2!, { decision: 'accepted', status: 'verified', note: 'Checked against the Kremlin readout.' }))
  const at = SEED.indexOf('Belarusian opposition')
  const story = await rpc<{ version: { article: { text: string } } }>(a.s, 'stories:get', { id: a.storyId })
  const start = story.version.article.text.indexOf('Belarusian opposition')
  expect(at).toBeGreaterThan(0)
  await rpc(a.s, 'annotations:save', {
    annotation: {
      id: 'own-note', storyId: a.storyId, versionId: a.versionId, kind: 'note', origin: 'editor', start, end: start + 21,
      selector: { exact: 'Belarusian opposition', prefix: '', suffix: '' }, status: null, decision: null, speaker: null,
      attribution: null, cue: null, note: 'Which groups?', evidence: [], suggestionId: null, anchor: 'exact',
    },
  })
  const w3c = await rpc<{ base64: string }>(a.s, 'exports:render', { storyId: a.storyId, format: 'w3c' })
  return { a, json: Buffer.from(w3c.base64, 'base64').toString('utf8') }
}

/** What an editor sees: the effective annotations, by place and content (ids differ between libraries). */
const shown = (rs: readonly Annotation[]) =>
  [...effectiveAnnotations(rs).values()]
    .map((r) => [r.kind, r.start, r.end, r.anchor, r.decision, r.status, r.speaker, r.note].join('|'))
    .sort()

describe('annotations:import', () => {
  it("puts one library's W3C export onto the same story in another: every record exact, the editor's view the same", async () => {
    const { a, json } = await reviewed()
    const b = await library(SEED)
    const r = await rpc<AnnotationImportResult>(b.s, 'annotations:import', { storyId: b.storyId, name: 'seed.annotations.jsonld', text: json })
    const total = JSON.parse(json).total as number
    expect(r).toMatchObject({ file: 'seed.annotations.jsonld', storyId: b.storyId, versionId: b.versionId, source: 'w3c', total })
    expect([r.exact, r.moved, r.changed, r.orphaned]).toEqual([total, 0, 0, 0])
    // The three decisions and the note are added; the undecided suggestions are B's own already.
    expect(r.added).toBe(4)
    expect(r.skipped).toBe(total - 4)
    expect(shown(await records(b.s, b.storyId))).toEqual(shown(await records(a.s, a.storyId)))
    // The decisions lie on B's own suggestions, as the desk stores them.
    const bRecords = await records(b.s, b.storyId)
    const decisions = bRecords.filter((x) => x.origin === 'editor' && x.suggestionId)
    expect(decisions).toHaveLength(3)
    for (const d of decisions) expect(bRecords.find((x) => x.id === d.suggestionId)?.origin).toBe('auto')
    expect(bRecords.find((x) => x.note === 'Which groups?')).toMatchObject({ origin: 'editor', suggestionId: null, kind: 'note' })

    // The same file again adds nothing.
    const again = await rpc<AnnotationImportResult>(b.s, 'annotations:import', { storyId: b.storyId, name: 'seed.annotations.jsonld', text: json })
    expect([again.added, again.skipped]).toEqual([0, total])
    expect((await records(b.s, b.storyId)).length).toBe(bRecords.length)
    a.s.close()
    b.s.close()
  })

  it('re-attaches onto a rewritten story: moved, changed and orphaned, orphans kept and listed', async () => {
    const { a, json } = await reviewed()
    const gone = /However, before this dialogue happens[^\n]*?violence must end\./
    expect(SEED).toMatch(gone)
    const rewritten = `UPDATE: adds detail.\n\n${SEED.replace(gone, '').replace('Belarusian opposition', 'Belarusian opposition groups')}`
    const b = await library(rewritten)
    const r = await rpc<AnnotationImportResult>(b.s, 'annotations:import', { storyId: b.storyId, name: 'seed.jsonld', text: json })
    expect(r.total).toBeGreaterThan(0)
    expect(r.exact + r.moved + r.changed + r.orphaned).toBe(r.total)
    expect(r.moved).toBeGreaterThan(0)
    expect(r.orphaned).toBeGreaterThan(0)
    expect(r.warnings.join('\n')).toMatch(/However, before this dialogue happens.*is not in this story; kept as an orphan/)
    const after = await records(b.s, b.storyId)
    const orphans = after.filter((x) => x.anchor === 'orphaned')
    expect(orphans.length).toBeGreaterThan(0)
    expect(orphans.every((o) => o.start === o.end)).toBe(true)
    const note = after.find((x) => x.note === 'Which groups?')!
    const story = await rpc<{ version: { article: { text: string } } }>(b.s, 'stories:get', { id: b.storyId })
    expect(story.version.article.text.slice(note.start, note.end)).toBe('Belarusian opposition')
    a.s.close()
    b.s.close()
  })

  it("keeps the story's own decision where the file decided otherwise, and says so", async () => {
    const { a, json } = await reviewed()
    const b = await library(SEED)
    const quote = b.annotations.find((x) => x.kind === 'quote')!
    await rpc(b.s, 'annotations:save', decide(quote, { decision: 'rejected' }))
    const r = await rpc<AnnotationImportResult>(b.s, 'annotations:import', { storyId: b.storyId, name: 'a.jsonld', text: json })
    expect(r.added).toBe(3)
    expect(r.warnings.join('\n')).toMatch(/this story has its own decision there \(rejected\); kept it rather than the file's \(accepted\)/)
    const mine = (await records(b.s, b.storyId)).filter((x) => x.suggestionId === quote.id)
    expect(mine.map((x) => x.decision)).toEqual(['rejected'])
    a.s.close()
    b.s.close()
  })

  it('refuses a file that is not JSON, not annotations, or made on another story, naming the file; nothing is stored', async () => {
    const { a, json } = await reviewed()
    const other = await library('KYIV, May 2 (Reuters) - Farmers said on Friday that the spring sowing had started late because of heavy rain across the region.')
    const before = (await records(other.s, other.storyId)).length
    const cases: [string, string, RegExp][] = [
      ['notes.txt', 'hello there', /^notes\.txt: not JSON \(/],
      ['data.json', '{"rows": 3, "hello": [1]}', /^data\.json: not W3C Web Annotation or Hypothesis annotation JSON$/],
      ['seed.jsonld', json, /^seed\.jsonld: none of its \d+ annotations is in this story; they were made on “Putin says Lukashenko should start dialogue with Belarusian opposition”\. Nothing was imported\.$/],
    ]
    for (const [name, text, message] of cases) {
      const r = await dispatch(other.s.handlers, 'annotations:import', { storyId: other.storyId, name, text })
      expect(r.ok, name).toBe(false)
      if (!r.ok) {
        expect(r.error.code, name).toBe('invalid_input')
        expect(r.error.message, name).toMatch(message)
      }
    }
    expect((await records(other.s, other.storyId)).length).toBe(before)
    const unknown = await dispatch(other.s.handlers, 'annotations:import', { storyId: 'no-such-story', name: 'seed.jsonld', text: json })
    expect(unknown).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const invalid = await dispatch(other.s.handlers, 'annotations:import', { storyId: other.storyId, name: '', text: json })
    expect(invalid).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    a.s.close()
    other.s.close()
  })

  it('attaches a Hypothesis search response by quote and context, as notes by their authors', async () => {
    const search = JSON.parse(readFixtureText('hypothesis-annotation-format/elife-hypothesis-api-search-response-2018.json')) as {
      rows: { user: string; target: { selector: { type: string; exact?: string; prefix?: string; suffix?: string }[] }[] }[]
    }
    const quotes = search.rows.map((row) => row.target[0]!.selector.find((x) => x.type === 'TextQuoteSelector')!)
    expect(quotes.length).toBeGreaterThan(1)
    const b = await library(['Annotated elsewhere', 'A first paragraph.', ...quotes.map((q) => `${q.prefix}${q.exact}${q.suffix}`)].join('\n\n'))
    const r = await rpc<AnnotationImportResult>(b.s, 'annotations:import', { storyId: b.storyId, name: 'search.json', text: JSON.stringify(search) })
    expect(r).toMatchObject({ source: 'hypothesis', total: quotes.length, orphaned: 0, added: quotes.length, skipped: 0 })
    const mine = (await records(b.s, b.storyId)).filter((x) => x.origin === 'editor')
    expect(mine.map((x) => x.selector.exact).sort()).toEqual(quotes.map((q) => q.exact).sort())
    expect(mine.some((x) => x.author === 'mhader')).toBe(true)
    b.s.close()
  })

  it('logs the import in the audit trail with its counts', async () => {
    const { a, json } = await reviewed()
    const b = await library(SEED)
    await rpc(b.s, 'annotations:import', { storyId: b.storyId, name: 'seed.jsonld', text: json })
    const row = b.s.db.prepare(`SELECT detail FROM event WHERE action = 'annotations.import' AND story_id = ?`).get(b.storyId) as { detail: string }
    expect(JSON.parse(row.detail)).toMatchObject({ file: 'seed.jsonld', source: 'w3c', added: 4, orphaned: 0 })
    a.s.close()
    b.s.close()
  })
})
