import type { Annotation } from '../../core/annotation/types'
import { exportBytes } from '../../core/export/index'
import { EXPORT_EXTENSION, EXPORT_MIME, type ExportFormat, type ExportInput } from '../../core/export/types'
import type { StoryDetail } from '../../shared/dto'
import type { RenderedExport } from '../../shared/ipc/areas/exports'

/** Who checked the story and when: `checkedBy` when given, else the editor who last changed a record. */
export function checker(records: readonly Annotation[], checkedBy: string | undefined, now: string): { checkedBy: string | null; checkedAt: string | null } {
  if (checkedBy) return { checkedBy, checkedAt: now }
  const last = records.filter((a) => a.origin === 'editor').sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))[0]
  return last ? { checkedBy: last.author, checkedAt: last.updatedAt } : { checkedBy: null, checkedAt: null }
}

/** The exporters' input for a stored story: its latest version, that version's annotation records and analysis. */
export function storyExportInput(detail: StoryDetail, annotations: readonly Annotation[], opts: { checkedBy?: string | undefined; now: string }): ExportInput {
  return {
    article: detail.version.article,
    analysis: detail.analysis,
    annotations,
    meta: { storyId: detail.story.id, version: String(detail.version.number), ...checker(annotations, opts.checkedBy, opts.now) },
  }
}

/** A file name from the headline: letters, digits and dashes only, never empty, with the format's extension. */
export function exportFileName(headline: string | null, storyId: string, format: ExportFormat): string {
  const slug = (headline ?? '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
  const base = slug || `story-${storyId.replace(/[^\w-]+/g, '').slice(0, 40) || 'export'}`
  const suffix = format === 'w3c' ? '.annotations' : format === 'claimreview' ? '.claimreview' : ''
  return `${base}${suffix}${EXPORT_EXTENSION[format]}`
}

export interface ExportServiceDeps {
  getStory: (id: string) => StoryDetail
  listAnnotations: (storyId: string) => readonly Annotation[]
  now?: () => string
}

/** Export of stored stories: the same input the CLI builds, rendered by core/export. */
export function createExportService(deps: ExportServiceDeps) {
  const now = deps.now ?? (() => new Date().toISOString())
  const input = (storyId: string, checkedBy?: string): ExportInput => {
    const detail = deps.getStory(storyId)
    return storyExportInput(detail, deps.listAnnotations(storyId), { checkedBy, now: now() })
  }
  const file = (storyId: string, format: ExportFormat): { fileName: string; mime: string; data: Uint8Array } => {
    const i = input(storyId)
    return { fileName: exportFileName(i.article.headline, storyId, format), mime: EXPORT_MIME[format], data: exportBytes(format, i) }
  }
  return {
    input,
    file,
    render(storyId: string, format: ExportFormat): RenderedExport {
      const f = file(storyId, format)
      return { fileName: f.fileName, mime: f.mime, base64: Buffer.from(f.data.buffer, f.data.byteOffset, f.data.byteLength).toString('base64'), bytes: f.data.length }
    },
  }
}

export type ExportService = ReturnType<typeof createExportService>
