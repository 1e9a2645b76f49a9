import { agencyOf, canonicalAgency } from '../../core/news/agencies'
import type { StorySummary } from '../../shared/dto'
import type { SearchHit, SortColumn, StoryQuery } from '../../shared/dto/library'
import type { Db } from './connection'

/** Filters of a search, already separated from the free text by the query parser. */
export interface SearchFilters {
  source: string[]
  speaker: string[]
  kind: string[]
  status: string[]
  state: string[]
}

export interface RawHit
  extends Pick<SearchHit, 'storyId' | 'headline' | 'source' | 'dateline' | 'importedAt' | 'state' | 'openFindings' | 'field' | 'rank'> {
  /** rowid in the FTS table that matched (story_fts, quote_fts = quote.id, note_fts = annotation rowid) */
  rowid: number | null
}

const SORT_SQL: Record<SortColumn, string> = {
  headline: 's.headline COLLATE NOCASE',
  source: 's.source COLLATE NOCASE',
  dateline: 's.dateline COLLATE NOCASE',
  itemDate: 's.item_date',
  importedAt: 's.imported_at',
  updatedAt: 's.updated_at',
  state: 's.state',
  openFindings: 's.open_findings',
}

const SUMMARY_COLUMNS = `s.id AS id, s.headline AS headline, s.source AS source, s.source_raw AS sourceRaw, s.dateline AS dateline,
  s.item_date AS itemDate, s.format AS format,
  s.imported_at AS importedAt, s.updated_at AS updatedAt, s.state AS state, s.open_findings AS openFindings`
const HIT_COLUMNS = `s.id AS storyId, s.headline AS headline, s.source AS source, s.dateline AS dateline, s.imported_at AS importedAt,
  s.state AS state, s.open_findings AS openFindings`

/**
 * Reads over the whole library: the filtered and sorted list, full-text search with field filters, versions.
 * SQL text is assembled only from fixed fragments here; every value is a bound parameter.
 */
