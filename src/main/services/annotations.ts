import { analyzeCached } from './analysisCache'
import { randomUUID } from 'node:crypto'
import type { AnalyzeOptions } from '../../core/analysis/houseStyle'
import { articleWithBlocks, effectiveAnnotations, reviewFindings, severityCounts, suggestionsFromAnalysis } from '../../core/annotation/review'
import type { Annotation } from '../../core/annotation/types'
import type { Article } from '../../core/article/types'
import type { DismissedFinding } from '../../shared/dto'
import type { AnnotationsContract } from '../../shared/ipc/areas/annotations'
import type { AnnotationImportResult, AnnotationInput, StoryAnnotations } from '../../shared/dto/annotations'
import { AppError } from '../../shared/ipc/result'
import type { AnnotationRepo } from '../db/annotations'
import type { Db } from '../db/connection'
import type { EventLog } from '../db/events'
import type { StoryRepo } from '../db/stories'
import { planAnnotationImport, readAnnotationFile } from './annotationImport'
import { log } from '../log'

export interface AnnotationDeps {
  db: Db
  stories: StoryRepo
  annotations: AnnotationRepo
  events: EventLog
  actor: string
  now?: () => string
  /** The house style and the checks switched off, as Settings hold them now (the default checks without it) */
  analyzeOptions?: () => AnalyzeOptions
}

type SaveDocumentInput = Parameters<AnnotationsContract['annotations:saveDocument']>[0]

/**
 * The desk's use cases: suggestions stored once per version, the editor's records beside them (a suggestion is
 * never changed by a decision), the edited text with every anchor, dismissed findings, the open-findings count.
 */
