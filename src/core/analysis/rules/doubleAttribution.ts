import { CUE_VERBS } from '../../language/cues'
import { STRONG_CUES } from '../../language/en'
import type { Finding } from '../types'
import { finding, type Rule } from './context'

function hasCue(words: string): boolean {
  return words
    .toLowerCase()
    .split(/[^a-z]+/)
    .some((w) => {
      const base = CUE_VERBS.get(w)
      return base !== undefined && STRONG_CUES.has(base) && w !== base + 'ing'
    })
}

/** RULES §4: one attribution per quote; `X said: "…," he said` attributes twice. */
export const doubleAttribution: Rule = {
  id: 'double-attribution',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    const text = ctx.article.text
    for (const q of ctx.speech.quotes) {
      const block = ctx.article.blocks.find((b) => q.open >= b.start && q.open < b.end)
      if (!block || q.close === null) continue
      const before = text.slice(Math.max(block.start, q.open - 80), q.open)
      const after = text.slice(q.close + 1, Math.min(block.end, q.close + 50))
      const introduced = /(?:\baccording to\s+[^,.;"“”]{2,40},\s*|\b\p{L}+\s*:)\s*$/u.test(before) && (hasCue(before.slice(-40)) || /according to/i.test(before))
      const trailing = /^\s*[,.]?\s*(?:(?:he|she|they|it|[\p{Lu}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s+\p{L}+|\p{L}+\s+(?:he|she|they|[\p{Lu}][\p{L}'’.-]*))/u.exec(after)
      if (!introduced || !trailing || !hasCue(trailing[0])) continue
      out.push(
        finding(this, ctx, q, {
          label: 'Quote attributed twice',
          detail: 'once before it and again after it',
          fix: 'Keep one attribution: drop the trailing "he said" or the introduction.',
        }),
      )
    }
    return out
  },
}
