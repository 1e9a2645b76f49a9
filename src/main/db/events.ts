import type { Db } from './connection'

/** The append-only audit trail: who changed what, and when. */
export function createEventLog(db: Db) {
  const insert = db.prepare(
    `INSERT INTO event (at, actor, action, story_id, subject_id, detail) VALUES (@at, @actor, @action, @story_id, @subject_id, @detail)`,
  )
  return {
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
