import { CHECKER_NAME_MAX, type Settings } from '../../shared/ipc/areas/settings'
import { AppError } from '../../shared/ipc/result'
import type { SettingsRepo } from '../db/settings'

/**
 * One entry per setting: how a stored value is read back (anything unreadable reads as null) and how a new value
 * is checked. A new setting (issue 16's house style) is one more entry here and a field in `Settings`.
 */
const FIELDS: { [K in keyof Settings]: { read: (v: unknown) => Settings[K]; check: (v: Settings[K]) => Settings[K] } } = {
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
  return {
    get,
    /** Checks every given value first, so a bad one changes nothing. */
    set(change: Partial<Settings>): Settings {
      const checked: Partial<Settings> = {}
      for (const k of KEYS) if (change[k] !== undefined) checked[k] = FIELDS[k].check(change[k])
      for (const k of KEYS) if (k in checked) repo.set(k, checked[k])
      return get()
    },
    /** The checker's name, or null when none is set. */
    checkerName: (): string | null => get().checkerName,
  }
}

export type SettingsService = ReturnType<typeof createSettingsService>
