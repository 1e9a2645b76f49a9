import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { DatabaseError, migrate, openDatabase } from '../main/db/connection'
import { createServices } from '../main/services/index'
import { AppError } from '../shared/ipc/result'
import { readFixture, readFixtureText } from '../test/fixtures'

// A full disk is simulated with PRAGMA max_page_count (SQLite then fails exactly as on a full disk: SQLITE_FULL).
// A read-only data folder cannot be made with chmod when tests run as root (root writes anyway), so the library
// is opened read-only ({ readonly: true }, what SQLite does with a file it cannot write), and the folder is made
// unusable by putting a plain file where the folder should be; with a non-root uid the chmod case runs too.

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wiremark-disk-'))
})
afterEach(() => {
  chmodSync(dir, 0o755)
  rmSync(dir, { recursive: true, force: true })
})

const SEED = 'wire/reuters-putin-lukashenko-aggregator.txt'
const bigStory = (n: number) =>
  new TextEncoder().encode(`Budget row deepens ${n}\n\n${Array.from({ length: 400 }, (_, i) => `Paragraph ${i} of story ${n}: the council said on Monday the budget gap was ${i} million euros.`).join('\n\n')}`)

function integrity(file: string): string {
  const db = new Database(file)
  try {
    return (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join('; ')
  } finally {
    db.close()
  }
}

describe('a full disk', () => {
  it('refuses the import with a clear error naming the library file, and keeps what was there', () => {
    const file = join(dir, 'library.db')
    const s = createServices({ dbPath: file, dataDir: dir, mode: 'browser', version: 'test' })
    const first = s.library.importFile('seed.txt', new TextEncoder().encode(readFixtureText(SEED)))
    expect(first.imported).toBe(1)
    const pages = s.db.pragma('page_count', { simple: true }) as number
    s.db.pragma(`max_page_count = ${pages + 2}`)
    let error: unknown
    let imported = 0
    try {
      for (let n = 0; n < 50; n++) imported += s.library.importFile(`big-${n}.txt`, bigStory(n)).imported
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as AppError).message).toContain(file)
    expect((error as AppError).message).toMatch(/disk is full/)
    // The story that did not fit left nothing behind: the rows are the ones before it, whole.
    const stories = s.db.prepare('SELECT count(*) AS n FROM story').get() as { n: number }
    expect(stories.n).toBe(1 + imported)
    const orphans = s.db.prepare('SELECT count(*) AS n FROM story s WHERE latest_version_id IS NULL OR NOT EXISTS (SELECT 1 FROM story_fts f WHERE f.story_id = s.id)').get() as { n: number }
    expect(orphans.n).toBe(0)
    // Room again: the same library takes the story.
    s.db.pragma('max_page_count = 1073741823')
    expect(s.library.importFile('big-again.txt', bigStory(99)).imported).toBe(1)
    s.close()
    expect(integrity(file)).toBe('ok')
  })

  it('a full disk during migration leaves the file as it was (each migration is a transaction)', () => {
    const file = join(dir, 'tiny.db')
    const db = new Database(file)
    db.exec('CREATE TABLE keep (x INTEGER) STRICT; INSERT INTO keep VALUES (1)')
    db.pragma('max_page_count = 3')
    expect(() => migrate(db, file)).toThrow(/full/)
    expect(db.pragma('user_version', { simple: true })).toBe(0)
    db.close()
    expect(integrity(file)).toBe('ok')
    // With room, the same file migrates.
    openDatabase(file).close()
  })
})

describe('a read-only library or data folder', () => {
  it('a library opened read-only refuses writes with an error naming the file and reads on', () => {
    const file = join(dir, 'library.db')
    const s = createServices({ dbPath: file, dataDir: dir, mode: 'browser', version: 'test' })
    s.library.importFile('seed.txt', new TextEncoder().encode(readFixtureText(SEED)))
    s.close()
    const db = openDatabase(file, { readonly: true })
    try {
      expect(() => db.prepare(`UPDATE story SET headline = 'x'`).run()).toThrow(/readonly/)
      expect((db.prepare('SELECT count(*) AS n FROM story').get() as { n: number }).n).toBe(1)
    } finally {
      db.close()
    }
    expect(integrity(file)).toBe('ok')
  })

  it('a data folder that cannot be created gives a clear error naming the library file', () => {
    const blocker = join(dir, 'not-a-folder')
    writeFileSync(blocker, 'a file where the data folder should be')
    const file = join(blocker, 'library.db')
    expect(() => createServices({ dbPath: file, dataDir: blocker, mode: 'browser', version: 'test' })).toThrow(/not-a-folder/)
    expect(() => openDatabase(file)).toThrow(DatabaseError)
    expect(() => openDatabase(file)).toThrow(file)
  })

  it.skipIf(process.getuid?.() === 0)('a chmod 0555 data folder gives a clear error (skipped as root, where chmod does not stop writes)', () => {
    const ro = join(dir, 'ro')
    mkdirSync(ro)
    chmodSync(ro, 0o555)
    expect(() => openDatabase(join(ro, 'library.db'))).toThrow(join(ro, 'library.db'))
  })

  it('a damaged library is refused, not written', () => {
    const file = join(dir, 'damaged.db')
    writeFileSync(file, readFixture(SEED))
    expect(() => openDatabase(file)).toThrow(DatabaseError)
    expect(() => openDatabase(file)).toThrow(file)
  })
})
