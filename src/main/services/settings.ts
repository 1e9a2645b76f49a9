import type { AnalyzeOptions } from '../../core/analysis/houseStyle'
import { HouseStyleError, parseDisabledRules, parseHouseStyle, storedHouseStyle } from '../../core/analysis/houseStyleInput'
import { RULE_IDS } from '../../core/analysis/rules'
import { CHECKER_NAME_MAX } from '../../shared/ipc/areas/settings'
import { type Settings, type SettingsChange } from '../../shared/dto/settings'
import { AppError } from '../../shared/ipc/result'
import type { SettingsRepo } from '../db/settings'

/** A house style or list of checks the parser refuses, as the answer's invalid_input (any other error is a bug). */
function checked<T>(parse: () => T): T {
  try {
    return parse()
  } catch (e) {
    if (e instanceof HouseStyleError) throw new AppError('invalid_input', e.message)
    throw e
  }
}

/**
 * One entry per setting: how a stored value is read back (anything unreadable reads as null), how a new value is
 * checked, and what is stored for it. A new setting is one more entry here and a field in `Settings`.
 */
const FIELDS: {
  [K in keyof Settings]: { read: (v: unknown) => Settings[K]; check: (v: NonNullable<SettingsChange[K]> | null) => Settings[K]; store?: (v: Settings[K]) => unknown }
} = {
  checkerName: {
    read: (v) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, CHECKER_NAME_MAX) : null),
    check: (v) => {
      if (v === null) return null
      const name = v.replace(/\s+/g, ' ').trim()
      if (name.length > CHECKER_NAME_MAX) {
        throw new AppError('invalid_input', `The checker's name is ${name.length} characters; at most ${CHECKER_NAME_MAX} fit.`)
      }
      return name === '' ? null : name
    },
  },
  houseStyle: {
    read: (v) => {
      if (v === undefined || v === null) return null
      try {
        return parseHouseStyle(v)
      } catch (e) {
        if (e instanceof HouseStyleError) return null
        throw e
      }
    },
    check: (v) => (v === null ? null : checked(() => parseHouseStyle(v))),
    // A preset is kept by its name, so that the library follows the preset as Wiremark refines it.
    store: (v) => (v === null ? null : storedHouseStyle(v)),
  },
  disabledRules: {
    // A check this Wiremark does not know (a newer one's) is left out rather than losing the whole list.
    read: (v) => {
      const known = Array.isArray(v) ? RULE_IDS.filter((id) => v.includes(id)) : []
      return known.length > 0 ? known : null
    },
    check: (v) => {
      const list = v === null ? [] : checked(() => parseDisabledRules(v))
      return list.length > 0 ? list : null
    },
  },
}

const KEYS = Object.keys(FIELDS) as (keyof Settings)[]

/** The library's settings over the settings table: read with defaults, changed after checking every given value. */
export function createSettingsService(deps: { repo: SettingsRepo }) {
  const { repo } = deps
  const get = (): Settings => {
    const out: Partial<Record<keyof Settings, unknown>> = {}
    for (const k of KEYS) out[k] = FIELDS[k].read(repo.get(k))
    return out as Settings
  }
  /** What the checks follow: the house style (Reuters until one is chosen) and the checks switched off. */
  const analyzeOptions = (): AnalyzeOptions => {
    const s = get()
    return { ...(s.houseStyle ?? {}), ...(s.disabledRules ? { disabledRules: s.disabledRules } : {}) }
  }
  return {
    get,
    /** Checks every given value first, so a bad one changes nothing. */
    set(change: SettingsChange): Settings {
      const checkedValues: Partial<Record<keyof Settings, unknown>> = {}
      for (const k of KEYS) {
        const v = change[k]
        if (v !== undefined) checkedValues[k] = (FIELDS[k].check as (x: unknown) => unknown)(v)
      }
      for (const k of KEYS) {
        if (!(k in checkedValues)) continue
        const store = FIELDS[k].store as ((x: unknown) => unknown) | undefined
        repo.set(k, store ? store(checkedValues[k]) : checkedValues[k])
      }
      return get()
    },
    /** The checker's name, or null when none is set. */
    checkerName: (): string | null => get().checkerName,
    analyzeOptions,
  }
}

export type SettingsService = ReturnType<typeof createSettingsService>
