import type { Finding } from '../types'
import { ANONYMITY, BARE_SOURCE, GENERIC_REASON, SPECIFIC_REASON } from './anonymity'
import { bodySentences, finding, insideQuote, type Rule } from './context'

/**
 * RULES §7-8: an unnamed source is described as specifically as possible and the story says why anonymity was
 * granted. A specific reason satisfies the check; a generic one gets an info note; none gets a warning.
 */
export const anonymousSource: Rule = {
  id: 'anonymous-source',
  severity: 'warning',
  run(ctx) {
    const out: Finding[] = []
    const sentences = bodySentences(ctx)
    sentences.forEach((s, i) => {
      const anon = ANONYMITY.exec(s.text) ?? BARE_SOURCE.exec(s.text)
      if (!anon || insideQuote(ctx.speech.quotes, s.start + anon.index)) return
      const span = { start: s.start + anon.index, end: s.start + anon.index + anon[0].length }
      const around = [sentences[i - 1]?.text ?? '', s.text, sentences[i + 1]?.text ?? ''].join(' ')
      if (SPECIFIC_REASON.test(s.text) || SPECIFIC_REASON.test(around)) return
      const bare = !ANONYMITY.test(s.text)
      if (GENERIC_REASON.test(s.text)) {
        out.push(
          finding(
            this,
            span,
            `The unnamed source ("${anon[0]}") comes with only a generic reason for anonymity. Say specifically why ` +
              'the source could not be named (not authorised to speak, talks still under way, risk to the source).',
            'info',
          ),
        )
        return
      }
      out.push(
        finding(
          this,
          span,
          bare
            ? `"${anon[0]}" attributes to nobody in particular. Describe the source as specifically as possible ` +
                '(position, how they know) and say why they cannot be named.'
            : `The source ("${anon[0]}") is unnamed and the story does not say why anonymity was granted. ` +
                'Add the reason, e.g. "because they were not authorised to speak publicly".',
        ),
      )
    })
    return out
  },
}
