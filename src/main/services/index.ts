import { mkdirSync } from 'node:fs'
import { dirname } from 'node:path'
import { userInfo } from 'node:os'
import type { AppInfo } from '../../shared/dto'
import { createAnnotationRepo } from '../db/annotations'
import { openDatabase, type Db } from '../db/connection'
import { createEventLog } from '../db/events'
import { createStoryRepo } from '../db/stories'
import type { Handlers } from '../ipc/dispatch'
import { createAnnotationService } from './annotations'
import { createLibrary } from './library'

export interface ServiceOptions {
  dbPath: string
  dataDir: string
  mode: AppInfo['mode']
  version: string
  nativeBinding?: string
}

/** The composition of the Node side: one connection, its repositories, the use cases. */
export function createServices(opts: ServiceOptions) {
  if (opts.dbPath !== ':memory:') mkdirSync(dirname(opts.dbPath), { recursive: true })
  const db: Db = openDatabase(opts.dbPath, opts.nativeBinding ? { nativeBinding: opts.nativeBinding } : {})
  const actor = safeUserName()
  const stories = createStoryRepo(db)
  const events = createEventLog(db)
  const library = createLibrary({ db, stories, events, actor })
  const annotations = createAnnotationService({ db, stories, annotations: createAnnotationRepo(db), events, actor })
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
    'stories:list': ({ limit, offset }) => library.list(limit, offset),
    'stories:import': ({ name, base64, text }) => {
      const bytes = text !== undefined ? new TextEncoder().encode(text) : new Uint8Array(Buffer.from(base64 ?? '', 'base64'))
      return library.importFile(name, bytes)
    },
    'stories:get': ({ id }) => library.get(id),
    'annotations:list': ({ storyId }) => annotations.list(storyId),
    'annotations:save': ({ annotation }) => annotations.save(annotation),
    'annotations:delete': ({ id }) => annotations.delete(id),
    'annotations:saveDocument': (input) => annotations.saveDocument(input),
    'annotations:dismissFinding': ({ storyId, key, reason }) => annotations.dismissFinding(storyId, key, reason),
    'annotations:restoreFinding': ({ storyId, key }) => annotations.restoreFinding(storyId, key),
  }
  return { db, library, handlers, info, close: () => db.close() }
}

export type Services = ReturnType<typeof createServices>

function safeUserName(): string {
  try {
    return userInfo().username || 'editor'
  } catch {
    // Some sandboxes have no passwd entry for the uid; the audit trail still needs a name.
    return 'editor'
  }
}
