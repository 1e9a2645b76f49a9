import type { ImportSummary, StoryDetail, StorySummary } from '../../dto'

export type StoriesContract = {
  'stories:list': (input: { limit?: number; offset?: number }) => StorySummary[]
  /** One file or pasted text: `base64` for a file's bytes, `text` for pasted text */
  'stories:import': (input: { name: string; base64?: string; text?: string }) => ImportSummary
  'stories:get': (input: { id: string }) => StoryDetail
}
export const STORIES_CHANNELS = ['stories:list', 'stories:import', 'stories:get'] as const satisfies readonly (keyof StoriesContract)[]
