import type { Finding } from '../types'
import { finding, type Rule } from './context'

const OPENERS = /^["“«„‘'`]/

/** A lone mark quoted with the words it opens (up to six after it) or closes (up to six before it). */
function markInContext(mark: string, before: string, after: string): string {
  const opens = before === '' || /\s$/.test(before)
  if (opens) {
    const words = after.split(/\s+/).filter(Boolean)
    return `${mark}${words.slice(0, 6).join(' ')}${words.length > 6 ? ' …' : ''}`
  }
  const words = before.split(/\s+/).filter(Boolean)
  return `${words.length > 6 ? '… ' : ''}${words.slice(-6).join(' ')}${mark}`
}

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
        finding(this, ctx, u, {
          label: 'Unpaired quotation mark',
          words: markInContext(mark, block ? ctx.article.text.slice(block.start, u.start) : '', block ? ctx.article.text.slice(u.end, block.end) : ''),
          detail: 'readers cannot tell where the quote starts or ends',
          fix: 'Add the missing mark, or remove this one.',
        }),
      )
    }
    return out
  },
}
