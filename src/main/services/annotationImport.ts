import { mergeImported } from '../../core/annotation/merge'
import type { Annotation, AnchorState } from '../../core/annotation/types'
import { importAnnotations, type AttachTarget, type ImportedAnnotations } from '../../core/import/annotations'
import { ImportError } from '../../core/import/errors'
import type { AnnotationImportResult } from '../../shared/dto/annotations'
import { AppError } from '../../shared/ipc/result'

/**
 * Reads an annotation file onto a story's text. What cannot be imported is an AppError naming the file and the
 * problem: not JSON, not W3C or Hypothesis annotations, or annotations none of which is in this story (a file made
 * on another story: storing them all as orphans would only bury this story's own).
 */
export function readAnnotationFile(name: string, text: string, target: AttachTarget): ImportedAnnotations {
  let read: ImportedAnnotations
  try {
    read = importAnnotations(text, target)
  } catch (e) {
    if (e instanceof ImportError) throw new AppError('invalid_input', `${name}: ${e.message}`)
    throw e
  }
  const total = read.annotations.length + read.orphans.length
  if (total > 0 && read.annotations.length === 0) {
    const on = read.madeOn ? `; ${total === 1 ? 'it was' : 'they were'} made on “${read.madeOn.slice(0, 120)}”` : ''
    throw new AppError(
      'invalid_input',
      `${name}: ${total === 1 ? 'its annotation is not' : `none of its ${total} annotations is`} in this story${on}. Nothing was imported.`,
    )
  }
  return read
}

/**
 * The records to store for a file read onto a story (see mergeImported) and the result to report: how every
 * annotation of the file was placed, what was added and what skipped.
 */
export function planAnnotationImport(
  name: string,
  read: ImportedAnnotations,
  existing: readonly Annotation[],
  where: { storyId: string; versionId: string },
  newId: () => string,
): { add: Annotation[]; result: AnnotationImportResult } {
  const all = [...read.annotations, ...read.orphans]
  const merged = mergeImported(all, existing, newId)
  const states: Record<AnchorState, number> = { exact: 0, moved: 0, changed: 0, orphaned: 0 }
  for (const a of all) states[a.anchor]++
  const warnings = [...read.warnings, ...merged.warnings]
  if (all.length === 0) warnings.unshift(`${name} holds no annotations`)
  return {
    add: merged.add,
    result: {
      file: name,
      storyId: where.storyId,
      versionId: where.versionId,
      source: read.source,
      total: all.length,
      ...states,
      added: merged.add.length,
      skipped: merged.skipped,
      warnings,
    },
  }
}
