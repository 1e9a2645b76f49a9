import type { AppInfo, ImportSummary, StoryDetail, StorySummary } from '../dto'

/** Renderer → Node side. Every answer reaches the renderer as Promise<Result<Output>>. */
export type Contract = {
  'app:info': (input: Record<string, never>) => AppInfo
  'stories:list': (input: { limit?: number; offset?: number }) => StorySummary[]
  /** One file or pasted text; `base64` for bytes, `text` for pasted text */
  'stories:import': (input: { name: string; base64?: string; text?: string }) => ImportSummary
  'stories:get': (input: { id: string }) => StoryDetail
}

export type Channel = keyof Contract
export type Input<C extends Channel> = Parameters<Contract[C]>[0]
export type Output<C extends Channel> = ReturnType<Contract[C]>

/** Every channel, for the preload's allow-list and the host's router. */
export const CHANNELS = ['app:info', 'stories:list', 'stories:import', 'stories:get'] as const satisfies readonly Channel[]

export const isChannel = (c: unknown): c is Channel => typeof c === 'string' && (CHANNELS as readonly string[]).includes(c)
