import Database from 'better-sqlite3'
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readSync, renameSync, rmSync, statSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import type { BackupResult, RestoreResult } from '../../shared/dto/library'
import { AppError } from '../../shared/ipc/result'
import { migrate, SCHEMA_VERSION, type Db } from '../db/connection'

export interface BackupDeps {
  db: Db
  /** The library's own file (':memory:' cannot be backed up to itself or restored) */
  dbPath: string
  dataDir: string
  nativeBinding?: string
  now?: () => Date
}

const stamp = (d: Date) => d.toISOString().replace(/[:.]/g, '-')
const HEADER = 'SQLite format 3\0'

/**
 * Checks that `file` is a whole Wiremark library this version can open: an SQLite file, integrity_check ok,
 * the library's tables, and a schema no newer than this code's. Throws an AppError that names the file.
 */
export function checkLibraryFile(file: string, nativeBinding?: string): { schema: number; stories: number } {
  const refuse = (why: string): never => {
    throw new AppError('invalid_input', `Cannot restore from ${file}: ${why}`)
  }
  if (!existsSync(file)) refuse('there is no such file.')
  if (!statSync(file).isFile()) refuse('it is not a file.')
  const head = Buffer.alloc(16)
  const fd = openSync(file, 'r')
  try {
    readSync(fd, head, 0, 16, 0)
  } finally {
    closeSync(fd)
  }
  if (head.toString('latin1') !== HEADER) refuse('it is not an SQLite database (a Wiremark library or backup).')
  let db: Database.Database | null = null
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, ...(nativeBinding ? { nativeBinding } : {}) })
    const problems = (db.pragma('integrity_check') as { integrity_check: string }[])
      .map((r) => r.integrity_check)
      .filter((s) => s !== 'ok')
    if (problems.length > 0) refuse(`the file is damaged (${problems.slice(0, 3).join('; ')}).`)
    const schema = db.pragma('user_version', { simple: true }) as number
    if (schema > SCHEMA_VERSION) {
      refuse(`it was written by a newer Wiremark (schema ${schema}; this version knows ${SCHEMA_VERSION}). Update Wiremark first.`)
    }
    const table = db.prepare(`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'story'`).get()
    if (schema < 1 || !table) refuse('it is an SQLite file but not a Wiremark library.')
    const stories = (db.prepare('SELECT count(*) AS n FROM story').get() as { n: number }).n
    return { schema, stories }
  } catch (e) {
    if (e instanceof AppError) throw e
    return refuse(`the file is damaged or unreadable (${(e as Error).message}).`)
  } finally {
    db?.close()
  }
}

/**
 * Pages per backup step. SQLite restarts a backup when another connection writes to the library; a step
 * that starts over grows fourfold, so a backup finishes even while an import keeps writing.
 */
function adaptiveSteps(): (info: { totalPages: number; remainingPages: number }) => number {
  let step = 256
  let last = Infinity
  return ({ totalPages, remainingPages }) => {
    if (remainingPages > last) step = Math.min(step * 4, Math.max(totalPages, 256))
    last = remainingPages
    return step
  }
}

/** Online backup and checked restore of the open library, both through SQLite's backup API. */
export function createBackupService(deps: BackupDeps) {
  const now = deps.now ?? (() => new Date())
  const live = deps.dbPath === ':memory:' ? null : resolve(deps.dbPath)

  /** Writes via a temporary file, so a failed backup never leaves a half file under the chosen name. */
  async function backupTo(file: string): Promise<number> {
    const target = resolve(file)
    if (live && target === live) throw new AppError('invalid_input', `Cannot back up the library onto itself (${file}).`)
    mkdirSync(dirname(target), { recursive: true })
    const tmp = `${target}.partial-${process.pid}`
    try {
      await deps.db.backup(tmp, { progress: adaptiveSteps() })
      // The copy carries the library's WAL flag; a backup should be one self-contained file.
      const copy = new Database(tmp, deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {})
      copy.pragma('journal_mode = DELETE')
      copy.close()
      renameSync(tmp, target)
    } catch (e) {
      rmSync(tmp, { force: true })
      throw new AppError('unavailable', `Cannot write the backup ${file}: ${(e as Error).message}`)
    }
    return statSync(target).size
  }

  return {
    /** A consistent copy while the app keeps writing (SQLite restarts the copy when another connection writes). */
    async backup(file?: string): Promise<BackupResult> {
      const target = resolve(file ?? join(deps.dataDir, 'backups', `library-${stamp(now())}.sqlite`))
      const bytes = await backupTo(target)
      const { stories } = checkLibraryFile(target, deps.nativeBinding)
      return { file: target, bytes, stories }
    },

    /**
     * Checks the file first (nothing is touched when it fails), copies the current library aside as
     * `<library>.replaced-<timestamp>`, then copies the backup into the open library and migrates it.
     */
    async restore(file: string): Promise<RestoreResult> {
      if (!live) throw new AppError('unavailable', 'An in-memory library cannot be restored.')
      const source = resolve(file)
      if (source === live) throw new AppError('invalid_input', `Cannot restore the library from itself (${file}).`)
      const { stories } = checkLibraryFile(source, deps.nativeBinding)
      const aside = `${live}.replaced-${stamp(now())}`
      await backupTo(aside)
      // Copy first so the backup file itself is never opened for writing (it stays as it was).
      const staging = `${live}.restoring-${process.pid}`
      copyFileSync(source, staging)
      let src: Database.Database | null = null
      try {
        src = new Database(staging, { readonly: true, ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}) })
        await src.backup(live)
      } catch (e) {
        throw new AppError('unavailable', `Restoring from ${file} failed (${(e as Error).message}); the library is unchanged, and a copy is at ${aside}.`)
      } finally {
        src?.close()
        rmSync(staging, { force: true })
      }
      migrate(deps.db, live)
      return { restoredFrom: source, replacedKeptAt: aside, stories }
    },
  }
}

export type BackupService = ReturnType<typeof createBackupService>
