import { readdirSync, readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { fixture, readFixture, readFixtureText } from '../../test/fixtures'
import { analyze } from '../analysis/analyze'
import { buildArticle } from '../article/build'
import type { Annotation } from '../annotation/types'
import { importAnnotations } from '../import/annotations'
import { importBytes } from '../import/index'
import { exportStory, exportedAnnotations } from './index'
import { MOTIVATIONS, validateWebAnnotation } from './w3cValidate'
import { sampleExportInput } from './sample'
import { analysis, article, DECIDED_AT, meta, person, quote, suggestion, text } from './testStory'
import { toWebAnnotation } from './w3c'

const W3C = 'w3c-web-annotation'

// Parsed JSON-LD, read loosely: the shape is what these tests check.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any

function examples(dir: string): { name: string; text: string }[] {
  const base = fixture(`${W3C}/${dir}`)
  return readdirSync(base)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((name) => ({ name, text: readFileSync(`${base}/${name}`, 'utf8') }))
}

function reutersInput() {
  const { articles } = importBytes(readFixture('wire/reuters-putin-lukashenko-aggregator.txt'), 'reuters.txt')
  const article = articles[0]
  if (!article) throw new Error('no article in the Reuters fixture')
  return sampleExportInput(article, analyze(article))
}

describe('the Web Annotation shape check', () => {
  it('accepts every example of the W3C recommendation and of the working draft', () => {
    const all = [...examples('examples-2016-rec'), ...examples('wd2-correct')]
    expect(all.length).toBeGreaterThan(80)
    for (const { name, text } of all) expect(validateWebAnnotation(JSON.parse(text)), name).toEqual([])
  })

  it('rejects the W3C incorrect cases for the reason they were written for', () => {
    let checked = 0
    for (const { name, text } of examples('wd2-incorrect')) {
      // Most cases also carry a trailing comma or an id list; remove both so the labelled fault is the one tested.
      let doc: Record<string, unknown>
      try {
        doc = JSON.parse(text.replace(/,(\s*[}\]])/g, '$1'))
      } catch {
        expect(name).toBe('anno1.json') // "this is not json"
        continue
      }
      if (Array.isArray(doc.id) && doc.label !== 'multiple identifiers') doc.id = doc.id[0]
      // anno15's fault is a misspelt key ("langauage"), which JSON-LD ignores: only its id list was wrong.
      if (name === 'anno15.json') {
        expect(validateWebAnnotation(doc)).toEqual([])
        continue
      }
      expect(validateWebAnnotation(doc), `${name}: ${String(doc.label)}`).not.toEqual([])
      checked++
    }
    expect(checked).toBeGreaterThanOrEqual(37)
  })
})

