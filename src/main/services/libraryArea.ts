import type { Db } from '../db/connection'
import { createAnnotationRepo } from '../db/annotations'
import type { EventLog } from '../db/events'
import { createQuoteRepo } from '../db/people'
import { createLibraryQueries } from '../db/search'
import type { StoryRepo } from '../db/stories'
import type { Handlers } from '../../shared/ipc/contract'
import type { LIBRARY_CHANNELS } from '../../shared/ipc/areas/library'
import { createBackupService } from './backup'
import type { StoredVersion } from './library'
import { createPeopleService } from './people'
import { createSearchService } from './search'
import { createVersionService } from './versions'

export interface LibraryAreaDeps {
  db: Db
  stories: StoryRepo
  events: EventLog
  actor: string
  dbPath: string
  dataDir: string
  nativeBinding?: string
}

/**
 * The library at scale: search, the filtered list, people across stories, versions, backup and restore.
 * `onVersion` goes to createLibrary so that every new version is indexed and its annotations carried over.
 */
export function createLibraryArea(deps: LibraryAreaDeps) {
  const { db } = deps
  const search = createSearchService(createLibraryQueries(db))
  const people = createPeopleService({ db, quotes: createQuoteRepo(db), stories: deps.stories, events: deps.events, actor: deps.actor })
  const versions = createVersionService({ db, annotations: createAnnotationRepo(db), events: deps.events, actor: deps.actor })
  const backup = createBackupService({
    db,
    dbPath: deps.dbPath,
    dataDir: deps.dataDir,
    ...(deps.nativeBinding ? { nativeBinding: deps.nativeBinding } : {}),
  })
  const handlers: Pick<Handlers, (typeof LIBRARY_CHANNELS)[number]> = {
    'library:search': ({ query, limit, offset }) => search.search(query, limit, offset),
    'stories:query': (q) => search.query(q),
    'library:sources': ({ limit }) => deps.stories.sources(limit ?? 200),
    'library:people': ({ limit }) => people.people(limit),
    'library:mergePeople': ({ from, into }) => people.merge(from, into),
    'library:unmergePerson': ({ key }) => people.unmerge(key),
    'library:person': ({ key }) => people.person(key),
    'library:crossFindings': ({ limit }) => people.crossFindings(limit),
    'stories:versions': ({ storyId }) => versions.versions(storyId),
    'stories:diff': ({ storyId, fromVersionId, toVersionId }) => versions.diff(storyId, fromVersionId, toVersionId),
    'library:backup': ({ file }) => backup.backup(file),
    'library:restore': ({ file }) => backup.restore(file),
  }
  return {
    search,
    people,
    versions,
    backup,
    handlers,
    /**
     * Inside the import's transaction: a new story's suggestions stored, or a new version's annotations carried
     * over; the quote index moved to the new version.
     */
    onVersion(v: StoredVersion) {
      if (v.previousVersionId) versions.carryOver(v)
      else versions.storeSuggestions(v)
      people.indexVersion(v)
    },
  }
}

export type LibraryArea = ReturnType<typeof createLibraryArea>
