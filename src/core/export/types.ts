import type { Analysis } from '../analysis/types'
import type { Article } from '../article/types'
import type { Annotation } from '../annotation/types'
import type { DismissedRecord, ReportMeta } from './model'

/**
 * What every exporter gets: the story version, its annotation records (suggestions and the editor's decisions on
 * them), the analysis, the findings the editor dismissed, and the review state and who checked it.
 */
export interface ExportInput {
  article: Article
  annotations: readonly Annotation[]
  analysis: Analysis
  dismissed: readonly DismissedRecord[]
  meta: ReportMeta
}

export const EXPORT_FORMATS = ['html', 'pdf', 'docx', 'w3c', 'claimreview', 'csv', 'md'] as const
export type ExportFormat = (typeof EXPORT_FORMATS)[number]

export const EXPORT_EXTENSION: Record<ExportFormat, string> = {
  html: '.html',
  pdf: '.pdf',
  docx: '.docx',
  w3c: '.jsonld',
  claimreview: '.jsonld',
  csv: '.csv',
  md: '.md',
}

export const EXPORT_MIME: Record<ExportFormat, string> = {
  html: 'text/html; charset=utf-8',
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  w3c: 'application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"',
  claimreview: 'application/ld+json',
  csv: 'text/csv; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
}
