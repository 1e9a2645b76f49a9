import type { Annotation, DismissedFinding } from '../../dto'
import type { EditedBlock } from '../../../core/annotation/review'

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

export type AnnotationsContract = {
  /** The story's annotations on its latest version; suggestions from the analysis are stored on first open */
  'annotations:list': (input: { storyId: string }) => StoryAnnotations
  /**
   * Inserts or replaces one of the editor's records (origin 'editor'), or adds a suggestion the desk's re-analysis
   * found in text the editor typed (origin 'auto'); a stored suggestion is never changed
   */
  'annotations:save': (input: { annotation: AnnotationInput }) => Annotation
  /** Deletes one of the editor's records, or a suggestion whose words an edit took out (its anchor orphaned) */
  'annotations:delete': (input: { id: string }) => { deleted: boolean }
  /**
   * The edited text of the latest version, with every annotation's new anchor, in one transaction. The story's
   * open findings are counted again (an analysis of the whole text) unless `countFindings` is false, as for a
   * save during unbroken typing: then `openFindings` is null and the stored count waits for a save that counts.
   */
  'annotations:saveDocument': (input: {
    storyId: string
    versionId: string
    blocks: EditedBlock[]
    anchors: AnchorUpdate[]
    countFindings?: boolean
  }) => { savedAt: string; openFindings: number | null }
  'annotations:dismissFinding': (input: { storyId: string; key: string; reason: string }) => DismissedFinding
  'annotations:restoreFinding': (input: { storyId: string; key: string }) => { restored: boolean }
}
export const ANNOTATIONS_CHANNELS = [
  'annotations:list',
  'annotations:save',
  'annotations:delete',
  'annotations:saveDocument',
  'annotations:dismissFinding',
  'annotations:restoreFinding',
] as const satisfies readonly (keyof AnnotationsContract)[]
