import type { ImportItemResult, ImportSummary } from '../../../shared/dto'
import { importTotals, importWarnings, mergeSummaries, summarise } from '../../../shared/importSummary'
import type { Events } from '../../../shared/ipc/events'
import { call, onEvent, type AppEvent } from '../../lib/api'
import { createThrottle } from '../../lib/clock'
import { useStore } from '../../store'
import { collectDroppedFiles, droppedItems, hasFolder, type DroppedItem } from './droppedFiles'

/** More files than this go through a background job with a progress bar instead of one request each. */
export const BULK_FROM = 4
/** Raw bytes per imports:start request: base64 and JSON make it a third larger, still well under the host's 100 MB. */
const BATCH_BYTES = 24 * 1024 * 1024
const BATCH_FILES = 500
/** The largest single file that fits in one request once encoded */
const MAX_FILE_BYTES = 70 * 1024 * 1024
/** The library is re-read at most this often while a job runs */
const LIBRARY_REFRESH_MS = 1500

/** Bytes as base64 without building one huge string of char codes at once. */
function toBase64(bytes: Uint8Array): string {
  let s = ''
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000))
  return btoa(s)
}

/** "file: problem", where the import's message does not name the file first already. */
const named = (file: string, message: string) => (message.startsWith(`${file}:`) ? message : `${file}: ${message}`)

/** At most this many import warnings get a message each after a few files; more are counted in one. */
const WARNINGS_SHOWN = 3

/** Reports what an import did (refusals, warnings, several stories in a file), refreshes the library and opens the first story it touched. */
async function afterImport(results: ImportSummary[]) {
  const store = useStore.getState()
  const summary = mergeSummaries(results)
  const items = summary.items
  for (const f of items.filter((i) => i.outcome === 'failed')) store.notify('error', named(f.file, f.error?.message ?? 'could not be imported'), 'import')
  const warnings = importWarnings(summary)
  // Warnings have something to read: they stay until their × or the next import, as refusals do.
  for (const w of warnings.slice(0, WARNINGS_SHOWN)) store.notify('warning', w, 'import')
  if (warnings.length > WARNINGS_SHOWN) store.notify('warning', `${warnings.length - WARNINGS_SHOWN} more import warnings.`, 'import')
  await store.loadLibrary()
  const first = items.find((i) => i.storyId)
  if (first?.storyId) await store.openStory(first.storyId)
  const dup = items.filter((i) => i.outcome === 'duplicate').length
  // A file of several stories (or of none) says so: the story opened is not all the import brought.
  // (the line stays too when the import refused or warned: it counts what did not go in)
  const somethingToRead = summary.failed > 0 || summary.withoutStory.length > 0 || warnings.length > 0
  if (summary.stories > summary.files - summary.failed || summary.withoutStory.length > 0) store.notify(somethingToRead ? 'warning' : 'info', importTotals(summary), 'import')
  else if (dup > 0) store.notify('info', dup === 1 ? 'That story is already in the library; opened it.' : `${dup} stories were already in the library.`, 'import')
}

export async function importText(text: string, name = 'Pasted text.txt') {
  if (text.trim() === '') return
  useStore.getState().clearImportNotices()
  useStore.getState().setImporting(true)
  try {
    const r = await call('stories:import', { name, text })
    if (!r.ok) useStore.getState().notify('error', `Import failed: ${r.error.message}`, 'import')
    else await afterImport([r.value])
  } finally {
    useStore.getState().setImporting(false)
  }
}

/** A few files: one request each, and the first story opens. Many: a background job with progress (see bulkImport). */
export async function importFiles(files: readonly File[]) {
  if (files.length === 0) return
  useStore.getState().clearImportNotices()
  return importFileList(files)
}

/** importFiles without clearing the notices: a drop's own messages about unreadable files stay. */
async function importFileList(files: readonly File[]) {
  if (files.length >= BULK_FROM) return bulkImport(files)
  useStore.getState().setImporting(true)
  try {
    const results: ImportSummary[] = []
    for (const f of files) {
      const r = await call('stories:import', { name: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) })
      if (r.ok) results.push(r.value)
      else useStore.getState().notify('error', named(f.name, r.error.message), 'import')
    }
    await afterImport(results)
  } finally {
    useStore.getState().setImporting(false)
  }
}

/** At most this many unreadable files or folders of a drop get a message each; more are counted in one. */
const UNREADABLE_SHOWN = 3

/**
 * Files and folders dropped on the window: folders are walked for their files (droppedFiles.ts), then everything
 * goes through importFiles (a few: one request each; many: the background job with its progress bar).
 */
