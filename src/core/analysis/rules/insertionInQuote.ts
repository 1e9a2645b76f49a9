import type { Finding } from '../types'
import { finding, matchAll, type Rule } from './context'

/** Cuts shown by an ellipsis are allowed; so are the bracketed ellipses "(...)" and "[…]". */
const ELLIPSIS = /^[([]\s*(?:\.\s*){2,3}|…\s*[)\]]$/

/** RULES §12: quoted words are verbatim; an editor's insertion in brackets is flagged, the fix is to paraphrase. */
export const insertionInQuote: Rule = {
  id: 'insertion-in-quote',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    const house = ctx.house.insertionMark
    for (const q of ctx.speech.quotes) {
      const inner = ctx.article.text.slice(q.start, q.end)
      for (const m of matchAll(/\([^()"“”]{1,60}\)|\[[^[\]"“”]{1,60}\]/g, inner, q.start)) {
        if (ELLIPSIS.test(m.text) || /^[([]\s*…\s*[)\]]$/.test(m.text)) continue
        const mark = m.text[0] as '(' | '['
        const style =
          mark === house
            ? ''
            : ` House style puts insertions in ${house === '(' ? 'round brackets ( )' : 'square brackets [ ]'}, not ${mark === '(' ? '( )' : '[ ]'}.`
        out.push(
          finding(this, ctx, m, {
            label: 'Insertion in a quote',
            detail: 'the quote is no longer verbatim',
            fix: `Paraphrase the sentence or move the clarification outside the quotation marks.${style}`,
          }),
        )
      }
    }
    return out
  },
}
