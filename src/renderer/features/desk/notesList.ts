import { normaliseItemDate } from '../../../core/article/itemDate'
import type { EditorialNote } from '../../../core/article/types'
import type { Annotation } from '../../../core/annotation/types'

/** One line of the desk's "Not for publication" list. */
export interface ListedNote {
  key: string
  /** What kind of note: the feed's ("edNote", "notepad"), or "comment" for a Word file's comment */
  kind: string
  text: string
  author: string | null
  /** ISO time it was written, where known */
  date: string | null
  /** The words it is on, as they read now; null for a note on no words */
  words: string | null
  /** The mark that carries it in the text (click: show its words), or null when it has none there */
  markId: string | null
}

/**
 * What the desk lists as not for publication: the item's own notes on no words (edNote, notebook, notepad, a Word
 * comment on a point), then its notes on words, which are marks in the text (the desk's non-public note records), in
 * text order. A note on words whose mark the editor removed is listed again as a note on no words, so none is lost.
 */
export function listedNotes(notes: readonly EditorialNote[], records: Iterable<Annotation>): ListedNote[] {
  const marks = [...records].filter((r) => r.nonPublic && r.kind === 'note').sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
  const standsFor = (n: EditorialNote) =>
    marks.some((m) => m.author === (n.author ?? 'unknown') && (m.note === n.text || (!!n.date && m.createdAt === normaliseItemDate(n.date))))
  const plain: ListedNote[] = notes
    .filter((n) => !n.anchor || !standsFor(n))
    .map((n, i) => ({ key: `n${i}`, kind: n.kind, text: n.text, author: n.author ?? null, date: normaliseItemDate(n.date), words: null, markId: null }))
  const onWords: ListedNote[] = marks.map((m) => ({
    key: m.id,
    kind: m.cue ?? 'note',
    text: m.note ?? '',
    author: m.author,
    date: m.createdAt,
    words: m.selector.exact || null,
    markId: m.anchor === 'orphaned' ? null : m.id,
  }))
  return [...plain, ...onWords]
}
