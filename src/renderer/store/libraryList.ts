import { REVIEW_STATES, type ReviewState } from '../../shared/dto'
import type { SortColumn, StoryQuery } from '../../shared/dto/library'

/** Rows fetched per stories:query call. */
export const PAGE_SIZE = 100
/** Pages kept in memory at most; the ones farthest from the visible window go first. */
export const MAX_PAGES = 40

export interface ListFilters {
  source: string
  state: ReviewState | ''
  /** yyyy-mm-dd, inclusive; '' for no bound */
  from: string
  to: string
  hasFindings: boolean
}

export interface ListSort {
  sort: SortColumn
  dir: 'asc' | 'desc'
}

export const NO_FILTERS: ListFilters = { source: '', state: '', from: '', to: '', hasFindings: false }
/** Newest first. */
export const DEFAULT_SORT: ListSort = { sort: 'importedAt', dir: 'desc' }

/** Rows [first, last) to render for a scroll position, with `overscan` rows either side, clamped to the list. */
export function visibleRange(scrollTop: number, viewport: number, rowHeight: number, total: number, overscan = 6): { first: number; last: number } {
  if (total <= 0 || rowHeight <= 0) return { first: 0, last: 0 }
  const top = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan)
  const bottom = Math.min(total, Math.ceil((scrollTop + Math.max(0, viewport)) / rowHeight) + overscan)
  return { first: Math.min(top, total), last: Math.max(bottom, Math.min(top, total)) }
}

/** The page numbers that hold rows [first, last). */
export function pagesFor(first: number, last: number, pageSize = PAGE_SIZE): number[] {
  if (last <= first) return []
  const out: number[] = []
  for (let p = Math.floor(first / pageSize); p <= Math.floor((last - 1) / pageSize); p++) out.push(p)
  return out
}

/** Text columns start A→Z; times and counts start with the largest (newest, most findings). */
const DESCENDING_FIRST: ReadonlySet<SortColumn> = new Set(['itemDate', 'importedAt', 'updatedAt', 'openFindings'])

/** A click on a column header: the same column reverses, another column starts in its natural direction. */
export function nextSort(current: ListSort, column: SortColumn): ListSort {
  if (current.sort === column) return { sort: column, dir: current.dir === 'asc' ? 'desc' : 'asc' }
  return { sort: column, dir: DESCENDING_FIRST.has(column) ? 'desc' : 'asc' }
}

/** The stories:query input for filters, a sort and a page; empty filters are left out. */
export function toQuery(f: ListFilters, s: ListSort, page: number, pageSize = PAGE_SIZE): StoryQuery {
  const q: StoryQuery = { sort: s.sort, dir: s.dir, limit: pageSize, offset: page * pageSize }
  if (f.source.trim()) q.source = f.source.trim()
  if (f.state) q.state = f.state
  if (f.from) q.from = f.from
  // The upper bound is a day: everything imported on that day is in.
  if (f.to) q.to = `${f.to}T23:59:59.999Z`
  if (f.hasFindings) q.hasFindings = true
  return q
}

export const filtersActive = (f: ListFilters): boolean => f.source.trim() !== '' || f.state !== '' || f.from !== '' || f.to !== '' || f.hasFindings

/** Pages to drop so that at most `max` stay: the farthest from the window's pages first. */
export function pagesToEvict(held: readonly number[], wanted: readonly number[], max = MAX_PAGES): number[] {
  if (held.length <= max) return []
  const centre = wanted.length ? (wanted[0]! + wanted[wanted.length - 1]!) / 2 : 0
  const keep = new Set(wanted)
  return held
    .filter((p) => !keep.has(p))
    .sort((a, b) => Math.abs(b - centre) - Math.abs(a - centre))
    .slice(0, held.length - max)
}

export const STATE_LABEL: Record<ReviewState, string> = { new: 'New', in_review: 'In review', checked: 'Checked' }
export { REVIEW_STATES }
