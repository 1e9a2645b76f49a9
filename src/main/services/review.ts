import type { ReviewState, StorySummary } from '../../shared/dto'
import { AppError } from '../../shared/ipc/result'
import type { Db } from '../db/connection'
import type { EventLog } from '../db/events'
import type { StoryRepo } from '../db/stories'

/** A story's review state. `updated_at` stays the time of the latest content change, so it is not touched. */
export function createReviewService(deps: { db: Db; stories: StoryRepo; events: EventLog; actor: string }) {
  const { db, stories, events } = deps
  const update = db.prepare<[ReviewState, string]>(`UPDATE story SET state = ? WHERE id = ?`)
  const setState = db.transaction((storyId: string, state: ReviewState): StorySummary => {
    const before = stories.get(storyId)
    if (!before) throw new AppError('not_found', `No story with id ${storyId} in this library.`)
    if (before.state === state) return before
    update.run(state, storyId)
    // deps.actor is read at each change: it follows the checker's name in Settings.
    events.append({ actor: deps.actor, action: 'review.state', storyId, detail: { from: before.state, to: state } })
    const after = stories.get(storyId)
    if (!after) throw new Error(`story ${storyId} vanished inside its own transaction`)
    return after
  })
  return { setState: (storyId: string, state: ReviewState) => setState(storyId, state) }
}

export type ReviewService = ReturnType<typeof createReviewService>
