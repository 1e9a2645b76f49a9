import { reanchorAll } from '../anchor/reanchor'
import { textQuote } from '../annotation/review'
import type { Article } from '../article/types'

/**
 * The article after a clean-up that rebuilt its text (see extractInline), with each anchored note moved onto the same
 * words in the new text. A note whose words went (they became clutter) keeps its text and loses its anchor.
 */
export function withNoteAnchors(before: Article, after: Article): Article {
  if (after === before || after.text === before.text || !after.notes.some((n) => n.anchor)) return after
  const items = after.notes.flatMap((n, i) => (n.anchor ? [{ id: String(i), ...n.anchor, selector: textQuote(before.text, n.anchor.start, n.anchor.end) }] : []))
  const placed = new Map(reanchorAll(before.text, after.text, items).map((r) => [Number(r.id), r]))
  const notes = after.notes.map((n, i) => {
    const r = placed.get(i)
    if (!r) return n
    const { anchor: _old, ...rest } = n
    return r.state === 'orphaned' || r.end <= r.start ? rest : { ...rest, anchor: { start: r.start, end: r.end } }
  })
  return { ...after, notes }
}
