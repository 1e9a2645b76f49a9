import { describe, expect, it } from 'vitest'
import type { Credits, Finding } from '../analysis/types'
import type { Annotation } from '../annotation/types'
import { buildArticle } from '../article/build'
import { buildReportModel, DECISION_LABEL, describe as describeMark, exportedAnnotations, findingCountPhrase, KIND_LABEL, KIND_MEANING, NAME_NOT_SET, STATUS_LABEL, type DismissedRecord, type ReportMeta } from './model'
import { analysis, article, CET, claim, decided, meta, person, quote, suggestion, text } from './testStory'

// The report model's decisions, summary and review words on the hand-written records of testStory.ts.
const model = (records: Annotation[], opts: { findings?: Finding[]; dismissed?: DismissedRecord[]; meta?: Partial<ReportMeta> } = {}) =>
  buildReportModel(article, records, { ...analysis, findings: opts.findings ?? [] }, { ...meta, ...opts.meta }, opts.dismissed ?? [])
const one = (records: Annotation[], id: string) => {
  const m = model(records)
  const a = [...m.annotations, ...m.rejected, ...m.orphans].find((x) => x.id === id)
  if (!a) throw new Error(`no ${id} in the model`)
  return a
}

describe('report model: what each decision says', () => {
  it('an open suggestion: nobody, no time, "not reviewed"', () => {
    expect(one([quote], 'q').decided).toEqual({ state: 'open', by: null, at: null, atText: null, changes: [], text: 'suggested by the analysis, not reviewed' })
  })

  it('an edit lists every field it changed, in the same words everywhere', () => {
    const d = decided(quote, 'd', { kind: 'claim', speaker: 'Jane Roe', status: 'disputed', attribution: 'pronoun', evidence: ['https://example.org/a'] })
    const changes = ['kind: quote to claim', 'source: “the mayor” to “Jane Roe”', 'status: unchecked to disputed', 'attribution: pronoun', 'evidence added']
    expect(one([quote, d], 'q').decided).toEqual({
      state: 'edited', by: 'Sam Checker', at: '2026-12-07T13:05:00.000Z', atText: CET('14:05'), changes,
      text: `edited by Sam Checker, ${CET('14:05')} (${changes.join('; ')})`,
    })
  })

  it('names a removed speaker "none", and a status where the suggestion had none', () => {
    expect(one([quote, decided(quote, 'd', { speaker: null })], 'q').decided.changes).toEqual(['speaker: “the mayor” to none'])
    expect(one([person, decided(person, 'd', { status: 'verified' })], 'p').decided.changes).toEqual(['status: none to verified'])
    expect(one([person, decided(person, 'd', { speaker: 'Ana Ruiz' })], 'p').decided.changes).toEqual(['speaker: none to “Ana Ruiz”'])
  })

  it('does not count a status, attribution or evidence taken away, nor a note, as a change: the suggestion stays open', () => {
    const d = decided(claim, 'd', { status: null, attribution: null, note: 'ask the desk' })
    expect(one([{ ...claim, attribution: 'explicit', evidence: ['x'] }, { ...d, evidence: [] }], 'c').decided).toMatchObject({ state: 'open', by: null, changes: [] })
    // The same evidence again is no change either.
    expect(one([{ ...claim, evidence: ['x'] }, decided(claim, 'd', { evidence: ['x'] })], 'c').decided.state).toBe('open')
  })

  it('accepted, with what was changed on the way', () => {
    const d = decided(quote, 'd', { decision: 'accepted', speaker: 'Jane Roe' })
    expect(one([quote, d], 'q').decided).toMatchObject({ state: 'accepted', text: `accepted by Sam Checker, ${CET('14:05')} (speaker: “the mayor” to “Jane Roe”)` })
  })

  it('rejected, without the changes, and listed apart', () => {
    const m = model([quote, decided(quote, 'd', { decision: 'rejected', speaker: 'Jane Roe' })])
    expect(m.annotations).toEqual([])
    expect(m.rejected.map((a) => [a.id, a.n, a.decided.state, a.decided.changes, a.decided.text])).toEqual([['q', 0, 'rejected', [], `rejected by Sam Checker, ${CET('14:05')}`]])
  })

  it('a mark of the editor’s own is "added", by its author or else by the editor; one the editor rejected is rejected', () => {
    const own = { ...quote, id: 'own', origin: 'editor' as const, author: 'Sam Checker', updatedAt: '2026-12-07T13:05:00.000Z' }
    expect(one([own], 'own').decided).toMatchObject({ state: 'added', by: 'Sam Checker', text: `added by Sam Checker, ${CET('14:05')}` })
    expect(one([{ ...own, author: '' }], 'own').decided.text).toBe(`added by the editor, ${CET('14:05')}`)
    expect(one([{ ...own, author: '', updatedAt: 'not a time' }], 'own').decided).toMatchObject({ atText: 'not a time', text: 'added by the editor, not a time' })
    expect(one([{ ...own, decision: 'rejected' }], 'own').decided.state).toBe('rejected')
  })

  it('an accepted quote or claim is no longer "unchecked" or "unverified"; other statuses stay', () => {
    expect(one([quote, decided(quote, 'd', { decision: 'accepted' })], 'q').status).toBeNull()
    expect(one([claim, decided(claim, 'd', { decision: 'accepted' })], 'c').status).toBeNull()
    expect(one([claim, decided(claim, 'd', { decision: 'accepted', status: 'verified' })], 'c').status).toBe('verified')
    expect(one([quote, decided(quote, 'd', { speaker: 'Jane Roe' })], 'q').status).toBe('unchecked')
    expect(one([claim], 'c').status).toBe('unverified')
  })

  it('describes a record in one line, with or without its decision', () => {
    const q = one([quote], 'q')
    expect(describeMark(q)).toBe('Quote · speaker: the mayor · status: unchecked · attribution: explicit (“said”) · suggested by the analysis, not reviewed')
    expect(describeMark(q, { decision: false })).toBe('Quote · speaker: the mayor · status: unchecked · attribution: explicit (“said”)')
    expect(describeMark({ ...q, speaker: null, cue: null })).toBe('Quote · speaker: none found · status: unchecked · attribution: explicit · suggested by the analysis, not reviewed')
    expect(describeMark({ ...one([claim], 'c'), speaker: 'officials', attribution: 'explicit' }, { decision: false })).toBe('Claim · source: officials · status: unverified')
    expect(describeMark(one([person], 'p'), { decision: false })).toBe('Person')
  })
})

