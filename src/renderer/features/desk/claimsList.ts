import { claimKind, type ClaimKind } from '../../../core/analysis/claims'
import type { Annotation } from '../../../core/annotation/types'
import type { DeskAnalysis } from '../../lib/deskAnalysis'

/** A claim as the claims list shows it: its mark, how check-worthy the analysis found it, and what kind of check it needs. */
export interface ListedClaim {
  annotation: Annotation
  /** In [0, 1]; null for a claim the editor marked that the analysis did not find */
  checkworthiness: number | null
  kind: ClaimKind | null
}

/**
 * The story's claims for the claims list, most check-worthy first (among equals: unsourced before sourced, then a
 * figure before an allegation, a cause, a comparison, a date and an event). Each claim mark takes the rank of the analysis's
 * claim on the same words (or, after typing moved things, the one it overlaps most); a claim the editor marked by
 * hand that the analysis did not find has no rank and comes after the ranked ones, in the order of the text.
 * Rejected and orphaned claims are left out.
 */
export function listClaims(annotations: Iterable<Annotation>, analysed: DeskAnalysis['claims'] | undefined): ListedClaim[] {
  const ranked = analysed ?? []
  const out: ListedClaim[] = []
  for (const a of annotations) {
    if (a.kind !== 'claim' || a.decision === 'rejected' || a.anchor === 'orphaned') continue
    let best: DeskAnalysis['claims'][number] | null = null
    let bestOverlap = 0
    for (const c of ranked) {
      const overlap = Math.min(a.end, c.end) - Math.max(a.start, c.start)
      if (overlap > bestOverlap) {
        best = c
        bestOverlap = overlap
      }
    }
    out.push({ annotation: a, checkworthiness: best ? best.checkworthiness : null, kind: best ? claimKind(best) : null })
  }
  // (Many claims reach the top score: among equals, one with no source first, then by the check it needs.)
  const kindRank = (c: ListedClaim) => (c.kind ? KIND_ORDER.indexOf(c.kind) : KIND_ORDER.length)
  return out.sort(
    (x, y) =>
      (y.checkworthiness ?? -1) - (x.checkworthiness ?? -1) ||
      Number(x.annotation.speaker !== null) - Number(y.annotation.speaker !== null) ||
      kindRank(x) - kindRank(y) ||
      x.annotation.start - y.annotation.start,
  )
}

/** The checks in the order a desk makes them: a figure first, then an allegation, a cause, a comparison ... */
const KIND_ORDER: readonly ClaimKind[] = ['number', 'allegation', 'causal', 'comparison', 'date', 'event']

const KIND_WORDS: Record<ClaimKind, string> = {
  number: 'Number',
  allegation: 'Allegation',
  causal: 'Cause',
  comparison: 'Comparison',
  date: 'Date',
  event: 'Event',
}

/** The kind of check a claim needs, as the list names it ("Number", "Allegation"); the editor's own: "Yours". */
export const kindWord = (c: ListedClaim): string => (c.kind ? KIND_WORDS[c.kind] : 'Yours')
