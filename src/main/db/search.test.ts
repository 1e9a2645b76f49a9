import Database from 'better-sqlite3'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { openDatabase } from './connection'
import { MIGRATIONS } from './migrations'

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

const count = (db: Database.Database, sql: string, ...args: unknown[]) => (db.prepare(sql).get(...args) as { n: number }).n

describe('migration 3: quote index, note and quote search, list indexes', () => {
  it('indexes the notes already in a version-2 library and keeps note_fts and quote_fts in step with their tables', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-m3-'))
    dirs.push(dir)
    const file = join(dir, 'v2.sqlite')
    const raw = new Database(file)
    raw.exec(MIGRATIONS[0] as string)
    raw.exec(MIGRATIONS[1] as string)
    raw.pragma('user_version = 2')
    raw.exec(`
      INSERT INTO story (id, text_hash, format, imported_at, updated_at, latest_version_id) VALUES ('s1', 'h', 'text', 't', 't', 'v1');
      INSERT INTO story_version (id, story_id, number, content_hash, article, text, imported_at) VALUES ('v1', 's1', 1, 'c', '{}', 'x', 't');
      INSERT INTO annotation (id, story_id, version_id, kind, origin, start, "end", exact, prefix, suffix, note, author, created_at, updated_at)
        VALUES ('a1', 's1', 'v1', 'note', 'editor', 0, 1, 'x', '', '', 'ask the ministry about the tariff', 'ed', 't', 't');`)
    raw.close()

    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    const notes = (q: string) => count(db, `SELECT count(*) AS n FROM note_fts WHERE note_fts MATCH ?`, q)
    expect(notes('tariff')).toBe(1)
    db.prepare(`UPDATE annotation SET note = 'call the embassy' WHERE id = 'a1'`).run()
    expect(notes('tariff')).toBe(0)
    expect(notes('embassy')).toBe(1)
    db.prepare(`UPDATE annotation SET note = NULL WHERE id = 'a1'`).run()
    expect(notes('embassy')).toBe(0)
    db.prepare(`UPDATE annotation SET note = 'back again' WHERE id = 'a1'`).run()
    db.prepare(`DELETE FROM annotation WHERE id = 'a1'`).run()
    expect(notes('back')).toBe(0)

    db.prepare(
      `INSERT INTO quote (story_id, version_id, start, "end", text, norm, head, tail, speaker, speaker_key, attribution)
       VALUES ('s1', 'v1', 0, 1, 'We will not give up', 'we will not give up', 'we will not give', 'will not give up', 'Ann Lee', 'ann lee', 'explicit')`,
    ).run()
    const quotes = (q: string) => count(db, `SELECT count(*) AS n FROM quote_fts WHERE quote_fts MATCH ?`, q)
    expect(quotes('give')).toBe(1)
    expect(quotes('speaker : "lee"')).toBe(1)
    db.prepare(`UPDATE quote SET text = 'We shall carry on'`).run()
    expect(quotes('give')).toBe(0)
    expect(quotes('carry')).toBe(1)
    // Deleting the story takes its quotes and their index entries with it.
    db.prepare(`DELETE FROM story WHERE id = 's1'`).run()
    expect(quotes('carry')).toBe(0)
    expect(count(db, `SELECT count(*) AS n FROM quote_indexed`)).toBe(0)
    const plan = db.prepare(`EXPLAIN QUERY PLAN SELECT id FROM story ORDER BY headline COLLATE NOCASE, id LIMIT 10`).all() as { detail: string }[]
    expect(plan.map((p) => p.detail).join(' ')).toMatch(/story_headline/)
    db.close()
  })
})
