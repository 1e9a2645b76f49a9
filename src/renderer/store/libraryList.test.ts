import { describe, expect, it } from 'vitest'
import { NO_FILTERS, nextSort, pagesFor, pagesToEvict, toQuery, visibleRange } from './libraryList'

describe('the virtual window', () => {
  it('renders only the rows in view plus the overscan, clamped to the list', () => {
    expect(visibleRange(0, 600, 30, 100_000, 5)).toEqual({ first: 0, last: 25 })
    expect(visibleRange(30_000, 600, 30, 100_000, 5)).toEqual({ first: 995, last: 1025 })
    // At the end of the list
    expect(visibleRange(3_000_000 - 600, 600, 30, 100_000, 5)).toEqual({ first: 99_975, last: 100_000 })
    expect(visibleRange(0, 600, 30, 0)).toEqual({ first: 0, last: 0 })
    expect(visibleRange(0, 600, 30, 3, 5)).toEqual({ first: 0, last: 3 })
  })
  it('a scroll position past the end (a list that just got shorter) still gives a valid, empty-or-tail window', () => {
    const r = visibleRange(90_000, 600, 30, 10, 2)
    expect(r.first).toBeLessThanOrEqual(r.last)
    expect(r.last).toBeLessThanOrEqual(10)
  })
  it('asks for the pages that hold the window', () => {
    expect(pagesFor(0, 25, 100)).toEqual([0])
    expect(pagesFor(95, 125, 100)).toEqual([0, 1])
    expect(pagesFor(100, 200, 100)).toEqual([1])
    expect(pagesFor(5, 5, 100)).toEqual([])
  })
  it('drops the pages farthest from the window first, never the wanted ones', () => {
    expect(pagesToEvict([0, 1, 2, 50, 51], [50, 51], 3)).toEqual([0, 1])
    expect(pagesToEvict([0, 1], [0], 3)).toEqual([])
  })
})

describe('sort and filter state', () => {
  it('a click on the sorted column reverses it; another column starts in its natural direction', () => {
    const s0 = { sort: 'importedAt' as const, dir: 'desc' as const }
    expect(nextSort(s0, 'importedAt')).toEqual({ sort: 'importedAt', dir: 'asc' })
    expect(nextSort(s0, 'headline')).toEqual({ sort: 'headline', dir: 'asc' })
    expect(nextSort({ sort: 'headline', dir: 'asc' }, 'headline')).toEqual({ sort: 'headline', dir: 'desc' })
    expect(nextSort(s0, 'openFindings')).toEqual({ sort: 'openFindings', dir: 'desc' })
  })
  it('sends only the filters that are set, the upper date bound covering its whole day', () => {
    expect(toQuery(NO_FILTERS, { sort: 'importedAt', dir: 'desc' }, 3, 100)).toEqual({ sort: 'importedAt', dir: 'desc', limit: 100, offset: 300 })
    expect(toQuery({ source: ' Reuters ', state: 'checked', from: '2025-01-01', to: '2025-01-31', hasFindings: true }, { sort: 'source', dir: 'asc' }, 0, 50)).toEqual({
      sort: 'source', dir: 'asc', limit: 50, offset: 0, source: 'Reuters', state: 'checked', from: '2025-01-01', to: '2025-01-31T23:59:59.999Z', hasFindings: true,
    })
  })
})
