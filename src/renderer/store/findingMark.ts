import type { ReviewFinding } from '../../core/annotation/review'
import type { Annotation } from '../../core/annotation/types'
import { deskAnnotationsOf } from './effective'

/** What the match needs of the desk's state. */
export interface MarksInText {
  records: Record<string, Annotation>
  presentIds: ReadonlySet<string>
}

/**
 * The mark a finding is about: its own annotation where it names one, else the shortest mark in the text that
 * covers its words, else the shortest that overlaps them; null when no mark touches them (a missing dateline).
 * The checks and the text keep one focus through it: walking the findings makes this mark the active one, and
 * picking a mark makes its finding the active one.
 */
export function markOfFinding(s: MarksInText, f: Pick<ReviewFinding, 'annotationId' | 'start' | 'end'> | undefined): string | null {
  if (!f) return null
  if (f.annotationId) return f.annotationId
  let best: { id: string; covers: boolean; span: number } | null = null
  for (const a of deskAnnotationsOf(s.records).values()) {
    if (!s.presentIds.has(a.id) || a.end <= f.start || a.start >= Math.max(f.end, f.start + 1)) continue
    const covers = a.start <= f.start && a.end >= f.end
    const span = a.end - a.start
    if (!best || (covers && !best.covers) || (covers === best.covers && span < best.span)) best = { id: a.id, covers, span }
  }
  return best?.id ?? null
}

/**
 * The index of the first finding about mark `id`, or -1. Only findings the mark itself names or overlaps can be
 * about it, so the others are passed over without measuring every mark against them (a click in a long story with
 * thousands of marks and findings).
 */
export function firstFindingOf(s: MarksInText, findings: readonly Pick<ReviewFinding, 'annotationId' | 'start' | 'end'>[], id: string): number {
  const mark = deskAnnotationsOf(s.records).get(id)
  return findings.findIndex((f) =>
    f.annotationId ? f.annotationId === id : !!mark && mark.end > f.start && mark.start < Math.max(f.end, f.start + 1) && markOfFinding(s, f) === id,
  )
}
