import { overlayOptions, type AnalyzeOptions } from '../../core/analysis/houseStyle'
import type { Annotation } from '../../core/annotation/types'
import { exportBytes, exportedAnnotations } from '../../core/export/index'
import { analyzeCached } from './analysisCache'
import { exportEngines, loadPdfShaper } from './exportPdf'
import { EXPORT_EXTENSION, EXPORT_MIME, type ExportFormat, type ExportInput } from '../../core/export/types'
import type { ReviewRecord } from '../../core/export/model'
import type { DismissedFinding, ReviewState, StoryDetail } from '../../shared/dto'
import type { RenderedExport } from '../../shared/dto/exports'
import { foldAccents } from '../../core/language/fold'

/**
 * Who checked the story and when. The name is the one given (the CLI's --checked-by, else the checker's name from
 * Settings), never an account name; null when there is none. The time is when the story was set Checked, else the
 * editor's latest decision, else (with a name given) now.
 */
export function checker(
  records: readonly Annotation[],
  checkedBy: string | null | undefined,
  review: ReviewRecord,
  now: string,
): { checkedBy: string | null; checkedAt: string | null } {
  const name = checkedBy?.trim() || null
  const last = records.filter((a) => a.origin === 'editor').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
  const checkedAt = (review.state === 'checked' ? review.at : null) ?? last?.updatedAt ?? (name ? now : null)
  return { checkedBy: name, checkedAt }
}

/** An audit-trail event as exports read it: who, when, and its detail. */
export type StateEvent = { actor: string; at: string; detail: unknown } | null

/** The review state with who set it and when, from the latest state change in the audit trail (when it led here). */
export function reviewRecord(state: ReviewState, event: StateEvent): ReviewRecord {
  const to = event && typeof event.detail === 'object' && event.detail !== null ? (event.detail as { to?: unknown }).to : undefined
  return event && to === state ? { state, by: event.actor, at: event.at } : { state, by: null, at: null }
}

export interface ExportOptions {
  /** The checker's name: the CLI's --checked-by, else Settings */
  checkedBy?: string | null | undefined
  now: string
  review: ReviewRecord
  /** The zone the reports show times in (the machine's own when absent) */
  timeZone?: string
}

/** The exporters' input for a stored story: its latest version, that version's records, the dismissed findings and the analysis. */
export function storyExportInput(
  detail: StoryDetail,
  stored: { annotations: readonly Annotation[]; dismissed: readonly DismissedFinding[] },
  opts: ExportOptions,
): ExportInput {
  const { annotations } = stored
  return {
    article: detail.version.article,
    analysis: detail.analysis,
    annotations,
    dismissed: stored.dismissed,
    meta: {
      storyId: detail.story.id,
      version: String(detail.version.number),
      ...checker(annotations, opts.checkedBy, opts.review, opts.now),
      review: opts.review,
      ...(opts.timeZone ? { timeZone: opts.timeZone } : {}),
    },
  }
}

/**
 * A file name from the headline: letters (of any script: an Arabic or Chinese headline names its file too, Latin
 * without its accents), digits and dashes only, never empty, with the format's extension.
 */
export function exportFileName(headline: string | null, storyId: string, format: ExportFormat): string {
  const slug = [
    ...foldAccents(headline ?? '', 'latin')
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, ''),
  ]
    .slice(0, 60)
    .join('')
    .replace(/-+$/, '')
  const base = slug || `story-${storyId.replace(/[^\w-]+/g, '').slice(0, 40) || 'export'}`
  const suffix = format === 'w3c' ? '.annotations' : format === 'claimreview' ? '.claimreview' : ''
  return `${base}${suffix}${EXPORT_EXTENSION[format]}`
}

export interface ExportServiceDeps {
  getStory: (id: string) => StoryDetail
  /** The latest version's records and the story's dismissed findings (as annotations:list answers) */
  listAnnotations: (storyId: string) => { annotations: readonly Annotation[]; dismissed: readonly DismissedFinding[] }
  /** The checker's name from Settings, null when none is set */
  checkerName: () => string | null
  /** The library's house style and checks switched off (Settings), under the CLI's flags */
  analyzeOptions?: () => AnalyzeOptions
  /** The story's latest review-state change in the audit trail */
  lastStateChange: (storyId: string) => StateEvent
  now?: () => string
  timeZone?: string
}

/** Export of stored stories: the same input the CLI builds, rendered by core/export. */
export function createExportService(deps: ExportServiceDeps) {
  const now = deps.now ?? (() => new Date().toISOString())
  /**
   * `checkedBy` (the CLI's --checked-by) wins over the name in Settings; `house` (the CLI's --house-style and
   * --disable) goes over the library's house style and checks switched off.
   */
  const input = (storyId: string, checkedBy?: string, house?: AnalyzeOptions): ExportInput => {
    const stored = deps.getStory(storyId)
    const detail = house ? { ...stored, analysis: analyzeCached(stored.version.article, overlayOptions(deps.analyzeOptions?.() ?? {}, house)) } : stored
    const review = reviewRecord(detail.story.state, deps.lastStateChange(storyId))
    return storyExportInput(detail, deps.listAnnotations(storyId), {
      checkedBy: checkedBy?.trim() || deps.checkerName(),
      now: now(),
      review,
      ...(deps.timeZone ? { timeZone: deps.timeZone } : {}),
    })
  }
  const file = async (storyId: string, format: ExportFormat, checkedBy?: string, house?: AnalyzeOptions): Promise<{ fileName: string; mime: string; data: Uint8Array; annotations: number }> => {
    const i = input(storyId, checkedBy, house)
    if (format === 'pdf') await loadPdfShaper()
    return {
      fileName: exportFileName(i.article.headline, storyId, format),
      mime: EXPORT_MIME[format],
      data: exportBytes(format, i, exportEngines),
      annotations: exportedAnnotations(i.annotations).length,
    }
  }
  return {
    input,
    file,
    async render(storyId: string, format: ExportFormat, checkedBy?: string, house?: AnalyzeOptions): Promise<RenderedExport> {
      const f = await file(storyId, format, checkedBy, house)
      const base64 = Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength).toString('base64')
      return { fileName: f.fileName, mime: f.mime, base64, bytes: f.data.length, annotations: f.annotations }
    },
  }
}

export type ExportService = ReturnType<typeof createExportService>