describe('report model: the summary and the review', () => {
  const finding = (severity: Finding['severity'], words: string): Finding => {
    const start = text.indexOf(words)
    return { rule: 'loaded-verb', severity, message: `m ${words}`, excerpt: words, start, end: start + words.length }
  }

  it('says "nothing" when nothing is open or decided', () => {
    const m = model([])
    expect([m.summary.openText, m.summary.decidedText]).toEqual(['Open: nothing.', 'Decided: nothing yet.'])
    expect(m.summary).toMatchObject({ openSuggestions: 0, accepted: 0, rejected: 0, edited: 0, added: 0, dismissed: 0 })
  })

  it('counts one of each in the singular', () => {
    const own = { ...claim, id: 'own', origin: 'editor' as const, author: 'Sam Checker' }
    const m = model([quote, own], {
      findings: [finding('error', 'build')],
      dismissed: [{ key: 'loaded-verb|gone', reason: 'r', by: null, at: '2026-12-07T13:10:00.000Z' }],
    })
    expect(m.summary.openText).toBe('Open: 1 check (1 error), 1 suggestion not reviewed.')
    expect(m.summary.decidedText).toBe('Decided: 1 mark added by the editor, 1 check dismissed.')
    expect(m.summary).toMatchObject({ openSuggestions: 1, added: 1, dismissed: 1, openFindings: { error: 1, warning: 0, info: 0 } })
  })

  it('counts several in the plural, by severity, leaving out the severities with none', () => {
    const m = model([quote, decided(quote, 'd1', { decision: 'accepted' }), claim, decided(claim, 'd2', { status: 'false' }), person], {
      findings: [finding('warning', 'build'), finding('warning', 'mayor'), finding('info', 'Monday')],
    })
    expect(m.summary.openText).toBe('Open: 3 checks (2 warnings, 1 note), 1 suggestion not reviewed.')
    expect(m.summary.decidedText).toBe('Decided: 1 accepted, 1 edited.')
    expect(m.findingCounts).toEqual({ error: 0, warning: 2, info: 1 })
    expect(findingCountPhrase(m.findingCounts)).toBe('0 errors, 2 warnings, 1 note')
  })

  it('says who set the review state and when, as far as it is known', () => {
    const review = (by: string | null, at: string | null) => model([], { meta: { review: { state: 'checked', by, at } } }).review
    expect(review(null, null)).toMatchObject({ label: 'Checked', atText: null, text: 'Checked' })
    expect(review('Sam', null).text).toBe('Checked (set by Sam)')
    expect(review(null, '2026-12-07T13:05:00.000Z').text).toBe(`Checked (set ${CET('14:05')})`)
    expect(review('Sam', '2026-12-07T13:05:00.000Z').text).toBe(`Checked (set by Sam, ${CET('14:05')})`)
    expect(model([], { meta: { review: { state: 'in_review', by: null, at: null } } }).review.label).toBe('In review')
  })

  it('says where to set the checker’s name, and that no check time was recorded', () => {
    expect(model([])).toMatchObject({ checkedBy: null, checkedByText: NAME_NOT_SET, checkedAt: null, checkedAtText: 'not recorded', timeZone: 'Europe/Berlin' })
    expect(model([], { meta: { checkedBy: 'Sam', checkedAt: '2026-12-07T13:05:00.000Z' } })).toMatchObject({ checkedByText: 'Sam', checkedAtText: CET('14:05') })
  })

  it('keeps a dismissed finding that is still in the text with its severity, message and words', () => {
    const f = finding('warning', 'the mayor said')
    const m = model([], { findings: [f], dismissed: [{ key: 'loaded-verb|the mayor said', reason: 'fine', by: 'Sam', at: '2026-12-07T13:10:00.000Z' }] })
    expect(m.findings).toEqual([])
    expect(m.dismissed).toEqual([{ rule: 'loaded-verb', severity: 'warning', message: 'm the mayor said', excerpt: 'the mayor said', reason: 'fine', by: 'Sam', at: '2026-12-07T13:10:00.000Z', atText: CET('14:10') }])
  })

  it('asks about an unattributed claim by what makes it checkable', () => {
    const words = 'The bridge will cost 3 million dollars'
    const start = text.indexOf(words)
    const f: Finding = { rule: 'unattributed-claim', severity: 'warning', message: 'm', excerpt: words, start, end: start + words.length }
    expect(model([claim], { findings: [f] }).findings[0]?.request).toBe(`Please attribute this number: who says “${words}”?`)
    expect(model([{ ...claim, cue: null }], { findings: [f] }).findings[0]?.request).toBe(`Please attribute this claim: who says “${words}”?`)
  })
})

