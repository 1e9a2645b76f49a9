import { randomBytes } from 'node:crypto'
import { closeSync, fsyncSync, linkSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { exportBytes } from '../../core/export/index'
import { exportEngines, loadPdfShaper } from './exportPdf'
import type { ExportFormat, ExportInput } from '../../core/export/types'

export type ExportFileErrorCode = 'exists' | 'not_a_file' | 'io'

/** A file that could not be written, with the reason the caller shows (exists: ask, or pass --force). */
export class ExportFileError extends Error {
  override name = 'ExportFileError'
  constructor(
    readonly code: ExportFileErrorCode,
    message: string,
    readonly path: string,
  ) {
    super(message)
  }
}

/** Removes the temp file after a failure; returns words for the error message when it cannot. */
function removeTemp(tmp: string): string {
  try {
    unlinkSync(tmp)
    return ''
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? '' : ` (the temporary file ${tmp} could not be removed: ${(e as Error).message})`
  }
}

/**
 * Writes `data` to `path` so that a crash never leaves a half-written file: the bytes go to a temporary
 * file in the same folder, are flushed to disk, and then take the final name in one step. Without
 * `overwrite` an existing file is never replaced (a hard link claims the name atomically; where the file
 * system has no hard links, an existence check stands in).
 */
export function writeFileAtomic(path: string, data: Uint8Array, opts: { overwrite: boolean }): void {
  const target = resolve(path)
  try {
    if (statSync(target).isDirectory()) throw new ExportFileError('not_a_file', `${path} is a folder, not a file`, path)
  } catch (e) {
    if (e instanceof ExportFileError) throw e
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw new ExportFileError('io', `${path}: ${(e as Error).message}`, path)
  }
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  let fd: number
  try {
    fd = openSync(tmp, 'wx', 0o644)
  } catch (e) {
    throw new ExportFileError('io', `cannot write in ${dirname(target)}: ${(e as Error).message}`, path)
  }
  try {
    let at = 0
    while (at < data.length) at += writeSync(fd, data, at, data.length - at)
    fsyncSync(fd)
  } catch (e) {
    closeSync(fd)
    throw new ExportFileError('io', `${path}: ${(e as Error).message}${removeTemp(tmp)}`, path)
  }
  closeSync(fd)
  try {
    if (opts.overwrite) {
      renameSync(tmp, target)
      return
    }
    try {
      linkSync(tmp, target)
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code
      if (code === 'EEXIST') throw new ExportFileError('exists', `${path} already exists`, path)
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS') throw e
      // No hard links here (FAT, some network shares): check, then rename.
      let exists = true
      try {
        statSync(target)
      } catch (s) {
        if ((s as NodeJS.ErrnoException).code !== 'ENOENT') throw s
        exists = false
      }
      if (exists) throw new ExportFileError('exists', `${path} already exists`, path)
      renameSync(tmp, target)
      return
    }
    unlinkSync(tmp)
  } catch (e) {
    const left = removeTemp(tmp)
    if (e instanceof ExportFileError) throw left ? new ExportFileError(e.code, e.message + left, path) : e
    throw new ExportFileError('io', `${path}: ${(e as Error).message}${left}`, path)
  }
}

/** Renders a story in one format and writes it atomically; returns the bytes written. */
export async function exportToFile(input: ExportInput, format: ExportFormat, path: string, opts: { overwrite: boolean }): Promise<{ path: string; bytes: number }> {
  if (format === 'pdf') await loadPdfShaper()
  const data = exportBytes(format, input, exportEngines)
  writeFileAtomic(path, data, opts)
  return { path, bytes: data.length }
}
