import { analyzeCached } from './analysisCache'
import { createHash, randomUUID } from 'node:crypto'
import type { AnalyzeOptions } from '../../core/analysis/houseStyle'
import type { Analysis } from '../../core/analysis/types'
import type { Article } from '../../core/article/types'
import { ImportError } from '../../core/import/errors'
import { importBytes } from '../../core/import/index'
import type { ImportItemResult, ImportSummary, StoryDetail, StorySummary } from '../../shared/dto'
import { summarise } from '../../shared/importSummary'
import { AppError } from '../../shared/ipc/result'
import type { Db } from '../db/connection'
import type { EventLog } from '../db/events'
import type { StoryRepo } from '../db/stories'

const sha256 = (s: string) => createHash('sha256').update(s).digest('hex')

/** The text that decides "same story": case, spacing and quote-mark style do not count. */
export function normalisedTextHash(article: Article): string {
  const t = `${article.headline ?? ''}\n${article.paragraphs.join('\n')}`
    .toLowerCase()
    .replace(/[\u201c\u201d\u201e\u00ab\u00bb"\u2018\u2019']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  return sha256(t)
}

export interface LibraryDeps {
  db: Db
  stories: StoryRepo
  events: EventLog
  actor: string
  now?: () => string
  /** Called inside the story's transaction after each new version: quote index, annotations carried over */
  onVersion?: (v: StoredVersion) => void
  /** The house style and the checks switched off, as Settings hold them now (the default checks without it) */
  analyzeOptions?: () => AnalyzeOptions
}

export interface StoredVersion {
  storyId: string
  versionId: string
  /** The version this one follows, or null for a new story */
  previousVersionId: string | null
  article: Article
  analysis: Analysis
}

/** Use cases over the library: import, list, open. One transaction per story. */
export function createLibrary(deps: LibraryDeps) {
  const { db, stories, events } = deps
  const now = deps.now ?? (() => new Date().toISOString())
  const options = deps.analyzeOptions ?? (() => ({}))

  /** Stores one parsed article: a new story, a new version of a known one, or nothing (duplicate). */
  const storeArticle = db.transaction(
    (article: Article, fileName: string | null, original: Uint8Array | null): Pick<ImportItemResult, 'outcome' | 'storyId'> => {
      const textHash = normalisedTextHash(article)
      const contentHash = sha256(JSON.stringify([article.text, article.version, article.notes]))
      const existing = article.agencyId ? stories.findByAgencyId(article.agencyId) : stories.findByTextHash(textHash)
      const at = now()
      const analysis = analyzeCached(article, options())
      const findings = analysis.findings.length
      if (existing) {
        // Without an agency id the normalised text is the identity: the same text is the same item.
        if (!article.agencyId || stories.hasVersionWithHash(existing, contentHash)) return { outcome: 'duplicate', storyId: existing }
        const number = stories.nextVersionNumber(existing)
        const id = randomUUID()
        const previousVersionId = stories.latestVersion(existing)?.id ?? null
        stories.addVersion(
          { id, storyId: existing, number, agencyVersion: article.version, contentHash, fileName, original, article, importedAt: at },
          findings,
        )
        events.append({ actor: deps.actor, action: 'story.version', storyId: existing, subjectId: id, detail: { number, fileName } })
        deps.onVersion?.({ storyId: existing, versionId: id, previousVersionId, article, analysis })
        return { outcome: 'updated', storyId: existing }
      }
      const storyId = randomUUID()
      stories.insertStory({ id: storyId, agencyId: article.agencyId, textHash, format: article.format, importedAt: at })
      const versionId = randomUUID()
      stories.addVersion(
        { id: versionId, storyId, number: 1, agencyVersion: article.version, contentHash, fileName, original, article, importedAt: at },
        findings,
      )
      events.append({ actor: deps.actor, action: 'story.import', storyId, subjectId: versionId, detail: { fileName } })
      deps.onVersion?.({ storyId, versionId, previousVersionId: null, article, analysis })
      return { outcome: 'imported', storyId }
    },
  )

  return {
    /** Imports every story in one file. A file that cannot be read is reported, never thrown. */
    importFile(name: string, bytes: Uint8Array): ImportSummary {
      const items: ImportItemResult[] = []
      const withoutStory: ImportSummary['withoutStory'] = []
      try {
        const { articles, warnings } = importBytes(bytes, name)
        if (articles.length === 0) withoutStory.push({ file: name, warnings })
        const original = articles.length === 1 ? bytes : null
        for (const article of articles) {
          let r: ReturnType<typeof storeArticle>
          try {
            // IMMEDIATE takes the write lock first, so busy_timeout applies: a deferred transaction that has read
            // cannot wait for another process's write (SQLite returns SQLITE_BUSY at once to avoid a deadlock).
            r = storeArticle.immediate(article, name, original)
          } catch (e) {
            throw storageError(db, e)
          }
          items.push({ file: name, outcome: r.outcome, storyId: r.storyId, headline: article.headline, error: null, warnings })
        }
      } catch (e) {
        if (!(e instanceof ImportError)) throw e
        items.push({
          file: name,
          outcome: 'failed',
          storyId: null,
          headline: null,
          error: { code: e.code, message: e.message },
          warnings: [],
        })
      }
      return summarise(items, withoutStory, 1)
    },

    list: (limit = 200, offset = 0): StorySummary[] => stories.list(Math.min(Math.max(limit, 1), 1000), Math.max(offset, 0)),

    get(id: string): StoryDetail {
      const story = stories.get(id)
      const version = story ? stories.latestVersion(id) : null
      if (!story || !version) throw new AppError('not_found', `No story with id ${id} in this library.`)
      return { story, version, annotations: [], analysis: analyzeCached(version.article, options()), dismissed: [] }
    },
  }
}

/** A write the disk refused (full, read-only, failing) as an AppError naming the library file; anything else unchanged. */
export function storageError(db: Db, e: unknown): unknown {
  const code = (e as { code?: unknown } | null)?.code
  if (typeof code !== 'string') return e
  const file = db.name
  if (code === 'SQLITE_FULL') {
    return new AppError('unavailable', `The library ${file} could not be written: the disk is full. The story was not imported; free some space and try again.`)
  }
  if (code.startsWith('SQLITE_READONLY') || code === 'SQLITE_CANTOPEN' || code === 'SQLITE_PERM') {
    return new AppError('unavailable', `The library ${file} is read-only (${code}). The story was not imported; check the data folder's permissions.`)
  }
  if (code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED') {
    return new AppError('unavailable', `The library ${file} is busy: another Wiremark process kept it locked. The story was not imported; try again.`)
  }
  if (code.startsWith('SQLITE_IOERR')) {
    return new AppError('unavailable', `The library ${file} could not be written (${code}): the disk failed. The story was not imported.`)
  }
  return e
}

export type Library = ReturnType<typeof createLibrary>
