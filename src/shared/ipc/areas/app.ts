import type { AppInfo } from '../../dto'

/** Automatic updates on this computer: the desktop app's own preference, kept outside the library. */
export interface UpdatesSetting {
  /** The switch can be changed here: false in browser mode, in a development build and where the machine forbids updates */
  switchable: boolean
  /** Updates are on (off unless the user turned them on) */
  on: boolean
  /** What the switch does here, or why there is none, in the desk's words */
  note: string
}

export type AppContract = {
  'app:info': (input: Record<string, never>) => AppInfo
  /**
   * The window's answer to an 'app:flush' event (the app is closing or quitting): everything the editor did is
   * saved, or the save failed and said so. The desktop app waits for it before it closes the library.
   */
  'app:flushed': (input: { id: string; saved: boolean }) => { received: boolean }
  /** Automatic updates on this computer, for Settings */
  'app:updates': (input: Record<string, never>) => UpdatesSetting
  /** Turns automatic updates on or off on this computer; refused ('unavailable') where the switch cannot change */
  'app:setUpdates': (input: { on: boolean }) => UpdatesSetting
}
export const APP_CHANNELS = ['app:info', 'app:flushed', 'app:updates', 'app:setUpdates'] as const satisfies readonly (keyof AppContract)[]
