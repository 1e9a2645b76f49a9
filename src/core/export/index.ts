import { isPublicRecord } from '../annotation/deskNotes'
import { renderClaimReview } from './claimreview'
import { renderCsv } from './csv'
import { renderDocx } from './docx'
import { renderHtml } from './html'
import { renderMarkdown } from './markdown'
import { buildReportModel } from './model'
import { renderPdf } from './pdf'
import type { PdfCanvasFactory } from './pdf/canvas'
import { EXPORT_FORMATS, type ExportFormat, type ExportInput } from './types'
import { renderW3c } from './w3c'

export { buildReportModel, exportedAnnotations, NAME_NOT_SET, type DismissedRecord, type ReportMeta, type ReportModel, type ReviewRecord } from './model'
export { formatLocalTime, localTimeZone } from './time'
export { validateWebAnnotation } from './w3cValidate'
export { type FontFace, type FontRef, type PdfCanvas, type PdfCanvasFactory, type PdfInfo } from './pdf/canvas'
export { type FontFamily } from './script'
export { EXPORT_EXTENSION, EXPORT_FORMATS, EXPORT_MIME, type ExportFormat, type ExportInput } from './types'

export function isExportFormat(s: string): s is ExportFormat {
  return (EXPORT_FORMATS as readonly string[]).includes(s)
}

const model = (input: ExportInput) => buildReportModel(input.article, input.annotations, input.analysis, input.meta, input.dismissed)

function assertNever(x: never): never {
  throw new Error(`unhandled export format: ${String(x)}`)
}

/** What an export may need from the runtime: the PDF engine with the shipped fonts (main/services/exportPdf.ts). */
export interface ExportEngines {
  pdf?: PdfCanvasFactory
}

/**
 * Renders one story version with its annotations in the given format: text formats as a string, PDF and
 * DOCX as bytes. Only public fields of the Article are read; Article.notes and the non-public note records never reach
 * any output.
 * PDF needs `engines.pdf`; asking for PDF without it is a programming error and throws.
 */
export function exportStory(format: ExportFormat, stored: ExportInput, engines: ExportEngines = {}): string | Uint8Array {
  // The desk's non-public notes (a Word file's own comments) never reach any output, like Article.notes.
  const input: ExportInput = { ...stored, annotations: stored.annotations.filter(isPublicRecord) }
  switch (format) {
    case 'html':
      return renderHtml(model(input))
    case 'pdf':
      if (!engines.pdf) throw new Error('PDF export needs the PDF engine (main/services/exportPdf.ts): none was given')
      return renderPdf(model(input), engines.pdf)
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
export function exportBytes(format: ExportFormat, input: ExportInput, engines: ExportEngines = {}): Uint8Array {
  const out = exportStory(format, input, engines)
  return typeof out === 'string' ? new TextEncoder().encode(out) : out
}
