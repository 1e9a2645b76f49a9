import type { Annotation, DismissedFinding } from './index'

/** An annotation as the renderer sends it: the Node side fills in author and timestamps. */
export type AnnotationInput = Omit<Annotation, 'author' | 'createdAt' | 'updatedAt'>

/** Where an annotation sits after an edit of the text. */
export interface AnchorUpdate {
  id: string
  start: number
  end: number
  exact: string
  prefix: string
  suffix: string
  anchor: Annotation['anchor']
}

export interface StoryAnnotations {
  versionId: string
  annotations: Annotation[]
  dismissed: DismissedFinding[]
}

/** What importing a file of W3C or Hypothesis annotations onto a story did. */
export interface AnnotationImportResult {
  /** The file's name as given */
  file: string
  storyId: string
  /** The version the annotations were placed on: the story's latest */
  versionId: string
  source: 'w3c' | 'hypothesis'
  /** Annotations in the file */
  total: number
  /** How each was placed on the story's text (by the re-anchoring that carries annotations onto a new version) */
  exact: number
  moved: number
  changed: number
  /** Not found in the text: kept all the same, listed under Versions */
  orphaned: number
  /** Records stored on the story */
  added: number
  /** Records the story had already, or where it keeps a decision of its own */
  skipped: number
  warnings: string[]
}
