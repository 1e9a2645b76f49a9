import type { SearchHit, SearchResult, SnippetPart, StoryPage, StoryQuery } from '../../shared/dto/library'
import { quoteTerm, type LibraryQueries, type RawHit, type SearchFilters } from '../db/search'
import { foldCase } from '../../core/language/fold'

/** The fields a query may filter on, as `field:value` or `field:"two words"`. */
export const FILTER_FIELDS = ['speaker', 'source', 'kind', 'status', 'state'] as const
type FilterField = (typeof FILTER_FIELDS)[number]

/** A positive term of the query, for marking it in snippets: its words (normalised) and whether the last is a prefix. */
export interface QueryTerm {
  words: string[]
  prefix: boolean
}

export interface ParsedQuery {
  /** An FTS5 expression built only from quoted terms, or null when the query has no free text */
  match: string | null
  filters: SearchFilters
  terms: QueryTerm[]
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
  const terms: QueryTerm[] = []
  const remember = (text: string, prefix: boolean, minus: string | undefined) => {
    const words = words_(text)
    if (!minus && words.length > 0) terms.push({ words, prefix })
  }
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
      remember(body, prefix, minus)
      continue
    }
    if (!HAS_WORD.test(term)) continue
    ;(minus ? negative : positive).push(quoteTerm(term))
    remember(term, false, minus)
  }
  if (positive.length === 0) return { match: null, filters, terms: [] }
  const match = positive.join(' AND ') + negative.map((n) => ` NOT ${n}`).join('')
  return { match, filters, terms }
}

/** Words as the FTS5 tokenizer (unicode61, remove_diacritics 2) sees them: lower case, no accents. */
const WORDS = /[\p{L}\p{N}\p{M}]+/gu
const words_ = (text: string) => (text.match(WORDS) ?? []).map(foldCase)

const SNIPPET_WORDS = 24

/**
 * A snippet of `text` around the words the terms match (phrases as runs, `prefix*` by beginning): the window of
 * SNIPPET_WORDS words with the most matches, with … where text was cut. `hits` is false when nothing matched.
 */
export function makeSnippet(text: string, terms: readonly QueryTerm[], width = SNIPPET_WORDS): { parts: SnippetPart[]; hits: boolean } {
  const tokens = [...text.matchAll(WORDS)].map((m) => ({ start: m.index, end: m.index + m[0].length, word: foldCase(m[0]) }))
  const marked = new Uint8Array(tokens.length)
  for (const t of terms) {
    const n = t.words.length
    for (let i = 0; i + n <= tokens.length; i++) {
      let ok = true
      for (let k = 0; k < n && ok; k++) {
        const w = (tokens[i + k] as { word: string }).word
        const want = t.words[k] as string
        ok = k === n - 1 && t.prefix ? w.startsWith(want) : w === want
      }
      if (ok) marked.fill(1, i, i + n)
    }
  }
  let best = 0
  let bestCount = -1
  let count = 0
  for (let i = 0; i < tokens.length; i++) {
    count += marked[i] as number
    if (i >= width) count -= marked[i - width] as number
    const from = Math.max(0, i - width + 1)
    if (count > bestCount) {
      bestCount = count
      best = from
    }
  }
  if (tokens.length === 0) return { parts: text ? [{ text, mark: false }] : [], hits: false }
  const first = tokens[best] as { start: number }
  const lastIndex = Math.min(tokens.length, best + width) - 1
  const last = tokens[lastIndex] as { end: number }
  const from = best === 0 ? 0 : first.start
  const to = lastIndex === tokens.length - 1 ? text.length : last.end
  const parts: SnippetPart[] = []
  const push = (s: string, mark: boolean) => {
    if (!s) return
    const prev = parts[parts.length - 1]
    if (prev && prev.mark === mark) prev.text += s
    else parts.push({ text: s, mark })
  }
  if (from > 0) push('…', false)
  let at = from
  for (let i = best; i <= lastIndex; i++) {
    const t = tokens[i] as { start: number; end: number }
    const between = text.slice(at, t.start)
    // A space between two marked words stays inside the mark, so a phrase reads as one.
    const joined = marked[i] && i > best && marked[i - 1] && /^\s+$/.test(between)
    push(between, Boolean(joined))
    push(text.slice(t.start, t.end), Boolean(marked[i]))
    at = t.end
  }
  push(text.slice(at, to), false)
  if (to < text.length) push('…', false)
  return { parts, hits: bestCount > 0 }
}

/** Parts as plain text with «marks», white space folded. */
export function snippetText(raw: SnippetPart[]): { snippet: string; parts: SnippetPart[] } {
  const parts = raw.map((p) => ({ ...p, text: p.text.replace(/\s+/g, ' ') })).filter((p) => p.text.length > 0)
  return { snippet: parts.map((p) => (p.mark ? `«${p.text}»` : p.text)).join(''), parts }
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
    const terms = parsed.terms
    if (r.rowid !== null && r.field === 'body') {
      const t = queries.storyText(r.rowid)
      if (t) {
        const head = makeSnippet(t.headline, terms, 1000)
        const body = makeSnippet(t.body, terms)
        const shown = head.hits && !body.hits ? head : body
        return { ...base, field: head.hits ? 'headline' : 'body', speaker: null, ...snippetText(shown.parts) }
      }
    }
    if (r.rowid !== null && r.field === 'quote') {
      const q = queries.quoteText(r.rowid)
      if (q) return { ...base, field: 'quote', speaker: q.speaker, ...snippetText(makeSnippet(q.text, terms, 40).parts) }
    }
    if (r.rowid !== null && r.field === 'note') {
      const n = queries.noteText(r.rowid)
      if (n !== null) return { ...base, field: 'note', speaker: null, ...snippetText(makeSnippet(n, terms, 40).parts) }
    }
    const f = queries.filterSnippet(r.storyId, parsed.filters)
    const text = f?.text ?? (r.headline || queries.bodyStart(r.storyId))
    return { ...base, field: 'filter', speaker: f?.speaker ?? null, ...snippetText(makeSnippet(text, terms, 40).parts) }
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
