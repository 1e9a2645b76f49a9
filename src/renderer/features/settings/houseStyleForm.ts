import {
  COURTESY_TITLE_USES,
  DEFAULT_PRESET,
  INSERTION_MARKS,
  LATE_ATTRIBUTION_MAX,
  PRESET_NAMES,
  PRESETS,
  QUOTE_INTRODUCTIONS,
  resolveHouseStyle,
  SAYS_USES,
  type HouseStyle,
  type HouseStyleSettings,
} from '../../../core/analysis/houseStyle'
import { storedHouseStyle } from '../../../core/analysis/houseStyleInput'
import { RULE_IDS } from '../../../core/analysis/rules'
import type { RuleId } from '../../../core/analysis/types'
import type { Settings, SettingsChange } from '../../../shared/dto/settings'

/** The house-style part of the Settings form: the style, every setting resolved, and the checks switched off. */
export interface HouseDraft {
  style: HouseStyle
  disabled: ReadonlySet<RuleId>
}

/** One setting of a house style as the form shows it: a list of choices, a number, or a yes/no. */
export type SettingControl =
  | { kind: 'choice'; label: string; hint: string; options: { value: string; label: string }[] }
  | { kind: 'number'; label: string; hint: string; min: number; max: number }
  | { kind: 'boolean'; label: string; hint: string }

const named = <T extends string>(values: readonly T[], labels: Record<T, string>) => values.map((value) => ({ value, label: labels[value] }))

/** Every setting's control, in the order shown; a setting without one is a compile error. */
export const SETTING_CONTROLS: { [K in keyof HouseStyleSettings]: SettingControl } = {
  insertionMark: {
    kind: 'choice',
    label: 'Insertions in quotes',
    hint: 'The brackets an editor’s words go in. Brackets of the other kind in a quote are noted.',
    options: named(INSERTION_MARKS, { '(': 'Round brackets ( )', '[': 'Square brackets [ ]' }),
  },
  lateAttributionWords: {
    kind: 'number',
    label: 'Late attribution after (words)',
    hint: 'A quote of several sentences whose speaker is named only at its end, after more words than this, is noted. 0: attribution first.',
    min: 0,
    max: LATE_ATTRIBUTION_MAX,
  },
  titleAtFirstReference: {
    kind: 'boolean',
    label: 'Title or role at the first reference',
    hint: 'A speaker first named without a title or role (“Jane Doe said”) is a warning.',
  },
  quoteIntroduction: {
    kind: 'choice',
    label: 'A quote is introduced with',
    hint: 'The mark after the attribution before a full-sentence quote.',
    options: named(QUOTE_INTRODUCTIONS, { ':': 'a colon (said: “…”)', ',': 'a comma (said, “…”)' }),
  },
  says: {
    kind: 'choice',
    label: '“Says” as attribution',
    hint: 'Where the present tense may stand for “said”. A feature is a story whose section or slugline says so.',
    options: named(SAYS_USES, { never: 'never: always “said”', features: 'in features', always: 'everywhere' }),
  },
  courtesyTitles: {
    kind: 'choice',
    label: 'Courtesy titles (Mr, Ms)',
    hint: 'Outside quotes.',
    options: named(COURTESY_TITLE_USES, { avoid: 'avoid: the surname alone', 'later-references': 'at later references: Mr Ban', any: 'no rule' }),
  },
}

export const SETTING_ORDER = Object.keys(SETTING_CONTROLS) as (keyof HouseStyleSettings)[]

/** The styles the form offers, in order. */
export const STYLE_CHOICES = [...PRESET_NAMES, 'custom'] as const

export function houseDraftOf(settings: Pick<Settings, 'houseStyle' | 'disabledRules'>): HouseDraft {
  return { style: settings.houseStyle ?? PRESETS[DEFAULT_PRESET], disabled: new Set(settings.disabledRules ?? []) }
}

/** A preset chosen: its settings; Custom: the settings shown, to change one by one. */
export function choosePreset(draft: HouseDraft, preset: HouseStyle['preset']): HouseDraft {
  return { ...draft, style: preset === 'custom' ? { ...draft.style, preset: 'custom' } : PRESETS[preset] }
}

/** One setting changed: a preset's style becomes Custom (unless the value is the preset's own); Custom stays Custom. */
export function changeSetting<K extends keyof HouseStyleSettings>(draft: HouseDraft, key: K, value: HouseStyleSettings[K]): HouseDraft {
  return { ...draft, style: resolveHouseStyle({ ...draft.style, [key]: value }) }
}

export function toggleCheck(draft: HouseDraft, rule: RuleId, on: boolean): HouseDraft {
  const disabled = new Set(draft.disabled)
  if (on) disabled.delete(rule)
  else disabled.add(rule)
  return { ...draft, disabled }
}

/** Only what the editor changed: the style as it is kept (a preset by name) and the checks off, in the checks' order. */
export function houseChangeOf(saved: Pick<Settings, 'houseStyle' | 'disabledRules'>, draft: HouseDraft): Pick<SettingsChange, 'houseStyle' | 'disabledRules'> {
  const change: Pick<SettingsChange, 'houseStyle' | 'disabledRules'> = {}
  const before = houseDraftOf(saved)
  if (JSON.stringify(before.style) !== JSON.stringify(draft.style)) change.houseStyle = storedHouseStyle(draft.style)
  const off = RULE_IDS.filter((id) => draft.disabled.has(id))
  if (off.join() !== RULE_IDS.filter((id) => before.disabled.has(id)).join()) change.disabledRules = off
  return change
}
