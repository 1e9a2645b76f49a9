import type { Finding } from '../types'
import { finding, type Rule } from './context'

/** Titles of works and names are capitalised word by word; scare quotes are not. */
function looksLikeTitle(s: string): boolean {
  const words = s.split(/\s+/).filter((w) => /\p{L}/u.test(w))
  const caps = words.filter((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|a|an|and|in|on|for|to|de|la)$/.test(w))
  return words.length > 0 && caps.length === words.length && /^\p{Lu}/u.test(words[0] ?? '')
}

/** RULES §14: scare quotes around ordinary words, with no speaker, are noted. */
export const fragmentQuote: Rule = {
  id: 'fragment-quote',
  severity: 'info',
  run(ctx) {
    const out: Finding[] = []
    for (const f of ctx.speech.fragments) {
      // the trailing run is matched only where a run starts: unanchored, it was rescanned from each of its marks
      const words = ctx.article.text.slice(f.start, f.end).replace(/^[\s"“”'‘’«»„]+|(?<![\s"“”'‘’«»„])[\s"“”'‘’«»„]+$/g, '')
      if (!words || looksLikeTitle(words)) continue
      out.push(
        finding(this, ctx, f, {
          label: 'Scare quotes',
          words,
          detail: 'in quotation marks with no speaker, they make the reporter sound doubtful',
          fix: 'Attribute the words to whoever used them, or drop the marks.',
        }),
      )
    }
    return out
  },
}
