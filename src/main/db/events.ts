import type { Db } from './connection'
import { log } from '../log'

/** The append-only audit trail: who changed what, and when. */
export function createEventLog(db: Db) {
  const insert = db.prepare(
    `INSERT INTO event (at, actor, action, story_id, subject_id, detail) VALUES (@at, @actor, @action, @story_id, @subject_id, @detail)`,
  )
  const latest = db.prepare<[string, string], { at: string; actor: string; detail: string }>(
    `SELECT at, actor, detail FROM event WHERE story_id = ? AND action = ? ORDER BY id DESC LIMIT 1`,
  )
  return {
    /** The story's most recent event of this action (who, when, and its detail), or null when there is none. */
    latest(storyId: string, action: string): { at: string; actor: string; detail: unknown } | null {
      const row = latest.get(storyId, action)
      if (!row) return null
      let detail: unknown = null
      try {
        detail = JSON.parse(row.detail) as unknown
      } catch (e) {
        // The detail column is written here as JSON; a row that is not is reported, not guessed at.
        log.warn(`wiremark: event detail for story ${storyId} is not JSON: ${(e as Error).message}`)
      }
      return { at: row.at, actor: row.actor, detail }
    },
    append(e: { actor: string; action: string; storyId?: string | null; subjectId?: string | null; detail?: unknown }) {
      insert.run({
        at: new Date().toISOString(),
        actor: e.actor,
        action: e.action,
        story_id: e.storyId ?? null,
        subject_id: e.subjectId ?? null,
        detail: JSON.stringify(e.detail ?? {}),
      })
    },
  }
}
export type EventLog = ReturnType<typeof createEventLog>