describe('W3C Web Annotation export', () => {
  const input = reutersInput()
  // Rendered in each test, not once when the file is collected: Stryker switches a mutant on only while a test runs.
  let doc: Json
  let items: Json[]
  beforeEach(() => {
    doc = JSON.parse(exportStory('w3c', input) as string)
    items = doc.first.items as Json[]
  })

  it('is a valid collection with one annotation per record', () => {
    expect(validateWebAnnotation(doc)).toEqual([])
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld')
    // The sample's editor records replace the suggestions they decide on (three of them).
    expect(items.length).toBe(input.annotations.length - 3)
    expect(doc.total).toBe(items.length)
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length)
  })

  it('gives every annotation both selectors, a creator, dates and a known motivation', () => {
    const text = input.article.text
    for (const a of items) {
      const [quote, pos] = a.target.selector
      expect(quote.type).toBe('TextQuoteSelector')
      expect(pos.type).toBe('TextPositionSelector')
      expect(text.slice(pos.start, pos.end)).toBe(quote.exact)
      expect(text.slice(0, pos.start).endsWith(quote.prefix)).toBe(true)
      expect(text.slice(pos.end).startsWith(quote.suffix)).toBe(true)
      expect(MOTIVATIONS).toContain(a.motivation)
      expect(a.creator.name).toBeTruthy()
      expect(a.created).toMatch(/^\d{4}-\d{2}-\d{2}T/)
      expect(a.modified).toMatch(/^\d{4}-\d{2}-\d{2}T/)
    }
    const motivations = new Set(items.map((a) => a.motivation))
    for (const m of ['assessing', 'identifying', 'commenting', 'highlighting']) expect(motivations).toContain(m)
  })

  it('carries notes, status, speaker and evidence as bodies', () => {
    const verified = items.find((a) => a.body.some((b: Json) => b.purpose === 'assessing' && b.value === 'verified'))
    expect(verified).toBeDefined()
    expect(verified?.body).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ purpose: 'commenting', value: 'Checked against the filing.' }),
        expect.objectContaining({ purpose: 'linking', source: 'https://example.org/source-document' }),
        expect.objectContaining({ purpose: 'tagging', value: 'wiremark:claim' }),
      ]),
    )
    const quote = items.find((a) => a.body.some((b: Json) => b.value === 'wiremark:quote'))
    expect(quote?.body.some((b: Json) => b.purpose === 'identifying' && b.value === 'Vladimir Putin')).toBe(true)
  })

  it('imports back onto the same story: same words, places, kinds, statuses and notes', () => {
    const json = exportStory('w3c', input) as string
    const back = importAnnotations(json, { text: input.article.text, storyId: 's', versionId: 'v', now: '2024-06-01T00:00:00Z' })
    expect(back.source).toBe('w3c')
    expect(back.orphans).toEqual([])
    expect(back.annotations.length).toBe(items.length)
    const original = new Map(exportedAnnotations(input.annotations).map((a) => [a.id, a]))
    for (const a of back.annotations) {
      const o = original.get(a.id)
      expect(o, a.id).toBeDefined()
      expect([a.start, a.end, a.kind, a.status, a.note, a.speaker, a.origin, a.anchor]).toEqual([
        o?.start,
        o?.end,
        o?.kind,
        o?.status,
        o?.note,
        o?.speaker,
        o?.origin,
        'exact',
      ])
      expect(a.evidence).toEqual(o?.evidence)
    }
  })

  it('re-attaches to a new version where the words moved, changed quote marks, were rewritten, or vanished', () => {
    const json = exportStory('w3c', input) as string
    const moved = `EDITOR'S NOTE: updated with new details.\n\n${input.article.text.replace(/[\u201c\u201d]/g, '"')}`
    const gone = /However, before this dialogue happens[^\n]*?violence must end\./
    expect(moved).toMatch(gone)
    const cut = moved.replace(/Lukashenko freed political prisoners first/, 'prisoners are freed').replace(gone, '')
    const back = importAnnotations(json, { text: cut, storyId: 's', versionId: 'v2', now: '2024-06-01T00:00:00Z' })
    expect(back.annotations.length + back.orphans.length).toBe(items.length)
    for (const a of back.annotations) expect(cut.slice(a.start, a.end)).toBe(a.selector.exact)
    expect(back.annotations.every((a) => a.anchor === 'moved' || a.anchor === 'changed')).toBe(true)
    // The claim whose last words were rewritten is placed on the rewritten sentence, as a new version would place it.
    const rewritten = back.annotations.filter((a) => a.kind === 'claim' && a.selector.exact.includes('on the idea unless prisoners'))
    expect(rewritten.length).toBeGreaterThan(0)
    expect(rewritten.every((a) => a.anchor === 'changed')).toBe(true)
    // The quote whose sentence was taken out cannot be placed: it is kept as an orphan with its words.
    expect(back.orphans.map((o) => o.selector.exact)).toEqual(expect.arrayContaining([expect.stringContaining('However, before this dialogue happens')]))
    expect(back.orphans.every((o) => o.anchor === 'orphaned' && o.start === o.end)).toBe(true)
    expect(back.warnings.join('\n')).toMatch(/However, before this dialogue happens.*is not in this story; kept as an orphan/)
  })
})

