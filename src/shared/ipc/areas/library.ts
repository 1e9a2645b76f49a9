import type { AnchorState } from '../../../core/annotation/types'
import type { ReviewState, StorySummary } from '../../dto'

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

export type SortColumn = 'headline' | 'source' | 'dateline' | 'itemDate' | 'importedAt' | 'updatedAt' | 'state' | 'openFindings'

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
  /** Other spellings of the name folded into this person ("Präsident Wladimir Putin"), as printed */
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

export type LibraryContract = {
  /** Full-text search: words, "phrases", prefix*, and filters speaker: source: kind: status: state: headline: */
  'library:search': (input: { query: string; limit?: number; offset?: number }) => SearchResult
  /** The library list with filters and a sort on any column; offset pages, total for the virtual list */
  'stories:query': (input: StoryQuery) => StoryPage
  /** The sources of the library under their canonical names, with their story counts, most stories first */
  'library:sources': (input: { limit?: number }) => SourceCount[]
  /** Every quoted speaker with their counts; indexes up to a batch of not-yet-indexed stories first */
  'library:people': (input: { limit?: number }) => PeopleResult
  /** Merges one person into another by hand (the other's name is kept); remembered across stories */
  'library:mergePeople': (input: { from: string; into: string }) => PeopleResult
  /** Undoes a merge by hand: the person with this key stands on their own again */
  'library:unmergePerson': (input: { key: string }) => PeopleResult
  /** All quotes of one speaker, linked to their stories */
  'library:person': (input: { key: string }) => { person: PersonSummary | null; quotes: PersonQuote[] }
  /** Same quote with different speakers in two stories; quote wording changed between stories or versions */
  'library:crossFindings': (input: { limit?: number }) => CrossFinding[]
  'stories:versions': (input: { storyId: string }) => VersionInfo[]
  /** Word diff between two versions (default: the one before the latest, and the latest) */
  'stories:diff': (input: { storyId: string; fromVersionId?: string; toVersionId?: string }) => VersionDiff
  /** An online, consistent copy of the library (default: backups/ in the data folder) */
  'library:backup': (input: { file?: string }) => BackupResult
  /** Checks the file, keeps the current library aside, then replaces it */
  'library:restore': (input: { file: string }) => RestoreResult
}
export const LIBRARY_CHANNELS = [
  'library:search',
  'stories:query',
  'library:sources',
  'library:people',
  'library:mergePeople',
  'library:unmergePerson',
  'library:person',
  'library:crossFindings',
  'stories:versions',
  'stories:diff',
  'library:backup',
  'library:restore',
] as const satisfies readonly (keyof LibraryContract)[]
