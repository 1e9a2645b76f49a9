import { spawnSync } from 'node:child_process'
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

/** Imports large stories until the disk is full (at most `max`): the refusal must be the clear one naming the
 * library. Returns how many were imported before it. */
function importUntilFull(s: ReturnType<typeof createServices>, file: string, max: number): number {
  let error: unknown
  let imported = 0
  try {
    for (let n = 0; n < max; n++) imported += s.library.importFile(`big-${n}.txt`, bigStory(n)).imported
  } catch (e) {
    error = e
  }
  expect(error).toBeInstanceOf(AppError)
  expect((error as AppError).message).toContain(file)
  expect((error as AppError).message).toMatch(/disk is full/)
  return imported
}

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
    const imported = importUntilFull(s, file, 50)
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

// A real small disk and a real read-only folder: a tmpfs of 2 MB mounted in the test's folder (as root, where the
// kernel allows it; elsewhere these are skipped and the simulations above stand in).
function tryMount(target: string): boolean {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return false
  mkdirSync(target, { recursive: true })
  return spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', target]).status === 0
}
const canMount = (() => {
  const probe = mkdtempSync(join(tmpdir(), 'wiremark-mount-probe-'))
  const ok = tryMount(join(probe, 'm'))
  if (ok) spawnSync('umount', [join(probe, 'm')])
  rmSync(probe, { recursive: true, force: true })
  return ok
})()

describe.skipIf(!canMount)('on a real 2 MB disk (tmpfs) and a real read-only mount', () => {
  let mnt: string
  beforeEach(() => {
    mnt = join(dir, 'mnt')
    expect(tryMount(mnt)).toBe(true)
  })
  afterEach(() => {
    // lazily, so that a library a failed test left open does not keep the mount
    spawnSync('umount', ['-l', mnt])
  })

  it('a disk that fills up refuses the story that does not fit, names the library, and keeps every earlier story whole', () => {
    const file = join(mnt, 'library.db')
    const s = createServices({ dbPath: file, dataDir: mnt, mode: 'browser', version: 'test' })
    const imported = importUntilFull(s, file, 200)
    expect(imported).toBeGreaterThan(0)
    const stories = s.db.prepare('SELECT count(*) AS n FROM story').get() as { n: number }
    expect(stories.n).toBe(imported)
    s.close()
    expect(integrity(file)).toBe('ok')
  })

  it('a data folder mounted read-only gives a clear error naming the library, and the library is unchanged', () => {
    const file = join(mnt, 'library.db')
    const s = createServices({ dbPath: file, dataDir: mnt, mode: 'browser', version: 'test' })
    s.library.importFile('seed.txt', new TextEncoder().encode(readFixtureText(SEED)))
    s.close()
    expect(spawnSync('mount', ['-o', 'remount,ro', mnt]).status).toBe(0)
    let error: unknown
    try {
      const again = createServices({ dbPath: file, dataDir: mnt, mode: 'browser', version: 'test' })
      try {
        again.library.importFile('second.txt', new TextEncoder().encode('Another story\n\nThe council said on Monday it would meet again.'))
      } finally {
        again.close()
      }
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(Error)
    expect((error as Error).message).toContain(file)
    expect((error as Error).message).toMatch(/read-only|readonly/i)
    // writable again (SQLite reads a WAL library only where it can write its -shm): the library is as it was
    expect(spawnSync('mount', ['-o', 'remount,rw', mnt]).status).toBe(0)
    expect(integrity(file)).toBe('ok')
    const db = new Database(file, { readonly: true })
    expect((db.prepare('SELECT count(*) AS n FROM story').get() as { n: number }).n).toBe(1)
    db.close()
  })

  it('a new library in a read-only folder gives a clear error naming the file', () => {
    expect(spawnSync('mount', ['-o', 'remount,ro', mnt]).status).toBe(0)
    const file = join(mnt, 'library.db')
    expect(() => createServices({ dbPath: file, dataDir: mnt, mode: 'browser', version: 'test' })).toThrow(file)
  })
})
