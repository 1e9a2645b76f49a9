import type { Annotation, AnnotationKind, AnchorState, AnnotationOrigin, AnnotationStatus, Decision } from '../../core/annotation/types'
import type { Article } from '../../core/article/types'
import type { DismissedFinding } from '../../shared/dto'
import type { AnchorUpdate } from '../../shared/dto/annotations'
import type { Db } from './connection'
import { createStoryIndex } from './storyIndex'

interface AnnotationRow {
  id: string
  story_id: string
  version_id: string
  kind: AnnotationKind
  origin: AnnotationOrigin
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  status: AnnotationStatus | null
  decision: Decision | null
  speaker: string | null
  person_id: string | null
  attribution: string | null
  cue: string | null
  note: string | null
  evidence: string
  suggestion_id: string | null
  anchor: AnchorState
  author: string
  created_at: string
  updated_at: string
  non_public: 0 | 1
}

const toAnnotation = (r: AnnotationRow): Annotation => ({
  id: r.id,
  storyId: r.story_id,
  versionId: r.version_id,
  kind: r.kind,
  origin: r.origin,
  start: r.start,
  end: r.end,
  selector: { exact: r.exact, prefix: r.prefix, suffix: r.suffix },
  status: r.status,
  decision: r.decision,
  speaker: r.speaker,
  attribution: r.attribution,
  cue: r.cue,
  note: r.note,
  evidence: JSON.parse(r.evidence) as string[],
  suggestionId: r.suggestion_id,
  anchor: r.anchor,
  author: r.author,
  createdAt: r.created_at,
  updatedAt: r.updated_at,
  // Present only on the desk's non-public notes, so that every other record reads as it always did.
  ...(r.non_public === 1 ? { nonPublic: true as const } : {}),
})

const toRow = (a: Annotation): AnnotationRow => ({
  id: a.id,
  story_id: a.storyId,
  version_id: a.versionId,
  kind: a.kind,
  origin: a.origin,
  start: a.start,
  end: a.end,
  exact: a.selector.exact,
  prefix: a.selector.prefix,
  suffix: a.selector.suffix,
  status: a.status,
  decision: a.decision,
  speaker: a.speaker,
  person_id: null,
  attribution: a.attribution,
  cue: a.cue,
  note: a.note,
  evidence: JSON.stringify(a.evidence),
  suggestion_id: a.suggestionId,
  anchor: a.anchor,
  author: a.author,
  created_at: a.createdAt,
  updated_at: a.updatedAt,
  non_public: a.nonPublic ? 1 : 0,
})

const COLUMNS = `id, story_id, version_id, kind, origin, start, "end", exact, prefix, suffix, status, decision, speaker, person_id,
  attribution, cue, note, evidence, suggestion_id, anchor, author, created_at, updated_at, non_public`
const VALUES = `@id, @story_id, @version_id, @kind, @origin, @start, @end, @exact, @prefix, @suffix, @status, @decision, @speaker,
  @person_id, @attribution, @cue, @note, @evidence, @suggestion_id, @anchor, @author, @created_at, @updated_at, @non_public`

