import type { StateCreator } from 'zustand'
import type { SearchHit, SearchResult } from '../../shared/dto/library'
import { call } from '../lib/api'
import type { StoreState } from './index'

export const SEARCH_DEBOUNCE_MS = 150
export const SEARCH_LIMIT = 50

export interface SearchSlice {
  searchOpen: boolean
  searchQuery: string
  searchHits: SearchHit[]
  searchUnderstood: SearchResult['understood'] | null
  /** 'ready' once the hits shown answer the query typed */
  searchStatus: 'idle' | 'waiting' | 'ready' | 'error'
  searchError: string | null
  /** The sequence number of the answer on screen (an answer older than the newest one shown is dropped) */
  searchShownSeq: number
  openSearch: () => void
  closeSearch: () => void
  /** The query as typed: the search runs once typing pauses for SEARCH_DEBOUNCE_MS */
  setSearchQuery: (q: string) => void
}

let timer: ReturnType<typeof setTimeout> | null = null
let seq = 0

export const createSearchSlice: StateCreator<StoreState, [], [], SearchSlice> = (set, get) => {
  const run = async (query: string) => {
    const mine = ++seq
    const r = await call('library:search', { query, limit: SEARCH_LIMIT })
    // An answer to an older query that arrives after a newer one was asked is stale.
    if (mine !== seq || !get().searchOpen) return
    if (!r.ok) {
      set({ searchStatus: 'error', searchError: r.error.message, searchShownSeq: mine })
      return
    }
    set({ searchHits: r.value.hits, searchUnderstood: r.value.understood, searchStatus: 'ready', searchError: null, searchShownSeq: mine })
  }
  const cancelPending = () => {
    if (timer) clearTimeout(timer)
    timer = null
    seq++
  }
  return {
    searchOpen: false,
    searchQuery: '',
    searchHits: [],
    searchUnderstood: null,
    searchStatus: 'idle',
    searchError: null,
    searchShownSeq: 0,
    openSearch: () => set({ searchOpen: true }),
    closeSearch: () => {
      cancelPending()
      set({ searchOpen: false })
    },
    setSearchQuery: (q) => {
      cancelPending()
      if (q.trim() === '') {
        set({ searchQuery: q, searchHits: [], searchUnderstood: null, searchStatus: 'idle', searchError: null })
        return
      }
      set({ searchQuery: q, searchStatus: 'waiting' })
      timer = setTimeout(() => {
        timer = null
        void run(q)
      }, SEARCH_DEBOUNCE_MS)
    },
  }
}
