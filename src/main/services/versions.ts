import { randomUUID } from 'node:crypto'
import { reanchorAll, type AnchorResult } from '../../core/anchor/reanchor'
import { diffWords } from '../../core/anchor/diff'
import { SAME_WORDS, spanOverlap } from '../../core/annotation/merge'
import { deskNoteRecords } from '../../core/annotation/deskNotes'
import { suggestionsFromAnalysis } from '../../core/annotation/review'
import type { Annotation, AnchorState } from '../../core/annotation/types'
import type { VersionDiff, VersionInfo } from '../../shared/dto/library'
import { AppError } from '../../shared/ipc/result'
import type { AnnotationRepo } from '../db/annotations'
import type { Db } from '../db/connection'
import type { EventLog } from '../db/events'
import type { StoredVersion } from './library'

export interface VersionDeps {
  db: Db
  annotations: AnnotationRepo
  events: EventLog
  actor: string
  now?: () => string
}

const WORD = /[\p{L}\p{N}]+/gu
const countWords = (s: string) => s.match(WORD)?.length ?? 0

/**
 * Carries a story's annotations onto the next version: the editor's records re-anchored (exact, moved, changed,
 * orphaned; orphans kept), fresh suggestions from the new analysis matched to the old ones so that the editor's
 * decisions stay on them, and old suggestions the editor decided on that the analysis no longer finds.
 */
export function carryAnnotations(
  previous: readonly Annotation[],
  oldText: string,
  v: Pick<StoredVersion, 'storyId' | 'versionId' | 'article' | 'analysis'>,
  now: string,
  newId: () => string = randomUUID,
): Annotation[] {
  if (previous.length === 0) return []
  const placed = new Map<string, AnchorResult>(
    reanchorAll(oldText, v.article.text, previous.map((a) => ({ id: a.id, start: a.start, end: a.end, selector: a.selector }))).map((r) => [
      r.id,
      r,
    ]),
  )
  const move = (a: Annotation, id: string): Annotation => {
    const r = placed.get(a.id) as AnchorResult
    return { ...a, id, versionId: v.versionId, start: r.start, end: r.end, selector: r.selector, anchor: r.state }
  }
  const hadSuggestions = previous.some((a) => a.origin === 'auto')
  const fresh = hadSuggestions
    ? suggestionsFromAnalysis(v.article, v.analysis, { storyId: v.storyId, versionId: v.versionId, now, newId })
    : []
  const taken = new Set<string>()
  const newIdOf = new Map<string, string>()
  const decided = new Set(previous.filter((a) => a.origin === 'editor' && a.suggestionId).map((a) => a.suggestionId as string))
  const carried: Annotation[] = []
  for (const old of previous) {
    if (old.origin !== 'auto') continue
    const r = placed.get(old.id) as AnchorResult
    let best: { s: Annotation; o: number } | null = null
    if (r.state !== 'orphaned') {
      for (const s of fresh) {
        if (s.kind !== old.kind || taken.has(s.id)) continue
        const o = spanOverlap(s, r)
        if (o >= SAME_WORDS && (!best || o > best.o)) best = { s, o }
      }
    }
    if (best) {
      taken.add(best.s.id)
      best.s.anchor = r.state
      newIdOf.set(old.id, best.s.id)
    } else if (decided.has(old.id)) {
      // The analysis no longer finds it, but the editor decided on it: keep it, where it now is or as an orphan.
      const id = newId()
      newIdOf.set(old.id, id)
      carried.push({ ...move(old, id), updatedAt: now })
    }
  }
  for (const e of previous) {
    if (e.origin !== 'editor') continue
    carried.push({ ...move(e, newId()), suggestionId: e.suggestionId ? (newIdOf.get(e.suggestionId) ?? null) : null, updatedAt: now })
  }
  return [...fresh, ...carried]
}