/** Annotation records, dismissed findings and the edited text of a version. Rows become DTOs here only. */
export function createAnnotationRepo(db: Db) {
  const insert = db.prepare<AnnotationRow>(`INSERT INTO annotation (${COLUMNS}) VALUES (${VALUES})`)
  const upsert = db.prepare<AnnotationRow>(
    `INSERT INTO annotation (${COLUMNS}) VALUES (${VALUES})
     ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, start = excluded.start, "end" = excluded."end", exact = excluded.exact,
       prefix = excluded.prefix, suffix = excluded.suffix, status = excluded.status, decision = excluded.decision,
       speaker = excluded.speaker, attribution = excluded.attribution, cue = excluded.cue, note = excluded.note,
       evidence = excluded.evidence, suggestion_id = excluded.suggestion_id, anchor = excluded.anchor,
       author = excluded.author, updated_at = excluded.updated_at`,
  )
  const byVersion = db.prepare<[string, string], AnnotationRow>(
    `SELECT * FROM annotation WHERE story_id = ? AND version_id = ? ORDER BY start, "end" DESC, id`,
  )
  const one = db.prepare<[string], AnnotationRow>(`SELECT * FROM annotation WHERE id = ?`)
  const countAuto = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM annotation WHERE version_id = ? AND origin = 'auto'`)
  const remove = db.prepare<[string]>(`DELETE FROM annotation WHERE id = ? AND origin = 'editor'`)
  // A suggestion goes only once an edit has orphaned it (its words deleted), with the editor's decisions on it.
  const retire = db.prepare<[string]>(`DELETE FROM annotation WHERE id = ? AND origin = 'auto' AND anchor = 'orphaned'`)
  const retireDecisions = db.prepare<[string]>(`DELETE FROM annotation WHERE suggestion_id = ? AND origin = 'editor'`)
  const moveAnchor = db.prepare(
    `UPDATE annotation SET start = @start, "end" = @end, exact = @exact, prefix = @prefix, suffix = @suffix, anchor = @anchor
     WHERE id = @id AND story_id = @story_id`,
  )
  const moveDecisions = db.prepare(
    `UPDATE annotation SET start = @start, "end" = @end, exact = @exact, prefix = @prefix, suffix = @suffix, anchor = @anchor
     WHERE suggestion_id = @id AND story_id = @story_id AND origin = 'editor'`,
  )
  const versionArticle = db.prepare<[string, string], { article: string }>(
    `SELECT article FROM story_version WHERE id = ? AND story_id = ?`,
  )
  const writeVersion = db.prepare(`UPDATE story_version SET article = @article, text = @text WHERE id = @id`)
  const writeStory = db.prepare(
    `UPDATE story SET headline = @headline, updated_at = @at WHERE id = @id`,
  )
  const setOpenFindings = db.prepare(`UPDATE story SET open_findings = ? WHERE id = ?`)
  const index = createStoryIndex(db)
  const dismissedOf = db.prepare<[string], DismissedFinding>(
    `SELECT key, reason, actor AS by, at FROM dismissed_finding WHERE story_id = ? ORDER BY at, key`,
  )
  const dismiss = db.prepare(
    `INSERT INTO dismissed_finding (story_id, key, reason, actor, at) VALUES (@story_id, @key, @reason, @actor, @at)
     ON CONFLICT(story_id, key) DO UPDATE SET reason = excluded.reason, actor = excluded.actor, at = excluded.at`,
  )
  const restore = db.prepare<[string, string]>(`DELETE FROM dismissed_finding WHERE story_id = ? AND key = ?`)

  const insertAll = db.transaction((items: readonly Annotation[]) => {
    for (const a of items) insert.run(toRow(a))
  })

  return {
    listForVersion: (storyId: string, versionId: string) => byVersion.all(storyId, versionId).map(toAnnotation),
    get: (id: string) => {
      const r = one.get(id)
      return r ? toAnnotation(r) : null
    },
    hasSuggestions: (versionId: string) => (countAuto.get(versionId)?.n ?? 0) > 0,
    /** All or nothing. */
    insertMany(items: readonly Annotation[]): void {
      insertAll(items)
    },
    upsert: (a: Annotation) => upsert.run(toRow(a)),
    /** Deletes one of the editor's records; suggestions cannot be deleted. */
    delete: (id: string) => remove.run(id).changes > 0,
    /** Deletes an orphaned suggestion and the decisions on it; false when it is not an orphaned suggestion. */
    retireSuggestion: (id: string): boolean => {
      const gone = retire.run(id).changes > 0
      if (gone) retireDecisions.run(id)
      return gone
    },
    /** Moves the annotations and the editor's decisions on them; call inside the caller's transaction. */
    moveAnchors(storyId: string, anchors: readonly AnchorUpdate[]) {
      for (const a of anchors) {
        const row = { ...a, story_id: storyId }
        moveAnchor.run(row)
        moveDecisions.run(row)
      }
    },
    versionArticle: (storyId: string, versionId: string): Article | null => {
      const r = versionArticle.get(versionId, storyId)
      return r ? (JSON.parse(r.article) as Article) : null
    },
    /** Replaces a version's text by the edited one; call inside the caller's transaction. */
    /** The edited text of a version, with the story's headline and search index (its open findings are apart) */
    writeVersion(storyId: string, versionId: string, article: Article, at: string) {
      writeVersion.run({ id: versionId, article: JSON.stringify(article), text: article.text })
      writeStory.run({ id: storyId, headline: article.headline, at })
      index.reindex(storyId, article.headline, article.paragraphs.join('\n'))
    },
    setOpenFindings: (storyId: string, n: number) => setOpenFindings.run(n, storyId),
    dismissed: (storyId: string): DismissedFinding[] => dismissedOf.all(storyId),
    dismiss: (storyId: string, key: string, reason: string, actor: string, at: string) =>
      dismiss.run({ story_id: storyId, key, reason, actor, at }),
    restore: (storyId: string, key: string) => restore.run(storyId, key).changes > 0,
  }
}

export type AnnotationRepo = ReturnType<typeof createAnnotationRepo>
