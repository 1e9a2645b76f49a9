import { randomUUID } from 'node:crypto'
import { Worker } from 'node:worker_threads'
import type { ImportSummary } from '../../shared/dto'
import { AppError } from '../../shared/ipc/result'
import type { ImportProgress } from '../../shared/dto'
import type { AppEvent } from '../../shared/ipc/events'
import type { ImportSource, ImportWorkerData } from './importRun'

export interface ImportJobOptions {
  workerPath: string
  dbPath: string
  dataDir: string
  version: string
  nativeBinding?: string
  emit: (e: AppEvent) => void
}

/** Bulk imports in worker threads, reporting progress as events; each job can be cancelled. */
export function createImportJobs(opts: ImportJobOptions) {
  const running = new Map<string, { flag: Int32Array; worker: Worker; done: Promise<void> }>()

  return {
    start(sources: ImportSource[]): { jobId: string; total: number } {
      if (sources.length === 0) throw new AppError('invalid_input', 'Nothing to import.')
      const jobId = randomUUID()
      const shared = new SharedArrayBuffer(4)
      const data: ImportWorkerData = {
        dbPath: opts.dbPath,
        dataDir: opts.dataDir,
        version: opts.version,
        sources,
        cancelFlag: shared,
        ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
      }
      const worker = new Worker(opts.workerPath, { workerData: data })
      const done = new Promise<void>((resolve) => {
        let finished = false
        worker.on('message', (m: { type: string; progress?: ImportProgress; summary?: ImportSummary & { cancelled: boolean }; message?: string }) => {
          if (m.type === 'progress' && m.progress) opts.emit({ type: 'import:progress', payload: { jobId, ...m.progress } })
          else if (m.type === 'done' && m.summary) {
            finished = true
            const { cancelled, ...summary } = m.summary
            opts.emit({ type: 'import:done', payload: { jobId, summary, cancelled } })
          } else if (m.type === 'failed') {
            finished = true
            opts.emit({ type: 'import:failed', payload: { jobId, message: m.message ?? 'the import failed' } })
          }
        })
        worker.on('error', (e) => {
          finished = true
          opts.emit({ type: 'import:failed', payload: { jobId, message: e.message } })
        })
        worker.on('exit', (code) => {
          running.delete(jobId)
          if (!finished) opts.emit({ type: 'import:failed', payload: { jobId, message: `the import stopped (exit code ${code})` } })
          resolve()
        })
      })
      running.set(jobId, { flag: new Int32Array(shared), worker, done })
      return { jobId, total: sources.length }
    },

    /** Asks a job to stop after the file it is on; stories already imported stay, none is left half-written. */
    cancel(jobId: string): { cancelled: boolean } {
      const job = running.get(jobId)
      if (!job) return { cancelled: false }
      Atomics.store(job.flag, 0, 1)
      return { cancelled: true }
    },

    /** Resolves when the job has ended (for tests and shutdown). */
    wait: async (jobId: string) => running.get(jobId)?.done,

    async stopAll() {
      for (const job of running.values()) Atomics.store(job.flag, 0, 1)
      await Promise.all([...running.values()].map((j) => j.done))
    },
  }
}

export type ImportJobs = ReturnType<typeof createImportJobs>
