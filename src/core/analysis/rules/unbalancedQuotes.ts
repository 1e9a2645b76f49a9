import type { Finding } from '../types'
import { finding, type Rule } from './context'

const OPENERS = /^["“«„‘'`]/

/**
 * RULES §13: quotation marks pair up. A quotation running over several paragraphs, where each paragraph opens
 * a mark and only the last closes, is not an error: such an opening mark is skipped even if the speech step
 * reports it.
 */
export const unbalancedQuotes: Rule = {
  id: 'unbalanced-quotes',
  severity: 'error',
  run(ctx) {
    const blocks = ctx.article.blocks
    const out: Finding[] = []
    for (const u of ctx.speech.unbalanced) {
      const i = blocks.findIndex((b) => u.start >= b.start && u.start < b.end)
      const block = blocks[i]
      const next = blocks[i + 1]
      const opensParagraph = block !== undefined && u.start === block.start && OPENERS.test(block.text)
      if (opensParagraph && next && next.kind === 'paragraph' && OPENERS.test(next.text)) continue
      const mark = ctx.article.text.slice(u.start, u.end)
      out.push(
        finding(
          this,
          u,
          `The quotation mark ${mark} has no partner, so readers cannot tell where the quote starts or ends. ` +
            'Add the missing mark, or remove this one.',
        ),
      )
    }
    return out
  },
}
