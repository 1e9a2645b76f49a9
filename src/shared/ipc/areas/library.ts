import type { SearchResult, StoryQuery, SourceCount, StoryPage, PersonQuote, PersonSummary, PeopleResult, CrossFinding, VersionInfo, VersionDiff, BackupResult, RestoreResult } from '../../dto/library'

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
