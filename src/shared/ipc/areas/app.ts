import type { AppInfo } from '../../dto'

export type AppContract = {
  'app:info': (input: Record<string, never>) => AppInfo
  /**
   * The window's answer to an 'app:flush' event (the app is closing or quitting): everything the editor did is
   * saved, or the save failed and said so. The desktop app waits for it before it closes the library.
   */
  'app:flushed': (input: { id: string; saved: boolean }) => { received: boolean }
}
export const APP_CHANNELS = ['app:info', 'app:flushed'] as const satisfies readonly (keyof AppContract)[]
