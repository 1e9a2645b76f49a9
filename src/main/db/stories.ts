import { canonicalAgency } from '../../core/news/agencies'
import { itemDate } from '../../core/article/itemDate'
import type { Article } from '../../core/article/types'
import type { ReviewState, StorySummary, StoryVersion } from '../../shared/dto'
import type { Db } from './connection'
import { createStoryIndex } from './storyIndex'

interface StoryRow {
  id: string
  agency_id: string | null
  text_hash: string
  headline: string | null
  source: string | null
  source_raw: string | null
  dateline: string | null
  item_date: string | null
  format: string
  state: ReviewState
  open_findings: number
  imported_at: string
  updated_at: string
  latest_version_id: string | null
  versions: number
}

interface VersionRow {
  id: string
  story_id: string
  number: number
  agency_version: string | null
  content_hash: string
  file_name: string | null
  article: string
  text: string
  imported_at: string
}

export interface NewVersion {
  id: string
  storyId: string
  number: number
  agencyVersion: string | null
  contentHash: string
  fileName: string | null
  original: Uint8Array | null
  article: Article
  importedAt: string
}

const toSummary = (r: StoryRow): StorySummary => ({
  id: r.id,
  headline: r.headline,
  source: r.source,
  sourceRaw: r.source_raw,
  dateline: r.dateline,
  itemDate: r.item_date,
  format: r.format,
  importedAt: r.imported_at,
  updatedAt: r.updated_at,
  state: r.state,
  openFindings: r.open_findings,
  versions: r.versions,
})

const toVersion = (r: VersionRow): StoryVersion => ({
  id: r.id,
  storyId: r.story_id,
  number: r.number,
  importedAt: r.imported_at,
  fileName: r.file_name,
  article: JSON.parse(r.article) as Article,
})

const SUMMARY_SELECT = `SELECT s.*, (SELECT count(*) FROM story_version v WHERE v.story_id = s.id) AS versions FROM story s`

/** Stories and their versions. Rows are converted to DTOs here and nowhere else. */
export function createStoryRepo(db: Db) {
  const byAgencyId = db.prepare<[string], { id: string }>(`SELECT id FROM story WHERE agency_id = ?`)
  const byHash = db.prepare<[string], { id: string }>(`SELECT id FROM story WHERE text_hash = ? AND agency_id IS NULL`)
  const versionByHash = db.prepare<[string, string], { id: string }>(
    `SELECT id FROM story_version WHERE story_id = ? AND content_hash = ?`,
  )
  const maxVersion = db.prepare<[string], { n: number | null }>(`SELECT max(number) AS n FROM story_version WHERE story_id = ?`)
  const insertStory = db.prepare(
    `INSERT INTO story (id, agency_id, text_hash, headline, source, dateline, format, open_findings, imported_at, updated_at)
     VALUES (@id, @agency_id, @text_hash, @headline, @source, @dateline, @format, @open_findings, @imported_at, @imported_at)`,
  )
  const insertVersion = db.prepare(
    `INSERT INTO story_version (id, story_id, number, agency_version, content_hash, file_name, original, article, text, imported_at)
     VALUES (@id, @story_id, @number, @agency_version, @content_hash, @file_name, @original, @article, @text, @imported_at)`,
  )
  const pointToVersion = db.prepare(
    `UPDATE story SET latest_version_id = @version_id, headline = @headline, source = @source, source_raw = @source_raw,
       dateline = @dateline, item_date = @item_date, format = @format, open_findings = @open_findings, updated_at = @at WHERE id = @id`,
  )
  const index = createStoryIndex(db)
  const list = db.prepare<[number, number], StoryRow>(`${SUMMARY_SELECT} ORDER BY s.imported_at DESC, s.id DESC LIMIT ? OFFSET ?`)
  const one = db.prepare<[string], StoryRow>(`${SUMMARY_SELECT} WHERE s.id = ?`)
  const latest = db.prepare<[string], VersionRow>(
    `SELECT * FROM story_version WHERE story_id = ? ORDER BY number DESC LIMIT 1`,
  )
  const count = db.prepare<[], { n: number }>(`SELECT count(*) AS n FROM story`)
  const ids = db.prepare<[], { id: string }>(`SELECT id FROM story ORDER BY imported_at DESC, id DESC`)
  const sources = db.prepare<[number], { name: string; stories: number }>(
    `SELECT source AS name, count(*) AS stories FROM story WHERE source IS NOT NULL GROUP BY source COLLATE NOCASE
     ORDER BY stories DESC, name COLLATE NOCASE LIMIT ?`,
  )

  return {
    findByAgencyId: (agencyId: string) => byAgencyId.get(agencyId)?.id ?? null,
    findByTextHash: (hash: string) => byHash.get(hash)?.id ?? null,
    hasVersionWithHash: (storyId: string, hash: string) => versionByHash.get(storyId, hash) !== undefined,
    nextVersionNumber: (storyId: string) => (maxVersion.get(storyId)?.n ?? 0) + 1,

    /** Inserts a story row; call inside the caller's transaction together with addVersion. */
    insertStory(s: { id: string; agencyId: string | null; textHash: string; format: string; importedAt: string }) {
      insertStory.run({
        id: s.id,
        agency_id: s.agencyId,
        text_hash: s.textHash,
        headline: null,
        source: null,
        dateline: null,
        format: s.format,
        open_findings: 0,
        imported_at: s.importedAt,
      })
    },

    /** Adds a version, makes it the latest, and re-indexes the story's text. */
    addVersion(v: NewVersion, openFindings: number) {
      const a = v.article
      insertVersion.run({
        id: v.id,
        story_id: v.storyId,
        number: v.number,
        agency_version: v.agencyVersion,
        content_hash: v.contentHash,
        file_name: v.fileName,
        original: v.original ? Buffer.from(v.original) : null,
        article: JSON.stringify(a),
        text: a.text,
        imported_at: v.importedAt,
      })
      pointToVersion.run({
        id: v.storyId,
        version_id: v.id,
        headline: a.headline,
        // The agency's one name for the list, the filter and search; the feed's own spelling is kept beside it.
        source: canonicalAgency(a.source),
        source_raw: a.source,
        dateline: a.dateline?.text ?? null,
        item_date: itemDate(a),
        format: a.format,
        open_findings: openFindings,
        at: v.importedAt,
      })
      index.reindex(v.storyId, a.headline, a.paragraphs.join('\n'))
    },

    list: (limit: number, offset: number) => list.all(limit, offset).map(toSummary),
    get: (id: string) => {
      const r = one.get(id)
      return r ? toSummary(r) : null
    },
    latestVersion: (id: string) => {
      const r = latest.get(id)
      return r ? toVersion(r) : null
    },
    count: () => count.get()?.n ?? 0,
    /** Every story's id, in the list's order (the latest import first). */
    ids: (): string[] => ids.all().map((r) => r.id),
    /** The sources stored (canonical names), most stories first: what the source filter offers. */
    sources: (limit: number) => sources.all(limit),
  }
}

export type StoryRepo = ReturnType<typeof createStoryRepo>
