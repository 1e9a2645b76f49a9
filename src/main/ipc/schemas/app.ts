import { z } from 'zod'

export const appSchemas = {
  'app:info': z.object({}).strict(),
}