export async function importDropped(items: readonly DroppedItem[]) {
  const store = useStore.getState()
  const folder = hasFolder(items)
  store.clearImportNotices()
  store.setImporting(true)
  let found: Awaited<ReturnType<typeof collectDroppedFiles>>
  try {
    found = await collectDroppedFiles(items)
  } finally {
    useStore.getState().setImporting(false)
  }
  for (const f of found.failed.slice(0, UNREADABLE_SHOWN)) store.notify('error', `${f.path}: ${f.message}`, 'import')
  if (found.failed.length > UNREADABLE_SHOWN) store.notify('error', `${found.failed.length - UNREADABLE_SHOWN} more files or folders in the drop could not be read.`, 'import')
  if (found.files.length === 0) {
    if (folder && found.failed.length === 0) store.notify('info', 'The dropped folder holds no files to import (hidden files are skipped).', 'import')
    return
  }
  await importFileList(found.files)
}

// ---- bulk imports: jobs on the Node side, followed through events ----

type JobEnd = { type: 'done'; payload: Events['import:done'] } | { type: 'failed'; message: string }

/** Jobs this window waits for, and ends that arrived before their start answered (a fast job can finish first). */
const waiters = new Map<string, (end: JobEnd) => void>()
const early = new Map<string, JobEnd>()
/** The job the progress bar follows now, and how many files earlier batches covered */
let current: { jobId: string; offset: number } | null = null
let cancelRequested = false
/** True while this window's own bulk import runs: progress of unknown jobs then is not another job's */
let ownRun = false
/** Re-reads the library at most every LIBRARY_REFRESH_MS while stories arrive. */
const libraryRefresh = createThrottle(() => void useStore.getState().loadLibrary(), LIBRARY_REFRESH_MS)


const failedItem = (file: string, message: string): ImportItemResult => ({
  file,
  outcome: 'failed',
  storyId: null,
  headline: null,
  error: { code: 'too_large', message },
  warnings: [],
})

/** Groups files so that each request stays well under the host's body limit. */
function batches(files: readonly File[]): File[][] {
  const out: File[][] = []
  let batch: File[] = []
  let size = 0
  for (const f of files) {
    if (batch.length > 0 && (size + f.size > BATCH_BYTES || batch.length >= BATCH_FILES)) {
      out.push(batch)
      batch = []
      size = 0
    }
    batch.push(f)
    size += f.size
  }
  if (batch.length > 0) out.push(batch)
  return out
}

const waitForEnd = (jobId: string) =>
  new Promise<JobEnd>((resolve) => {
    const seen = early.get(jobId)
    if (seen) {
      early.delete(jobId)
      resolve(seen)
    } else waiters.set(jobId, resolve)
  })

/**
 * Many files: sent in batches to `imports:start`, one background job at a time; the progress bar counts over
 * every batch, Cancel stops the running job and the batches not yet sent, and a summary lists what happened.
 */
export async function bulkImport(files: readonly File[]) {
  const store = useStore.getState()
  if (store.importRun?.phase === 'running') return store.notify('info', 'An import is already running; wait for it or cancel it.')
  cancelRequested = false
  ownRun = true
  const total = files.length
  const tooLarge = files.filter((f) => f.size > MAX_FILE_BYTES)
  const parts = tooLarge.map((f) => summarise([failedItem(f.name, `${Math.round(f.size / 1048576)} MB is too large to import from the window`)], [], 1))
  store.setImporting(true)
  store.setImportRun({ phase: 'running', done: tooLarge.length, total, file: null, summary: null, cancelled: false, cancelling: false, message: null })
  let offset = tooLarge.length
  let failure: string | null = null
  try {
    for (const batch of batches(files.filter((f) => f.size <= MAX_FILE_BYTES))) {
      if (cancelRequested) break
      const encoded = await Promise.all(batch.map(async (f) => ({ name: f.name, base64: toBase64(new Uint8Array(await f.arrayBuffer())) })))
      const r = await call('imports:start', { files: encoded })
      if (!r.ok) {
        failure = r.error.message
        break
      }
      current = { jobId: r.value.jobId, offset }
      if (cancelRequested) void call('imports:cancel', { jobId: r.value.jobId })
      const end = await waitForEnd(r.value.jobId)
      current = null
      if (end.type === 'failed') {
        failure = end.message
        break
      }
      parts.push(end.payload.summary)
      offset += batch.length
      if (end.payload.cancelled) cancelRequested = true
    }
  } catch (e) {
    failure = e instanceof Error ? e.message : String(e)
  } finally {
    current = null
    ownRun = false
  }
  store.setImporting(false)
  store.setImportRun({
    phase: failure ? 'failed' : 'done',
    done: offset,
    total,
    file: null,
    summary: mergeSummaries(parts),
    cancelled: cancelRequested,
    cancelling: false,
    message: failure,
  })
  await store.loadLibrary()
}

