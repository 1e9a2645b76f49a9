import type { Finding } from '../types'
import { finding, type Rule } from './context'

const HARD = new Set(['number', 'percentage', 'money', 'record', 'allegation'])
/** Below this a claim is only noted (info), whatever its signals. */
const WARN_FROM = 0.45

/**
 * RULES §15-16: a checkable claim in the reporter's own voice (or behind a vague attribution) needs a source.
 * Numbers, records and allegations are warnings; softer claims are info.
 */
export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    for (const c of ctx.claims) {
      if (c.attributedTo !== null) continue
      // scores, results tables and prices stand on the record; what remains must still be a hard claim
      if (c.signals.includes('public-record') && !c.signals.some((s) => HARD.has(s) || s === 'vague-attribution')) continue
      const hard = c.signals.filter((s) => HARD.has(s))
      const vague = c.signals.includes('vague-attribution')
      const what = hard.length > 0 ? hard.join(', ') : c.signals.filter((s) => s !== 'vague-attribution').join(', ')
      const message = vague
        ? `This claim (${what}) rests on a vague attribution such as "reportedly" or "experts say", which counts as none. ` +
          'Name the source, or cut the claim if it cannot be sourced.'
        : `This claim (${what}) is stated in the reporter's own voice with no source. Unless it is established fact ` +
          'or public record, say who says so or where it comes from.'
      out.push(finding(this, c, message, (hard.length > 0 && c.checkworthiness >= WARN_FROM) || vague ? 'warning' : 'info'))
    }
    return out
  },
}
