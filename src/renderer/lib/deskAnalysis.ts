import type { Analysis } from '../../core/analysis/types'
import type { Article } from '../../core/article/types'
import { freshSuggestions, type FreshSuggestion, type KnownSpan } from '../../core/annotation/fresh'

/**
 * What the desk uses of an analysis: the people, the findings and the claims' ranks. The rest (quotes, reported
 * speech, the claims' words) is as big again and became suggestions when the story was first opened; the window's
 * thread would only decode it.
 */
export type DeskAnalysis = Pick<Analysis, 'people' | 'findings'> & {
  /** The claims' ranks for the claims list: where each is, how check-worthy, why, and whose it is */
  claims: Pick<Analysis['claims'][number], 'start' | 'end' | 'checkworthiness' | 'signals' | 'attributedTo'>[]
  /** Suggestions in edited text that no mark of the desk's covers (only when the request named the known marks) */
  fresh?: FreshSuggestion[]
}

/** The desk's part of an analysis; with `known`, the fresh suggestions too. */
export const deskPart = (a: Analysis, article?: Article, known?: readonly KnownSpan[]): DeskAnalysis => ({
  people: a.people,
  findings: a.findings,
  claims: a.claims.map(({ start, end, checkworthiness, signals, attributedTo }) => ({ start, end, checkworthiness, signals, attributedTo })),
  ...(article && known ? { fresh: freshSuggestions(article, a, known) } : {}),
})
