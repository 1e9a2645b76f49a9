import type { Settings, SettingsChange } from '../../dto/settings'

export const CHECKER_NAME_MAX = 100

export type SettingsContract = {
  /** Every setting, null where none is set */
  'settings:get': (input: Record<string, never>) => Settings
  /**
   * Changes the settings given (null or an empty name clears one); answers with every setting after the change. A
   * change of the house style or of the checks switched off recounts every story's open findings in the background.
   */
  'settings:set': (input: SettingsChange) => Settings
}
export const SETTINGS_CHANNELS = ['settings:get', 'settings:set'] as const satisfies readonly (keyof SettingsContract)[]
