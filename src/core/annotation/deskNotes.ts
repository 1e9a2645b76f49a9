import { normaliseItemDate } from '../article/itemDate'
import type { Article } from '../article/types'
import { newAnnotation, type SuggestionContext } from './review'
import type { Annotation } from './types'

/**
 * The non-public note marks of an article: one for each of its notes on words (the comments an imported Word file
 * carried), kind 'note', written by the note's author at the note's time (else the import's), never exported.
 * Notes on no words stay the article's notes only.
 */
export function deskNoteRecords(article: Article, ctx: SuggestionContext): Annotation[] {
  const out: Annotation[] = []
  for (const n of article.notes) {
    const a = n.anchor
    if (!a || a.start < 0 || a.end <= a.start || a.end > article.text.length) continue
    const at = normaliseItemDate(n.date) ?? ctx.now
    out.push(
      newAnnotation(
        { id: ctx.newId(), storyId: ctx.storyId, versionId: ctx.versionId, kind: 'note', origin: 'editor', text: article.text, span: a, author: n.author ?? 'unknown', at },
        { note: n.text, cue: n.kind, nonPublic: true },
      ),
    )
  }
  return out
}

/** Whether a record may leave the desk (reports, data exports): every record except the desk's non-public notes. */
export const isPublicRecord = (a: Annotation): boolean => a.nonPublic !== true
