/**
 * The library's settings, as the desk edits them. Every key is optional in a change; a setting that was never set
 * reads as null. New settings (the house style, checks switched off) are added here and in the settings service.
 */
export interface Settings {
  /** The checker's name: "Checked by" in reports and the author of the editor's records. Trimmed, at most 100 characters */
  checkerName: string | null
}

export const CHECKER_NAME_MAX = 100

export type SettingsContract = {
  /** Every setting, null where none is set */
  'settings:get': (input: Record<string, never>) => Settings
  /** Changes the settings given (null or an empty name clears one); answers with every setting after the change */
  'settings:set': (input: Partial<Settings>) => Settings
}
export const SETTINGS_CHANNELS = ['settings:get', 'settings:set'] as const satisfies readonly (keyof SettingsContract)[]
