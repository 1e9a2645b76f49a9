import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { userInfo } from 'node:os'
import type { AppInfo } from '../../shared/dto'
import { AppError } from '../../shared/ipc/result'
import { createAnnotationRepo } from '../db/annotations'
import { openDatabase, type Db } from '../db/connection'
import { createEventLog } from '../db/events'
import { createSettingsRepo } from '../db/settings'
import { createStoryRepo } from '../db/stories'
import type { Handlers } from '../../shared/ipc/contract'
import { createAnnotationService } from './annotations'
import { createEventBus, type EventBus } from './eventBus'
import { createExportService, type ExportService } from './exports'
import { expandInputs } from './files'
import { createFlushAcks, type FlushAcks } from './flushAcks'
import { createImportJobs } from './importJobs'
import type { AppEvent } from '../../shared/ipc/events'
import { runImport, type ImportSource } from './importRun'
import { createLibrary, type Library } from './library'
import { createLibraryArea } from './libraryArea'
import { createReviewService } from './review'
import { createSettingsService } from './settings'

export interface ServiceOptions {
  dbPath: string
  dataDir: string
  mode: AppInfo['mode']
  version: string
  nativeBinding?: string
  /** The built import worker (out/main/importWorker.js); without it bulk imports run in-process */
  importWorkerPath?: string
}

export interface Services {
  db: Db
  library: Library
  handlers: Handlers
  info: AppInfo
  events: EventBus<AppEvent>
  /** Stored stories rendered for export (the desktop's save dialog writes them) */
  exports: ExportService
  /** Starts a bulk import of files and folders on disk (the desktop's File > Import) */
  importPaths: (paths: string[]) => { jobId: string; total: number }
  /** The window's answers to 'app:flush' (the desktop app waits for one before it closes the library) */
  flushAcks: FlushAcks
  close: () => void
}

