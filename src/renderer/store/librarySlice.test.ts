// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { StorySummary } from '../../shared/dto'
import type { StoryQuery } from '../../shared/dto/library'

type Pending = { channel: string; input: unknown; resolve: (v: unknown) => void }
const pending: Pending[] = []
vi.mock('../lib/api', () => ({
  call: vi.fn((channel: string, input: unknown) => new Promise((resolve) => pending.push({ channel, input, resolve }))),
}))

const { useStore } = await import('./index')
const { rowAt } = await import('./librarySlice')

const story = (id: string, state: StorySummary['state'] = 'new'): StorySummary => ({
  id, headline: `Story ${id}`, source: 'Reuters', dateline: null, format: 'text', importedAt: '2025-01-01T00:00:00Z', updatedAt: 't', state, openFindings: 0, versions: 1,
})
const page = (q: StoryQuery, total: number, prefix: string) => ({
  ok: true,
  value: { total, items: Array.from({ length: Math.min(q.limit ?? 100, Math.max(0, total - (q.offset ?? 0))) }, (_, i) => story(`${prefix}${(q.offset ?? 0) + i}`)) },
})
const answer = (p: Pending, value: unknown) => p.resolve(value)
const flush = () => new Promise((r) => setTimeout(r, 0))
const take = (channel: string) => {
  const i = pending.findIndex((p) => p.channel === channel)
  if (i < 0) throw new Error(`no pending call to ${channel}`)
  return pending.splice(i, 1)[0]!
}

beforeEach(() => {
  pending.length = 0
})

describe('the library list in the store', () => {
  it('fetches the pages of the window, and drops an answer that a new sort made stale', async () => {
    void useStore.getState().loadLibrary()
    const first = take('stories:query')
    answer(first, page(first.input as StoryQuery, 1000, 'a'))
    await flush()
    expect(useStore.getState().listTotal).toBe(1000)
    expect(rowAt(useStore.getState().listPages, 0, 100)?.id).toBe('a0')

    useStore.getState().ensureRows(180, 230)
    const p1 = take('stories:query')
    const p2 = take('stories:query')
    expect([(p1.input as StoryQuery).offset, (p2.input as StoryQuery).offset]).toEqual([100, 200])
    // A sort arrives before those pages: their answers must not show under the new order.
    useStore.getState().sortBy('headline')
    const sorted = take('stories:query')
    expect(sorted.input).toMatchObject({ sort: 'headline', dir: 'asc', offset: 0 })
    answer(p1, page(p1.input as StoryQuery, 1000, 'old'))
    answer(p2, page(p2.input as StoryQuery, 1000, 'old'))
    await flush()
    expect(Object.keys(useStore.getState().listPages)).toEqual([])
    answer(sorted, page(sorted.input as StoryQuery, 1000, 'h'))
    await flush()
    expect(rowAt(useStore.getState().listPages, 0, 100)?.id).toBe('h0')
    expect(useStore.getState().listSort).toEqual({ sort: 'headline', dir: 'asc' })
  })

  it('a filter starts again from the first page; a refresh keeps the rows on screen until fresh ones arrive', async () => {
    useStore.getState().setFilters({ source: 'AP', hasFindings: true })
    const q = take('stories:query')
    expect(q.input).toMatchObject({ source: 'AP', hasFindings: true, offset: 0 })
    answer(q, page(q.input as StoryQuery, 3, 'ap'))
    await flush()
    expect(useStore.getState().listTotal).toBe(3)

    // The refresh changes the list once, when its rows come: rows, total and generation together.
    const gen = useStore.getState().listGen
    const changes: number[] = []
    const unsubscribe = useStore.subscribe((st, prev) => {
      if (st.listGen !== prev.listGen || st.listPages !== prev.listPages) changes.push(st.listGen)
    })
    void useStore.getState().loadLibrary()
    expect(rowAt(useStore.getState().listPages, 2, 100)?.id).toBe('ap2')
    expect(useStore.getState().listGen).toBe(gen)
    const again = take('stories:query')
    answer(again, page(again.input as StoryQuery, 4, 'ap'))
    await flush()
    unsubscribe()
    expect(useStore.getState().listTotal).toBe(4)
    expect(useStore.getState().listPages[0]?.gen).toBe(useStore.getState().listGen)
    expect(changes).toEqual([gen + 1])
  })

  it('drops a page asked for under the generation a refresh is replacing', async () => {
    void useStore.getState().loadLibrary()
    const refresh = take('stories:query')
    // Scrolling before the refresh answered asks under the shown generation; that answer is dropped, and the
    // page is asked again under the refresh's generation once it shows.
    useStore.getState().ensureRows(150, 160)
    const stale = take('stories:query')
    answer(stale, page(stale.input as StoryQuery, 1000, 'stale'))
    await flush()
    expect(rowAt(useStore.getState().listPages, 150, 100)?.id).not.toBe('stale150')
    answer(refresh, page(refresh.input as StoryQuery, 1000, 'fresh'))
    await flush()
    useStore.getState().ensureRows(150, 160)
    const fresh = take('stories:query')
    answer(fresh, page(fresh.input as StoryQuery, 1000, 'fresh'))
    await flush()
    expect(rowAt(useStore.getState().listPages, 150, 100)?.id).toBe('fresh150')
    expect(useStore.getState().listPages[1]?.gen).toBe(useStore.getState().listGen)
  })

  it('sets a review state: the row and the open story change, then the list refreshes', async () => {
    useStore.setState({ listPages: { 0: { gen: useStore.getState().listGen, items: [story('x'), story('y')] } } })
    const done = useStore.getState().setReviewState('y', 'checked')
    const set = take('review:setState')
    expect(set.input).toEqual({ storyId: 'y', state: 'checked' })
    answer(set, { ok: true, value: story('y', 'checked') })
    await flush()
    expect(rowAt(useStore.getState().listPages, 1, 100)?.state).toBe('checked')
    const refresh = take('stories:query')
    answer(refresh, { ok: true, value: { total: 2, items: [story('x'), story('y', 'checked')] } })
    await done
  })
})

describe('search in the store', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('waits for typing to pause, and drops an older answer that arrives after a newer one was asked', async () => {
    const s = useStore.getState()
    s.openSearch()
    s.setSearchQuery('pu')
    s.setSearchQuery('put')
    vi.advanceTimersByTime(100)
    expect(pending.filter((p) => p.channel === 'library:search')).toHaveLength(0)
    vi.advanceTimersByTime(60)
    const older = take('library:search')
    expect(older.input).toMatchObject({ query: 'put' })
    expect(useStore.getState().searchStatus).toBe('waiting')

    useStore.getState().setSearchQuery('putin')
    vi.advanceTimersByTime(150)
    const newer = take('library:search')
    const hit = (id: string) => ({ storyId: id, headline: id, source: null, dateline: null, importedAt: 't', state: 'new', openFindings: 0, field: 'body', snippet: '', parts: [], speaker: null, rank: 0 })
    answer(newer, { ok: true, value: { hits: [hit('new')], understood: { text: 'putin', filters: [] } } })
    await vi.runAllTimersAsync()
    answer(older, { ok: true, value: { hits: [hit('old')], understood: { text: 'put', filters: [] } } })
    await vi.runAllTimersAsync()
    expect(useStore.getState().searchHits.map((h) => h.storyId)).toEqual(['new'])
    expect(useStore.getState().searchStatus).toBe('ready')

    useStore.getState().setSearchQuery('')
    expect(useStore.getState().searchHits).toEqual([])
    useStore.getState().closeSearch()
    expect(useStore.getState().searchOpen).toBe(false)
  })
})
