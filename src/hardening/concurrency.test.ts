import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { runCli } from '../cli/index'
import { openDatabase } from '../main/db/connection'
import { createEventLog } from '../main/db/events'
import { createStoryRepo } from '../main/db/stories'
import { createAnnotationRepo } from '../main/db/annotations'
import { createAnnotationService } from '../main/services/annotations'
import { createServices } from '../main/services/index'
import { createLibrary } from '../main/services/library'
import { AppError } from '../shared/ipc/result'

// Two processes on one library: a child process holds SQLite's write lock (as the app does mid-transaction)
// while this process imports, through the library service and through the `wiremark import` command.

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..')
let dir: string
let db: string
let holder: ChildProcess | null = null

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wiremark-two-'))
  db = join(dir, 'library.db')
  createServices({ dbPath: db, dataDir: dir, mode: 'browser', version: 'test' }).close()
})
afterEach(() => {
  holder?.kill('SIGKILL')
  holder = null
  rmSync(dir, { recursive: true, force: true })
})

/**
 * Another process takes the write lock (BEGIN IMMEDIATE, one row written) and keeps it until it gets 'commit' on
 * stdin, or until releaseAfterMs when given (this process may be blocked inside SQLite by then).
 */
function holdWriteLock(releaseAfterMs?: number): Promise<{ release: () => Promise<void> }> {
  const script = `
    const Database = require('better-sqlite3')
    const db = new Database(process.argv[1])
    db.exec("BEGIN IMMEDIATE; INSERT INTO event (at, actor, action) VALUES ('2024-01-01', 'other', 'hold')")
    const release = () => { db.exec('COMMIT'); db.close(); console.log('released'); process.exit(0) }
    console.log('locked')
    process.stdin.on('data', release)
    if (Number(process.argv[2]) > 0) setTimeout(release, Number(process.argv[2]))`
  const child = spawn(process.execPath, ['-e', script, db, String(releaseAfterMs ?? 0)], { cwd: ROOT, stdio: ['pipe', 'pipe', 'inherit'] })
  holder = child
  return new Promise((resolveLock, reject) => {
    let out = ''
    child.on('exit', (code) => code !== 0 && reject(new Error(`the lock holder exited with ${code}`)))
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      if (out.includes('locked'))
        resolveLock({
          release: () =>
            new Promise((done) => {
              child.on('exit', () => done())
              child.stdin?.write('commit\n')
            }),
        })
    })
  })
}

const story = (n: number) => new TextEncoder().encode(`Port strike ends ${n}\n\nDock workers returned on Friday after a 12-day strike, the union said. Story ${n}.`)

function libraryWithTimeout(busyTimeoutMs: number) {
  const conn = openDatabase(db, { busyTimeoutMs })
  return { conn, library: createLibrary({ db: conn, stories: createStoryRepo(conn), events: createEventLog(conn), actor: 'cli' }) }
}

function io() {
  const out: string[] = []
  const err: string[] = []
  return { out, err, io: { out: (s: string) => out.push(s), err: (s: string) => err.push(s), isTty: false, env: { HOME: dir }, cwd: dir } }
}

describe('two processes on one library', () => {
  it('an import waits for the other process (busy_timeout) and goes through once the lock is released', async () => {
    await holdWriteLock(400)
    const { conn, library } = libraryWithTimeout(30_000)
    // importFile blocks in SQLite's busy handler until the other process commits its row, then writes its own.
    const summary = library.importFile('a.txt', story(1))
    expect(summary.imported).toBe(1)
    expect((conn.prepare(`SELECT count(*) AS n FROM event WHERE action = 'hold'`).get() as { n: number }).n).toBe(1)
    conn.close()
  })

  it('annotation writes wait for the other process too: the first open of a story (its suggestions stored) and a dismissal', async () => {
    const { conn, library } = libraryWithTimeout(30_000)
    library.importFile('d.txt', story(4))
    const storyId = library.list()[0]!.id
    const annotations = createAnnotationService({ db: conn, stories: createStoryRepo(conn), annotations: createAnnotationRepo(conn), events: createEventLog(conn), actor: 'cli' })
    await holdWriteLock(400)
    // list() reads (are the suggestions stored?) before it writes them: a deferred transaction would fail with
    // SQLITE_BUSY at that upgrade instead of waiting
    const listed = annotations.list(storyId)
    expect(listed.annotations.length).toBeGreaterThan(0)
    expect((conn.prepare(`SELECT count(*) AS n FROM event WHERE action = 'hold'`).get() as { n: number }).n).toBe(1)
    await holdWriteLock(400)
    expect(annotations.dismissFinding(storyId, 'some-finding', 'checked').key).toBe('some-finding')
    expect(annotations.restoreFinding(storyId, 'some-finding').restored).toBe(true)
    conn.close()
  })

  it('when the lock is never released, the import is refused with a clear message naming the file, and nothing is half-written', async () => {
    await holdWriteLock()
    const { conn, library } = libraryWithTimeout(300)
    let error: unknown
    try {
      library.importFile('b.txt', story(2))
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(AppError)
    expect((error as Error).message).toContain(db)
    expect((error as Error).message).toMatch(/busy|another Wiremark process/)
    expect((conn.prepare('SELECT count(*) AS n FROM story').get() as { n: number }).n).toBe(0)
    conn.close()
  })

  it('`wiremark import` refuses with one clear line and exit code 1 while another process keeps the library locked', async () => {
    const file = join(dir, 'c.txt')
    writeFileSync(file, story(3))
    await holdWriteLock()
    const t = io()
    // The CLI uses the library's default busy_timeout (5 s) before it gives up.
    const code = await runCli(['import', file, '--db', db], t.io, 'test')
    expect(code).toBe(1)
    expect(t.err.join('\n')).toMatch(/wiremark import: The library .*library\.db is busy/)
  })
})
