import { finding, type Rule } from './context'

/** RULES §1: every direct quote has a speaker the reader can identify. */
export const quoteWithoutSpeaker: Rule = {
  id: 'quote-without-speaker',
  severity: 'error',
  run(ctx) {
    return ctx.speech.quotes
      .filter((q) => q.speaker === null && q.attribution === 'none')
      .map((q) =>
        finding(
          this,
          q,
          'This quote has no speaker: no attribution in its sentence and none carried from the paragraph before. ' +
            'Readers must know who said it. Add "…," Name said, or cut the quote.',
        ),
      )
  },
}
