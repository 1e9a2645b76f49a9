import type { Db } from './connection'

/**
 * The full-text row of each story. Its rowid is the story's rowid, so replacing it is an indexed delete:
 * deleting by the UNINDEXED story_id column would scan the whole index on every import.
 */
export function createStoryIndex(db: Db) {
  const rowidOf = db.prepare<[string], { rowid: number }>(`SELECT rowid FROM story WHERE id = ?`)
  const remove = db.prepare<[number]>(`DELETE FROM story_fts WHERE rowid = ?`)
  const insert = db.prepare(`INSERT INTO story_fts (rowid, headline, body, story_id) VALUES (?, ?, ?, ?)`)
  return {
    /** Replaces the story's indexed text; call inside the caller's transaction. */
    reindex(storyId: string, headline: string | null, body: string) {
      const row = rowidOf.get(storyId)
      if (!row) throw new Error(`reindex: no story ${storyId}`)
      remove.run(row.rowid)
      insert.run(row.rowid, headline ?? '', body, storyId)
    },
  }
}
