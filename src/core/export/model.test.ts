import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze'
import type { Analysis, Finding } from '../analysis/types'
import { buildArticle } from '../article/build'
import { newAnnotation } from '../annotation/review'
import type { Annotation, AnnotationKind } from '../annotation/types'
import { buildReportModel, type DismissedRecord, type ReportMeta } from './model'

// The report model's decisions, summary and review words on a small story whose records are written by hand, so
// that each case says exactly which record leads to which words. Times in Berlin: 13:05Z is 14:05 CET.
const article = buildArticle({
  format: 'text',
  headline: 'Council votes on the bridge',
  paragraphs: ['"We will build it," the mayor said on Monday.', 'The bridge will cost 3 million dollars, officials said.'],
})
const text = article.text
const analysis: Analysis = { ...analyze(article), findings: [] }
const CET = (hm: string) => `7 Dec 2026, ${hm} CET (UTC+01:00)`
const meta: ReportMeta = { storyId: 's', version: '1', checkedBy: null, checkedAt: null, review: { state: 'new', by: null, at: null }, timeZone: 'Europe/Berlin' }

function suggestion(id: string, kind: AnnotationKind, words: string, fields: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`not in text: ${words}`)
  return newAnnotation({ id, storyId: 's', versionId: 'v', kind, origin: 'auto', text, span: { start, end: start + words.length }, author: 'wiremark', at: '2026-12-07T12:00:00.000Z' }, fields)
}
const decided = (s: Annotation, id: string, fields: Partial<Annotation>): Annotation => ({
  ...s, id, origin: 'editor', suggestionId: s.id, author: 'Sam Checker', updatedAt: '2026-12-07T13:05:00.000Z', ...fields,
})
const quote = suggestion('q', 'quote', 'We will build it', { status: 'unchecked', speaker: 'the mayor', attribution: 'explicit', cue: 'said' })
const claim = suggestion('c', 'claim', 'The bridge will cost 3 million dollars', { status: 'unverified', cue: 'number' })
const person = suggestion('p', 'speaker', 'the mayor')
const model = (records: Annotation[], opts: { findings?: Finding[]; dismissed?: DismissedRecord[]; meta?: Partial<ReportMeta> } = {}) =>
  buildReportModel(article, records, { ...analysis, findings: opts.findings ?? [] }, { ...meta, ...opts.meta }, opts.dismissed ?? [])
const one = (records: Annotation[], id: string) => {
  const m = model(records)
  const a = [...m.annotations, ...m.rejected, ...m.orphans].find((x) => x.id === id)
  if (!a) throw new Error(`no ${id} in the model`)
  return a
}

describe('report model: the review state', () => {
  it('says who set the review state and when, as far as it is known', () => {
    const review = (by: string | null, at: string | null) => model([], { meta: { review: { state: 'checked', by, at } } }).review
    expect(review(null, null)).toMatchObject({ label: 'Checked', atText: null, text: 'Checked' })
    expect(review('Sam', null).text).toBe('Checked (set by Sam)')
    expect(review(null, '2026-12-07T13:05:00.000Z').text).toBe(`Checked (set ${CET('14:05')})`)
    expect(review('Sam', '2026-12-07T13:05:00.000Z').text).toBe(`Checked (set by Sam, ${CET('14:05')})`)
    expect(model([], { meta: { review: { state: 'in_review', by: null, at: null } } }).review.label).toBe('In review')
  })
})
