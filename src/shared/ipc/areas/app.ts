import type { AppInfo } from '../../dto'

export type AppContract = {
  'app:info': (input: Record<string, never>) => AppInfo
}
export const APP_CHANNELS = ['app:info'] as const satisfies readonly (keyof AppContract)[]
