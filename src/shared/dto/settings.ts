import type { HouseStyle } from '../../core/analysis/houseStyle'
import type { HouseStyleChoice } from '../../core/analysis/houseStyleInput'
import type { RuleId } from '../../core/analysis/types'

/**
 * The library's settings, as the desk edits them. Every key is optional in a change; a setting that was never set
 * reads as null. A new setting is added here and in the settings service.
 */
export interface Settings {
  /** The checker's name: "Checked by" in reports and the author of the editor's records. Trimmed, at most 100 characters */
  checkerName: string | null
  /** The house style the checks follow, every setting resolved; null until one is chosen (the checks then follow Reuters) */
  houseStyle: HouseStyle | null
  /** The checks switched off in this library, in the checks' order; null when none is */
  disabledRules: RuleId[] | null
}

/** A change of settings: each given key replaces its setting, null (or an empty name or list) clears it. */
export interface SettingsChange {
  checkerName?: string | null
  /** A preset (`{ preset: 'ap' }`), or a preset or `custom` with settings on top */
  houseStyle?: HouseStyleChoice | null
  disabledRules?: RuleId[] | null
}
