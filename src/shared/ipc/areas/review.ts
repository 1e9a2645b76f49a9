import type { ReviewState, StorySummary } from '../../dto'

export type ReviewContract = {
  /** Sets a story's review state (new, in review, checked); the change goes into the audit trail */
  'review:setState': (input: { storyId: string; state: ReviewState }) => StorySummary
}
export const REVIEW_CHANNELS = ['review:setState'] as const satisfies readonly (keyof ReviewContract)[]
