import { z } from 'zod'
import { REVIEW_STATES } from '../../../shared/dto'
import { SORT_COLUMNS } from '../../../shared/dto/library'

const id = z.string().min(1).max(200)
const file = z.string().min(1).max(4096)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}([T ][\d:.]+Z?)?$/, 'an ISO date, e.g. 2025-01-31')

export const librarySchemas = {
  'library:search': z
    .object({ query: z.string().max(1000), limit: z.number().int().min(1).max(500).optional(), offset: z.number().int().min(0).optional() })
    .strict(),
  'stories:query': z
    .object({
      source: z.string().min(1).max(200).optional(),
      state: z.enum(REVIEW_STATES).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      hasFindings: z.boolean().optional(),
      sort: z.enum(SORT_COLUMNS).optional(),
      dir: z.enum(['asc', 'desc']).optional(),
      limit: z.number().int().min(1).max(1000).optional(),
      offset: z.number().int().min(0).optional(),
    })
    .strict(),
  'library:sources': z.object({ limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  'library:people': z.object({ limit: z.number().int().min(1).max(100_000).optional() }).strict(),
  'library:mergePeople': z.object({ from: z.string().min(1).max(500), into: z.string().min(1).max(500) }).strict(),
  'library:unmergePerson': z.object({ key: z.string().min(1).max(500) }).strict(),
  'library:person': z.object({ key: z.string().min(1).max(500) }).strict(),
  'library:crossFindings': z.object({ limit: z.number().int().min(1).max(10_000).optional() }).strict(),
  'stories:versions': z.object({ storyId: id }).strict(),
  'stories:diff': z.object({ storyId: id, fromVersionId: id.optional(), toVersionId: id.optional() }).strict(),
  'library:backup': z.object({ file: file.optional() }).strict(),
  'library:restore': z.object({ file }).strict(),
}
