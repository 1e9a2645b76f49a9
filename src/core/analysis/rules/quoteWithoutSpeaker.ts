import { finding, type Rule } from './context'

/** RULES §1: every direct quote has a speaker the reader can identify. */
export const quoteWithoutSpeaker: Rule = {
  id: 'quote-without-speaker',
  severity: 'error',
  run(ctx) {
    return ctx.speech.quotes
      .filter((q) => q.speaker === null && q.attribution === 'none')
      .map((q) =>
        finding(this, ctx, q, {
          label: 'Quote without a speaker',
          detail: 'no attribution in its sentence and none carried from the paragraph before',
          fix: 'Readers must know who said it: add "…," Name said, or cut the quote.',
        }),
      )
  },
}
