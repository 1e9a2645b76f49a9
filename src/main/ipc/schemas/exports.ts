import { z } from 'zod'
import { EXPORT_FORMATS } from '../../../core/export/types'

const story = z.object({ storyId: z.string().min(1).max(200), format: z.enum(EXPORT_FORMATS) }).strict()

export const exportsSchemas = {
  'exports:render': story,
  'exports:save': story,
}