describe('report model: what is placed, and where', () => {
  it('keeps as orphans the records whose words or offsets do not fit this version', () => {
    const bad: Annotation[] = [
      { ...quote, id: 'orphaned', anchor: 'orphaned' },
      { ...quote, id: 'words', selector: { ...quote.selector, exact: 'We will not build it' } },
      { ...quote, id: 'past-end', start: text.length - 2, end: text.length + 5 },
      { ...quote, id: 'negative', start: -1 },
      { ...quote, id: 'empty', end: quote.start },
      { ...quote, id: 'fraction', start: quote.start + 0.5 },
    ]
    const m = model([...bad, { ...quote, id: 'ok' }])
    expect(m.orphans.map((o) => [o.id, o.n])).toEqual(bad.map((b) => [b.id, 0]))
    expect(m.annotations.map((a) => [a.id, a.n])).toEqual([['ok', 1]])
    // A record at the very end of the text is placed.
    const last = suggestion('end', 'claim', 'officials said.')
    expect(last.end).toBe(text.length)
    expect(model([last]).annotations.map((a) => a.id)).toEqual(['end'])
  })

  it('numbers in text order, the longer of two at one start first, and counts each kind', () => {
    const m = model([claim, suggestion('w', 'quote', 'We will'), quote, person])
    expect(m.annotations.map((a) => [a.n, a.id])).toEqual([[1, 'q'], [2, 'w'], [3, 'p'], [4, 'c']])
    expect(m.counts).toEqual({ quote: 2, claim: 1, speaker: 1, credit: 0, note: 0 })
  })

  it('cuts a block at every mark inside it; a mark over two blocks ends in each', () => {
    const across = suggestion('x', 'note', 'Monday.\n\nThe bridge', { note: 'both' })
    const m = model([person, across])
    const [, first, second] = m.blocks
    expect(first?.segments.map((s) => [s.text, s.marks, s.ends])).toEqual([
      ['"We will build it," ', [], []],
      ['the mayor', [1], [1]],
      [' said on ', [], []],
      ['Monday.', [2], [2]],
    ])
    expect(second?.segments.map((s) => [s.text, s.marks, s.ends])).toEqual([
      ['The bridge', [2], [2]],
      [' will cost 3 million dollars, officials said.', [], []],
    ])
    // The note is in the margin of the block it starts in, not the one it runs into.
    expect([first?.marginNotes, second?.marginNotes]).toEqual([[2], []])
  })

  it('puts notes in the margin: a note mark, or any mark with a note', () => {
    const m = model([suggestion('n', 'note', 'Monday'), { ...quote, note: 'check the tape' }, person])
    expect(m.blocks[1]?.marginNotes).toEqual([1, 3])
  })
})

