import type { Finding } from '../types'
import { finding, storySpan, type Rule } from './context'

/**
 * RULES §18: a story carries a byline or a reporting credit; other contributors appear in an
 * "additional reporting by" line with their location.
 */
export const missingCredit: Rule = {
  id: 'missing-credit',
  severity: 'warning',
  run(ctx) {
    const c = ctx.credits
    // A picture item with no story text carries its own credit and needs no dateline.
    if (!ctx.article.blocks.some((b) => b.kind === 'paragraph')) return []
    const out: Finding[] = []
    const anyone = c.bylines.length + c.reporting.length + c.writing.length + c.compiledBy.length + c.additionalReporting.length
    if (anyone === 0) {
      out.push(
        finding(this, ctx, storySpan(ctx.article), {
          label: 'No byline or reporting credit',
          words: null,
          detail: 'nobody answers for the story',
          fix: 'Add a byline or a "(Reporting by …; Editing by …)" line.',
        }),
      )
    }
    for (const p of c.contributors ?? []) {
      if (p.role !== 'additionalReporting' || p.location !== null) continue
      const block = ctx.article.blocks.find((b) => (b.kind === 'creditLine' || b.kind === 'paragraph') && b.text.includes(p.name))
      out.push(
        finding(this, ctx, block ?? storySpan(ctx.article), {
          label: 'Additional reporting without a place',
          words: p.name,
          fix: `Add where ${p.name} reported from ("in Paris").`,
          severity: 'info',
        }),
      )
    }
    return out
  },
}
