import { z } from 'zod'
import { HouseStyleError, parseDisabledRules, parseHouseStyle, type HouseStyleChoice } from '../../../core/analysis/houseStyleInput'
import type { RuleId } from '../../../core/analysis/types'
import { CHECKER_NAME_MAX } from '../../../shared/ipc/areas/settings'

/**
 * A value the core parser reads, its HouseStyleError as the issue (one definition of what a house style may hold);
 * `T` is the contract's type of the value, which the parser accepts.
 */
export const parsedBy = <T>(parse: (v: unknown) => unknown) =>
  z.custom<T>().superRefine((v, ctx) => {
    try {
      parse(v)
    } catch (e) {
      if (!(e instanceof HouseStyleError)) throw e
      ctx.addIssue({ code: 'custom', message: e.message })
    }
  })

export const settingsSchemas = {
  'settings:get': z.object({}).strict(),
  // The length is checked again after trimming, in the service, which says what was wrong.
  'settings:set': z
    .object({
      checkerName: z.string().max(CHECKER_NAME_MAX * 4).nullable().optional(),
      houseStyle: parsedBy<HouseStyleChoice | null>((v) => (v === null ? null : parseHouseStyle(v))).optional(),
      disabledRules: parsedBy<RuleId[] | null>((v) => (v === null ? null : parseDisabledRules(v))).optional(),
    })
    .strict(),
}