export function createLibraryQueries(db: Db) {
  const versionCount = db.prepare<[string], { n: number }>(`SELECT count(*) AS n FROM story_version WHERE story_id = ?`)
  const cache = new Map<string, ReturnType<Db['prepare']>>()
  const prepared = (sql: string) => {
    let st = cache.get(sql)
    if (!st) {
      st = db.prepare(sql)
      if (cache.size > 200) cache.clear()
      cache.set(sql, st)
    }
    return st
  }

  /** WHERE fragments over story s for the list filters and the search filters. */
  function storyConditions(q: StoryQuery & { filters?: SearchFilters }, params: Record<string, unknown>): string[] {
    const where: string[] = []
    if (q.source) {
      // Sources are stored under their agency's canonical name: "Associated Press" finds the stories listed as "AP".
      where.push('s.source = @source COLLATE NOCASE')
      params.source = canonicalAgency(q.source) ?? q.source
    }
    if (q.state) {
      where.push('s.state = @state')
      params.state = q.state
    }
    if (q.from) {
      where.push('s.imported_at >= @from')
      params.from = q.from
    }
    if (q.to) {
      // An ISO date alone means the whole day.
      where.push('s.imported_at <= @to')
      params.to = /^\d{4}-\d{2}-\d{2}$/.test(q.to) ? `${q.to}T23:59:59.999Z` : q.to
    }
    if (q.hasFindings !== undefined) where.push(q.hasFindings ? 's.open_findings > 0' : 's.open_findings = 0')
    const f = q.filters
    if (f) {
      f.source.forEach((v, i) => {
        const agency = agencyOf(v)
        if (agency) where.push(`s.source = @fsource${i} COLLATE NOCASE`)
        else where.push(`s.source LIKE @fsource${i} ESCAPE '\\'`)
        params[`fsource${i}`] = agency ?? `%${escapeLike(v)}%`
      })
      f.state.forEach((v, i) => {
        where.push(`s.state = @fstate${i}`)
        params[`fstate${i}`] = v.replace(/[- ]/g, '_')
      })
      f.speaker.forEach((v, i) => {
        where.push(`s.id IN (SELECT q.story_id FROM quote_fts JOIN quote q ON q.id = quote_fts.rowid WHERE quote_fts MATCH @fspeaker${i})`)
        params[`fspeaker${i}`] = `speaker : ${quoteTerm(v)}`
      })
      const n = Math.max(f.kind.length, f.status.length)
      for (let i = 0; i < n; i++) {
        const kind = f.kind[i] ?? f.kind[0]
        const status = f.status[i] ?? f.status[0]
        const conds = ['a.story_id = s.id', 'a.version_id = s.latest_version_id']
        if (kind) {
          conds.push(`a.kind = @fkind${i}`)
          params[`fkind${i}`] = kind
        }
        if (status) {
          conds.push(`a.status = @fstatus${i}`)
          params[`fstatus${i}`] = status
        }
        // A suggestion that the editor decided on counts through the decision, not as it was suggested.
        conds.push(`NOT EXISTS (SELECT 1 FROM annotation d WHERE d.suggestion_id = a.id)`)
        where.push(`EXISTS (SELECT 1 FROM annotation a WHERE ${conds.join(' AND ')})`)
      }
    }
    return where
  }

  return {
    /** One page of the library list and the number of stories that pass the filters. */
    query(q: StoryQuery): { total: number; items: StorySummary[] } {
      const params: Record<string, unknown> = {}
      const where = storyConditions(q, params)
      const clause = where.length ? `WHERE ${where.join(' AND ')}` : ''
      const sort = SORT_SQL[q.sort ?? 'importedAt']
      const dir = q.dir === 'asc' ? 'ASC' : 'DESC'
      const total = (prepared(`SELECT count(*) AS n FROM story s ${clause}`).get(params) as { n: number }).n
      const rows = prepared(
        `SELECT ${SUMMARY_COLUMNS} FROM story s ${clause} ORDER BY ${sort} ${dir}, s.id ${dir} LIMIT @limit OFFSET @offset`,
      ).all({ ...params, limit: q.limit ?? 200, offset: q.offset ?? 0 }) as Omit<StorySummary, 'versions'>[]
      return { total, items: rows.map((r) => ({ ...r, versions: versionCount.get(r.id)?.n ?? 1 })) }
    },

    /**
     * Stories that match the FTS5 expression `match` (headline, body, quotes, notes; null for filters only) and
     * every filter, best first: bm25 with the headline weighted 5 to 1 over the body, else newest first.
     */
    search(match: string | null, filters: SearchFilters, limit: number, offset: number): RawHit[] {
      const params: Record<string, unknown> = { limit, offset }
      const where = storyConditions({ filters }, params)
      const clause = where.length ? `AND ${where.join(' AND ')}` : ''
      if (match === null) {
        return prepared(
          `SELECT ${HIT_COLUMNS}, 'filter' AS field, 0 AS rank, NULL AS rowid FROM story s WHERE 1 ${clause}
           ORDER BY s.imported_at DESC, s.id DESC LIMIT @limit OFFSET @offset`,
        ).all(params) as RawHit[]
      }
      params.match = match
      // Each source ranks its own matches (bm25, explicit weights: headline 5, body 1); the page is merged from the
      // three by rank. Without filters only the best rows of each are read, by rowid, before anything else is looked
      // up: reading a stored column for every match would cost more than the ranking on a term in most stories.
      const limited = where.length === 0
      const top = limited ? 'ORDER BY r LIMIT @limit + @offset' : ''
      const sql = `
        SELECT ${HIT_COLUMNS}, h.field AS field, h.r AS rank, h.hit_rowid AS rowid FROM (
          SELECT f.story_id AS story_id, 'body' AS field, x.r AS r, x.rowid AS hit_rowid FROM
            (SELECT rowid, bm25(story_fts, 5.0, 1.0, 0.0) AS r FROM story_fts WHERE story_fts MATCH @match ${top}) x
            JOIN story_fts f ON f.rowid = x.rowid
          UNION ALL
          SELECT q.story_id, 'quote', x.r, x.rowid FROM
            (SELECT rowid, bm25(quote_fts) AS r FROM quote_fts WHERE quote_fts MATCH @match ${top}) x
            JOIN quote q ON q.id = x.rowid
          UNION ALL
          SELECT n.story_id, 'note', x.r, x.rowid FROM
            (SELECT rowid, bm25(note_fts) AS r FROM note_fts WHERE note_fts MATCH @match ${top}) x
            JOIN note_fts n ON n.rowid = x.rowid
        ) h JOIN story s ON s.id = h.story_id
        WHERE 1 ${clause}
        ORDER BY h.r, h.field LIMIT 100000`
      // Several rows of one story (its body and two quotes): keep its best, then page.
      const seen = new Set<string>()
      const out: RawHit[] = []
      for (const r of prepared(sql).iterate(params) as Iterable<RawHit>) {
        if (seen.has(r.storyId)) continue
        seen.add(r.storyId)
        if (seen.size > offset) out.push(r)
        if (out.length >= limit) break
      }
      return out
    },

    // The texts of the rows that matched, read by rowid alone. Snippets are made from them in code: FTS5's
    // `MATCH ? AND rowid = ?` returns other rows too when the query has a prefix term (seen with SQLite 3.5x).
    storyText(rowid: number): { headline: string; body: string } | null {
      const r = prepared(`SELECT headline, body FROM story_fts WHERE rowid = ?`).get(rowid) as { headline: string; body: string } | undefined
      return r ?? null
    },

    quoteText(id: number): { text: string; speaker: string | null } | null {
      const r = prepared(`SELECT text, speaker FROM quote WHERE id = ?`).get(id) as { text: string; speaker: string | null } | undefined
      return r ?? null
    },

    noteText(rowid: number): string | null {
      const r = prepared(`SELECT note FROM note_fts WHERE rowid = ?`).get(rowid) as { note: string } | undefined
      return r?.note ?? null
    },

    /** For a filter-only hit: the first quote of the speaker, else the first annotation of the kind, else null. */
    filterSnippet(storyId: string, filters: SearchFilters): { text: string; speaker: string | null } | null {
      if (filters.speaker.length > 0) {
        // The story already matched the speaker through quote_fts; here only its few quotes are read.
        const r = prepared(
          `SELECT q.text AS text, q.speaker AS speaker FROM quote q
           WHERE q.story_id = @storyId AND q.speaker LIKE @pattern ESCAPE '\\' ORDER BY q.start LIMIT 1`,
        ).get({ storyId, pattern: `%${escapeLike(filters.speaker[0] as string)}%` }) as { text: string; speaker: string | null } | undefined
        if (r) return r
      }
      if (filters.kind.length > 0 || filters.status.length > 0) {
        const r = prepared(
          `SELECT a.exact AS text, a.speaker AS speaker FROM annotation a JOIN story s ON s.id = a.story_id
           WHERE a.story_id = @storyId AND a.version_id = s.latest_version_id
             AND (@kind IS NULL OR a.kind = @kind) AND (@status IS NULL OR a.status = @status) ORDER BY a.start LIMIT 1`,
        ).get({ storyId, kind: filters.kind[0] ?? null, status: filters.status[0] ?? null }) as { text: string; speaker: string | null } | undefined
        if (r) return r
      }
      return null
    },

    bodyStart(storyId: string): string {
      const r = prepared(`SELECT substr(text, 1, 200) AS t FROM story_version v JOIN story s ON s.latest_version_id = v.id WHERE s.id = ?`).get(
        storyId,
      ) as { t: string } | undefined
      return r?.t ?? ''
    },
  }
}

/** One search term as an FTS5 string: double quotes inside are doubled, so no input can break the syntax. */
export function quoteTerm(term: string): string {
  return `"${term.replace(/"/g, '""')}"`
}

const escapeLike = (s: string) => s.replace(/[%_\\]/g, (c) => `\\${c}`)

export type LibraryQueries = ReturnType<typeof createLibraryQueries>
