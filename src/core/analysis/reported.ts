import type { Quote, ReportedSpeech } from './types'
import { REPORTING_BASES, STRONG_CUES } from './lexicon'
import { findCues, subjectAfter, subjectBefore, type Source, type SpeechContext } from './attribution'

/**
 * Indirect speech: "X said (that) …", "X called on …", "according to X, …", "…, X said" and a headline's
 * "X says …". One per sentence at most; cues already used by a direct quote are skipped.
 */
export function findReportedSpeech(ctx: SpeechContext, quotes: Quote[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = []
  const { text } = ctx
  const inQuote = (pos: number): boolean => quotes.some((q) => pos >= q.start && pos < q.end)
  const usedCue = (s: number): boolean => quotes.some((q) => q.cueSpan && q.cueSpan.start === s)
  for (const s of ctx.sentences) {
    const cues = findCues(text, s.start, s.end, true).filter((c) => (c.according || REPORTING_BASES.has(c.base)) && !inQuote(c.start) && !usedCue(c.start))
    let covered = s.start
    for (const cue of cues) {
      if (cue.start < covered) continue
      let src: Source | null = null
      let start = -1
      let end = -1
      const beforeText = text.slice(s.start, cue.start)
      const afterText = text.slice(cue.end, s.end)
      if (cue.according) {
        src = subjectAfter(ctx, cue, s.end, null)
        if (!src) continue
        const srcEnd = src.span ? Math.max(src.span.end, ctx.mentions.find((m) => m.start === src!.span!.start)?.extEnd ?? 0) : cue.end
        const comma = text.indexOf(',', srcEnd)
        if (beforeText.trim().length > 20) {
          start = s.start
          end = cue.start
        } else if (comma >= 0 && comma < s.end) {
          start = comma + 1
          end = s.end
        } else if (!beforeText.trim() && srcEnd < s.end) {
          // German puts no comma after the source: "Laut X wurden …", "Nach Angaben von X sind …"
          start = srcEnd
          end = s.end
        } else continue
      } else if (cue.participle) {
        // "…, saying (that) …": the clause's subject speaks
        src = subjectBefore(ctx, s.start, cue, null)
        if (!src || !src.span) continue
        start = cue.start
        end = s.end
      } else {
        src = subjectBefore(ctx, covered, cue, null)
        if (src && src.span) {
          const tail = afterText.replace(/^[\s,]+/, '')
          if (/^[.!?"”'’]*\s*$/.test(tail) || /^(?:on|in|at|last|this|earlier|later|late|early)\b[^,]{0,30}[.!?]?\s*$/.test(tail)) {
            // "…, X said."
            const lastComma = beforeText.lastIndexOf(',', src.span.start - s.start)
            if (lastComma <= 0) continue
            start = s.start
            end = s.start + lastComma
          } else {
            start = src.span.start
            end = s.end
          }
        } else {
          // inverted: "…, said X."
          src = /,\s*(?:''|["”’'])?\s*$/.test(beforeText) ? subjectAfter(ctx, cue, s.end, null) : null
          if (src) {
            start = s.start
            end = s.start + beforeText.lastIndexOf(',')
          } else if (STRONG_CUES.has(cue.base) && afterText.trim().split(/\s+/).length >= 4 && !/,\s*$/.test(beforeText)) {
            // a speech verb whose subject we cannot name: the content still is someone's
            src = { entity: null, name: null, attribution: 'none', span: null }
            start = s.start
            end = s.end
          } else continue
        }
      }
      while (end > start && /[\s,.;:]/.test(text[end - 1] ?? '')) end--
      while (start < end && /[\s,]/.test(text[start] ?? '')) start++
      if (end - start < 12 || !src) continue
      const entity = src.entity !== null ? ctx.entities[src.entity] : null
      out.push({
        start,
        end,
        text: text.slice(start, end),
        source: entity?.name ?? null,
        sourceId: entity?.id ?? null,
        cue: cue.phrase,
      })
      covered = Math.max(cue.end, end <= cue.start ? cue.end : end)
    }
  }
  return out
}
