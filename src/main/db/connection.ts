import Database from 'better-sqlite3'
import { accessSync, constants, existsSync } from 'node:fs'
import { dirname } from 'node:path'
import { MIGRATIONS } from './migrations'

export type Db = Database.Database

export class DatabaseError extends Error {
  override name = 'DatabaseError'
  constructor(
    readonly code: 'too_new' | 'damaged' | 'unreadable' | 'read_only' | 'native_module',
    message: string,
  ) {
    super(message)
  }
}

export interface OpenOptions {
  /** A better-sqlite3 binary built for this runtime (Electron's ABI), when it differs from Node's */
  nativeBinding?: string
  /** Read only: the CLI's search and the like */
  readonly?: boolean
  /** Milliseconds to wait for another process's write lock before SQLITE_BUSY */
  busyTimeoutMs?: number
}

/** The schema version this code writes; a database with a higher user_version is refused. */
export const SCHEMA_VERSION = MIGRATIONS.length

/**
 * Opens (and creates) a library: WAL, foreign keys on, a quick integrity check, then migrations.
 * A damaged file or one from a newer Wiremark is refused with a DatabaseError that says so.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  const existed = file === ':memory:' || existsSync(file)
  if (file !== ':memory:' && !options.readonly) refuseReadOnlyFolder(file, existed)
  let db: Db
  try {
    db = new Database(file, {
      readonly: options.readonly ?? false,
      ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
    })
  } catch (e) {
    if (isNativeModuleError(e)) throw new DatabaseError('native_module', nativeModuleMessage(e))
    throw new DatabaseError('unreadable', `Cannot open the library ${file}: ${(e as Error).message}`)
  }
  try {
    db.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 5000}`)
    if (!options.readonly) db.pragma('journal_mode = WAL')
    db.pragma('foreign_keys = ON')
    db.pragma('synchronous = NORMAL')
    if (existed) checkIntegrity(db, file)
    if (!options.readonly) migrate(db, file)
    else refuseTooNew(db, file)
    return db
  } catch (e) {
    db.close()
    if (e instanceof DatabaseError) throw e
    const msg = (e as Error).message
    if (/not a database|malformed|corrupt/i.test(msg)) {
      throw new DatabaseError('damaged', `The library ${file} is damaged (${msg}). Wiremark will not write to it; restore a backup.`)
    }
    if (/readonly|read-only/i.test(msg)) {
      throw new DatabaseError('read_only', `The library ${file} cannot be written (${msg}). Check the folder's permissions.`)
    }
    if (/unable to open/i.test(msg)) throw new DatabaseError('unreadable', `Cannot open the library ${file}: ${msg}.`)
    throw e
  }
}

/**
 * True when the error is better-sqlite3's compiled module failing to load, not the library file: missing
 * (bindings not found), built for another Node or Electron (NODE_MODULE_VERSION), another CPU or OS (ELF/Mach-O/Win32
 * headers, wrong architecture), or a missing system library (dlopen). The library itself is not at fault then.
 */
export function isNativeModuleError(e: unknown): boolean {
  if (!(e instanceof Error)) return false
  const code = (e as NodeJS.ErrnoException).code
  if (code === 'ERR_DLOPEN_FAILED') return true
  return /Could not locate the bindings file|NODE_MODULE_VERSION|better_sqlite3\.node|invalid ELF header|wrong ELF class|not a valid Win32 application|The specified module could not be found|Module did not self-register|incompatible architecture|mach-o|dlopen/i.test(
    e.message,
  )
}

/** "The SQLite module could not load: …", with what to do for the usual cause. */
export function nativeModuleMessage(e: unknown): string {
  const msg = ((e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '').trim().replace(/\.+$/, '')
  const hint = /NODE_MODULE_VERSION/.test(msg)
    ? ' It was built for another version of Node or Electron: reinstall Wiremark (from a checkout: npm run postinstall).'
    : ' Reinstall Wiremark (from a checkout: npm install, with network access).'
  return `The SQLite module could not load: ${msg}.${hint} Your library was not touched.`
}

/**
 * A library is written with its -wal and -shm files beside it, so its folder (and the file, when it exists) must be
 * writable: a read-only disk or mount is refused up front with an error that says so, instead of SQLite's
 * "unable to open database file" on the first write. A folder that does not exist is left to SQLite's own error.
 */
function refuseReadOnlyFolder(file: string, existed: boolean): void {
  const folder = dirname(file)
  if (!existsSync(folder)) return
  for (const path of existed ? [folder, file] : [folder]) {
    try {
      accessSync(path, constants.W_OK)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code ?? 'EACCES'
      throw new DatabaseError(
        'read_only',
        `The library ${file} cannot be written: ${path === folder ? 'its folder' : 'the file'} is read-only (${code}). ` +
          'Choose a writable data folder, or check the disk and its permissions.',
      )
    }
  }
}

function checkIntegrity(db: Db, file: string): void {
  const rows = db.pragma('quick_check') as { quick_check: string }[]
  const problems = rows.map((r) => r.quick_check).filter((s) => s !== 'ok')
  if (problems.length > 0) {
    throw new DatabaseError(
      'damaged',
      `The library ${file} is damaged (${problems.slice(0, 3).join('; ')}). Wiremark will not write to it; restore a backup.`,
    )
  }
}

function refuseTooNew(db: Db, file: string): number {
  const version = db.pragma('user_version', { simple: true }) as number
  if (version > SCHEMA_VERSION) {
    throw new DatabaseError(
      'too_new',
      `The library ${file} was written by a newer Wiremark (schema ${version}; this version knows ${SCHEMA_VERSION}). Update Wiremark to open it.`,
    )
  }
  return version
}

/** Applies every migration past the file's user_version, each in its own transaction. */
export function migrate(db: Db, file = 'library'): void {
  const from = refuseTooNew(db, file)
  for (let v = from; v < MIGRATIONS.length; v++) {
    const sql = MIGRATIONS[v] as string
    db.transaction(() => {
      db.exec(sql)
      db.pragma(`user_version = ${v + 1}`)
    })()
  }
}