describe('W3C Web Annotation export of hand-written records', () => {
  const source = 'urn:wiremark:story:s:v1'
  const mine = (id: string, words: string, fields: Partial<Annotation>): Annotation => ({
    ...suggestion(id, 'note', words), origin: 'editor', author: 'Sam Checker', updatedAt: DECIDED_AT, ...fields,
  })
  const end = text.length
  const records: Annotation[] = [
    mine('y', 'We will build it', { note: 'Second note.' }),
    person,
    mine('w', 'We will', { note: 'Who is we?' }),
    quote,
    mine('x', 'We will build it', { note: 'First note.' }),
    // An orphan keeps its words; its old offsets are no place in this version, even where they hold the same words.
    mine('o', 'Monday', { note: 'Which Monday?', anchor: 'orphaned' }),
    // Moved: placed by its offsets only where they hold its words in full.
    mine('m1', 'officials', { anchor: 'moved', start: 0, end: 9, evidence: ['Phone call with the council'] }),
    mine('m2', 'said.', { anchor: 'moved', start: end - 5, end: end + 3, evidence: ['https://example.org/minutes'] }),
  ]
  // Rendered in each test, not when the file is collected: Stryker turns a mutant on only while a test runs.
  const render = () => JSON.parse(exportStory('w3c', { article, analysis, annotations: records, dismissed: [], meta }) as string)
  const item = (id: string) => (render().first.items as Json[]).find((a) => a.id === `urn:wiremark:annotation:${id}`)
  const quoteSelector = (a: Annotation) => ({ type: 'TextQuoteSelector', exact: a.selector.exact, prefix: a.selector.prefix, suffix: a.selector.suffix })
  /** The whole annotation a record should be written as. */
  const whole = (a: Annotation, motivation: string, creator: Json, body: Json[], selector: Json[]) => ({
    id: `urn:wiremark:annotation:${a.id}`,
    type: 'Annotation',
    motivation,
    creator,
    created: a.createdAt,
    modified: a.updatedAt,
    generator: { type: 'Software', name: 'Wiremark' },
    body,
    target: { type: 'SpecificResource', source, selector },
  })

  it('is the collection of the story version, in the order of the text: earlier start, then longer, then by id', () => {
    const doc = render()
    const items = doc.first.items as Json[]
    expect(doc).toMatchObject({ id: `${source}:annotations`, type: 'AnnotationCollection', label: 'Council votes on the bridge', total: 8 })
    expect(doc.first).toMatchObject({ id: `${source}:annotations:page1`, type: 'AnnotationPage', startIndex: 0 })
    expect(items.map((a) => a.id.replace('urn:wiremark:annotation:', ''))).toEqual(['m1', 'q', 'x', 'y', 'w', 'p', 'o', 'm2'])
    const untitled = buildArticle({ format: 'text', headline: null, paragraphs: ['Nothing to mark.'] })
    expect(JSON.parse(exportStory('w3c', { article: untitled, analysis: analyze(untitled), annotations: [], dismissed: [], meta }) as string).label).toBe('Untitled story')
  })

  it('writes a suggestion of the analysis as the software’s, placed by both selectors', () => {
    expect(item('p')).toEqual(whole(person, 'highlighting', { type: 'Software', name: 'wiremark' }, [
      { type: 'TextualBody', purpose: 'tagging', value: 'wiremark:speaker', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: 'origin: auto', format: 'text/plain' },
    ], [quoteSelector(person), { type: 'TextPositionSelector', start: person.start, end: person.end }]))
  })

  it('writes an orphan as the editor’s, with its words and no position', () => {
    const orphan = records.find((a) => a.id === 'o') as Annotation
    expect(text.slice(orphan.start, orphan.end)).toBe('Monday')
    expect(item('o')).toEqual(whole(orphan, 'commenting', { type: 'Person', name: 'Sam Checker' }, [
      { type: 'TextualBody', purpose: 'tagging', value: 'wiremark:note', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'commenting', value: 'Which Monday?', format: 'text/plain' },
      { type: 'TextualBody', purpose: 'describing', value: `origin: editor; decision: added; decided_by: Sam Checker; decided_at: ${DECIDED_AT}; anchor: orphaned`, format: 'text/plain' },
    ], [quoteSelector(orphan)]))
  })

  it('gives a moved record a position only where its offsets hold its words in full; evidence that is no link is a text body, a link a resource', () => {
    const [m1, m2] = ['m1', 'm2'].map((id) => records.find((a) => a.id === id) as Annotation)
    expect(item('m1').target.selector).toEqual([quoteSelector(m1!)])
    // Its end runs past the text, though the words up to the end are the same.
    expect(text.slice(m2!.start, m2!.end)).toBe('said.')
    expect(item('m2').target.selector).toEqual([quoteSelector(m2!)])
    expect(item('m1').body).toContainEqual({ type: 'TextualBody', purpose: 'linking', value: 'Phone call with the council', format: 'text/plain' })
    expect(item('m2').body).toContainEqual({ type: 'SpecificResource', purpose: 'linking', source: 'https://example.org/minutes' })
  })

  it('says nothing of a decision for a record converted alone that has none', () => {
    expect((toWebAnnotation(person, text, source, null).body as { value: string }[]).at(-1)?.value).toBe('origin: auto')
  })
})

