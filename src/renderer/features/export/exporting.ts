import type { ExportFormat } from '../../../core/export/types'
import { call, isDesktop } from '../../lib/api'
import { useStore } from '../../store'

export const FORMATS: { format: ExportFormat; label: string; hint: string }[] = [
  { format: 'html', label: 'Annotated report (HTML)', hint: 'One self-contained, printable page' },
  { format: 'pdf', label: 'Annotated report (PDF)', hint: 'The same report as a PDF' },
  { format: 'docx', label: 'Word document (.docx)', hint: 'Every annotation a Word comment, to send to a reporter' },
  { format: 'w3c', label: 'W3C Web Annotation (JSON-LD)', hint: 'One annotation per record, with selectors' },
  { format: 'claimreview', label: 'schema.org ClaimReview (JSON-LD)', hint: 'One per reviewed claim' },
  { format: 'csv', label: 'Quotes and claims (CSV)', hint: 'One row each, safe to open in a spreadsheet' },
  { format: 'md', label: 'Markdown report', hint: 'The report as plain text' },
]

export function openExportDialog() {
  const s = useStore.getState()
  if (!s.detail) return s.notify('info', 'Open a story to export it.')
  s.setOverlay('export')
}

function download(fileName: string, mime: string, base64: string) {
  const bin = atob(base64)
  const bytes = new Uint8Array(bin.length)
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i)
  const url = URL.createObjectURL(new Blob([bytes], { type: mime }))
  const a = document.createElement('a')
  a.href = url
  a.download = fileName
  a.rel = 'noopener'
  document.body.append(a)
  a.click()
  a.remove()
  // The download has started from the click; the URL can go once the browser has it.
  setTimeout(() => URL.revokeObjectURL(url), 10_000)
}

/**
 * Exports the open story: saved first (so the export has the latest words and decisions), then written
 * through the desktop's save dialog, or downloaded in browser mode. Resolves to a line for the editor.
 */
export async function exportStory(format: ExportFormat): Promise<{ ok: boolean; message: string }> {
  const s = useStore.getState()
  const storyId = s.detail?.story.id
  if (!storyId) return { ok: false, message: 'No story is open.' }
  await s.flush()
  if (isDesktop()) {
    const r = await call('exports:save', { storyId, format })
    if (!r.ok) return { ok: false, message: `Not exported: ${r.error.message}` }
    return r.value.path ? { ok: true, message: `Saved ${r.value.path}` } : { ok: false, message: 'Export cancelled.' }
  }
  const r = await call('exports:render', { storyId, format })
  if (!r.ok) return { ok: false, message: `Not exported: ${r.error.message}` }
  download(r.value.fileName, r.value.mime, r.value.base64)
  return { ok: true, message: `Downloaded ${r.value.fileName}` }
}