export function createAnnotationService(deps: AnnotationDeps) {
  const { db, stories, annotations: repo, events } = deps
  const now = deps.now ?? (() => new Date().toISOString())
  const options = deps.analyzeOptions ?? (() => ({}))
  /** The recount in progress after a change of house style; a newer one supersedes it */
  let recountRun = 0

  const latest = (storyId: string) => {
    const version = stories.latestVersion(storyId)
    if (!version) throw new AppError('not_found', `No story with id ${storyId} in this library.`)
    return version
  }

  const openOf = (storyId: string, versionId: string, article: Article) => {
    const records = repo.listForVersion(storyId, versionId)
    const dismissed = new Set(repo.dismissed(storyId).map((d) => d.key))
    return reviewFindings(article.text, analyzeCached(article, options()).findings, effectiveAnnotations(records).values(), dismissed)
  }
  const countOpen = (storyId: string, versionId: string, article: Article): number => openOf(storyId, versionId, article).length

  const recount = (storyId: string) => {
    const v = latest(storyId)
    repo.setOpenFindings(storyId, countOpen(storyId, v.id, v.article))
  }

  const recountOne = db.transaction((storyId: string) => recount(storyId))

  // Every write transaction here is run IMMEDIATE (as the library's are): it takes the write lock before it reads,
  // so while another process writes it waits (busy_timeout) instead of failing when its read snapshot goes stale.
  const ensureSuggestions = db.transaction((storyId: string, versionId: string, article: Article) => {
    if (repo.hasSuggestions(versionId)) return
    const at = now()
    repo.insertMany(suggestionsFromAnalysis(article, analyzeCached(article, options()), { storyId, versionId, now: at, newId: randomUUID }))
  })

  const saveDocument = db.transaction((input: SaveDocumentInput) => {
    const v = latest(input.storyId)
    if (v.id !== input.versionId) {
      throw new AppError('conflict', 'A newer version of this story arrived; reopen it before saving your edits.')
    }
    const article = articleWithBlocks(v.article, input.blocks)
    for (const a of input.anchors) {
      if (a.end > article.text.length || a.start > a.end) {
        throw new AppError('invalid_input', `Annotation ${a.id} does not fit in the edited text.`)
      }
    }
    repo.moveAnchors(input.storyId, input.anchors)
    const at = now()
    // Anchors moved first, so the count sees the editor's rules over the new positions.
    repo.writeVersion(input.storyId, v.id, article, at)
    // A save during typing skips the count (an analysis of the whole story, on the app's main thread): the save
    // after the typing pauses brings it.
    if (input.countFindings === false) return { savedAt: at, openFindings: null }
    const openFindings = countOpen(input.storyId, v.id, article)
    repo.setOpenFindings(input.storyId, openFindings)
    return { savedAt: at, openFindings }
  })

  return {
    /**
     * Recounts every story's open findings, as the library lists them, after the house style or the checks switched
     * off changed: one story a macrotask (an analysis each), so that the app's requests go on between them. Resolves
     * with how many stories it counted, or null when a newer recount superseded it or the library closed.
     */
    recountAll(): Promise<number | null> {
      const run = ++recountRun
      const ids = stories.ids()
      let i = 0
      return new Promise((resolve) => {
        const step = () => {
          if (run !== recountRun || !db.open) return resolve(null)
          const id = ids[i]
          if (id === undefined) return resolve(i)
          try {
            // A story gone meanwhile (a restore replaced the library) has nothing left to count.
            if (stories.latestVersion(id)) recountOne.immediate(id)
          } catch (e) {
            if (!db.open) return resolve(null)
            log.error(`Wiremark: the open findings of story ${id} could not be recounted`, e)
          }
          i++
          setImmediate(step)
        }
        setImmediate(step)
      })
    },
    /** The story's open findings (the analysis's and the editor's rules, less the dismissed) by severity. */
    openBySeverity(storyId: string) {
      const v = latest(storyId)
      return severityCounts(openOf(storyId, v.id, v.article))
    },
    list(storyId: string): StoryAnnotations {
      const v = latest(storyId)
      ensureSuggestions.immediate(storyId, v.id, v.article)
      return { versionId: v.id, annotations: repo.listForVersion(storyId, v.id), dismissed: repo.dismissed(storyId) }
    },

    save(input: AnnotationInput): Annotation {
      const v = latest(input.storyId)
      if (v.id !== input.versionId) throw new AppError('conflict', 'This annotation belongs to an older version of the story.')
      const existing = repo.get(input.id)
      if (existing && (existing.origin !== 'editor' || existing.storyId !== input.storyId)) {
        throw new AppError('conflict', 'A suggestion is never changed; save the decision as a record of its own.')
      }
      if (input.suggestionId) {
        const s = repo.get(input.suggestionId)
        if (!s || s.origin !== 'auto' || s.storyId !== input.storyId) {
          throw new AppError('not_found', `No suggestion ${input.suggestionId} in this story.`)
        }
      }
      const at = now()
      // A suggestion the desk's re-analysis found in text the editor typed is the analysis's, like those of the import.
      const record: Annotation = { ...input, author: input.origin === 'auto' ? 'wiremark' : deps.actor, createdAt: existing?.createdAt ?? at, updatedAt: at }
      // A note for the desk only stays one: no save from a window can make it exportable.
      if (existing?.nonPublic) record.nonPublic = true
      db.transaction(() => {
        repo.upsert(record)
        events.append({
          actor: deps.actor,
          action: existing ? 'annotation.update' : 'annotation.create',
          storyId: input.storyId,
          subjectId: input.id,
          detail: { kind: input.kind, decision: input.decision, status: input.status, speaker: input.speaker, suggestionId: input.suggestionId },
        })
        recount(input.storyId)
      }).immediate()
      return record
    },

    delete(id: string): { deleted: boolean } {
      const existing = repo.get(id)
      if (!existing) return { deleted: false }
      // A suggestion goes only with its words: once an edit of the text has orphaned it (the editor deleted them).
      if (existing.origin !== 'editor' && existing.anchor !== 'orphaned') {
        throw new AppError('conflict', 'A suggestion is never deleted while its words are in the text; reject it instead.')
      }
      db.transaction(() => {
        if (existing.origin === 'auto') repo.retireSuggestion(id)
        else repo.delete(id)
        events.append({ actor: deps.actor, action: 'annotation.delete', storyId: existing.storyId, subjectId: id, detail: { kind: existing.kind } })
        recount(existing.storyId)
      }).immediate()
      return { deleted: true }
    },

    saveDocument: (input: SaveDocumentInput) => saveDocument.immediate(input),

    /** A W3C or Hypothesis file's annotations onto the story's latest version; all of them or none (see annotationImport). */
    importFile(storyId: string, name: string, text: string): AnnotationImportResult {
      const v = latest(storyId)
      const read = readAnnotationFile(name, text, { text: v.article.text, storyId, versionId: v.id, now: now(), defaultAuthor: deps.actor })
      return db
        .transaction(() => {
          // The story's own suggestions first: a decision in the file goes onto them.
          ensureSuggestions(storyId, v.id, v.article)
          const plan = planAnnotationImport(name, read, repo.listForVersion(storyId, v.id), { storyId, versionId: v.id }, randomUUID)
          repo.insertMany(plan.add)
          const { file, source, total, exact, moved, changed, orphaned, added, skipped } = plan.result
          events.append({
            actor: deps.actor,
            action: 'annotations.import',
            storyId,
            subjectId: v.id,
            detail: { file, source, total, exact, moved, changed, orphaned, added, skipped },
          })
          recount(storyId)
          return plan.result
        })
        .immediate()
    },

    dismissFinding(storyId: string, key: string, reason: string): DismissedFinding {
      latest(storyId)
      const at = now()
      db.transaction(() => {
        repo.dismiss(storyId, key, reason, deps.actor, at)
        events.append({ actor: deps.actor, action: 'finding.dismiss', storyId, subjectId: null, detail: { key, reason } })
        recount(storyId)
      }).immediate()
      return { key, reason, by: deps.actor, at }
    },

    restoreFinding(storyId: string, key: string): { restored: boolean } {
      let restored = false
      db.transaction(() => {
        restored = repo.restore(storyId, key)
        if (restored) {
          events.append({ actor: deps.actor, action: 'finding.restore', storyId, subjectId: null, detail: { key } })
          recount(storyId)
        }
      }).immediate()
      return { restored }
    },
  }
}

export type AnnotationService = ReturnType<typeof createAnnotationService>