describe('Hypothesis JSON import', () => {
  const api = JSON.parse(readFixtureText('hypothesis-annotation-format/elife-hypothesis-api-annotation-2017.json'))
  const search = JSON.parse(readFixtureText('hypothesis-annotation-format/elife-hypothesis-api-search-response-2018.json'))
  const quoteOf = (a: Json) => a.target[0].selector.find((s: Json) => s.type === 'TextQuoteSelector')

  // A story that contains the annotated passages (at other offsets than on the annotated pages).
  const passages = [api, ...search.rows].map((a: Json) => {
    const q = quoteOf(a)
    return `${q.prefix}${q.exact}${q.suffix}`
  })
  const article = buildArticle({ format: 'text', headline: 'Annotated elsewhere', paragraphs: ['A first paragraph.', ...passages] })

  it('re-attaches a single API annotation by its quote and context', () => {
    const r = importAnnotations(JSON.stringify(api), { text: article.text, storyId: 's', versionId: 'v', now: '2024-06-01T00:00:00Z' })
    expect(r.source).toBe('hypothesis')
    expect(r.annotations).toHaveLength(1)
    const a = r.annotations[0]
    expect(article.text.slice(a?.start, a?.end)).toBe('imaged')
    expect(a).toMatchObject({ kind: 'note', note: 'took image of', author: 'Giorgio Sironi', origin: 'editor', anchor: 'moved' })
    expect(a?.createdAt).toBe('2017-12-07T14:34:41.949708+00:00')
  })

  it('re-attaches the rows of a search response, and keeps what is not in the story as orphans', () => {
    const r = importAnnotations(JSON.stringify(search), { text: article.text, storyId: 's', versionId: 'v', now: '2024-06-01T00:00:00Z' })
    expect(r.annotations.length).toBe(search.rows.length)
    for (const [i, a] of r.annotations.entries()) expect(a.selector.exact).toBe(quoteOf(search.rows[i]).exact)
    expect(r.annotations[1]?.author).toBe('mhader') // display_name is null: the account name stands in
    const elsewhere = importAnnotations(JSON.stringify(search), { text: 'Nothing relevant here.', storyId: 's', versionId: 'v', now: '2024-06-01T00:00:00Z' })
    expect(elsewhere.annotations).toEqual([])
    expect(elsewhere.orphans).toHaveLength(search.rows.length)
    expect(elsewhere.warnings.join('\n')).toMatch(/not in this story/)
  })

  it('refuses what is not annotation JSON', () => {
    const t = { text: 'x', storyId: 's', versionId: 'v', now: '2024-06-01T00:00:00Z' }
    expect(() => importAnnotations('not json', t)).toThrow(/not JSON/)
    expect(() => importAnnotations('{"hello":1}', t)).toThrow(/not W3C Web Annotation or Hypothesis/)
  })
})