describe('report model: what never reaches a report, and the odd cases', () => {
  const deskOnly = (a: Annotation): Annotation => ({ ...a, id: `${a.id}-desk`, nonPublic: true, note: 'call the source back' })

  it('leaves out the desk’s non-public records, and the rejected ones, from what is exported and from the model', () => {
    const records = [quote, deskOnly(claim), person, decided(person, 'd', { decision: 'rejected' })]
    expect(exportedAnnotations(records).map((a) => a.id)).toEqual(['q'])
    const m = model(records)
    expect([...m.annotations, ...m.orphans].map((a) => a.id)).toEqual(['q'])
    expect(m.rejected.map((a) => a.id)).toEqual(['p'])
    // A non-public decision record does not decide its suggestion either.
    expect(one([quote, deskOnly(decided(quote, 'd', { decision: 'accepted' }))], 'q').decided.state).toBe('open')
  })

  it('takes a decision only from a record that decides on a suggestion, not from another editor’s mark', () => {
    const own = { ...quote, id: 'own', origin: 'editor' as const, author: 'Sam Checker', updatedAt: '2026-12-07T13:05:00.000Z' }
    // An editor's record that names the mark as its "suggestion" finds no suggestion there: it is the editor's own.
    expect(one([own, { ...decided(own, 'd', { speaker: 'Jane Roe' }) }], 'own').decided.state).toBe('added')
  })

  it('says "rejected" with nobody when the rejecting record has no author', () => {
    const m = model([quote, decided(quote, 'd', { decision: 'rejected', author: '' })])
    expect(m.rejected[0]?.decided.text).toBe(`rejected, ${CET('14:05')}`)
  })

  it('says "evidence added" when the editor’s record has a link the suggestion lacks', () => {
    const c = { ...claim, evidence: ['https://a.example/x', 'y'] }
    expect(one([c, decided(c, 'd', { evidence: ['https://a.example/xy'] })], 'c').decided.changes).toEqual(['evidence added'])
    expect(one([c, decided(c, 'd', { evidence: ['https://a.example/x y'] })], 'c').decided.changes).toEqual(['evidence added'])
    expect(one([c, decided(c, 'd', { evidence: ['https://a.example/x', 'z'] })], 'c').decided.changes).toEqual(['evidence added'])
    expect(one([c, decided(c, 'd', { evidence: ['https://a.example/x', 'y'] })], 'c').decided.changes).toEqual([])
    // Links put in another order, or some taken away, add nothing.
    expect(one([c, decided(c, 'd', { evidence: ['y', 'https://a.example/x'] })], 'c').decided.changes).toEqual([])
    expect(one([c, decided(c, 'd', { evidence: ['y'] })], 'c').decided.changes).toEqual([])
  })

  it('lists rejected records in text order, and at one start by id', () => {
    const rej = (s: Annotation, id: string) => decided(s, id, { decision: 'rejected' })
    const later = suggestion('b', 'claim', 'The bridge')
    const m = model([later, rej(later, 'd1'), claim, rej(claim, 'd2'), person, rej(person, 'd3')])
    expect(m.rejected.map((a) => a.id)).toEqual(['p', 'b', 'c'])
  })

  it('names the signal of a claim only for a finding on a claim’s own words', () => {
    const words = 'The bridge will cost 3 million dollars'
    const start = text.indexOf(words)
    const f: Finding = { rule: 'unattributed-claim', severity: 'warning', message: 'm', excerpt: words, start, end: start + words.length }
    // A quote over the same words, with a cue, is no claim: the request speaks of a claim.
    const sameWords = { ...claim, id: 'x', kind: 'quote' as const, cue: 'number' }
    expect(model([sameWords], { findings: [f] }).findings[0]?.request).toBe(`Please attribute this claim: who says “${words}”?`)
  })

  it('keeps the words of a dismissed finding gone from the text, and a key without words as it is', () => {
    const m = model([], { dismissed: [{ key: 'loaded-verb|slammed', reason: 'r', by: null, at: '2026-12-07T13:10:00.000Z' }, { key: 'odd-key', reason: 'r', by: null, at: '2026-12-07T13:10:00.000Z' }] })
    expect(m.dismissed.map((d) => [d.rule, d.severity, d.message, d.excerpt])).toEqual([['loaded-verb', null, '', 'slammed'], ['odd-key', null, '', '']])
  })

  it('gives each block the direction of its own words', () => {
    const mixed = buildArticle({ format: 'text', headline: 'Talks resume', paragraphs: ['The talks resumed on Monday.', 'استؤنفت المحادثات يوم الاثنين.'] })
    const m = buildReportModel(mixed, [], { ...analysis, findings: [] }, meta)
    expect(m.blocks.map((b) => b.dir)).toEqual(['ltr', 'ltr', 'rtl'])
  })
})

