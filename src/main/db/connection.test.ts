import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import Database from 'better-sqlite3'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { MIGRATIONS } from './migrations'
import { DatabaseError, isNativeModuleError, nativeModuleMessage, openDatabase, SCHEMA_VERSION } from './connection'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wiremark-db-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('openDatabase', () => {
  it('creates every table as STRICT, with FTS5, on :memory:', () => {
    const db = openDatabase(':memory:')
    const tables = db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table'`).all() as { name: string; sql: string }[]
    for (const t of ['story', 'story_version', 'annotation', 'person', 'event']) {
      const row = tables.find((r) => r.name === t)
      expect(row, t).toBeDefined()
      expect(row?.sql).toMatch(/\)\s*STRICT\s*$/)
    }
    expect(tables.some((t) => t.name === 'story_fts')).toBe(true)
    expect(db.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1)
    db.close()
  })

  it('uses WAL on a file and keeps data across reopening', () => {
    const file = join(dir, 'lib.sqlite')
    const db = openDatabase(file)
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    db.prepare(`INSERT INTO person (id, name, created_at) VALUES ('p1', 'Ada', '2026-01-01')`).run()
    db.close()
    const again = openDatabase(file)
    expect(again.prepare(`SELECT name FROM person WHERE id = 'p1'`).get()).toEqual({ name: 'Ada' })
    expect(again.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION)
    again.close()
  })

  it('runs each migration in order from an older version', () => {
    const file = join(dir, 'old.sqlite')
    const raw = new Database(file)
    raw.exec(MIGRATIONS[0] as string)
    raw.pragma('user_version = 1')
    raw.close()
    const db = openDatabase(file)
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    db.close()
  })

  it('refuses a library written by a newer Wiremark, and says so', () => {
    const file = join(dir, 'new.sqlite')
    const raw = new Database(file)
    raw.pragma(`user_version = ${SCHEMA_VERSION + 5}`)
    raw.close()
    expect(() => openDatabase(file)).toThrow(DatabaseError)
    expect(() => openDatabase(file)).toThrow(/newer Wiremark/)
  })

  it('refuses to write to a damaged file', () => {
    const file = join(dir, 'damaged.sqlite')
    writeFileSync(file, Buffer.concat([Buffer.from('SQLite format 3\0'), Buffer.alloc(4096, 0x41)]))
    expect(() => openDatabase(file)).toThrow(/damaged/)
  })

  it('a migration that fails leaves the database at its previous version', () => {
    const db = openDatabase(':memory:')
    const before = db.pragma('user_version', { simple: true })
    expect(() =>
      db.transaction(() => {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT')
        db.exec('THIS IS NOT SQL')
      })(),
    ).toThrow()
    expect(db.prepare(`SELECT count(*) AS n FROM sqlite_schema WHERE name = 'half_done'`).get()).toEqual({ n: 0 })
    expect(db.pragma('user_version', { simple: true })).toBe(before)
    db.close()
  })
})

describe('a native module that cannot load', () => {
  it('is its own error ("The SQLite module could not load"), not "Cannot open the library"', () => {
    const bogus = join(dir, 'better_sqlite3.node')
    writeFileSync(bogus, 'not a shared library')
    let caught: unknown
    try {
      openDatabase(join(dir, 'lib.sqlite'), { nativeBinding: bogus })
    } catch (e) {
      caught = e
    }
    expect(caught).toBeInstanceOf(DatabaseError)
    expect((caught as DatabaseError).code).toBe('native_module')
    expect((caught as DatabaseError).message).toMatch(/^The SQLite module could not load: /)
    expect((caught as DatabaseError).message).not.toMatch(/Cannot open the library/)
    expect((caught as DatabaseError).message).toMatch(/Your library was not touched\.$/)
  })

  it('recognises the usual load failures by code and message, and leaves other errors alone', () => {
    const withCode = Object.assign(new Error('whatever'), { code: 'ERR_DLOPEN_FAILED' })
    expect(isNativeModuleError(withCode)).toBe(true)
    for (const m of [
      'Could not locate the bindings file. Tried: ...',
      "The module '/x/better_sqlite3.node' was compiled against a different Node.js version using NODE_MODULE_VERSION 127. This version of Node.js requires NODE_MODULE_VERSION 140.",
      '/x/y.node: invalid ELF header',
      '\\\\?\\C:\\x\\better_sqlite3.node is not a valid Win32 application.',
      "dlopen(/x/better_sqlite3.node, 0x0001): tried: '/x' (mach-o file, but is an incompatible architecture (have 'x86_64', need 'arm64'))",
    ]) {
      expect(isNativeModuleError(new Error(m)), m).toBe(true)
    }
    expect(isNativeModuleError(new Error('unable to open database file'))).toBe(false)
    expect(isNativeModuleError(new Error('SQLITE_CORRUPT: database disk image is malformed'))).toBe(false)
    expect(isNativeModuleError('a string')).toBe(false)
    expect(nativeModuleMessage(new Error('was compiled against a different Node.js version using NODE_MODULE_VERSION 127.\nstack'))).toBe(
      'The SQLite module could not load: was compiled against a different Node.js version using NODE_MODULE_VERSION 127. It was built for another version of Node or Electron: reinstall Wiremark (from a checkout: npm run postinstall). Your library was not touched.',
    )
  })
})
