import { CHECKER_NAME_MAX, type Settings } from '../../../shared/ipc/areas/settings'

/**
 * The fields of the Settings dialog, in the order shown, grouped by section. A new setting (the house style of
 * issue 16) is one more entry here, once the Node side knows it (shared/ipc/areas/settings.ts).
 */
export interface SettingField {
  key: keyof Settings
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
export function draftOf(settings: Settings): Record<keyof Settings, string> {
  const out = {} as Record<keyof Settings, string>
  for (const f of SETTING_FIELDS) out[f.key] = settings[f.key] ?? ''
  return out
}

/** Only what the editor changed, trimmed; an emptied field clears its setting (null). */
export function changeOf(saved: Settings, draft: Record<keyof Settings, string>): Partial<Settings> {
  const change: Partial<Settings> = {}
  for (const f of SETTING_FIELDS) {
    const value = draft[f.key].replace(/\s+/g, ' ').trim() || null
    if (value !== saved[f.key]) change[f.key] = value
  }
  return change
}
