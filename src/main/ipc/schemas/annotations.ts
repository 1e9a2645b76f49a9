import { z } from 'zod'
import { ANNOTATION_FILE_MAX } from '../../../shared/ipc/areas/annotations'
import { BLOCK_KINDS } from '../../../core/article/types'
import { ANCHOR_STATES, ANNOTATION_KINDS, ANNOTATION_ORIGINS, ANNOTATION_STATUSES, DECISIONS } from '../../../core/annotation/types'

const id = z.string().min(1).max(200)
const offset = z.number().int().min(0)
const text = (max: number) => z.string().max(max)

const annotation = z
  .object({
    id,
    storyId: id,
    versionId: id,
    kind: z.enum(ANNOTATION_KINDS),
    // 'auto': a suggestion the desk's re-analysis found in text the editor typed (new records only; see the service).
    origin: z.enum(ANNOTATION_ORIGINS),
    start: offset,
    end: offset,
    selector: z.object({ exact: text(100_000), prefix: text(200), suffix: text(200) }).strict(),
    status: z.enum(ANNOTATION_STATUSES).nullable(),
    decision: z.enum(DECISIONS).nullable(),
    speaker: text(500).nullable(),
    attribution: text(100).nullable(),
    cue: text(500).nullable(),
    note: text(20_000).nullable(),
    evidence: z.array(z.string().min(1).max(2000)).max(100),
    suggestionId: id.nullable(),
    anchor: z.enum(ANCHOR_STATES),
    // A desk-only note (an imported Word comment) as the desk loaded it; the service keeps it so whatever is sent.
    nonPublic: z.literal(true).optional(),
  })
  .strict()
  .refine((a) => a.end >= a.start, { message: 'end must not be before start' })
  .refine((a) => a.origin === 'editor' || (a.decision === null && a.suggestionId === null), {
    message: 'a suggestion carries no decision and belongs to no other suggestion',
  })

const anchor = z
  .object({ id, start: offset, end: offset, exact: text(100_000), prefix: text(200), suffix: text(200), anchor: z.enum(ANCHOR_STATES) })
  .strict()

export const annotationsSchemas = {
  'annotations:list': z.object({ storyId: id }).strict(),
  'annotations:save': z.object({ annotation }).strict(),
  'annotations:delete': z.object({ id }).strict(),
  'annotations:saveDocument': z
    .object({
      storyId: id,
      versionId: id,
      blocks: z
        .array(z.object({ kind: z.enum(BLOCK_KINDS), text: text(1_000_000) }).strict())
        .max(100_000),
      anchors: z.array(anchor).max(100_000),
      countFindings: z.boolean().optional(),
    })
    .strict(),
  'annotations:dismissFinding': z.object({ storyId: id, key: z.string().min(1).max(1000), reason: z.string().min(1).max(2000) }).strict(),
  'annotations:restoreFinding': z.object({ storyId: id, key: z.string().min(1).max(1000) }).strict(),
  'annotations:import': z.object({ storyId: id, name: z.string().min(1).max(1000), text: z.string().max(ANNOTATION_FILE_MAX) }).strict(),
}
