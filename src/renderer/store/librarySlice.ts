import type { StateCreator } from 'zustand'
import type { ReviewState, StorySummary } from '../../shared/dto'
import type { SortColumn } from '../../shared/dto/library'
import { call } from '../lib/api'
import { DEFAULT_SORT, NO_FILTERS, nextSort, pagesFor, pagesToEvict, toQuery, type ListFilters, type ListSort } from './libraryList'
import type { StoreState } from './index'

/** One fetched page of the list, and the list generation (filters + sort + refresh) it belongs to. */
export interface ListPage {
  gen: number
  items: StorySummary[]
}

export type LibraryPane = 'stories' | 'people'

export interface LibrarySlice {
  libraryLoaded: boolean
  selectedStoryId: string | null
  listFilters: ListFilters
  listSort: ListSort
  /** Rows matching the filters */
  listTotal: number
  /** Bumped by every change of filters or sort, and by every refresh when its first page comes */
  listGen: number
  /** Fetched pages by page number; a page of an older generation is shown until its fresh copy arrives */
  listPages: Record<number, ListPage>
  libraryPane: LibraryPane
  /** Width of the library pane in px (resizable, the desk keeps room beside it) */
  libraryWidth: number
  /** The table view: the library takes the desk's room too, one line per story; opening a story leaves it */
  libraryWide: boolean

  /** Refreshes the list (after imports, saves, state changes), keeping the rows on screen until fresh ones come */
  loadLibrary: () => Promise<void>
  /** Makes sure the pages holding rows [first, last) are fetched for the current generation */
  ensureRows: (first: number, last: number) => void
  setFilters: (patch: Partial<ListFilters>) => void
  /** A click on a column header */
  sortBy: (column: SortColumn) => void
  setLibraryPane: (pane: LibraryPane) => void
  setLibraryWidth: (px: number) => void
  setLibraryWide: (wide: boolean) => void
  selectStory: (id: string | null) => void
  /**
   * Sets a story's review state. Marking it checked with open errors or warnings needs `confirmOpen` (the Checked
   * gate); without it the Node side refuses and the answer is 'needs-confirmation', with nothing changed.
   */
  setReviewState: (storyId: string, state: ReviewState, options?: { confirmOpen?: boolean }) => Promise<'done' | 'needs-confirmation' | 'failed'>
}

/** Page fetches in flight, as `${gen}:${page}`. */
const inFlight = new Set<string>()
/**
 * The newest generation asked for; answers for older ones are dropped. A refresh that keeps the rows on screen
 * shows its generation only with its first page, so that the list renders once per refresh (after every save)
 * rather than twice.
 */
let latestGen = 0
/** The pages the visible window wants; a refresh fetches these again. */
let wanted: number[] = [0]

export const MIN_LIBRARY_WIDTH = 260
/** The right panel's width (app.css) and the least room the desk keeps beside a resized library */
const RIGHT_PANEL = 340
const MIN_DESK = 420

export const createLibrarySlice: StateCreator<StoreState, [], [], LibrarySlice> = (set, get) => {
  const fetchPage = async (page: number, gen: number) => {
    const key = `${gen}:${page}`
    if (inFlight.has(key)) return
    inFlight.add(key)
    const { listFilters, listSort } = get()
    const r = await call('stories:query', toQuery(listFilters, listSort, page))
    inFlight.delete(key)
    if (latestGen !== gen) return // filters, sort or a refresh came after this request
    if (!r.ok) {
      set({ listGen: gen, libraryLoaded: true })
      get().notify('error', `Cannot read the library: ${r.error.message}`)
      return
    }
    const items = Array.isArray(r.value.items) ? r.value.items : []
    const pages = { ...get().listPages, [page]: { gen, items } }
    for (const p of pagesToEvict(Object.keys(pages).map(Number), wanted)) delete pages[p]
    set({ listGen: gen, listPages: pages, listTotal: r.value.total, libraryLoaded: true })
  }

  /** A new generation; `keep` shows the old rows until the new ones arrive (a refresh of the same view). */
  const restart = (keep: boolean) => {
    const gen = Math.max(latestGen, get().listGen) + 1
    latestGen = gen
    if (!keep) set({ listGen: gen, listPages: {} })
    const pages = wanted.length ? wanted : [0]
    return Promise.all(pages.map((p) => fetchPage(p, gen))).then(() => undefined)
  }

  return {
    libraryLoaded: false,
    selectedStoryId: null,
    listFilters: NO_FILTERS,
    listSort: DEFAULT_SORT,
    listTotal: 0,
    listGen: 0,
    listPages: {},
    libraryPane: 'stories',
    libraryWidth: 380,
    libraryWide: false,

    loadLibrary: () => restart(true),
    ensureRows: (first, last) => {
      const pages = pagesFor(first, Math.max(last, first + 1))
      wanted = pages
      const { listGen, listPages } = get()
      for (const p of pages) if (listPages[p]?.gen !== listGen) void fetchPage(p, listGen)
    },
    setFilters: (patch) => {
      set({ listFilters: { ...get().listFilters, ...patch } })
      wanted = [0]
      void restart(false)
    },
    sortBy: (column) => {
      set({ listSort: nextSort(get().listSort, column) })
      wanted = [0]
      void restart(false)
    },
    setLibraryPane: (libraryPane) => set({ libraryPane }),
    setLibraryWidth: (px) =>
      set({ libraryWidth: Math.round(Math.max(MIN_LIBRARY_WIDTH, Math.min(px, Math.max(MIN_LIBRARY_WIDTH, window.innerWidth - RIGHT_PANEL - MIN_DESK)))) }),
    setLibraryWide: (libraryWide) => set({ libraryWide }),
    selectStory: (id) => set({ selectedStoryId: id }),
    setReviewState: async (storyId, state, options) => {
      const r = await call('review:setState', { storyId, state, ...(options?.confirmOpen ? { confirmOpen: true } : {}) })
      if (!r.ok && r.error.code === 'conflict' && state === 'checked') return 'needs-confirmation'
      if (!r.ok) {
        get().notify('error', `Cannot set the review state: ${r.error.message}`)
        return 'failed'
      }
      const after = r.value
      // The row on screen and the open story change at once; the list is then refreshed (a filter may drop it).
      const pages: Record<number, ListPage> = {}
      for (const [n, p] of Object.entries(get().listPages)) pages[Number(n)] = { gen: p.gen, items: p.items.map((i) => (i.id === storyId ? after : i)) }
      const detail = get().detail
      set({ listPages: pages, ...(detail && detail.story.id === storyId ? { detail: { ...detail, story: after } } : {}) })
      await get().loadLibrary()
      return 'done'
    },
  }
}

/** The row at an index, if its page is here (from any generation). */
export function rowAt(pages: Record<number, ListPage>, index: number, pageSize: number): StorySummary | undefined {
  return pages[Math.floor(index / pageSize)]?.items[index % pageSize]
}
