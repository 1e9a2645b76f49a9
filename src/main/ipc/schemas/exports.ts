import { z } from 'zod'
import { EXPORT_FORMATS } from '../../../core/export/types'
import type { HouseStyle } from '../../../core/analysis/houseStyle'
import { parseDisabledRules, parseHouseStyle } from '../../../core/analysis/houseStyleInput'
import type { RuleId } from '../../../core/analysis/types'
import { CHECKER_NAME_MAX } from '../../../shared/ipc/areas/settings'
import { parsedBy } from './settings'

const story = z.object({ storyId: z.string().min(1).max(200), format: z.enum(EXPORT_FORMATS) }).strict()

export const exportsSchemas = {
  'exports:render': story
    .extend({
      checkedBy: z.string().max(CHECKER_NAME_MAX).optional(),
      houseStyle: parsedBy<HouseStyle>(parseHouseStyle).optional(),
      disabledRules: parsedBy<RuleId[]>(parseDisabledRules).optional(),
    })
    .strict(),
  'exports:save': story,
}
