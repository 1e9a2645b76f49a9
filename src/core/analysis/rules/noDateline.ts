import { datelineLength } from '../../news/datelines'
import { finding, storySpan, type Rule } from './context'

/** RULES §19: a wire story carries a dateline (place, date, agency); without it relative dates stay open. */
export const noDateline: Rule = {
  id: 'no-dateline',
  severity: 'warning',
  run(ctx) {
    const a = ctx.article
    // A picture item with no story text carries its own credit and needs no dateline.
    if (!ctx.article.blocks.some((b) => b.kind === 'paragraph')) return []
    if (a.dateline || a.blocks.some((b) => b.kind === 'dateline')) return []
    const first = a.blocks.find((b) => b.kind === 'paragraph')
    if (first && datelineLength(first.text) > 0) return []
    const open = ctx.dates.filter((d) => d.resolved === null).map((d) => `"${d.text}"`)
    const unresolved = open.length > 0 ? `; relative dates such as ${[...new Set(open)].slice(0, 3).join(', ')} cannot be resolved` : ''
    return [
      finding(this, ctx, storySpan(a), {
        label: 'No dateline',
        words: null,
        detail: `readers cannot tell where and when the story was filed${unresolved}`,
        fix: 'Add the dateline (PLACE, Month Day (Agency) -) from the original wire copy.',
      }),
    ]
  },
}
