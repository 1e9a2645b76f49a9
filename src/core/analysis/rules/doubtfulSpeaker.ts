import { finding, type Rule } from './context'

/**
 * Below this speaker confidence a quote's speaker is listed for the editor to confirm. The confidence is fitted
 * on PolNeAR train (analysis/confidence.ts): under 0.7 are the routes that were right about two times in three or
 * less there (a described source far from its cue, "according to", a speaker carried over a rival name).
 */
export const DOUBTFUL_BELOW = 0.7

/** ANALYSIS: the speaker Wiremark is least sure of, for the editor to confirm rather than trust. */
export const doubtfulSpeaker: Rule = {
  id: 'doubtful-speaker',
  severity: 'warning',
  run(ctx) {
    return ctx.speech.quotes
      .filter((q) => q.speaker !== null && q.speakerConfidence < DOUBTFUL_BELOW)
      .map((q) =>
        finding(this, ctx, q, {
          label: `Speaker to confirm (${q.speaker})`,
          detail: `Wiremark is not sure who said this (confidence ${q.speakerConfidence.toFixed(2)})`,
          fix: 'Check who said it: accept the quote (A) if the speaker is right, or set the speaker (S).',
        }),
      )
  },
}
