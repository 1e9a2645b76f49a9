import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { parseCsv } from '../../test/csv'
import type { Finding } from '../analysis/types'
import type { Annotation } from '../annotation/types'
import { CSV_COLUMNS } from './csv'
import { exportStory } from './index'
import { escapeMarkdown } from './markdown'
import type { FontRef, PdfCanvasFactory } from './pdf/canvas'
import type { ExportInput } from './types'
import { toWebAnnotation } from './w3c'
import { analysis, article, CET, claim, DECIDED_AT, decided, meta, person, quote, suggestion, text } from './testStory'

// One story with one of every decision, and what each format says about each: the accepted quote (its speaker changed
// on the way), the edited claim, the open suggestion, the rejected one, the editor's own note, the open check and the
// dismissed one.
const rejectedClaim = suggestion('r', 'claim', '3 million dollars', { status: 'unverified' })
const own: Annotation = { ...suggestion('h', 'note', 'Monday'), origin: 'editor', author: 'Sam Checker', note: 'Ask for the date.', updatedAt: DECIDED_AT }
const records: Annotation[] = [
  quote, decided(quote, 'dq', { decision: 'accepted', speaker: 'Jane Roe' }),
  claim, decided(claim, 'dc', { status: 'false', evidence: ['https://example.org/cost'] }),
  person,
  rejectedClaim, decided(rejectedClaim, 'dr', { decision: 'rejected' }),
  own,
]
const open: Finding = { rule: 'anonymous-source', severity: 'warning', message: 'Unnamed source: officials', excerpt: 'officials', start: text.indexOf('officials'), end: text.indexOf('officials') + 9 }
const input: ExportInput = {
  article,
  analysis: { ...analysis, findings: [open] },
  annotations: records,
  dismissed: [{ key: 'loaded-verb|said', reason: 'House style allows it.', by: 'Sam Checker', at: '2026-12-07T13:10:00.000Z' }],
  meta: { ...meta, checkedBy: 'Sam Checker', review: { state: 'checked', by: 'Sam Checker', at: DECIDED_AT } },
}
const ACCEPTED = `accepted by Sam Checker, ${CET('14:05')} (speaker: “the mayor” to “Jane Roe”)`
const EDITED = `edited by Sam Checker, ${CET('14:05')} (status: unverified to false; evidence added)`
const OPEN = 'suggested by the analysis, not reviewed'
const REJECTED = `rejected by Sam Checker, ${CET('14:05')}`
const ADDED = `added by Sam Checker, ${CET('14:05')}`
const escapeRe = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
const SUMMARY = ['Open: 1 check (1 warning), 1 suggestion not reviewed.', 'Decided: 1 accepted, 1 rejected, 1 edited, 1 mark added by the editor, 1 check dismissed.']

