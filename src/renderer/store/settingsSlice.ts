import type { StateCreator } from 'zustand'
import { DEFAULT_PRESET, PRESETS, STYLE_LABELS, type AnalyzeOptions, type HouseStyle } from '../../core/analysis/houseStyle'
import type { RuleId } from '../../core/analysis/types'
import type { Settings } from '../../shared/dto/settings'
import { call } from '../lib/api'
import type { StoreState } from './index'

/** What the checks of the open story follow: the library's house style and the checks switched off in it. */
export interface CheckSettings {
  houseStyle: HouseStyle
  /** True while the library has chosen no style (the checks then follow the default preset) */
  defaultStyle: boolean
  disabledRules: RuleId[]
}

export interface SettingsSlice {
  /** Null until the library's settings are read */
  checkSettings: CheckSettings | null
  /** Reads the library's settings (at start) */
  loadSettings: () => Promise<void>
  /** The settings as the Node side answered a change: a new house style or check switched off re-runs the checks */
  settingsSaved: (settings: Settings) => void
}

export function checkSettingsOf(s: Settings): CheckSettings {
  return { houseStyle: s.houseStyle ?? PRESETS[DEFAULT_PRESET], defaultStyle: s.houseStyle === null, disabledRules: s.disabledRules ?? [] }
}

/** The options the desk's own analysis runs with: the library's, as the Node side's analysis uses them. */
export function analyzeOptionsOf(c: CheckSettings | null): AnalyzeOptions {
  if (!c) return {}
  return { ...c.houseStyle, ...(c.disabledRules.length > 0 ? { disabledRules: c.disabledRules } : {}) }
}

/** "House style: AP", "House style: Reuters (default)", with the checks switched off: "· 2 checks off". */
export function houseStyleLine(c: CheckSettings): string {
  const off = c.disabledRules.length
  return `House style: ${STYLE_LABELS[c.houseStyle.preset]}${c.defaultStyle ? ' (default)' : ''}${off > 0 ? ` · ${off} ${off === 1 ? 'check' : 'checks'} off` : ''}`
}

export const createSettingsSlice: StateCreator<StoreState, [], [], SettingsSlice> = (set, get) => ({
  checkSettings: null,
  loadSettings: async () => {
    const r = await call('settings:get', {})
    if (!r.ok) return get().notify('error', `The library's settings could not be read: ${r.error.message}`)
    set({ checkSettings: checkSettingsOf(r.value) })
  },
  settingsSaved: (settings) => {
    const before = JSON.stringify(analyzeOptionsOf(get().checkSettings))
    const next = checkSettingsOf(settings)
    set({ checkSettings: next })
    if (JSON.stringify(analyzeOptionsOf(next)) !== before) get().recheck()
  },
})
