import { describe, expect, it } from 'vitest'
import type { Finding } from '../analysis/types'
import type { Annotation } from '../annotation/types'
import { buildReportModel, describe as describeMark, findingCountPhrase, NAME_NOT_SET, type DismissedRecord, type ReportMeta } from './model'
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
