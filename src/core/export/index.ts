import { renderClaimReview } from './claimreview'
import { renderCsv } from './csv'
import { renderDocx } from './docx'
import { renderHtml } from './html'
import { renderMarkdown } from './markdown'
import { buildReportModel } from './model'
import { renderPdf } from './pdf'
import { EXPORT_FORMATS, type ExportFormat, type ExportInput } from './types'
import { renderW3c } from './w3c'

export { buildReportModel, exportedAnnotations, NAME_NOT_SET, type DismissedRecord, type ReportMeta, type ReportModel, type ReviewRecord } from './model'
export { formatLocalTime, localTimeZone } from './time'
export { validateWebAnnotation } from './w3cValidate'
export { EXPORT_EXTENSION, EXPORT_FORMATS, EXPORT_MIME, type ExportFormat, type ExportInput } from './types'

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s)
}

const model = (input: ExportInput) => buildReportModel(input.article, input.annotations, input.analysis, input.meta, input.dismissed)

function assertNever(x: never): never {
  throw new Error(`unhandled export format: ${String(x)}`)
}

/**
 * Renders one story version with its annotations in the given format: text formats as a string, PDF and
 * DOCX as bytes. Only public fields of the Article are read; Article.notes never reach any output.
 */
export function exportStory(format: ExportFormat, input: ExportInput): string | Uint8Array {
  switch (format) {
    case 'html':
      return renderHtml(model(input))
    case 'pdf':
      return renderPdf(model(input))
    case 'docx':
      return renderDocx(model(input))
    case 'md':
      return renderMarkdown(model(input))
    case 'csv':
      return renderCsv(model(input))
    case 'w3c':
      return renderW3c(input, model(input))
    case 'claimreview':
      return renderClaimReview(input, model(input))
    default:
      return assertNever(format)
  }
}

/** Bytes of an export, UTF-8 for the text formats. */
export function exportBytes(format: ExportFormat, input: ExportInput): Uint8Array {
  const out = exportStory(format, input)
  return typeof out === 'string' ? new TextEncoder().encode(out) : out
}
