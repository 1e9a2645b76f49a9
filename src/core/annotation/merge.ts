import { effectiveAnnotations } from './review'
import type { Annotation } from './types'

/** How much two ranges share: intersection over union, in [0, 1]; two empty ranges at one place count as 1. */
export function spanOverlap(a: { start: number; end: number }, b: { start: number; end: number }): number {
  const inter = Math.min(a.end, b.end) - Math.max(a.start, b.start)
  const union = Math.max(a.end, b.end) - Math.min(a.start, b.start)
  return union <= 0 ? (a.start === b.start ? 1 : 0) : Math.max(0, inter) / union
}

/** A suggestion and a record of the same kind are about the same words when they share at least this much. */
export const SAME_WORDS = 0.5

export interface MergedImport {
  /** New records for the story, with new ids */
  add: Annotation[]
  /** Records the story has already, or where it keeps a decision of its own */
  skipped: number
  warnings: string[]
}

const placed = (a: Annotation) => a.anchor !== 'orphaned'

/** The same record as far as an editor can tell: kind, words and place, and everything the editor set. */
function sameRecord(a: Annotation, b: Annotation): boolean {
  const where = placed(a) && placed(b) ? a.start === b.start && a.end === b.end : !placed(a) && !placed(b) && a.selector.exact === b.selector.exact
  return (
    where &&
    a.kind === b.kind &&
    a.decision === b.decision &&
    a.status === b.status &&
    a.speaker === b.speaker &&
    a.note === b.note &&
    a.evidence.join('\n') === b.evidence.join('\n')
  )
}

const words = (a: Annotation) => `'${a.selector.exact.replace(/\s+/g, ' ').slice(0, 60)}${a.selector.exact.length > 60 ? '…' : ''}'`

/**
 * How annotations read from a file (already placed on the story's text) join the story's own records. Never
 * changes or removes an existing record, and gives every added one a new id (the file's ids are another
 * library's). A record the story has already is skipped, so importing a file twice adds nothing the second time.
 * A decision on a suggestion becomes the editor's record on this story's suggestion of the same kind over the
 * same words (this story's own decision there is kept, and a warning says so), else a record of its own. An
 * undecided suggestion is skipped where this story's analysis suggests the same words, else kept as a suggestion.
 */
export function mergeImported(imported: readonly Annotation[], existing: readonly Annotation[], newId: () => string): MergedImport {
  const shown = [...effectiveAnnotations(existing).values()]
  const suggestions = existing.filter((a) => a.origin === 'auto')
  const decisionOn = new Map(existing.filter((a) => a.origin === 'editor' && a.suggestionId).map((a) => [a.suggestionId as string, a]))
  const add: Annotation[] = []
  const warnings: string[] = []
  let skipped = 0
  const suggestionOver = (r: Annotation) =>
    placed(r) ? suggestions.find((s) => s.kind === r.kind && placed(s) && spanOverlap(s, r) >= SAME_WORDS) : undefined
  for (const r of imported) {
    if (shown.some((e) => sameRecord(e, r)) || add.some((e) => sameRecord(e, r))) {
      skipped++
      continue
    }
    const s = suggestionOver(r)
    if (r.origin === 'auto' && r.decision === null) {
      if (s) skipped++
      else add.push({ ...r, id: newId(), suggestionId: null })
      continue
    }
    if (r.decision !== null && s) {
      const own = decisionOn.get(s.id) ?? add.find((a) => a.suggestionId === s.id)
      if (own) {
        skipped++
        warnings.push(`${words(r)}: this story has its own decision there (${own.decision ?? 'edited'}); kept it rather than the file's (${r.decision})`)
        continue
      }
      // The decision lies over this story's suggestion, as the desk stores one: at the suggestion's place.
      add.push({ ...r, id: newId(), origin: 'editor', suggestionId: s.id, start: s.start, end: s.end, selector: s.selector, anchor: s.anchor })
      continue
    }
    add.push({ ...r, id: newId(), origin: 'editor', suggestionId: null })
  }
  return { add, skipped, warnings }
}
