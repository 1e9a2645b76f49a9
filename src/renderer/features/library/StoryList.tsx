import { useCallback, useEffect, useLayoutEffect, useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import type { StorySummary } from '../../../shared/dto'
import type { SortColumn } from '../../../shared/dto/library'
import { useStore } from '../../store'
import { rowAt } from '../../store/librarySlice'
import { filtersActive, PAGE_SIZE, STATE_LABEL, visibleRange } from '../../store/libraryList'
import { openSampleStory } from './FirstRun'
import { ListFilterBar } from './ListFilterBar'
import { filedTime, fullTime, shortTime } from './format'

export const COLUMNS: readonly { id: SortColumn; label: string }[] = [
  { id: 'headline', label: 'Headline' },
  { id: 'source', label: 'Source' },
  { id: 'dateline', label: 'Dateline' },
  { id: 'itemDate', label: 'Filed' },
  { id: 'importedAt', label: 'Imported' },
  { id: 'state', label: 'State' },
  { id: 'openFindings', label: 'Findings' },
]

/** Fixed row heights: one line in the wide (table) layout, two in the narrow one. */
export const rowHeightFor = (wide: boolean) => (wide ? 32 : 54)

/**
 * Every story of the library, virtualised: only the rows in view (and a few either side) are in the DOM, and
 * their pages are fetched with stories:query as they scroll into view.
 */
export function StoryList({ wide }: { wide: boolean }) {
  const total = useStore((s) => s.listTotal)
  const pages = useStore((s) => s.listPages)
  const gen = useStore((s) => s.listGen)
  const sort = useStore((s) => s.listSort)
  const selected = useStore((s) => s.selectedStoryId)
  const ensureRows = useStore((s) => s.ensureRows)
  const sortBy = useStore((s) => s.sortBy)
  const libraryLoaded = useStore((s) => s.libraryLoaded)
  const viewport = useRef<HTMLDivElement>(null)
  const [scrollTop, setScrollTop] = useState(0)
  const [height, setHeight] = useState(600)
  const [active, setActive] = useState(0)
  const rh = rowHeightFor(wide)
  const { first, last } = visibleRange(scrollTop, height, rh, total)

  useLayoutEffect(() => {
    const el = viewport.current
    if (!el) return
    setHeight(el.clientHeight)
    const ro = new ResizeObserver(() => setHeight(el.clientHeight))
    ro.observe(el)
    return () => ro.disconnect()
  }, [])
  useEffect(() => ensureRows(first, last), [ensureRows, first, last, gen])
  // A new sort or filter starts again at the top.
  const filters = useStore((s) => s.listFilters)
  const viewKey = `${sort.sort}:${sort.dir}:${JSON.stringify(filters)}`
  useEffect(() => {
    viewport.current?.scrollTo({ top: 0 })
    setActive(0)
  }, [viewKey])

  const open = useCallback((id: string) => void useStore.getState().openStory(id), [])
  const moveTo = (i: number) => {
    const n = Math.max(0, Math.min(total - 1, i))
    setActive(n)
    const el = viewport.current
    if (!el) return
    if (n * rh < el.scrollTop) el.scrollTop = n * rh
    else if ((n + 1) * rh > el.scrollTop + el.clientHeight) el.scrollTop = (n + 1) * rh - el.clientHeight
  }
  const onKeyDown = (e: KeyboardEvent) => {
    const perPage = Math.max(1, Math.floor(height / rh) - 1)
    const keys: Record<string, () => void> = {
      ArrowDown: () => moveTo(active + 1),
      ArrowUp: () => moveTo(active - 1),
      PageDown: () => moveTo(active + perPage),
      PageUp: () => moveTo(active - perPage),
      Home: () => moveTo(0),
      End: () => moveTo(total - 1),
      Enter: () => {
        const row = rowAt(pages, active, PAGE_SIZE)
        if (row) open(row.id)
      },
    }
    const run = keys[e.key]
    if (!run) return
    e.preventDefault()
    run()
  }

  const rows: ReactNode[] = []
  let loaded = true
  for (let i = first; i < last; i++) {
    const s = rowAt(pages, i, PAGE_SIZE)
    if (!s || pages[Math.floor(i / PAGE_SIZE)]?.gen !== gen) loaded = false
    rows.push(
      s ? (
        <Row key={i} index={i} story={s} top={i * rh} height={rh} selected={s.id === selected} active={i === active} total={total} onOpen={open} />
      ) : (
        <div key={i} className="lib-row is-placeholder" style={{ top: i * rh, height: rh }} aria-hidden="true">
          <span className="ph" />
        </div>
      ),
    )
  }
  const activeRow = rowAt(pages, active, PAGE_SIZE)

  return (
    <div className={`story-list ${wide ? 'is-wide' : 'is-narrow'}`}>
      <ListFilterBar />
      <div className="lib-head" role="group" aria-label="Sort by">
        {COLUMNS.map((c) => {
          const on = sort.sort === c.id
          return (
            <button
              key={c.id}
              type="button"
              className={`col col-${c.id}`}
              aria-pressed={on}
              aria-label={`Sort by ${c.label.toLowerCase()}${on ? (sort.dir === 'asc' ? ', ascending' : ', descending') : ''}`}
              data-testid={`sort-${c.id}`}
              data-dir={on ? sort.dir : ''}
              onClick={() => sortBy(c.id)}
            >
              {c.label}
              <span className="sort-arrow" aria-hidden="true">
                {on ? (sort.dir === 'asc' ? '▲' : '▼') : ''}
              </span>
            </button>
          )
        })}
      </div>
      {total === 0 && loaded ? <EmptyList loaded={libraryLoaded} /> : null}
      <div
        ref={viewport}
        className="lib-viewport"
        role="listbox"
        aria-label="Stories"
        tabIndex={0}
        aria-activedescendant={activeRow ? `story-row-${active}` : undefined}
        data-testid="story-list"
        data-list-ready={loaded ? 'true' : 'false'}
        data-gen={gen}
        onScroll={(e) => setScrollTop(e.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div className="lib-spacer" style={{ height: total * rh }}>
          {rows}
        </div>
      </div>
    </div>
  )
}

/** No rows: a filter that matches nothing says so; an empty library says how to start. */
function EmptyList({ loaded }: { loaded: boolean }) {
  const filtered = useStore((s) => filtersActive(s.listFilters))
  if (!loaded) return <p className="library-empty">Loading…</p>
  if (filtered) return <p className="library-empty">No stories match.</p>
  return (
    <div className="library-empty" data-testid="library-empty">
      <p>No stories yet. Paste wire copy anywhere in the window, use Import…, or open the sample story.</p>
      <button type="button" onClick={() => void openSampleStory()}>
        Open a sample story
      </button>
    </div>
  )
}

function Row(props: { index: number; story: StorySummary; top: number; height: number; selected: boolean; active: boolean; total: number; onOpen: (id: string) => void }) {
  const { story: s, index } = props
  return (
    <div
      id={`story-row-${index}`}
      className={`lib-row${props.active ? ' is-active' : ''}${s.itemDate ? '' : ' no-filed'}`}
      role="option"
      aria-selected={props.selected}
      aria-posinset={index + 1}
      aria-setsize={props.total}
      style={{ top: props.top, height: props.height }}
      data-story-id={s.id}
      data-index={index}
      data-open-findings={s.openFindings}
      data-state={s.state}
      onClick={() => props.onOpen(s.id)}
    >
      <span className="cell cell-headline headline" title={s.headline ?? ''}>
        {s.headline ?? '(no headline)'}
      </span>
      <span className="cell cell-source" data-testid="cell-source" title={s.sourceRaw && s.sourceRaw !== s.source ? `as filed: ${s.sourceRaw}` : undefined}>
        {s.source ?? '—'}
      </span>
      <span className="cell cell-dateline" title={s.dateline ?? ''}>{s.dateline ?? ''}</span>
      <time
        className="cell cell-filed"
        data-testid="cell-filed"
        dateTime={s.itemDate ?? undefined}
        title={`${s.itemDate ? `Filed ${fullTime(s.itemDate)}` : 'No filing date in the file'} · imported ${fullTime(s.importedAt)}`}
      >
        {filedTime(s.itemDate)}
      </time>
      <time className="cell cell-imported" dateTime={s.importedAt} title={`Imported ${fullTime(s.importedAt)}`}>
        {shortTime(s.importedAt)}
      </time>
      <span className={`cell cell-state state-chip state-${s.state}`} data-testid="cell-state">{STATE_LABEL[s.state]}</span>
      <span className={`cell cell-findings${s.openFindings > 0 ? ' has-findings' : ''}`} title={`${s.openFindings} open findings`}>
        <span data-testid="open-findings">{s.openFindings} open</span>
      </span>
    </div>
  )
}
