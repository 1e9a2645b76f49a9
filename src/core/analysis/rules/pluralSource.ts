import type { Finding } from '../types'
import { bodySentences, finding, type Rule } from './context'
import { insideQuote, matchAll } from '../spans'

const PLURAL = /\b(?:sources|people familiar with|officials familiar with|insiders)\b/gi
const SINGULAR = /\b(?:the|a|one|this|that)\s+(?:senior\s+|government\s+|diplomatic\s+|western\s+|industry\s+)?(?:source|insider|person familiar with|person briefed on|person close to)\b/i

/**
 * RULES §10: one source is not pluralised. When a story speaks of "sources" but elsewhere of "the source"
 * (and of no second one), the plural overstates the sourcing.
 */
export const pluralSource: Rule = {
  id: 'plural-source',
  severity: 'warning',
  run(ctx) {
    const sentences = bodySentences(ctx)
    const text = sentences.map((s) => s.text).join(' ')
    if (!SINGULAR.test(text) || /\b(?:two|three|several|both|multiple|other|another|second)\s+(?:\w+\s+)?(?:sources?|people|officials|insiders)\b/i.test(text))
      return []
    const out: Finding[] = []
    for (const s of sentences) {
      for (const m of matchAll(PLURAL, s.text, s.start)) {
        if (insideQuote(ctx.speech.quotes, m.start)) continue
        out.push(
          finding(this, ctx, m, {
            label: 'One source made plural',
            detail: 'the story elsewhere speaks of a single source',
            fix: 'Do not pluralise one source: say "a source", or say how many there are.',
          }),
        )
      }
    }
    return out
  },
}
