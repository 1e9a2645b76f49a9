import Database from 'better-sqlite3'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import type { BackupResult, RestoreResult, StoryPage } from '../../shared/dto/library'
import { SCHEMA_VERSION } from '../db/connection'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

const dirs: string[] = []
const open: Services[] = []
afterEach(() => {
  for (const s of open.splice(0)) s.close()
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

function library() {
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-backup-'))
  dirs.push(dir)
  const s = createServices({ dbPath: join(dir, 'library.sqlite'), dataDir: dir, mode: 'browser', version: 'test' })
  open.push(s)
  return { s, dir }
}

const storyText = (i: number) => `Story number ${i} about the harbour\n\nROTTERDAM - Dock workers ${i} said the strike would go on. ${'Ships waited in the harbour for days. '.repeat(40)}`

describe('backup and restore', () => {
  it('takes a consistent backup while another connection keeps writing', async () => {
    const { s, dir } = library()
    for (let i = 0; i < 300; i++) await rpc(s, 'stories:import', { name: `s${i}.txt`, text: storyText(i) })
    // A second connection (another window, the import worker) writes between the backup's steps.
    const writer = new Database(join(dir, 'library.sqlite'))
    writer.pragma('busy_timeout = 5000')
    let writes = 0
    let stop = false
    const write = () => {
      if (stop) return
      writer.prepare(`INSERT INTO event (at, actor, action, detail) VALUES (?, 'test', 'write-during-backup', '{}')`).run(new Date().toISOString())
      writes++
      setImmediate(write)
    }
    setImmediate(write)
    const out = join(dir, 'out', 'copy.sqlite')
    const r = await rpc<BackupResult>(s, 'library:backup', { file: out })
    stop = true
    writer.close()
    expect(writes).toBeGreaterThan(0)
    expect(r).toMatchObject({ file: out, stories: 300 })
    const copy = new Database(out, { readonly: true })
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok')
    expect(copy.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect((copy.prepare('SELECT count(*) AS n FROM story').get() as { n: number }).n).toBe(300)
    expect((copy.prepare(`SELECT count(*) AS n FROM story_fts WHERE story_fts MATCH 'harbour'`).get() as { n: number }).n).toBe(300)
    copy.close()
    expect(readdirSync(join(dir, 'out'))).toEqual(['copy.sqlite'])
  })

  it('restores a backup, keeping the replaced library aside, and the open library sees it', async () => {
    const { s, dir } = library()
    await rpc(s, 'stories:import', { name: 'seed.txt', text: readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt') })
    const backup = await rpc<BackupResult>(s, 'library:backup', {})
    expect(backup.file.startsWith(join(dir, 'backups'))).toBe(true)
    await rpc(s, 'stories:import', { name: 'later.txt', text: storyText(1) })
    expect((await rpc<StoryPage>(s, 'stories:query', {})).total).toBe(2)
    const r = await rpc<RestoreResult>(s, 'library:restore', { file: backup.file })
    expect(r.stories).toBe(1)
    expect(r.replacedKeptAt).toMatch(/library\.sqlite\.replaced-/)
    expect((await rpc<StoryPage>(s, 'stories:query', {})).total).toBe(1)
    const aside = new Database(r.replacedKeptAt, { readonly: true })
    expect((aside.prepare('SELECT count(*) AS n FROM story').get() as { n: number }).n).toBe(2)
    aside.close()
    // The restored library keeps working: import and search.
    await rpc(s, 'stories:import', { name: 'again.txt', text: storyText(2) })
    expect((await rpc<StoryPage>(s, 'stories:query', {})).total).toBe(2)
    expect(existsSync(backup.file)).toBe(true)
  })

  it('refuses a corrupt file, a non-library and a newer schema before touching anything', async () => {
    const { s, dir } = library()
    await rpc(s, 'stories:import', { name: 'seed.txt', text: readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt') })
    const good = await rpc<BackupResult>(s, 'library:backup', { file: join(dir, 'good.sqlite') })
    const bytes = readFileSync(good.file)
    const corrupt = join(dir, 'corrupt.sqlite')
    const damaged = Buffer.from(bytes)
    // Keep the header, overwrite pages in the middle of the file.
    damaged.fill(0x5a, 4096 * 2, Math.min(damaged.length, 4096 * 6))
    writeFileSync(corrupt, damaged)
    const notSqlite = join(dir, 'notes.txt')
    writeFileSync(notSqlite, 'just some text, not a database')
    const other = join(dir, 'other.sqlite')
    new Database(other).exec('CREATE TABLE t (x)').close()
    const newer = join(dir, 'newer.sqlite')
    writeFileSync(newer, bytes)
    const n = new Database(newer)
    n.pragma(`user_version = ${SCHEMA_VERSION + 1}`)
    n.close()

    const cases: [string, RegExp][] = [
      [corrupt, /corrupt\.sqlite: the file is damaged/],
      [notSqlite, /notes\.txt: it is not an SQLite database/],
      [other, /other\.sqlite: it is an SQLite file but not a Wiremark library/],
      [newer, /newer\.sqlite: it was written by a newer Wiremark/],
      [join(dir, 'missing.sqlite'), /missing\.sqlite: there is no such file/],
    ]
    for (const [file, message] of cases) {
      const r = await dispatch(s.handlers, 'library:restore', { file })
      expect(r.ok, file).toBe(false)
      if (!r.ok) expect(r.error.message).toMatch(message)
    }
    expect(readdirSync(dir).filter((f) => f.includes('replaced'))).toEqual([])
    expect((await rpc<StoryPage>(s, 'stories:query', {})).total).toBe(1)
  })
})
