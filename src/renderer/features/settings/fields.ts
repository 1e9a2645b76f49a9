import { CHECKER_NAME_MAX } from '../../../shared/ipc/areas/settings'
import { type Settings } from '../../../shared/dto/settings'

/** The settings the dialog edits as text (the house style has a form of its own, houseStyleForm.ts). */
export type TextSettingKey = { [K in keyof Settings]: Settings[K] extends string | null ? K : never }[keyof Settings]
type TextSettings = Pick<Settings, TextSettingKey>

/**
 * The text fields of the Settings dialog, in the order shown, grouped by section. A new text setting is one more
 * entry here, once the Node side knows it (shared/ipc/areas/settings.ts).
 */
export interface SettingField {
  key: TextSettingKey
  section: string
  label: string
  hint: string
  kind: 'text'
  maxLength: number
  placeholder?: string
}

export const SETTING_FIELDS: readonly SettingField[] = [
  {
    key: 'checkerName',
    section: 'You',
    label: 'Your name',
    hint: 'Reports say “Checked by” this name, and your decisions, notes and dismissals carry it. Empty: reports say the name is not set.',
    kind: 'text',
    maxLength: CHECKER_NAME_MAX,
    placeholder: 'First and last name',
  },
]

/** What the form shows for the stored settings: every field as text, empty where none is set. */
export function draftOf(settings: TextSettings): Record<TextSettingKey, string> {
  const out = {} as Record<TextSettingKey, string>
  for (const f of SETTING_FIELDS) out[f.key] = settings[f.key] ?? ''
  return out
}

/** Only what the editor changed, trimmed; an emptied field clears its setting (null). */
export function changeOf(saved: TextSettings, draft: Record<TextSettingKey, string>): Partial<TextSettings> {
  const change: Partial<TextSettings> = {}
  for (const f of SETTING_FIELDS) {
    const value = draft[f.key].replace(/\s+/g, ' ').trim() || null
    if (value !== saved[f.key]) change[f.key] = value
  }
  return change
}
