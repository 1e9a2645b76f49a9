import {
  COURTESY_TITLE_USES,
  INSERTION_MARKS,
  LATE_ATTRIBUTION_MAX,
  PRESET_NAMES,
  QUOTE_INTRODUCTIONS,
  resolveHouseStyle,
  SAYS_USES,
  SETTING_KEYS,
  type AnalyzeOptions,
  type HouseStyle,
  type HouseStyleSettings,
} from './houseStyle'
import { isRuleId, RULE_IDS } from './rules'
import type { RuleId } from './types'

/** A house style or a list of checks that cannot be used; the message names the setting and what it accepts. */
export class HouseStyleError extends Error {
  override name = 'HouseStyleError'
}

/** A house style as the desk sends it and a file gives it: a preset, and any settings changed from it. */
export type HouseStyleChoice = { preset?: HouseStyle['preset'] } & Partial<HouseStyleSettings>

const oneOf = (values: readonly string[]) => values.join(', ')
const shown = (v: unknown) => (typeof v === 'string' ? `"${v}"` : JSON.stringify(v) ?? String(v))

/** Each setting's check: the value when it is one the setting takes, else an error that says what it takes. */
const CHECKS: { [K in keyof HouseStyleSettings]: (v: unknown) => HouseStyleSettings[K] } = {
  insertionMark: (v) => choice('insertionMark', INSERTION_MARKS, v),
  lateAttributionWords: (v) => {
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= LATE_ATTRIBUTION_MAX) return v
    throw new HouseStyleError(`"lateAttributionWords" must be a whole number from 0 to ${LATE_ATTRIBUTION_MAX} (got ${shown(v)})`)
  },
  titleAtFirstReference: (v) => {
    if (typeof v === 'boolean') return v
    throw new HouseStyleError(`"titleAtFirstReference" must be true or false (got ${shown(v)})`)
  },
  quoteIntroduction: (v) => choice('quoteIntroduction', QUOTE_INTRODUCTIONS, v),
  says: (v) => choice('says', SAYS_USES, v),
  courtesyTitles: (v) => choice('courtesyTitles', COURTESY_TITLE_USES, v),
}

function choice<T extends string>(key: string, values: readonly T[], v: unknown): T {
  if (typeof v === 'string' && (values as readonly string[]).includes(v)) return v as T
  throw new HouseStyleError(`"${key}" must be one of ${oneOf(values.map((x) => `"${x}"`))} (got ${shown(v)})`)
}

const PRESET_CHOICES = [...PRESET_NAMES, 'custom'] as const

function objectOf(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new HouseStyleError(`${what} must be a JSON object (got ${shown(value)})`)
  return value as Record<string, unknown>
}

/**
 * A house style from what the desk, the library or a file gives: `{ "preset": "ap" }`, a preset with settings on
 * top (`{ "preset": "bbc", "lateAttributionWords": 10 }`, then a custom style), or `{ "preset": "custom", … }` on
 * Reuters' settings. Unknown keys and wrong values throw a HouseStyleError naming them. `extraKeys` are allowed
 * and ignored (a file's `disabledRules`).
 */
export function parseHouseStyle(value: unknown, extraKeys: readonly string[] = []): HouseStyle {
  const o = objectOf(value, 'A house style')
  const known = ['preset', ...SETTING_KEYS, ...extraKeys]
  for (const k of Object.keys(o)) {
    if (!known.includes(k)) throw new HouseStyleError(`unknown setting "${k}"; a house style has ${oneOf(['preset', ...SETTING_KEYS])}`)
  }
  const options: AnalyzeOptions = {}
  if (o.preset !== undefined) options.preset = choice('preset', PRESET_CHOICES, o.preset)
  for (const k of SETTING_KEYS) if (o[k] !== undefined) Object.assign(options, { [k]: CHECKS[k](o[k]) })
  return resolveHouseStyle(options)
}

/** Checks to switch off: every id one of the checks, each once, in the checks' own order. */
export function parseDisabledRules(value: unknown): RuleId[] {
  if (!Array.isArray(value)) throw new HouseStyleError(`"disabledRules" must be a list of check names (got ${shown(value)})`)
  for (const v of value) {
    if (!isRuleId(v)) throw new HouseStyleError(`unknown check ${shown(v)}; the checks are ${oneOf(RULE_IDS)}`)
  }
  return RULE_IDS.filter((id) => value.includes(id))
}

/** A house-style file (the CLI's --house-style FILE.json): a house style, and optionally `"disabledRules": [...]`. */
export function parseHouseStyleFile(value: unknown): { style: HouseStyle; disabledRules: RuleId[] } {
  const o = objectOf(value, 'A house-style file')
  return { style: parseHouseStyle(o, ['disabledRules']), disabledRules: o.disabledRules === undefined ? [] : parseDisabledRules(o.disabledRules) }
}

/** How a house style is kept: a preset by its name alone (so that it follows the preset), a custom style in full. */
export function storedHouseStyle(style: HouseStyle): HouseStyleChoice {
  return style.preset === 'custom' ? { ...style } : { preset: style.preset }
}
