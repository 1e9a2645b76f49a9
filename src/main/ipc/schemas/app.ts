import { z } from 'zod'

export const appSchemas = {
  'app:info': z.object({}).strict(),
  'app:flushed': z.object({ id: z.string().min(1).max(100), saved: z.boolean() }).strict(),
  'app:updates': z.object({}).strict(),
  'app:setUpdates': z.object({ on: z.boolean() }).strict(),
}