describe('every format says what the editor decided', () => {
  it('CSV: the decision, who, when (ISO) and what changed, for quotes, claims and checks', () => {
    const rows = parseCsv(exportStory('csv', input) as string)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    const body = rows.slice(1).map((r) => Object.fromEntries(CSV_COLUMNS.map((c, i) => [c, r[i]])))
    // (origin: a suggestion stays the analysis's whatever was decided on it; the decision has its own columns)
    const cols = ['number', 'kind', 'text', 'speaker_or_source', 'status', 'decision', 'decided_by', 'decided_at', 'changes', 'note', 'evidence', 'origin', 'review_state'] as const
    expect(body.map((r) => cols.map((c) => r[c]))).toEqual([
      ['1', 'quote', 'We will build it', 'Jane Roe', '', 'accepted', 'Sam Checker', DECIDED_AT, 'speaker: “the mayor” to “Jane Roe”', '', '', 'auto', 'checked'],
      ['4', 'claim', 'The bridge will cost 3 million dollars', '', 'false', 'edited', 'Sam Checker', DECIDED_AT, 'status: unverified to false; evidence added', '', 'https://example.org/cost', 'auto', 'checked'],
      ['', 'claim', '3 million dollars', '', 'unverified', 'rejected', 'Sam Checker', DECIDED_AT, '', '', '', 'auto', 'checked'],
      ['', 'finding', 'officials', '', 'warning', 'open', '', '', '', 'Unnamed source: officials', '', '', 'checked'],
      ['', 'finding', 'said', '', '', 'dismissed', 'Sam Checker', '2026-12-07T13:10:00.000Z', '', 'House style allows it.', '', '', 'checked'],
    ])
    expect(body[0]?.id).toBe('q')
    expect(body[3]).toMatchObject({ cue: 'anonymous-source', start: String(open.start), end: String(open.end) })
    expect(body[4]?.cue).toBe('loaded-verb')
  })

  it('Markdown: the summary, each mark’s decision in its table and in the list, the rejected one apart', () => {
    const md = exportStory('md', input) as string
    const m = escapeMarkdown
    expect(md).toContain(`\n\n**${m(SUMMARY[0]!)}** ${m(SUMMARY[1]!)}\n\nMarks: `)
    const section = (from: string, to: string) => md.slice(md.indexOf(from), md.indexOf(to))
    expect(section('## Quotes', '## Claims')).toBe(`## Quotes (1)\n\n| # | Quote | Speaker | Status | Decision | Note |\n| --- | --- | --- | --- | --- | --- |\n| 1 | We will build it | Jane Roe |  | ${m(ACCEPTED)} |  |\n\n`)
    expect(section('## Claims', '## Rejected')).toBe(`## Claims (1)\n\n| # | Claim | Source | Status | Decision | Evidence | Note |\n| --- | --- | --- | --- | --- | --- | --- |\n| 4 | The bridge will cost 3 million dollars | reporter’s voice | false | ${m(EDITED)} | ${m('https://example.org/cost')} |  |\n\n`)
    expect(md).toContain(`- **Review state:** ${m(`Checked (set by Sam Checker, ${CET('14:05')})`)}`)
    expect(md).toContain(`| 1 | We will build it | Jane Roe |  | ${m(ACCEPTED)} |  |`)
    expect(md).toContain(`| 4 | The bridge will cost 3 million dollars | reporter’s voice | false | ${m(EDITED)} | ${m('https://example.org/cost')} |  |`)
    expect(md).toContain(`## Rejected suggestions (1)\n\n| Kind | Words | Decision |\n| --- | --- | --- |\n| Claim | 3 million dollars | ${m(REJECTED)} |`)
    expect(md).toContain(`2. the mayor — Person · ${m(OPEN)}`)
    expect(md).toContain(`3. Monday — Note · ${m(ADDED)}`)
    expect(md).toContain(`| said | ${m('House style allows it.')} | Sam Checker | ${m(CET('14:10'))} |`)
  })

  it('HTML: each decision marked by its state, the rejected one apart, the summary on top', () => {
    const html = exportStory('html', input) as string
    expect(html).toContain(`<section class="summary" aria-label="Summary"><p><strong>${SUMMARY[0]}</strong></p><p>${SUMMARY[1]}</p></section>`)
    expect(html).toContain(`<tr><td>1</td><td>“We will build it”</td><td>Jane Roe</td><td>explicit, “said”</td><td>—</td><td><span class="d-accepted">${ACCEPTED}</span></td><td></td></tr>`)
    expect(html).toContain(`<td>false</td><td><span class="d-edited">${EDITED}</span></td>`)
    expect(html).toContain(`<tr><td>2</td><td>the mayor</td><td></td><td><span class="d-open">${OPEN}</span></td><td></td></tr>`)
    expect(html).toContain(`<h2>Rejected suggestions (1)</h2>\n<table><thead><tr><th>Kind</th><th>Words</th><th>Decision</th></tr></thead><tbody><tr><td>Claim</td><td>3 million dollars</td><td><span class="d-rejected">${REJECTED}</span></td></tr></tbody></table>`)
    expect(html).toContain(`<tr><td>loaded-verb</td><td>said</td><td>House style allows it.</td><td>Sam Checker</td><td>${CET('14:10')}</td></tr>`)
  })

  it('Word: every mark’s comment ends with its decision, an open suggestion is signed as one, rejected marks are listed', () => {
    const zip = unzipSync(exportStory('docx', input) as Uint8Array)
    const comments = strFromU8(zip['word/comments.xml']!)
    const doc = strFromU8(zip['word/document.xml']!)
    const comment = (id: number) => new RegExp(`<w:comment w:id="${id}" ([^>]*)>(.*?)</w:comment>`).exec(comments)
    const lines = (id: number) => [...(comment(id)?.[2] ?? '').matchAll(/<w:t xml:space="preserve">(.*?)<\/w:t>/g)].map((t) => t[1])
    expect(lines(1)).toEqual(['Quote · speaker: Jane Roe · attribution: explicit (“said”)', `Decision: ${ACCEPTED}`])
    expect(comment(1)?.[1]).toBe('w:author="Sam Checker" w:date="2026-12-07T13:05:00Z" w:initials="SC"')
    expect(lines(2)).toEqual(['Person', `Decision: ${OPEN}`])
    expect(comment(2)?.[1]).toContain('w:author="wiremark (suggestion)"')
    expect(lines(4)).toEqual(['Claim · status: false', 'Evidence: https://example.org/cost', `Decision: ${EDITED}`])
    expect(lines(3)).toEqual(['Note', 'Note: Ask for the date.', `Decision: ${ADDED}`])
    // The open check is a request to the reporter, signed by the checker.
    expect(lines(5)).toEqual(['Please say why this source is not named, and how they know: “officials”.', 'Check: anonymous-source (warning). Unnamed source: officials'])
    expect(comment(5)?.[1]).toContain('w:author="Sam Checker"')
    expect(doc).toContain(`Review state: Checked (set by Sam Checker, ${CET('14:05')}). Checked by Sam Checker at not recorded.`)
    expect(doc).toMatch(new RegExp(`>${escapeRe(SUMMARY[0]!)}</w:t></w:r><w:r>(<w:rPr>.*?</w:rPr>)?<w:t xml:space="preserve"> ${escapeRe(SUMMARY[1]!)}</w:t>`))
    expect(doc).toContain(`<w:p><w:pPr><w:pStyle w:val="Heading2"/></w:pPr><w:r><w:t xml:space="preserve">Rejected suggestions (1)</w:t></w:r></w:p><w:p><w:r><w:t xml:space="preserve">Claim: “3 million dollars” — ${REJECTED}</w:t></w:r></w:p>`)
    expect(doc).toContain(`loaded-verb on “said”: dismissed by Sam Checker, ${CET('14:10')}. Reason: House style allows it.`)
  })

  it('W3C: the decision, who, when and what changed in each annotation’s describing body, the rejected one included', () => {
    const doc = JSON.parse(exportStory('w3c', input) as string) as { total: number; first: { items: { id: string; body: { purpose: string; value?: string }[] }[] } }
    const facts = (id: string) => doc.first.items.find((a) => a.id === `urn:wiremark:annotation:${id}`)?.body.find((b) => b.purpose === 'describing')?.value
    expect(doc.total).toBe(5)
    expect(facts('q')).toBe(`origin: editor; decision: accepted; decided_by: Sam Checker; decided_at: ${DECIDED_AT}; changes: speaker: “the mayor” to “Jane Roe”; attribution: explicit; cue: said`)
    expect(facts('c')).toBe(`origin: editor; decision: edited; decided_by: Sam Checker; decided_at: ${DECIDED_AT}; changes: status: unverified to false, evidence added; cue: number`)
    expect(facts('p')).toBe('origin: auto')
    expect(facts('r')).toBe(`origin: editor; decision: rejected; decided_by: Sam Checker; decided_at: ${DECIDED_AT}`)
    expect(facts('h')).toBe(`origin: editor; decision: added; decided_by: Sam Checker; decided_at: ${DECIDED_AT}`)
    // Without the report's decisions (one record converted alone), the record's own decision is said.
    const alone = toWebAnnotation({ ...quote, decision: 'rejected', anchor: 'moved' }, text, 'urn:x', null)
    expect((alone.body as { purpose: string; value?: string }[]).at(-1)?.value).toBe('origin: auto; decision: rejected; attribution: explicit; cue: said; anchor: moved')
  })

  it('PDF: the summary, each mark’s decision, the rejected one and the dismissed check are drawn', () => {
    const placed = drawPdf(input).texts.map(({ text, x }) => ({ text, x }))
    const drawn = placed.map((d) => d.text)
    expect(drawn).toEqual(expect.arrayContaining([
      `Review state: Checked (set by Sam Checker, ${CET('14:05')})`,
      ...SUMMARY,
      `Quote · speaker: Jane Roe · attribution: explicit (“said”) · ${ACCEPTED}`,
      `Claim · status: false · ${EDITED}`,
      `— ${REJECTED}`,
      `— dismissed by Sam Checker, ${CET('14:10')}`,
      'Rejected suggestions (1)',
    ]))
    // The summary is indented beside its rule, both lines alike.
    const open = drawn.indexOf(SUMMARY[0]!)
    expect(placed.slice(open, open + 2)).toEqual([{ text: SUMMARY[0], x: 56 }, { text: SUMMARY[1], x: 56 }])
    expect(between(drawn, 'Quotes (1)', 'Notes (1)')).toEqual([
      'Quotes (1)', '1', '“We will build it”', `Quote · speaker: Jane Roe · attribution: explicit (“said”) · ${ACCEPTED}`,
      'Claims (1)', '4', 'The bridge will cost 3 million dollars', `Claim · status: false · ${EDITED}`, 'Evidence: https://example.org/cost',
      'Rejected suggestions (1)', 'Claim: ', '“3 million dollars” ', `— ${REJECTED}`,
    ])
  })

  it('PDF: a rejected suggestion is set like a dismissed check, the same gap before the next heading', () => {
    const { texts } = drawPdf(input)
    const y = (t: string) => texts.find((d) => d.text === t)?.y as number
    // Its kind in bold, as a dismissed check's rule.
    expect(texts.filter((d) => d.text === 'Claim: ' || d.text === 'loaded-verb: ').map((d) => d.face)).toEqual(['bold', 'bold'])
    expect(y(`— dismissed by Sam Checker, ${CET('14:10')}`) - y('Story')).toBeCloseTo(y(`— ${REJECTED}`) - y('Notes (1)'), 6)
  })

  it('PDF: the summary wraps within the right margin, indented beside its rule', () => {
    // The right margin is where a heading's rule ends; text as wide as the page between the margins.
    const right = Math.max(...drawPdf(input).rules.map((r) => r[2] as number))
    const perChar = (right - 48) / SUMMARY[1]!.length
    const { texts } = drawPdf(input, (s) => s.length * perChar)
    const decided = texts.filter((d) => SUMMARY[1]!.includes(d.text.trim()) && d.text.trim().length > 1)
    expect(decided.map((d) => d.text).join(' ')).toBe(SUMMARY[1])
    expect(decided.length).toBeGreaterThan(1)
    for (const d of decided) expect(d.x + d.text.length * perChar, d.text).toBeLessThanOrEqual(right)
  })
})