/** Cancels the running bulk import: the job stops after the file it is on, later batches are not sent. */
export function cancelImport() {
  const run = useStore.getState().importRun
  if (!run || run.phase !== 'running') return
  cancelRequested = true
  useStore.getState().updateImportRun({ cancelling: true })
  const jobId = current?.jobId ?? externalJob
  if (jobId) void call('imports:cancel', { jobId })
}

export const closeImportSummary = () => useStore.getState().setImportRun(null)

/** A job this window did not start (File > Import… in the desktop app): followed the same way. */
let externalJob: string | null = null

function onImportEvent(e: AppEvent) {
  if (e.type === 'import:progress') {
    const p = e.payload
    const run = useStore.getState().importRun
    if (current?.jobId === p.jobId && run) {
      useStore.getState().updateImportRun({ done: current.offset + p.done, file: p.file })
    } else if (!ownRun && !waiters.has(p.jobId) && (!run || run.phase !== 'running' || externalJob === p.jobId)) {
      if (externalJob !== p.jobId) useStore.getState().clearImportNotices()
      externalJob = p.jobId
      useStore.getState().setImportRun({ phase: 'running', done: p.done, total: p.total, file: p.file, summary: null, cancelled: false, cancelling: run?.cancelling ?? false, message: null })
    }
    libraryRefresh.soon()
    return
  }
  if (e.type !== 'import:done' && e.type !== 'import:failed') return
  const jobId = e.payload.jobId
  const end: JobEnd = e.type === 'import:done' ? { type: 'done', payload: e.payload } : { type: 'failed', message: e.payload.message }
  const waiter = waiters.get(jobId)
  if (waiter) {
    waiters.delete(jobId)
    waiter(end)
    return
  }
  if (externalJob === jobId) {
    externalJob = null
    const run = useStore.getState().importRun
    useStore.getState().setImportRun({
      phase: end.type === 'done' ? 'done' : 'failed',
      done: end.type === 'done' ? end.payload.summary.files : (run?.done ?? 0),
      total: run?.total ?? 0,
      file: null,
      summary: end.type === 'done' ? end.payload.summary : null,
      cancelled: end.type === 'done' && end.payload.cancelled,
      cancelling: false,
      message: end.type === 'failed' ? end.message : null,
    })
    void useStore.getState().loadLibrary()
    return
  }
  // Not followed (yet): our own start has not answered, or a short job that sent no progress.
  early.set(jobId, end)
  if (early.size > 50) early.delete(early.keys().next().value as string)
  void useStore.getState().loadLibrary()
}

/**
 * Paste outside the story text imports it as a new story; files and folders dropped anywhere are imported (a
 * folder: every file in it, see droppedFiles.ts); import events drive the progress bar. Returns the cleanup.
 */
export function installImportListeners(): () => void {
  const onPaste = (e: ClipboardEvent) => {
    const target = e.target instanceof Element ? e.target : null
    if (target?.closest('[contenteditable="true"], input, textarea, select')) return
    // On the story text in review mode (read-only) a paste is neither an edit nor a new story.
    if (target?.closest('[data-testid="editor"]')) {
      e.preventDefault()
      useStore.getState().notify('info', 'The text is read-only in review mode: press F2 to edit it.')
      return
    }
    const files = [...(e.clipboardData?.files ?? [])]
    const text = e.clipboardData?.getData('text/plain') ?? ''
    if (files.length === 0 && text.trim() === '') return
    e.preventDefault()
    void (files.length > 0 ? importFiles(files) : importText(text))
  }
  const onDragOver = (e: DragEvent) => {
    if (e.dataTransfer?.types.includes('Files')) {
      e.preventDefault()
      e.dataTransfer.dropEffect = 'copy'
    }
  }
  const onDrop = (e: DragEvent) => {
    // The drop's items must be taken now: the browser empties them once this handler returns.
    const items = e.dataTransfer ? droppedItems(e.dataTransfer) : []
    if (items.length === 0) return
    e.preventDefault()
    void importDropped(items)
  }
  document.addEventListener('paste', onPaste)
  document.addEventListener('dragover', onDragOver)
  document.addEventListener('drop', onDrop)
  const stopEvents = onEvent(onImportEvent)
  return () => {
    stopEvents()
    libraryRefresh.cancel()
    document.removeEventListener('paste', onPaste)
    document.removeEventListener('dragover', onDragOver)
    document.removeEventListener('drop', onDrop)
  }
}
