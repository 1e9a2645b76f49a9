import { readFileSync, statSync } from 'node:fs'
import { basename } from 'node:path'
import type { ImportItemResult, ImportSummary } from '../../shared/dto'
import { mergeSummaries, summarise } from '../../shared/importSummary'
import type { Library } from './library'
import type { ImportProgress } from '../../shared/dto'

/** Something to import: a file on disk (desktop, CLI) or bytes sent by the renderer (browser mode, drops). */
export type ImportSource = { name: string; path: string } | { name: string; bytes: Uint8Array }

/** Data the job manager (importJobs.ts) hands to the worker (importWorker.ts). */
export interface ImportWorkerData {
  dbPath: string
  dataDir: string
  version: string
  nativeBinding?: string
  sources: ImportSource[]
  /** Int32Array over a SharedArrayBuffer: [0] becomes 1 to cancel */
  cancelFlag: SharedArrayBuffer
}

export type { ImportProgress }

export interface RunOptions {
  /** Checked between files: a cancelled run stops before the next file; every story is whole or absent */
  isCancelled?: () => boolean
  onProgress?: (p: ImportProgress) => void
  /** Files larger than this are refused before they are read */
  maxBytes?: number
}

export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

/** Imports sources one by one (one transaction per story); unreadable files are reported, never thrown. */
export function runImport(library: Library, sources: ImportSource[], opts: RunOptions = {}): ImportSummary & { cancelled: boolean } {
  const parts: ImportSummary[] = []
  const max = opts.maxBytes ?? MAX_IMPORT_BYTES
  let cancelled = false
  for (let i = 0; i < sources.length; i++) {
    if (opts.isCancelled?.()) {
      cancelled = true
      break
    }
    const src = sources[i] as ImportSource
    const failed = (code: string, message: string) => {
      const item: ImportItemResult = { file: src.name, outcome: 'failed', storyId: null, headline: null, warnings: [], error: { code, message } }
      parts.push(summarise([item], [], 1))
    }
    try {
      let bytes: Uint8Array
      if ('path' in src) {
        const size = statSync(src.path).size
        if (size > max) {
          failed('too_large', `${src.name}: ${Math.round(size / 1048576)} MB is more than the ${max / 1048576} MB Wiremark reads.`)
          continue
        }
        bytes = new Uint8Array(readFileSync(src.path))
      } else bytes = src.bytes
      parts.push(library.importFile(src.name, bytes))
    } catch (e) {
      const err = e as NodeJS.ErrnoException
      if (err.code && /^E[A-Z]+$/.test(err.code)) failed('unreadable', `${src.name}: ${err.message}`)
      else throw e
    } finally {
      opts.onProgress?.({ done: i + 1, total: sources.length, file: basename(src.name) })
    }
  }
  return { ...mergeSummaries(parts), cancelled }
}
