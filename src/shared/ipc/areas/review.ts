import type { ReviewState, StorySummary } from '../../dto'

export type ReviewContract = {
  /**
   * Sets a story's review state (new, in review, checked); the change goes into the audit trail. `checked` with
   * open errors or warnings needs `confirmOpen: true` (else a `conflict` error); the event records how many were open.
   */
  'review:setState': (input: { storyId: string; state: ReviewState; confirmOpen?: boolean }) => StorySummary
}
export const REVIEW_CHANNELS = ['review:setState'] as const satisfies readonly (keyof ReviewContract)[]