describe('report model: marks that overlap, and margins', () => {
  it('ends only the mark that ends in a run; a mark that runs on into the next block ends with the block', () => {
    const across = suggestion('x', 'note', 'the mayor said on Monday.\n\nThe bridge', { note: 'both' })
    const m = model([person, across])
    const [, first, second] = m.blocks
    expect(first?.segments.map((s) => [s.text, s.marks, s.ends])).toEqual([
      ['"We will build it," ', [], []],
      ['the mayor', [1, 2], [2]],
      [' said on Monday.', [1], [1]],
    ])
    expect(second?.segments.map((s) => [s.text, s.marks, s.ends])[0]).toEqual(['The bridge', [1], [1]])
  })

  it('puts a note that starts a block in that block’s margin, and in no other', () => {
    const m = model([suggestion('n', 'note', 'The bridge will'), { ...quote, note: 'check the tape' }])
    expect(m.blocks.map((b) => b.marginNotes)).toEqual([[], [1], [2]])
    // The headline's first character is the first block's; a note that starts between two blocks goes with the next.
    const m2 = model([suggestion('h', 'note', 'Council'), suggestion('gap', 'note', '\n\nThe bridge')])
    expect(m2.blocks.map((b) => b.marginNotes)).toEqual([[1], [], [2]])
  })

  it('places a record without words by its offsets alone, and only where they fit the text', () => {
    const bare = (id: string, start: number, end: number): Annotation => ({ ...quote, id, start, end, selector: { ...quote.selector, exact: '' } })
    const m = model([bare('ok', quote.start, quote.end), bare('negative', -1, 4), bare('empty', 5, 5), bare('backwards', 6, 5), bare('past-end', 3, text.length + 1)])
    expect(m.annotations.map((a) => a.id)).toEqual(['ok'])
    expect(m.orphans.map((a) => a.id)).toEqual(['negative', 'empty', 'backwards', 'past-end'])
  })
})

