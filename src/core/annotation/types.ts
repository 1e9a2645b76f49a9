/** An annotation record: what the editor or the analysis marked. Offsets as in Article.text. */

// Each set of values is listed once, here: the types, the contract's validation and the tests of the database's
// CHECK lists (main/db/checks.test.ts) all read these.
export const ANNOTATION_KINDS = ['quote', 'claim', 'speaker', 'credit', 'note'] as const
export type AnnotationKind = (typeof ANNOTATION_KINDS)[number]
export const ANNOTATION_ORIGINS = ['auto', 'editor'] as const
export type AnnotationOrigin = (typeof ANNOTATION_ORIGINS)[number]
export const CLAIM_STATUSES = ['unverified', 'verified', 'disputed', 'false', 'opinion'] as const
export type ClaimStatus = (typeof CLAIM_STATUSES)[number]
export const QUOTE_STATUSES = ['unchecked', 'confirmed', 'wrong-speaker', 'misquoted'] as const
export type QuoteStatus = (typeof QUOTE_STATUSES)[number]
export const ANNOTATION_STATUSES = [...CLAIM_STATUSES, ...QUOTE_STATUSES] as const
export type AnnotationStatus = ClaimStatus | QuoteStatus
/** An editor's decision on an automatic suggestion */
export const DECISIONS = ['accepted', 'rejected'] as const
export type Decision = (typeof DECISIONS)[number]
export const ANCHOR_STATES = ['exact', 'moved', 'changed', 'orphaned'] as const
export type AnchorState = (typeof ANCHOR_STATES)[number]

export interface TextQuoteSelector {
  exact: string
  prefix: string
  suffix: string
}

export interface Annotation {
  id: string
  storyId: string
  versionId: string
  kind: AnnotationKind
  origin: AnnotationOrigin
  start: number
  end: number
  selector: TextQuoteSelector
  status: AnnotationStatus | null
  decision: Decision | null
  /** Canonical name of the speaker or source, for quotes and claims */
  speaker: string | null
  /** For quotes: explicit, pronoun, carried, none */
  attribution: string | null
  cue: string | null
  note: string | null
  evidence: string[]
  /** For auto records that an editor changed: the id of the suggestion this record decides on */
  suggestionId: string | null
  anchor: AnchorState
  author: string
  createdAt: string
  updatedAt: string
  /**
   * A note for the desk only (a comment the imported Word file carried on these words): shown in the desk, never in
   * any export. Absent on every other record.
   */
  nonPublic?: true
}