/** The composition of the Node side: one connection, its repositories, the use cases. */
export function createServices(opts: ServiceOptions): Services {
  if (opts.dbPath !== ':memory:') mkdirSync(dirname(opts.dbPath), { recursive: true })
  const db: Db = openDatabase(opts.dbPath, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {})
  const settings = createSettingsService({ repo: createSettingsRepo(db) })
  const flushAcks = createFlushAcks()
  const account = safeUserName()
  // Who the editor's records and the audit trail name: the checker's name from Settings, read at each write,
  // else the account. Passed as a getter, so that services reading deps.actor follow a change of the setting.
  const who = { get actor() { return settings.checkerName() ?? account } }
  const stories = createStoryRepo(db)
  const events = createEventLog(db)
  const area = createLibraryArea({ db, stories, events, get actor() { return who.actor }, dbPath: opts.dbPath, dataDir: opts.dataDir, ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}) })
  const library = createLibrary({ db, stories, events, get actor() { return who.actor }, onVersion: area.onVersion, analyzeOptions: settings.analyzeOptions })
  const annotations = createAnnotationService({ db, stories, annotations: createAnnotationRepo(db), events, get actor() { return who.actor }, analyzeOptions: settings.analyzeOptions })
  const review = createReviewService({ db, stories, events, get actor() { return who.actor }, openFindings: (id) => annotations.openBySeverity(id) })
  const exports = createExportService({
    getStory: (id) => library.get(id),
    listAnnotations: (id) => annotations.list(id),
    checkerName: settings.checkerName,
    analyzeOptions: settings.analyzeOptions,
    lastStateChange: (id) => events.latest(id, 'review.state'),
  })
  const bus = createEventBus<AppEvent>()
  const jobs = opts.importWorkerPath
    ? createImportJobs({
        workerPath: opts.importWorkerPath,
        dbPath: opts.dbPath,
        dataDir: opts.dataDir,
        version: opts.version,
        emit: bus.emit,
        ...(opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {}),
      })
    : null
  const startImport = (sources: ImportSource[]) => {
    if (jobs) return jobs.start(sources)
    // No worker (CLI, tests): run here, reporting through the same events.
    const jobId = `inline-${Date.now()}`
    const { cancelled, ...summary } = runImport(library, sources, {
      onProgress: (p) => bus.emit({ type: 'import:progress', payload: { jobId, ...p } }),
    })
    bus.emit({ type: 'import:done', payload: { jobId, summary, cancelled } })
    return { jobId, total: sources.length }
  }
  const info: AppInfo = {
    name: 'Wiremark',
    version: opts.version,
    mode: opts.mode,
    dataDir: opts.dataDir,
    dbPath: opts.dbPath,
    platform: process.platform,
  }
  const handlers: Handlers = {
    'app:info': () => info,
    'app:flushed': ({ id, saved }) => ({ received: flushAcks.ack(id, saved) }),
    // Only the desktop app updates itself (main/index.ts answers these there); browser mode runs from a checkout.
    'app:updates': () => ({ switchable: false, on: false, note: NO_UPDATER }),
    'app:setUpdates': () => {
      throw new AppError('unavailable', NO_UPDATER)
    },
    'stories:list': ({ limit, offset }) => library.list(limit, offset),
    'stories:import': (file) => library.importFile(file.name, bytesOf(file)),
    'imports:start': ({ files }) => {
      const sources: ImportSource[] = files.map((f) => ({ name: f.name, bytes: bytesOf(f) }))
      return startImport(sources)
    },
    'imports:cancel': ({ jobId }) => (jobs ? jobs.cancel(jobId) : { cancelled: false }),
    'stories:get': ({ id }) => library.get(id),
    'annotations:list': ({ storyId }) => annotations.list(storyId),
    'annotations:save': ({ annotation }) => annotations.save(annotation),
    'annotations:delete': ({ id }) => annotations.delete(id),
    'annotations:saveDocument': (input) => annotations.saveDocument(input),
    'annotations:dismissFinding': ({ storyId, key, reason }) => annotations.dismissFinding(storyId, key, reason),
    'annotations:restoreFinding': ({ storyId, key }) => annotations.restoreFinding(storyId, key),
    'annotations:import': ({ storyId, name, text }) => annotations.importFile(storyId, name, text),
    'exports:render': ({ storyId, format, checkedBy, houseStyle, disabledRules }) =>
      exports.render(storyId, format, checkedBy, houseStyle || disabledRules ? { ...houseStyle, ...(disabledRules ? { disabledRules } : {}) } : undefined),
    'exports:save': () => {
      throw new AppError('unavailable', 'Saving through a dialog needs the desktop app; download the export instead.')
    },
    'review:setState': ({ storyId, state, confirmOpen }) => review.setState(storyId, state, confirmOpen === true),
    'settings:get': () => settings.get(),
    'settings:set': (change) => {
      const before = JSON.stringify(settings.analyzeOptions())
      const after = settings.set(change)
      // Another house style changes every story's open findings: the library's counts follow in the background.
      if (JSON.stringify(settings.analyzeOptions()) !== before) {
        void annotations.recountAll().then((n) => {
          if (n !== null) bus.emit({ type: 'findings:recounted', payload: { stories: n } })
        })
      }
      return after
    },
    ...area.handlers,
  }
  return {
    db,
    library,
    handlers,
    info,
    events: bus,
    exports,
    importPaths: (paths) => startImport(expandInputs(paths).map((p) => ({ name: p, path: p }))),
    flushAcks,
    close: () => {
      void jobs?.stopAll()
      db.close()
    },
  }
}

const NO_UPDATER = 'Automatic updates are not available in browser mode: the desktop app updates itself, this copy is updated by whoever installed it.'

const bytesOf = (f: { base64?: string | undefined; text?: string | undefined }) =>
  f.text !== undefined ? new TextEncoder().encode(f.text) : new Uint8Array(Buffer.from(f.base64 ?? '', 'base64'))


function safeUserName(): string {
  try {
    return userInfo().username || 'editor'
  } catch {
    // Some sandboxes have no passwd entry for the uid; the audit trail still needs a name.
    return 'editor'
  }
}
