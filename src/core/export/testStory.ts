/**
 * A small story for the export tests whose records are written by hand, so that each case says exactly which
 * record leads to which words in a report. Times are shown in Berlin: 13:05Z is 14:05 CET. Test-only.
 */
import { analyze } from '../analysis/analyze'
import type { Analysis } from '../analysis/types'
import { buildArticle } from '../article/build'
import { newAnnotation } from '../annotation/review'
import type { Annotation, AnnotationKind } from '../annotation/types'
import type { ReportMeta } from './model'

export const article = buildArticle({
  format: 'text',
  headline: 'Council votes on the bridge',
  paragraphs: ['"We will build it," the mayor said on Monday.', 'The bridge will cost 3 million dollars, officials said.'],
})
export const text = article.text
/** The analysis of the story without its findings: a test gives the ones it needs. */
export const analysis: Analysis = { ...analyze(article), findings: [] }
/** A time on 7 December 2026 as the reports show it in Berlin. */
export const CET = (hm: string) => `7 Dec 2026, ${hm} CET (UTC+01:00)`
export const meta: ReportMeta = { storyId: 's', version: '1', checkedBy: null, checkedAt: null, review: { state: 'new', by: null, at: null }, timeZone: 'Europe/Berlin' }
export const DECIDED_AT = '2026-12-07T13:05:00.000Z'

/** A suggestion of the analysis on the first occurrence of `words`. */
export function suggestion(id: string, kind: AnnotationKind, words: string, fields: Partial<Annotation> = {}): Annotation {
  const start = text.indexOf(words)
  if (start < 0) throw new Error(`not in text: ${words}`)
  return newAnnotation({ id, storyId: 's', versionId: 'v', kind, origin: 'auto', text, span: { start, end: start + words.length }, author: 'wiremark', at: '2026-12-07T12:00:00.000Z' }, fields)
}

/** Sam Checker's decision record on a suggestion, at 14:05 CET. */
export const decided = (s: Annotation, id: string, fields: Partial<Annotation>): Annotation => ({
  ...s, id, origin: 'editor', suggestionId: s.id, author: 'Sam Checker', updatedAt: DECIDED_AT, ...fields,
})

export const quote = suggestion('q', 'quote', 'We will build it', { status: 'unchecked', speaker: 'the mayor', attribution: 'explicit', cue: 'said' })
export const claim = suggestion('c', 'claim', 'The bridge will cost 3 million dollars', { status: 'unverified', cue: 'number' })
export const person = suggestion('p', 'speaker', 'the mayor')
