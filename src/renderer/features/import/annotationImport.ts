import { ANNOTATION_FILE_MAX } from '../../../shared/ipc/areas/annotations'
import { type AnnotationImportResult } from '../../../shared/dto/annotations'
import { call } from '../../lib/api'
import { useStore } from '../../store'

/** The hidden file picker of Import annotations… (in the toolbar; the palette's action clicks it too). */
export const ANNOTATION_INPUT_ID = 'import-annotations-input'

/** Import annotations…: the file picker, once a story is open (the annotations go onto it). */
export function openAnnotationImport() {
  const s = useStore.getState()
  if (!s.detail) return s.notify('info', 'Open a story first: imported annotations go onto the open story.')
  document.getElementById(ANNOTATION_INPUT_ID)?.click()
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/** What an import did, in one message: how the annotations were placed, then what was added. */
export function annotationImportMessage(r: AnnotationImportResult): string {
  if (r.total === 0) return `${r.file} holds no annotations.`
  const placed = [`${r.exact} exact`, `${r.moved} moved`, `${r.changed} changed`, `${r.orphaned} orphaned${r.orphaned > 0 ? ' (listed under Versions)' : ''}`]
  return `${count(r.total, 'annotation')} from ${r.file}: ${placed.join(', ')}. Added ${r.added}; ${r.skipped} already in the story.`
}

/**
 * Imports a W3C or Hypothesis file onto the open story: the desk's edits are saved first, the Node side places the
 * annotations, and the story opens again with them. Errors (not JSON, another story's annotations) name the file.
 */
export async function importAnnotationFile(file: File) {
  const s = useStore.getState()
  const storyId = s.detail?.story.id
  if (!storyId) return s.notify('info', 'Open a story first: imported annotations go onto the open story.')
  s.clearImportNotices()
  if (file.size > ANNOTATION_FILE_MAX) {
    return s.notify('error', `${file.name}: ${Math.round(file.size / 1048576)} MB is more than an annotation file may hold.`, 'import')
  }
  await s.flush()
  const text = await file.text()
  const r = await call('annotations:import', { storyId, name: file.name, text })
  if (!r.ok) return useStore.getState().notify('error', `Annotations not imported: ${r.error.message}`, 'import')
  await useStore.getState().openStory(storyId)
  const { notify } = useStore.getState()
  notify(r.value.warnings.length > 0 ? 'warning' : 'info', annotationImportMessage(r.value), 'import')
  for (const w of r.value.warnings.slice(0, 3)) notify('warning', w, 'import')
}
