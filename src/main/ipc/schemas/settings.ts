import { z } from 'zod'
import { CHECKER_NAME_MAX } from '../../../shared/ipc/areas/settings'

export const settingsSchemas = {
  'settings:get': z.object({}).strict(),
  // The length is checked again after trimming, in the service, which says what was wrong.
  'settings:set': z.object({ checkerName: z.string().max(CHECKER_NAME_MAX * 4).nullable().optional() }).strict(),
}