/** Versions of a story: listing, the word diff between two, and carrying annotations over at import. */
export function createVersionService(deps: VersionDeps) {
  const { db, annotations } = deps
  const now = deps.now ?? (() => new Date().toISOString())
  const list = db.prepare<[string], Omit<VersionInfo, 'anchors'>>(
    `SELECT id, number, agency_version AS agencyVersion, file_name AS fileName, imported_at AS importedAt, length(text) AS chars
     FROM story_version WHERE story_id = ? ORDER BY number`,
  )
  const anchorCounts = db.prepare<[string], { version_id: string; anchor: AnchorState; n: number }>(
    `SELECT version_id, anchor, count(*) AS n FROM annotation WHERE story_id = ? GROUP BY version_id, anchor`,
  )
  const text = db.prepare<[string, string], { text: string }>(`SELECT text FROM story_version WHERE id = ? AND story_id = ?`)

  const versions = (storyId: string): VersionInfo[] => {
    const counts = anchorCounts.all(storyId)
    return list.all(storyId).map((v) => {
      const anchors: Record<AnchorState, number> = { exact: 0, moved: 0, changed: 0, orphaned: 0 }
      for (const c of counts) if (c.version_id === v.id) anchors[c.anchor] = c.n
      return { ...v, anchors }
    })
  }

  return {
    versions,

    diff(storyId: string, fromVersionId?: string, toVersionId?: string): VersionDiff {
      const all = versions(storyId)
      if (all.length === 0) throw new AppError('not_found', `No story with id ${storyId} in this library.`)
      const pick = (id: string | undefined, fallback: VersionInfo | undefined) => {
        const v = id ? all.find((x) => x.id === id) : fallback
        if (!v) throw new AppError('not_found', `No version ${id ?? ''} of story ${storyId}.`)
        return v
      }
      const to = pick(toVersionId, all[all.length - 1])
      const from = pick(fromVersionId, all[Math.max(0, all.indexOf(to) - 1)])
      const a = text.get(from.id, storyId)?.text ?? ''
      const b = text.get(to.id, storyId)?.text ?? ''
      const segments = diffWords(a, b)
      return {
        from,
        to,
        parts: segments.map((s) => ({ op: s.op, text: s.text })),
        wordsInserted: segments.filter((s) => s.op === 'insert').reduce((n, s) => n + countWords(s.text), 0),
        wordsDeleted: segments.filter((s) => s.op === 'delete').reduce((n, s) => n + countWords(s.text), 0),
      }
    },

    /**
     * A new story's suggestions, stored in its import's transaction (as the first open would store them), so that
     * the library's kind: filter sees stories nobody has opened yet.
     */
    storeSuggestions(v: StoredVersion): void {
      const ctx = { storyId: v.storyId, versionId: v.versionId, now: now(), newId: randomUUID }
      // The comments the file carried on its words come in as the desk's non-public notes on them.
      annotations.insertMany([...suggestionsFromAnalysis(v.article, v.analysis, ctx), ...deskNoteRecords(v.article, ctx)])
    },

    /** Called inside the import's transaction for a new version of a known story. */
    carryOver(v: StoredVersion): void {
      if (!v.previousVersionId) return
      const previous = annotations.listForVersion(v.storyId, v.previousVersionId)
      // The new version's notes on words that the previous version's did not have (same author and words of the note).
      const had = new Set(previous.filter((a) => a.nonPublic).map((a) => `${a.author}\n${a.note ?? ''}`))
      const notes = deskNoteRecords(v.article, { storyId: v.storyId, versionId: v.versionId, now: now(), newId: randomUUID }).filter(
        (a) => !had.has(`${a.author}\n${a.note ?? ''}`),
      )
      if (previous.length === 0) {
        annotations.insertMany(notes)
        return
      }
      const oldText = text.get(v.previousVersionId, v.storyId)?.text ?? ''
      const next = [...carryAnnotations(previous, oldText, v, now()), ...notes]
      annotations.insertMany(next)
      const states: Record<AnchorState, number> = { exact: 0, moved: 0, changed: 0, orphaned: 0 }
      for (const a of next) states[a.anchor]++
      deps.events.append({
        actor: deps.actor,
        action: 'annotations.carry',
        storyId: v.storyId,
        subjectId: v.versionId,
        detail: { from: v.previousVersionId, ...states },
      })
    },
  }
}

export type VersionService = ReturnType<typeof createVersionService>
