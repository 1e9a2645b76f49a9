import type { Annotation, DismissedFinding } from '../../dto'
import type { EditedBlock } from '../../../core/annotation/review'
import type { AnnotationInput, AnchorUpdate, StoryAnnotations, AnnotationImportResult } from '../../dto/annotations'

/** The largest annotation file the window or the CLI sends (its text) */
export const ANNOTATION_FILE_MAX = 20_000_000

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
  /**
   * Reads a W3C Web Annotation or Hypothesis JSON file and attaches its annotations to the story's latest version
   * (re-anchored as versions are; orphans kept). A file that is not JSON, not annotations, or whose annotations
   * are none of them in this story is refused with an error naming the file, and nothing is stored.
   */
  'annotations:import': (input: { storyId: string; name: string; text: string }) => AnnotationImportResult
}
export const ANNOTATIONS_CHANNELS = [
  'annotations:list',
  'annotations:save',
  'annotations:delete',
  'annotations:saveDocument',
  'annotations:dismissFinding',
  'annotations:restoreFinding',
  'annotations:import',
] as const satisfies readonly (keyof AnnotationsContract)[]
