import type { Finding } from '../types'
import { finding, type Rule } from './context'
import { matchAll } from '../spans'

/** Cuts shown by an ellipsis are allowed; so are the bracketed ellipses "(...)" and "[…]". */
const ELLIPSIS = /^[([]\s*(?:\.\s*){2,3}|…\s*[)\]]$/

const NAMES = { '(': 'round brackets ( )', '[': 'square brackets [ ]' } as const

/**
 * RULES §12: quoted words are verbatim; an editor's insertion in brackets is flagged, the fix is to paraphrase.
 * The house's insertion mark decides what a bracket inside a quote is. Square brackets are an editor's words in
 * every style (a speaker does not say them): a warning, with the house's mark named where it is the other one.
 * Round brackets are the insertion mark of a round-bracket house (Reuters, AP): a warning. In a square-bracket house
 * (BBC, Guardian) round brackets inside a quote are as likely the source's own (a written statement quoted): a note
 * asking which they are.
 */
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
        if (mark === '(' && house === '[') {
          out.push(
            finding(this, ctx, m, {
              label: 'Round brackets in a quote',
              detail: "the source's own words, or an insertion?",
              fix: `If these are the editor's words, paraphrase or move them outside the quotation marks; house style puts insertions in ${NAMES[house]}.`,
              severity: 'info',
            }),
          )
          continue
        }
        const style = mark === house ? '' : ` House style puts insertions in ${NAMES[house]}, not ${mark === '(' ? '( )' : '[ ]'}.`
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
