import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, describe, expect, it } from 'vitest'
import { buildArticle } from '../../core/article/build'
import { editorRecord } from '../../test/records'
import { createAnnotationRepo } from './annotations'
import { openDatabase, type Db } from './connection'
import { MIGRATIONS } from './migrations'
import { createStoryRepo } from './stories'

const T0 = '2026-01-05T10:00:00.000Z'
let dir = ''
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }))

describe('migration 6: the desk-only flag on annotation records', () => {
  it('keeps the records of a library made before it, all public, and stores and reads the flag after it', () => {
    dir = mkdtempSync(join(tmpdir(), 'wiremark-m6-'))
    const file = join(dir, 'lib.sqlite')
    // A library at version 5 with one story and one note of the editor's, written as that version wrote them.
    const raw = new Database(file)
    for (const m of MIGRATIONS.slice(0, 5)) raw.exec(m)
    raw.pragma('user_version = 5')
    const article = buildArticle({ format: 'docx', headline: 'Port reopens', paragraphs: ['First paragraph of the story.'] })
    const stories = createStoryRepo(raw as unknown as Db)
    stories.insertStory({ id: 's1', agencyId: null, textHash: 'h', format: 'docx', importedAt: T0 })
    stories.addVersion({ id: 'v1', storyId: 's1', number: 1, agencyVersion: null, contentHash: 'c', fileName: null, original: null, article, importedAt: T0 }, 0)
    raw
      .prepare(
        `INSERT INTO annotation (id, story_id, version_id, kind, origin, start, "end", exact, prefix, suffix, note, author, created_at, updated_at)
         VALUES ('old', 's1', 'v1', 'note', 'editor', 0, 5, 'First', '', ' paragraph', 'an editor note', 'desk', '${T0}', '${T0}')`,
      )
      .run()
    raw.close()
    const before = openDatabase(file)
    expect(before.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    const repo = createAnnotationRepo(before)
    // The old record reads as it did: public, without the flag.
    expect(repo.get('old')).toEqual(editorRecord({ id: 'old', kind: 'note', note: 'an editor note' }))
    expect(before.prepare(`SELECT non_public FROM annotation WHERE id = 'old'`).pluck().get()).toBe(0)

    const desk = editorRecord({ id: 'comment', kind: 'note', note: 'His mobile is in the desk file', author: 'Lina Stringer', nonPublic: true })
    repo.insertMany([desk])
    expect(repo.get('comment')).toEqual(desk)
    // An update that leaves the flag out (a window's save) does not make the note public.
    const { nonPublic: _n, ...sent } = desk
    repo.upsert({ ...sent, note: 'checked' })
    expect(repo.get('comment')).toMatchObject({ note: 'checked', nonPublic: true })
    expect(() => before.prepare(`UPDATE annotation SET non_public = 2 WHERE id = 'old'`).run()).toThrow(/CHECK/)
    before.close()
  })
})
