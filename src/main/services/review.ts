import type { Severity } from '../../core/analysis/types'
import type { ReviewState, StorySummary } from '../../shared/dto'
import { AppError } from '../../shared/ipc/result'
import type { Db } from '../db/connection'
import type { EventLog } from '../db/events'
import type { StoryRepo } from '../db/stories'

export interface ReviewDeps {
  db: Db
  stories: StoryRepo
  events: EventLog
  actor: string
  /** The story's open findings by severity (read inside the state change's transaction) */
  openFindings: (storyId: string) => Record<Severity, number>
}

/**
 * A story's review state. `updated_at` stays the time of the latest content change, so it is not touched.
 * The Checked gate: a story with open errors or warnings is marked checked only with `confirmOpen`, and the
 * event records how many were open; without it the change is refused (conflict) and nothing is written.
 */
export function createReviewService(deps: ReviewDeps) {
  // deps.actor is read at each change: it follows the checker's name in Settings.
  const { db, stories, events } = deps
  const update = db.prepare<[ReviewState, string]>(`UPDATE story SET state = ? WHERE id = ?`)
  const setState = db.transaction((storyId: string, state: ReviewState, confirmOpen: boolean): StorySummary => {
    const before = stories.get(storyId)
    if (!before) throw new AppError('not_found', `No story with id ${storyId} in this library.`)
    if (before.state === state) return before
    let detail: Record<string, unknown> = { from: before.state, to: state }
    if (state === 'checked') {
      const open = deps.openFindings(storyId)
      const blocking = open.error + open.warning
      if (blocking > 0 && !confirmOpen) {
        throw new AppError(
          'conflict',
          `The story has ${blocking} open ${blocking === 1 ? 'finding' : 'findings'} (${open.error} errors, ${open.warning} warnings): ` +
            'resolve or dismiss them, or confirm marking it checked anyway.',
        )
      }
      if (blocking > 0) detail = { ...detail, confirmedOpen: blocking, open }
    }
    update.run(state, storyId)
    events.append({ actor: deps.actor, action: 'review.state', storyId, detail })
    const after = stories.get(storyId)
    if (!after) throw new Error(`story ${storyId} vanished inside its own transaction`)
    return after
  })
  return {
    setState: (storyId: string, state: ReviewState, confirmOpen = false) => setState.immediate(storyId, state, confirmOpen),
  }
}

export type ReviewService = ReturnType<typeof createReviewService>
