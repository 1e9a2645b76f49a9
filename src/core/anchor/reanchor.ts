/**
 * Carrying annotations over to a new version of a text. Each annotation is placed by, in order: its exact
 * position; its exact quote near where the word diff says the old spot went; a fuzzy match scored on quote,
 * prefix, suffix and distance (the weights Hypothesis uses). What cannot be placed is an orphan, kept with its
 * old quote. Pure. Offsets are UTF-16 code units, half-open.
 */
import { SELECTOR_CONTEXT, textQuote } from '../annotation/review'
import type { AnchorState, TextQuoteSelector } from '../annotation/types'
import { approxSearch, editDistance } from './approx'
import { diffWords, offsetMap } from './diff'

/** The W3C TextPositionSelector: offsets into the version's text. */
export interface TextPositionSelector {
  start: number
  end: number
}

export interface AnchorInput extends TextPositionSelector {
  id: string
  selector: TextQuoteSelector
}

export interface AnchorResult extends TextPositionSelector {
  id: string
  state: AnchorState
  /** The quote as it reads in the new text; for an orphan, the old quote */
  selector: TextQuoteSelector
  /** How sure the placement is, in [0, 1] (0 for an orphan) */
  score: number
}

const WEIGHTS = { quote: 50, prefix: 20, suffix: 20, position: 2 }
const WEIGHT_SUM = WEIGHTS.quote + WEIGHTS.prefix + WEIGHTS.suffix + WEIGHTS.position
/** Below this overall score, or under half the quote's characters right, an annotation is orphaned. */
export const MIN_SCORE = 0.6
const MAX_EXACT_CANDIDATES = 200

/**
 * Places every annotation on `newText`, one result per input in input order. Never drops one: what cannot be
 * found is returned with state 'orphaned', an empty range at the mapped old spot and its old quote.
 */
export function reanchorAll(oldText: string, newText: string, items: readonly AnchorInput[]): AnchorResult[] {
  if (items.length === 0) return []
  const map = oldText === newText ? (o: number) => o : offsetMap(diffWords(oldText, newText))
  return items.map((item) => reanchor(newText, item, Math.min(map(item.start), newText.length)))
}

/** Places one annotation on `text`, given `hint`, where its old start should now be. */
export function reanchor(text: string, item: AnchorInput, hint: number): AnchorResult {
  const exact = item.selector.exact
  const len = exact.length
  const placed = (start: number, end: number, state: AnchorState, score: number): AnchorResult => ({
    id: item.id,
    start,
    end,
    state,
    selector: textQuote(text, start, end),
    score,
  })
  if (len === 0) return placed(hint, hint, hint === item.start ? 'exact' : 'moved', 1)

  // 1. the exact position, unless the diff says the text there is another copy of the quote
  if (text.startsWith(exact, item.start) && (hint === item.start || !text.startsWith(exact, hint))) {
    return placed(item.start, item.start + len, 'exact', 1)
  }

  // 2. the exact quote, the occurrence best placed by context and distance
  let best: { start: number; score: number; context: number } | null = null
  let count = 0
  for (let at = text.indexOf(exact); at >= 0 && count < MAX_EXACT_CANDIDATES; at = text.indexOf(exact, at + 1), count++) {
    const p = contextScore(text, item.selector, at, at + len)
    const score = combine(1, p.prefix, p.suffix, at, hint, text.length)
    if (!best || score > best.score) best = { start: at, score, context: (p.prefix + p.suffix) / 2 }
  }
  if (best) {
    const near = Math.abs(best.start - hint) <= Math.max(2 * SELECTOR_CONTEXT, len)
    if (near || best.context >= 0.5 || (count === 1 && len >= 16)) {
      return placed(best.start, best.start + len, best.start === item.start ? 'exact' : 'moved', best.score)
    }
  }

  // 3. a fuzzy match: near the mapped spot first, then anywhere
  const maxErrors = Math.min(256, Math.floor(len / 2))
  if (maxErrors > 0) {
    const slack = len + 256
    const local = fuzzy(text, item, hint, maxErrors, hint - slack, hint + len + slack)
    const found = local ?? fuzzy(text, item, hint, maxErrors, 0, text.length)
    if (found) return placed(found.start, found.end, found.errors === 0 ? 'moved' : 'changed', found.score)
  }
  const at = Math.max(0, Math.min(hint, text.length))
  return { id: item.id, start: at, end: at, state: 'orphaned', selector: item.selector, score: 0 }
}

function fuzzy(text: string, item: AnchorInput, hint: number, maxErrors: number, from: number, to: number) {
  const len = item.selector.exact.length
  let best: { start: number; end: number; errors: number; score: number } | null = null
  for (const m of approxSearch(text, item.selector.exact, maxErrors, Math.max(0, from), Math.min(text.length, to))) {
    const q = 1 - m.errors / len
    const p = contextScore(text, item.selector, m.start, m.end)
    // A short quote with edits is only trusted when its context agrees.
    if (len < 8 && p.prefix + p.suffix < 1) continue
    const score = combine(q, p.prefix, p.suffix, m.start, hint, text.length)
    if (q >= 0.5 && score >= MIN_SCORE && (!best || score > best.score)) best = { ...m, score }
  }
  return best
}

function contextScore(text: string, s: TextQuoteSelector, start: number, end: number) {
  const before = text.slice(Math.max(0, start - s.prefix.length), start)
  const after = text.slice(end, end + s.suffix.length)
  const sim = (a: string, b: string) => (a.length === 0 ? 1 : Math.max(0, 1 - editDistance(a, b) / a.length))
  return { prefix: sim(s.prefix, before), suffix: sim(s.suffix, after) }
}

function combine(quote: number, prefix: number, suffix: number, at: number, hint: number, textLength: number): number {
  const position = 1 - Math.abs(at - hint) / Math.max(1, textLength)
  return (WEIGHTS.quote * quote + WEIGHTS.prefix * prefix + WEIGHTS.suffix * suffix + WEIGHTS.position * position) / WEIGHT_SUM
}
