import { splitSentences } from '../segment'
import type { Finding } from '../types'
import { finding, type Rule } from './context'

/**
 * RULES §2: in a quote of several sentences the speaker is named by the end of the first sentence. A trailing
 * attribution after more than the house's word count is noted.
 */
export const lateAttribution: Rule = {
  id: 'late-attribution',
  severity: 'info',
  run(ctx) {
    const out: Finding[] = []
    const limit = ctx.house.lateAttributionWords
    for (const q of ctx.speech.quotes) {
      if (!q.cueSpan || q.cueSpan.start < q.end || q.continues !== null) continue
      if (q.attribution !== 'explicit' && q.attribution !== 'pronoun') continue
      const words = q.text.trim().split(/\s+/).filter(Boolean).length
      const sentences = splitSentences(q.text, 0, q.text.length).length
      if (sentences < 2 || words <= limit) continue
      out.push(
        finding(this, ctx, q, {
          label: 'Late attribution',
          detail: `${words} words over ${sentences} sentences before the reader learns who speaks`,
          fix: 'Name the speaker after the first sentence ("…," Name said. "…") or introduce the quote with a colon.',
        }),
      )
    }
    return out
  },
}
