import type { Analysis } from '../analysis/types'
import type { Article } from '../article/types'
import { suggestionsFromAnalysis } from './review'
import type { Annotation, AnnotationKind } from './types'

/** Where a mark of some kind sits now: what the desk already has, suggestions and the editor's own alike. */
export interface KnownSpan {
  kind: AnnotationKind
  start: number
  end: number
}

/** A suggestion the analysis of edited text found where the desk had no mark of its kind. */
export type FreshSuggestion = Pick<Annotation, 'kind' | 'start' | 'end' | 'status' | 'speaker' | 'attribution' | 'cue' | 'note'>

/**
 * The suggestions of a re-analysis that the desk does not have yet: quotes, claims and credits whose words no mark
 * of the same kind touches (text the editor typed or pasted), and the speaker mark of each such new quote. Marks
 * the desk has keep their records, and with them the editor's decisions.
 */
export function freshSuggestions(article: Article, analysis: Analysis, known: readonly KnownSpan[]): FreshSuggestion[] {
  const byKind = new Map<AnnotationKind, KnownSpan[]>()
  for (const k of known) {
    const list = byKind.get(k.kind) ?? []
    list.push(k)
    byKind.set(k.kind, list)
  }
  const touches = (a: { kind: AnnotationKind; start: number; end: number }) =>
    (byKind.get(a.kind) ?? []).some((k) => k.start < a.end && a.start < k.end)
  let n = 0
  const all = suggestionsFromAnalysis(article, analysis, { storyId: '', versionId: '', now: '', newId: () => String(n++) })
  const newQuotes = all.filter((a) => a.kind === 'quote' && !touches(a))
  // A speaker mark belongs with its quote (same speaker and cue): new only with a new quote.
  const newSpeakers = new Set(newQuotes.map((q) => `${q.speaker ?? ''}|${q.cue ?? ''}`))
  return all
    .filter((a) => !touches(a) && (a.kind !== 'speaker' || newSpeakers.has(`${a.speaker ?? ''}|${a.cue ?? ''}`)))
    .map(({ kind, start, end, status, speaker, attribution, cue, note }) => ({ kind, start, end, status, speaker, attribution, cue, note }))
}
