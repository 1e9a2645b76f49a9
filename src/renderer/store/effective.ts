import { effectiveAnnotations } from '../../core/annotation/review'
import type { Annotation } from '../../core/annotation/types'

/**
 * Whether a decision record carries boundaries of the editor's own: its span differs from the suggestion's.
 * (Without an adjustment the desk keeps both spans equal, moving them together as the text changes.)
 */
export const isAdjusted = (decision: Annotation, suggestion: Annotation | undefined): boolean =>
  !!suggestion && (decision.start !== suggestion.start || decision.end !== suggestion.end || decision.selector.exact !== suggestion.selector.exact)

/**
 * The annotations as the desk shows them, keyed by the id their mark carries: core's effective view (a
 * suggestion with the editor's decision laid over it), except that a decision with adjusted boundaries
 * brings its own span. The suggestion record itself stays as the analysis made it.
 */
export function deskAnnotations(records: Record<string, Annotation>): Map<string, Annotation> {
  const list = Object.values(records)
  const out = effectiveAnnotations(list)
  for (const r of list) {
    if (r.origin !== 'editor' || !r.suggestionId) continue
    const s = records[r.suggestionId]
    const shown = out.get(r.suggestionId)
    if (shown && isAdjusted(r, s)) out.set(r.suggestionId, { ...shown, start: r.start, end: r.end, selector: r.selector, anchor: r.anchor })
  }
  return out
}

let memoOf: Record<string, Annotation> | null = null
let memo = new Map<string, Annotation>()
/** deskAnnotations of the latest records object, computed once per change (every panel asks for it). */
export function deskAnnotationsOf(records: Record<string, Annotation>): Map<string, Annotation> {
  if (records !== memoOf) {
    memo = deskAnnotations(records)
    memoOf = records
  }
  return memo
}

/**
 * Whether a change of records can change what the marks look like: a record added or removed, or one whose
 * kind, decision, origin, suggestion, status or speaker changed. A move (start, end, selector, anchor) never does, and typing
 * moves every mark after the cursor.
 */
export function looksChanged(prev: Record<string, Annotation>, next: Record<string, Annotation>): boolean {
  if (prev === next) return false
  let count = 0
  for (const id in next) {
    count++
    const a = prev[id]
    const b = next[id] as Annotation
    if (a === b) continue
    if (!a || a.kind !== b.kind || a.decision !== b.decision || a.origin !== b.origin || a.suggestionId !== b.suggestionId) return true
    // The claim's status and the speaker show on the mark too (its look and its tooltip).
    if (a.status !== b.status || a.speaker !== b.speaker) return true
  }
  return count !== Object.keys(prev).length
}

let byLookOf: Record<string, Annotation> | null = null
let byLook: Record<string, Annotation> = {}
/**
 * The records as they were at the latest change that could change a look: the same object while the records
 * only move, so that what shows kinds and decisions (the legend's counts) is not recomputed for a keystroke.
 */
export function recordsByLook(records: Record<string, Annotation>): Record<string, Annotation> {
  if (records !== byLookOf) {
    if (byLookOf === null || looksChanged(byLookOf, records)) byLook = records
    byLookOf = records
  }
  return byLook
}
