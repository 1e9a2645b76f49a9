import { EXPORT_EXTENSION, type ExportFormat } from '../../core/export/types'

const NAMES: Record<ExportFormat, string> = {
  html: 'HTML report',
  pdf: 'PDF report',
  docx: 'Word document with comments',
  w3c: 'W3C Web Annotation (JSON-LD)',
  claimreview: 'schema.org ClaimReview (JSON-LD)',
  csv: 'CSV',
  md: 'Markdown',
}

/** The save dialog's filters for an export: the format's own type first, so the extension stays right; then any file. */
export function exportDialogFilters(format: ExportFormat): { name: string; extensions: string[] }[] {
  return [
    { name: NAMES[format], extensions: [EXPORT_EXTENSION[format].replace(/^\./, '')] },
    { name: 'All files', extensions: ['*'] },
  ]
}
