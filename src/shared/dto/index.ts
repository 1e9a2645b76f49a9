/**
 * Plain data that crosses the process boundary: no classes, no functions, dates as ISO strings. This folder is the
 * one home of these types (an area's own beside this file); the contract (shared/ipc) only names them.
 */
import type { Article } from '../../core/article/types'
import type { Analysis, Finding } from '../../core/analysis/types'
import type { Annotation } from '../../core/annotation/types'

/** A story's review state, in the order the desk offers them */
export const REVIEW_STATES = ['new', 'in_review', 'checked'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export interface AppInfo {
  name: string
  version: string
  mode: 'electron' | 'browser' | 'cli'
  dataDir: string
  dbPath: string
  platform: string
}

export interface StorySummary {
  id: string
  headline: string | null
  /** The agency's canonical name ("Reuters"), or the source as printed when it is no known agency */
  source: string | null
  /** The source as the file gave it ("REUTERS", "reuters.com"); absent where a caller builds a summary by hand */
  sourceRaw?: string | null
  dateline: string | null
  /** When the item was filed (its metadata or dateline), ISO; null when the file does not say. Not the import time. */
  itemDate?: string | null
  format: string
  importedAt: string
  updatedAt: string
  state: ReviewState
  openFindings: number
  versions: number
}

export interface StoryVersion {
  id: string
  storyId: string
  number: number
  importedAt: string
  fileName: string | null
  article: Article
}

export interface StoryDetail {
  story: StorySummary
  version: StoryVersion
  annotations: Annotation[]
  analysis: Analysis
  dismissed: DismissedFinding[]
}

export interface DismissedFinding {
  key: string
  reason: string
  /** Who dismissed it (the checker's name from Settings, or the account when none was set) */
  by: string
  at: string
}

export type ImportOutcome = 'imported' | 'updated' | 'duplicate' | 'failed'

export interface ImportItemResult {
  file: string
  outcome: ImportOutcome
  storyId: string | null
  headline: string | null
  error: { code: string; message: string } | null
  warnings: string[]
}

/** How far a bulk import is: files done of the total, and the file it is on. */
export interface ImportProgress {
  done: number
  total: number
  file: string
}

/**
 * What an import did. `imported`, `updated` and `duplicates` count stories (a file may hold several); `failed` counts
 * the files refused; `items` has one entry per story and one per refused file.
 */
export interface ImportSummary {
  imported: number
  updated: number
  duplicates: number
  failed: number
  items: ImportItemResult[]
  /** Files the import read or tried to read, refused ones included */
  files: number
  /** Stories found in them: imported + updated + duplicates */
  stories: number
  /** Files that were read but hold no story (a package, a picture item), with the import's warnings about each */
  withoutStory: { file: string; warnings: string[] }[]
}

export type { Annotation, Article, Analysis, Finding }
