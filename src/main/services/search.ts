import type { SearchHit, SearchResult, SnippetPart, StoryPage, StoryQuery } from '../../shared/ipc/areas/library'
import { MARK_CLOSE, MARK_OPEN, quoteTerm, type LibraryQueries, type RawHit, type SearchFilters } from '../db/search'

/** The fields a query may filter on, as `field:value` or `field:"two words"`. */
export const FILTER_FIELDS = ['speaker', 'source', 'kind', 'status', 'state'] as const
type FilterField = (typeof FILTER_FIELDS)[number]

export interface ParsedQuery {
  /** An FTS5 expression built only from quoted terms, or null when the query has no free text */
  match: string | null
  filters: SearchFilters
}

const TOKEN = /(-?)(?:([A-Za-z]+):)?(?:"([^"]*)"?|(\S+))/g
const HAS_WORD = /[\p{L}\p{N}]/u

/**
 * Turns what a user typed into an FTS5 expression and field filters. Every term is quoted (so `AND`, `(`, `:`,
 * `"` or `*` in the input never reach FTS5 as syntax); `word*` is a prefix search, `"two words"` a phrase,
 * `-word` excludes, and `speaker:`, `source:`, `kind:`, `status:`, `state:` filter. Unknown `field:` is text.
 */
export function parseQuery(input: string): ParsedQuery {
  const filters: SearchFilters = { source: [], speaker: [], kind: [], status: [], state: [] }
  const positive: string[] = []
  const negative: string[] = []
  for (const m of input.matchAll(TOKEN)) {
    const [, minus, field, phrase, word] = m
    const lower = field?.toLowerCase()
    if (lower && (FILTER_FIELDS as readonly string[]).includes(lower)) {
      const value = (phrase ?? word ?? '').trim()
      if (value) filters[lower as FilterField].push(lower === 'kind' || lower === 'status' || lower === 'state' ? value.toLowerCase() : value)
      continue
    }
    let term: string
    if (phrase !== undefined) term = field ? `${field} ${phrase}` : phrase
    else {
      const raw = field ? `${field}:${word ?? ''}` : (word ?? '')
      const prefix = raw.length > 1 && raw.endsWith('*')
      const body = prefix ? raw.replace(/\*+$/, '') : raw
      if (!HAS_WORD.test(body)) continue
      term = prefix ? `${quoteTerm(body)}*` : quoteTerm(body)
      ;(minus ? negative : positive).push(term)
      continue
    }
    if (!HAS_WORD.test(term)) continue
    ;(minus ? negative : positive).push(quoteTerm(term))
  }
  if (positive.length === 0) return { match: null, filters }
  const match = positive.join(' AND ') + negative.map((n) => ` NOT ${n}`).join('')
  return { match, filters }
}

/** A snippet with control-character marks as plain text with «marks» and as parts. */
export function snippetParts(marked: string): { snippet: string; parts: SnippetPart[] } {
  const parts: SnippetPart[] = []
  let rest = marked
  while (rest.length > 0) {
    const open = rest.indexOf(MARK_OPEN)
    if (open < 0) {
      parts.push({ text: rest, mark: false })
      break
    }
    if (open > 0) parts.push({ text: rest.slice(0, open), mark: false })
    const close = rest.indexOf(MARK_CLOSE, open)
    const end = close < 0 ? rest.length : close
    parts.push({ text: rest.slice(open + 1, end), mark: true })
    rest = rest.slice(end + 1)
  }
  const clean = parts.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') })).filter((p) => p.text.length > 0)
  return { snippet: clean.map((p) => (p.mark ? `«${p.text}»` : p.text)).join(''), parts: clean }
}

/** Search and the filtered list over the library. */
export function createSearchService(queries: LibraryQueries) {
  const hitOf = (r: RawHit, parsed: ParsedQuery): SearchHit => {
    const base = {
      storyId: r.storyId,
      headline: r.headline,
      source: r.source,
      dateline: r.dateline,
      importedAt: r.importedAt,
      state: r.state,
      openFindings: r.openFindings,
      rank: r.rank,
    }
    const match = parsed.match
    if (match && r.rowid !== null && r.field === 'body') {
      const s = queries.storySnippet(match, r.rowid)
      if (s) {
        const inHeadline = s.headline.includes(MARK_OPEN)
        const bodyHasMark = s.body.includes(MARK_OPEN)
        const shown = inHeadline && !bodyHasMark ? s.headline : s.body
        return { ...base, field: inHeadline ? 'headline' : 'body', speaker: null, ...snippetParts(shown) }
      }
    }
    if (match && r.rowid !== null && r.field === 'quote') {
      const q = queries.quoteSnippet(match, r.rowid)
      if (q) return { ...base, field: 'quote', speaker: q.speaker, ...snippetParts(q.text) }
    }
    if (match && r.rowid !== null && r.field === 'note') {
      const n = queries.noteSnippet(match, r.rowid)
      if (n !== null) return { ...base, field: 'note', speaker: null, ...snippetParts(n) }
    }
    const f = queries.filterSnippet(r.storyId, parsed.filters)
    const text = f?.text ?? (r.headline || queries.bodyStart(r.storyId))
    return { ...base, field: 'filter', speaker: f?.speaker ?? null, ...snippetParts(text) }
  }

  return {
    search(query: string, limit = 50, offset = 0): SearchResult {
      const parsed = parseQuery(query)
      const filters = Object.entries(parsed.filters).flatMap(([field, values]) => (values as string[]).map((value) => ({ field, value })))
      const understood = { text: parsed.match ?? '', filters }
      if (parsed.match === null && filters.length === 0) return { hits: [], understood }
      const raw = queries.search(parsed.match, parsed.filters, limit, offset)
      return { hits: raw.map((r) => hitOf(r, parsed)), understood }
    },
    query: (q: StoryQuery): StoryPage => queries.query(q),
  }
}

export type SearchService = ReturnType<typeof createSearchService>
