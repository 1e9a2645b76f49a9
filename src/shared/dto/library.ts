import type { AnchorState } from '../../core/annotation/types'
import type { ReviewState, StorySummary } from './index'

/** One piece of a highlighted snippet: `mark` is true for the words that matched. */
export interface SnippetPart {
  text: string
  mark: boolean
}

/** Where a search hit matched: the headline, the body text, one of the quotes, an editor's note, or only filters. */
export type HitField = 'headline' | 'body' | 'quote' | 'note' | 'filter'

export interface SearchHit {
  storyId: string
  headline: string | null
  source: string | null
  dateline: string | null
  importedAt: string
  state: ReviewState
  openFindings: number
  field: HitField
  /** Plain text with the matched words between « and » (for terminals and logs) */
  snippet: string
  /** The same snippet as parts, for rendering without HTML */
  parts: SnippetPart[]
  /** For quote hits: who said it */
  speaker: string | null
  /** bm25 (lower is better); 0 when only filters matched */
  rank: number
}

export interface SearchResult {
  hits: SearchHit[]
  /** The query as understood: free text (in FTS5 syntax) and the field filters */
  understood: { text: string; filters: { field: string; value: string }[] }
}

export const SORT_COLUMNS = ['headline', 'source', 'dateline', 'itemDate', 'importedAt', 'updatedAt', 'state', 'openFindings'] as const
export type SortColumn = (typeof SORT_COLUMNS)[number]

export interface StoryQuery {
  source?: string
  state?: ReviewState
  /** ISO dates or timestamps, inclusive, on the time of import */
  from?: string
  to?: string
  hasFindings?: boolean
  sort?: SortColumn
  dir?: 'asc' | 'desc'
  limit?: number
  offset?: number
}

export interface SourceCount {
  /** The agency's canonical name, or the source as printed */
  name: string
  stories: number
}

export interface StoryPage {
  total: number
  items: StorySummary[]
}

export interface PersonQuote {
  storyId: string
  headline: string | null
  source: string | null
  start: number
  end: number
  text: string
  attribution: string
}

export interface PersonSummary {
  /** Stable key across stories: the normalised name ("putin" and "vladimir putin" share "vladimir putin") */
  key: string
  name: string
  description: string | null
  quotes: number
  stories: number
  /** Other spellings of the name folded into this person ("Präsidentin Ana Ruiz"), as printed */
  aliases: string[]
  /** People an editor merged into this one by hand, newest last: each can be undone (library:unmergePerson) */
  merged: { key: string; name: string }[]
}

export interface PeopleResult {
  people: PersonSummary[]
  /** Stories whose quotes are not indexed yet; call again to index more */
  pending: number
}

export interface CrossFinding {
  rule: 'quote-speaker-conflict' | 'quote-wording-changed'
  message: string
  /** The quotes involved, each with its story; for a change between versions, the same story twice */
  quotes: (PersonQuote & { speaker: string | null; versionId: string })[]
}

export interface VersionInfo {
  id: string
  number: number
  agencyVersion: string | null
  fileName: string | null
  importedAt: string
  chars: number
  /** How the annotations carried onto this version were placed */
  anchors: Record<AnchorState, number>
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

export interface VersionDiff {
  from: VersionInfo
  to: VersionInfo
  parts: DiffPart[]
  wordsInserted: number
  wordsDeleted: number
}

export interface BackupResult {
  file: string
  bytes: number
  stories: number
}

export interface RestoreResult {
  restoredFrom: string
  /** Where the library that was replaced now is */
  replacedKeptAt: string
  stories: number
}
