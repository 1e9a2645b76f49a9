import type { StateCreator } from 'zustand'
import type { StorySummary } from '../../shared/dto'
import { call } from '../lib/api'
import type { StoreState } from './index'

export interface LibrarySlice {
  stories: StorySummary[]
  libraryLoaded: boolean
  selectedStoryId: string | null
  loadLibrary: () => Promise<void>
  selectStory: (id: string | null) => void
}

export const createLibrarySlice: StateCreator<StoreState, [], [], LibrarySlice> = (set, get) => ({
  stories: [],
  libraryLoaded: false,
  selectedStoryId: null,
  loadLibrary: async () => {
    const r = await call('stories:list', { limit: 1000 })
    if (r.ok) set({ stories: r.value, libraryLoaded: true })
    else {
      set({ libraryLoaded: true })
      get().notify('error', r.error.message)
    }
  },
  selectStory: (id) => set({ selectedStoryId: id }),
})
