import type { Finding } from '../types'
import { claimKind, signalWords, type ClaimKind } from '../claims'
import { finding, type Rule } from './context'

/** How a finding names each kind of claim ("Unsourced number", as "Vaguely sourced number"). */
const KIND_WORD: Record<ClaimKind, string> = {
  number: 'number',
  allegation: 'allegation',
  causal: 'causal claim',
  comparison: 'comparison',
  date: 'date',
  event: 'claim',
}
/** The signals whose words a finding quotes for each kind, the most telling first. */
const KIND_SIGNALS: Record<ClaimKind, readonly string[]> = {
  number: ['percentage', 'money', 'number'],
  allegation: ['allegation'],
  causal: ['cause'],
  comparison: ['record', 'first', 'superlative', 'comparison'],
  date: ['date'],
  event: [],
}
/** Kinds checked first (RULES §15: numbers, allegations, causal claims): a warning; the others are info. */
const FIRST: ReadonlySet<ClaimKind> = new Set(['number', 'allegation', 'causal'])

/**
 * RULES §15-16: a check-worthy claim in the reporter's own voice (or behind a vague attribution) needs a source.
 * The message names the kind of claim; numbers, allegations and causal claims are warnings, the rest info. A source
 * in the same or the previous sentence covers it (findClaims decides), and public-record figures need none.
 */
export const unattributedClaim: Rule = {
  id: 'unattributed-claim',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    for (const c of ctx.claims) {
      if (c.attributedTo !== null) continue
      const kind = claimKind(c)
      const vague = c.signals.includes('vague-attribution')
      // scores, results tables and prices stand on the record; what remains must still be a figure or an allegation
      if (c.signals.includes('public-record') && !vague && kind !== 'number' && kind !== 'allegation') continue
      const signal = KIND_SIGNALS[kind].find((s) => c.signals.includes(s))
      const key = signal ? signalWords(c.text, signal) : null
      const words = key ? c.text.slice(key.start, key.end).replace(/\s+/g, ' ').trim() : undefined
      const severity = FIRST.has(kind) || vague ? 'warning' : 'info'
      out.push(
        finding(
          this,
          ctx,
          c,
          vague
            ? {
                label: `Vaguely sourced ${KIND_WORD[kind]}`,
                detail: 'a vague attribution such as "reportedly" or "experts say" counts as none',
                fix: 'Name the source, or cut the claim if it cannot be sourced.',
                severity,
              }
            : {
                label: `Unsourced ${KIND_WORD[kind]}`,
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