/**
 * What a PDF engine is asked to draw, and where: text with its left end and baseline, and rules. By default on pages
 * wide enough that no line wraps; `width` measures a piece of text.
 */
type Drawn = { text: string; x: number; y: number; face: string }
function drawPdf(story: ExportInput, width = (s: string) => s.length * 0.01): { texts: Drawn[]; rules: number[][] } {
  const texts: Drawn[] = []
  const rules: number[][] = []
  const recorder: PdfCanvasFactory = () => ({
    covers: () => true,
    width,
    text: (s: string, x: number, y: number, font: FontRef) => void texts.push({ text: s, x, y, face: font.face }),
    rect: () => {},
    line: (x1: number, y1: number, x2: number, y2: number) => void rules.push([x1, y1, x2, y2]),
    addPage: () => {},
    end: () => new Uint8Array(),
  })
  exportStory('pdf', story, { pdf: recorder })
  return { texts, rules }
}

/** The lines from `from` up to, not including, `to`. */
const between = (lines: string[], from: string, to: string) => lines.slice(lines.indexOf(from), lines.indexOf(to))

describe('a story with no rejected suggestion, a note on a suggestion and an editor’s claim with two sources', () => {
  // A note alone decides nothing: the suggestion stays open, but the comment is the editor's.
  const bare = suggestion('b', 'quote', 'We will build it', { status: 'unchecked' })
  const noted = decided(bare, 'bn', { note: 'Who said it?' })
  // A time without seconds: the reports show it, Word's comment date (seconds required) is left out.
  const mine: Annotation = {
    ...suggestion('o', 'claim', 'The bridge will cost 3 million dollars'),
    origin: 'editor', author: 'Sam Checker', status: 'verified', evidence: ['https://a.example/1', 'https://b.example/2'], note: 'Two sources.', updatedAt: '2026-12-07T13:05Z',
  }
  // A claim with neither evidence nor a note.
  const plain = suggestion('pc', 'claim', 'officials said', { status: 'unverified' })
  const story: ExportInput = { article, analysis, annotations: [bare, noted, mine, plain], dismissed: [], meta }
  const MINE = `added by Sam Checker, ${CET('14:05')}`

  it('Markdown: no speaker, both sources, and no rejected table', () => {
    const md = exportStory('md', story) as string
    const m = escapeMarkdown
    expect(md).toContain(`| 1 | We will build it | no speaker | unchecked | ${m(OPEN)} | Who said it? |`)
    expect(md).toContain(`| 2 | The bridge will cost 3 million dollars | reporter’s voice | verified | ${m(MINE)} | ${m('https://a.example/1 https://b.example/2')} | ${m('Two sources.')} |`)
    expect(md).toContain('## Rejected suggestions (0)\n\nNone.\n')
  })

  it('Word: the noted suggestion is signed by the editor, an open one as a suggestion, a time without seconds has no date, and no rejected heading', () => {
    const zip = unzipSync(exportStory('docx', story) as Uint8Array)
    const comments = strFromU8(zip['word/comments.xml']!)
    const attrs = [...comments.matchAll(/<w:comment ([^>]*)>/g)].map((c) => c[1])
    expect(attrs).toEqual([
      'w:id="1" w:author="Sam Checker" w:date="2026-12-07T13:05:00Z" w:initials="SC"',
      'w:id="2" w:author="Sam Checker" w:initials="SC"',
      'w:id="3" w:author="wiremark (suggestion)" w:date="2026-12-07T12:00:00Z" w:initials="W"',
      'w:id="4" w:author="Wiremark" w:initials="W"',
    ])
    expect(comments).toContain('<w:t xml:space="preserve">Note: Who said it?</w:t>')
    expect(comments).toContain('<w:t xml:space="preserve">Evidence: https://a.example/1 https://b.example/2</w:t>')
    expect(strFromU8(zip['word/document.xml']!)).not.toContain('Rejected suggestions')
  })

  it('PDF: the note and both sources under their marks, and None. for the rejected', () => {
    expect(between(drawPdf(story).texts.map((d) => d.text), 'Quotes (1)', 'Notes (2)')).toEqual([
      'Quotes (1)', '1', '“We will build it”', `Quote · speaker: none found · status: unchecked · ${OPEN}`, 'Note: Who said it?',
      'Claims (2)', '2', 'The bridge will cost 3 million dollars', `Claim · status: verified · ${MINE}`, 'Evidence: https://a.example/1 https://b.example/2', 'Note: Two sources.',
      '3', 'officials said', `Claim · status: unverified · ${OPEN}`,
      'Rejected suggestions (0)', 'None.',
    ])
  })
})
