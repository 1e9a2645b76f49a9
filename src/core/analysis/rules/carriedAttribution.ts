import type { Finding } from '../types'
import { finding, type Rule } from './context'

/**
 * RULES §3: a quote whose speaker is carried from an earlier paragraph (info); a warning when another person
 * is mentioned between the speaker's last mention and the quote, because readers may pin it on them.
 */
export const carriedAttribution: Rule = {
  id: 'carried-attribution',
  severity: 'info',
  run(ctx) {
    const out: Finding[] = []
    for (const q of ctx.speech.quotes) {
      if (q.attribution !== 'carried') continue
      const speaker = ctx.speech.people.find((p) => p.id === q.speakerId)
      const last = speaker?.mentions.filter((m) => m.end <= q.start).at(-1)
      const others = last
        ? ctx.speech.people.filter(
            (p) => p.id !== speaker?.id && p.kind !== 'unnamed' && p.mentions.some((m) => m.start >= last.end && m.end <= q.start),
          )
        : []
      const name = q.speaker ?? 'the previous speaker'
      if (others.length > 0) {
        const between = others.map((p) => p.name).join(', ') + (others.length > 1 ? ' are' : ' is')
        out.push(
          finding(this, ctx, q, {
            label: 'Carried attribution',
            detail: `carried from ${name}, but ${between} mentioned in between, so readers may take it as theirs`,
            fix: `Restate the attribution ("…," ${name.split(' ').at(-1)} said).`,
            severity: 'warning',
          }),
        )
      } else {
        out.push(
          finding(this, ctx, q, {
            label: 'Carried attribution',
            detail: `no speaker in its paragraph; read as ${name}'s from the paragraph before`,
            fix: 'Fine when plain; add "he said" or "she said" if the paragraph could stand alone.',
          }),
        )
      }
    }
    return out
  },
}
