import { readFileSync, renameSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Output } from '../../shared/ipc/contract'
import { log } from '../log'

type UpdatesSetting = Output<'app:updates'>

/**
 * Automatic updates: OFF unless the user turns them on (Settings, or Help > Check for Updates Automatically), and
 * never in a development build. A newsroom's IT can forbid them on a machine with WIREMARK_UPDATES=off, whatever the user chose.
 * The feed is the release's own (electron-builder.yml `publish`, written into the app as app-update.yml).
 */
export function updatePlan(opts: UpdateFacts): { check: boolean; reason: string } {
  if (forbidden(opts.env)) return { check: false, reason: 'turned off for this machine (WIREMARK_UPDATES=off)' }
  if (!opts.isPackaged) return { check: false, reason: 'a development build has no release feed' }
  if (!opts.enabled) return { check: false, reason: 'off (Settings or Help > Check for Updates Automatically turns them on)' }
  return { check: true, reason: 'on' }
}

export interface UpdateFacts {
  /** The user's choice (desktop-preferences.json) */
  enabled: boolean
  isPackaged: boolean
  env: Record<string, string | undefined>
}

const forbidden = (env: Record<string, string | undefined>) => /^(off|0|false|no)$/i.test(env.WIREMARK_UPDATES?.trim() ?? '')

/** The switch in Settings: whether it can change here, its state, and what it does or why it cannot. */
export function updatesSetting(opts: UpdateFacts): UpdatesSetting {
  if (forbidden(opts.env)) {
    return { switchable: false, on: false, note: 'Automatic updates are turned off on this computer (WIREMARK_UPDATES=off): new versions come from your IT department.' }
  }
  if (!opts.isPackaged) return { switchable: false, on: false, note: 'Automatic updates are not available in a development build: it has no release feed.' }
  return {
    switchable: true,
    on: opts.enabled,
    note: 'Checks for a new version when Wiremark starts, downloads it in the background and installs it when you quit. Kept on this computer, for every library.',
  }
}

export interface DesktopPreferences {
  /** Check the release feed for updates at start and install them on quit */
  updates: boolean
}

/** Reads desktop-preferences.json's content: anything missing or unreadable is the default (updates off). */
export function readPreferences(saved: unknown): DesktopPreferences {
  const updates = !!saved && typeof saved === 'object' && (saved as { updates?: unknown }).updates === true
  return { updates }
}

/** The desktop app's own preferences (this machine's, not the library's), in the data folder. */
export function createPreferences(dataDir: string) {
  const file = join(dataDir, 'desktop-preferences.json')
  let prefs: DesktopPreferences
  try {
    prefs = readPreferences(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    prefs = readPreferences(null) // first run or unreadable: the defaults
  }
  return {
    get: (): DesktopPreferences => prefs,
    set(change: Partial<DesktopPreferences>): DesktopPreferences {
      prefs = { ...prefs, ...change }
      try {
        writeFileSync(`${file}.tmp`, JSON.stringify(prefs))
        renameSync(`${file}.tmp`, file)
      } catch (e) {
        log.error('Wiremark: cannot save the desktop preferences', e)
      }
      return prefs
    },
  }
}
