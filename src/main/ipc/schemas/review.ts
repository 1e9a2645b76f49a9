import { z } from 'zod'
import { REVIEW_STATES } from '../../../shared/dto'

export const reviewSchemas = {
  'review:setState': z.object({ storyId: z.string().min(1).max(200), state: z.enum(REVIEW_STATES), confirmOpen: z.boolean().optional() }).strict(),
}
