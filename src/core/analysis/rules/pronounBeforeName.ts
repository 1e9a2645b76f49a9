import { finding, type Rule } from './context'

/** RULES §6: a pronoun attribution ("he said") needs a person named before it. */
export const pronounBeforeName: Rule = {
  id: 'pronoun-before-name',
  severity: 'warning',
  run(ctx) {
    const out = []
    for (const q of ctx.speech.quotes) {
      if (q.attribution !== 'pronoun') continue
      const at = q.cueSpan?.start ?? q.start
      const person = q.speakerId ? ctx.speech.people.find((p) => p.id === q.speakerId) : undefined
      const namedBefore = person
        ? person.mentions.some((m) => m.start < at && !/^(?:he|she|they|it|him|her|them)$/i.test(ctx.article.text.slice(m.start, m.end)))
        : false
      if (namedBefore) continue
      out.push(
        finding(this, ctx, q.cueSpan ?? q, {
          label: 'Pronoun before any name',
          detail: 'nobody the pronoun could refer to is named before it',
          fix: 'Name the speaker here; a pronoun can only point back to someone already introduced.',
        }),
      )
    }
    return out
  },
}
