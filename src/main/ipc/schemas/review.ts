import { z } from 'zod'

export const reviewSchemas = {
  'review:setState': z.object({ storyId: z.string().min(1).max(200), state: z.enum(['new', 'in_review', 'checked']), confirmOpen: z.boolean().optional() }).strict(),
}
