import { splitSentences } from '../segment'
import type { Finding } from '../types'
import { finding, type Rule } from './context'

/** What may stand between a quote's cue and its opening mark: a few words ("told reporters on Tuesday") and the mark. */
const GAP_MAX = 80

/**
 * RULES, "House styles that differ": a full-sentence quote that follows its attribution is introduced with a colon
 * (Reuters, BBC, Guardian: `said: "…"`) or a comma (AP: `said, "…"`, a colon only before a quote of several
 * sentences). A quote that opens mid-sentence, in lower case, is a fragment and takes neither.
 */
export const quoteIntroduction: Rule = {
  id: 'quote-introduction',
  severity: 'info',
  run(ctx) {
    const out: Finding[] = []
    const house = ctx.house.quoteIntroduction
    const text = ctx.article.text
    for (const q of ctx.speech.quotes) {
      if (!q.cueSpan || q.cueSpan.end > q.open || q.continues !== null) continue
      const gap = text.slice(q.cueSpan.end, q.open)
      if (gap.length > GAP_MAX || gap.includes('\n')) continue
      const mark = gap.trimEnd().at(-1)
      if (mark !== ',' && mark !== ':') continue
      if (!/^\s*\p{Lu}/u.test(q.text)) continue
      const sentences = splitSentences(q.text, 0, q.text.length).length
      if (mark === house || (house === ',' && mark === ':' && sentences > 1)) continue
      out.push(
        finding(this, ctx, { start: q.cueSpan.start, end: q.end }, {
          label: mark === ',' ? 'Quote introduced with a comma' : 'Quote introduced with a colon',
          fix:
            house === ':'
              ? 'House style introduces a full-sentence quote with a colon: said: "…"'
              : 'House style introduces a one-sentence quote with a comma: said, "…" (a colon only before a quote of several sentences).',
        }),
      )
    }
    return out
  },
}
