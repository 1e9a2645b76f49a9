import type { Finding } from '../types'
import { signalWords } from '../claims'
import { finding, type Rule } from './context'

const HARD = new Set(['number', 'percentage', 'money', 'record', 'allegation'])
/** How a claim's signal reads in a finding's label ("Unattributed number"). */
const SIGNAL_WORD: Record<string, string> = { money: 'amount', 'public-record': 'claim', cause: 'cause', first: 'first', record: 'record' }

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
      const what = hard[0] ?? c.signals.find((s) => s !== 'vague-attribution') ?? 'claim'
      const key = signalWords(c.text, what)
      const words = key ? c.text.slice(key.start, key.end).replace(/\s+/g, ' ').trim() : undefined
      const severity = (hard.length > 0 && c.checkworthiness >= WARN_FROM) || vague ? 'warning' : 'info'
      out.push(
        finding(
          this,
          ctx,
          c,
          vague
            ? {
                label: `Vaguely sourced ${SIGNAL_WORD[what] ?? what}`,
                detail: 'a vague attribution such as "reportedly" or "experts say" counts as none',
                fix: 'Name the source, or cut the claim if it cannot be sourced.',
                severity,
              }
            : {
                label: `Unattributed ${SIGNAL_WORD[what] ?? what}`,
                ...(words ? { words } : {}),
                detail: "in the reporter's own voice with no source",
                fix: 'Unless it is established fact or public record, say who says so or where it comes from.',
                severity,
              },
        ),
      )
    }
    return out
  },
}