describe('report model: the credits table', () => {
  const credits = (c: Partial<Credits>) =>
    buildReportModel(article, [], {
      ...analysis,
      findings: [],
      credits: { bylines: [], reporting: [], writing: [], editing: [], additionalReporting: [], compiledBy: [], photo: [], copyright: [], ...c },
    }, meta).credits

  it('lists contributors with role and place when the analysis has them', () => {
    expect(credits({ contributors: [{ name: 'Ana Ruiz', role: 'reporting', location: 'Madrid' }, { name: 'Tom Lee', role: 'editing', location: null }], reporting: ['ignored'] })).toEqual([
      { role: 'Reporting', name: 'Ana Ruiz', detail: 'Madrid' },
      { role: 'Editing', name: 'Tom Lee', detail: '' },
    ])
  })

  it('falls back to the role lists, in order, when there are no contributors', () => {
    const rows = credits({ contributors: [], bylines: ['A'], reporting: ['B'], writing: ['C'], editing: ['D'], additionalReporting: ['E'], compiledBy: ['F'], copyright: ['© 2026 Agency'] })
    expect(rows).toEqual([
      { role: 'Byline', name: 'A', detail: '' },
      { role: 'Reporting', name: 'B', detail: '' },
      { role: 'Writing', name: 'C', detail: '' },
      { role: 'Editing', name: 'D', detail: '' },
      { role: 'Additional reporting', name: 'E', detail: '' },
      { role: 'Compiled by', name: 'F', detail: '' },
      { role: 'Copyright', name: '© 2026 Agency', detail: '' },
    ])
    expect(credits({ bylines: ['A'] })).toEqual([{ role: 'Byline', name: 'A', detail: '' }])
  })

  it('names a photo by its photographer, or else by its credit line, with agencies and distributor', () => {
    const photo = (p: Partial<Credits['photo'][number]>) => ({ credit: 'AFP/Getty Images', photographer: null, agencies: [], distributor: null, start: null, end: null, ...p })
    expect(credits({ photo: [
      photo({ photographer: 'Jo Bloggs', agencies: ['AFP', 'Getty'], distributor: 'Getty Images' }),
      photo({ photographer: 'Jo Bloggs', agencies: ['AFP'] }),
      photo({ distributor: 'Getty Images' }),
      photo({}),
    ] })).toEqual([
      { role: 'Photo', name: 'Jo Bloggs', detail: 'agencies: AFP, Getty; distributed by Getty Images' },
      { role: 'Photo', name: 'Jo Bloggs', detail: 'agencies: AFP' },
      { role: 'Photo', name: 'AFP/Getty Images', detail: 'distributed by Getty Images' },
      { role: 'Photo', name: 'AFP/Getty Images', detail: 'AFP/Getty Images' },
    ])
  })
})

describe('report model: the words of the legends', () => {
  it('gives every kind, status and decision a label of its own, and every kind a meaning', () => {
    for (const table of [KIND_LABEL, KIND_MEANING, STATUS_LABEL, DECISION_LABEL]) {
      const words = Object.values(table)
      expect(words.every((w) => w.trim().length > 1)).toBe(true)
      expect(new Set(words).size).toBe(words.length)
    }
  })
})
