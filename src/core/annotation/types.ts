/** An annotation record: what the editor or the analysis marked. Offsets as in Article.text. */

export type AnnotationKind = 'quote' | 'claim' | 'speaker' | 'credit' | 'note'
export type AnnotationOrigin = 'auto' | 'editor'
export type ClaimStatus = 'unverified' | 'verified' | 'disputed' | 'false' | 'opinion'
export type QuoteStatus = 'unchecked' | 'confirmed' | 'wrong-speaker' | 'misquoted'
export type AnnotationStatus = ClaimStatus | QuoteStatus
/** An editor's decision on an automatic suggestion */
export type Decision = 'accepted' | 'rejected'
export type AnchorState = 'exact' | 'moved' | 'changed' | 'orphaned'

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
