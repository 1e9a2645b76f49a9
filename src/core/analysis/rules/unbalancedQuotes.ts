import type { Finding } from '../types'
import { finding, type Rule } from './context'

const OPENERS = /^["“«„‘'`]/

/** How much of the block on each side of a mark is read for its context: a block may hold thousands of stray marks. */
const CONTEXT_CHARS = 240

/**
 * A lone mark quoted with the words it opens (up to six after it) or closes (up to six before it). `text` is the
 * story, [start, end) the mark and [blockStart, blockEnd) its block.
 */
function markInContext(text: string, start: number, end: number, blockStart: number, blockEnd: number): string {
  const mark = text.slice(start, end)
  const from = Math.max(blockStart, start - CONTEXT_CHARS)
  const to = Math.min(blockEnd, end + CONTEXT_CHARS)
  const before = text.slice(from, start)
  const after = text.slice(end, to)
  const opens = before === '' || /\s$/.test(before)
  if (opens) {
    const words = after.split(/\s+/).filter(Boolean)
    return `${mark}${words.slice(0, 6).join(' ')}${words.length > 6 || to < blockEnd ? ' …' : ''}`
  }
  const words = before.split(/\s+/).filter(Boolean)
  return `${words.length > 6 || from > blockStart ? '… ' : ''}${words.slice(-6).join(' ')}${mark}`
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
    let i = 0
    // (The marks come in text order, so the block search walks on rather than starting over for each.)
    for (const u of [...ctx.speech.unbalanced].sort((a, b) => a.start - b.start)) {
      while (i < blocks.length && blocks[i]!.end <= u.start) i++
      // (A mark between blocks has none.)
      const block = blocks[i] && u.start >= blocks[i]!.start ? blocks[i] : undefined
      const next = blocks[i + 1]
      const opensParagraph = block !== undefined && u.start === block.start && OPENERS.test(block.text)
      if (opensParagraph && next && next.kind === 'paragraph' && OPENERS.test(next.text)) continue
      out.push(
        finding(this, ctx, u, {
          label: 'Unpaired quotation mark',
          words: block ? markInContext(ctx.article.text, u.start, u.end, block.start, block.end) : ctx.article.text.slice(u.start, u.end),
          detail: 'readers cannot tell where the quote starts or ends',
          fix: 'Add the missing mark, or remove this one.',
        }),
      )
    }
    return out
  },
}
