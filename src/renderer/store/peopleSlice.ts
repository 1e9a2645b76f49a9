import type { StateCreator } from 'zustand'
import type { CrossFinding, PersonQuote, PersonSummary } from '../../shared/dto/library'
import { call } from '../lib/api'
import type { StoreState } from './index'

export const PEOPLE_LIMIT = 2000
/** library:people indexes a batch of older stories per call; this many calls at most per load */
const MAX_INDEX_ROUNDS = 200

export interface PeopleSlice {
  libraryPeople: PersonSummary[]
  /** Stories whose quotes are still being indexed */
  peoplePending: number
  peopleStatus: 'idle' | 'loading' | 'ready' | 'error'
  crossFindings: CrossFinding[]
  personKey: string | null
  personQuotes: PersonQuote[]
  personStatus: 'idle' | 'loading' | 'ready'
  loadPeople: () => Promise<void>
  selectPerson: (key: string | null) => Promise<void>
}

let loadSeq = 0
let personSeq = 0

export const createPeopleSlice: StateCreator<StoreState, [], [], PeopleSlice> = (set, get) => ({
  libraryPeople: [],
  peoplePending: 0,
  peopleStatus: 'idle',
  crossFindings: [],
  personKey: null,
  personQuotes: [],
  personStatus: 'idle',

  loadPeople: async () => {
    const mine = ++loadSeq
    set({ peopleStatus: 'loading' })
    // Each call indexes a batch of stories not indexed yet; the counts grow on screen as it goes.
    for (let round = 0; round < MAX_INDEX_ROUNDS; round++) {
      const r = await call('library:people', { limit: PEOPLE_LIMIT })
      if (mine !== loadSeq) return
      if (!r.ok) {
        set({ peopleStatus: 'error' })
        get().notify('error', `Cannot list the people: ${r.error.message}`)
        return
      }
      set({ libraryPeople: r.value.people, peoplePending: r.value.pending })
      if (r.value.pending <= 0) break
    }
    const f = await call('library:crossFindings', {})
    if (mine !== loadSeq) return
    if (!f.ok) get().notify('error', `Cannot check quotes across stories: ${f.error.message}`)
    set({ crossFindings: f.ok ? f.value : [], peopleStatus: 'ready' })
    const key = get().personKey
    if (key) void get().selectPerson(key)
  },

  selectPerson: async (key) => {
    const mine = ++personSeq
    if (key === null) return set({ personKey: null, personQuotes: [], personStatus: 'idle' })
    set({ personKey: key, personStatus: 'loading' })
    const r = await call('library:person', { key })
    if (mine !== personSeq) return
    if (!r.ok) {
      set({ personStatus: 'ready', personQuotes: [] })
      get().notify('error', `Cannot list the quotes: ${r.error.message}`)
      return
    }
    set({ personQuotes: r.value.quotes, personStatus: 'ready' })
  },
})
