import { useEffect, useRef, type ReactNode } from 'react'
import { useStore } from '../../store'
import { filtersActive } from '../../store/libraryList'
import { MIN_LIBRARY_WIDTH } from '../../store/librarySlice'
import { StoryList } from './StoryList'
import '../../styles/library.css'

/** From this width the list shows its columns on one line (the table layout). */
const WIDE_FROM = 640

/** Ctrl/Cmd+F anywhere but in the story text, or / anywhere outside a field and the text being edited, opens search. */
function onLibraryKey(e: KeyboardEvent) {
  const target = e.target instanceof HTMLElement ? e.target : null
  const inText = !!target?.closest('[contenteditable="true"]')
  const inField = !!target?.closest('input, textarea, select')
  const s = useStore.getState()
  if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'f' && !inText) {
    e.preventDefault()
    s.openSearch()
    focusSearch()
    return
  }
  // "/" from anywhere but a field or the text being edited (the README's "any"): from the story in review mode
  // too, where the letters of a search typed after it would otherwise be taken as review keys.
  if (e.key === '/' && !inText && !inField && !e.ctrlKey && !e.metaKey && !e.altKey && s.overlay === 'none') {
    e.preventDefault()
    s.openSearch()
    focusSearch()
  }
}

const focusSearch = () => requestAnimationFrame(() => document.getElementById('library-search')?.focus())

/**
 * The library pane: the stories (virtualised list with columns, filters and sorting), the people, and search.
 * It is resizable; wide, it becomes a one-line-per-story table. Views of other features come in as props.
 */
export function LibrarySidebar({ search, people }: { search: ReactNode; people: ReactNode }) {
  const total = useStore((s) => s.listTotal)
  const filtered = useStore((s) => filtersActive(s.listFilters))
  const pane = useStore((s) => s.libraryPane)
  const searchOpen = useStore((s) => s.searchOpen)
  const width = useStore((s) => s.libraryWidth)
  const setPane = useStore((s) => s.setLibraryPane)
  const setWidth = useStore((s) => s.setLibraryWidth)
  const table = useStore((s) => s.libraryWide)
  const setTable = useStore((s) => s.setLibraryWide)
  const openSeq = useStore((s) => s.openSeq)
  const drag = useRef<{ x: number; w: number } | null>(null)
  const wide = table || width >= WIDE_FROM
  // Opening a story leaves the table view, so that the desk shows it.
  useEffect(() => setTable(false), [openSeq, setTable])

  useEffect(() => {
    window.addEventListener('keydown', onLibraryKey)
    return () => window.removeEventListener('keydown', onLibraryKey)
  }, [])

  const view = searchOpen ? 'search' : pane
  const choose = (p: 'stories' | 'people') => {
    useStore.getState().closeSearch()
    setPane(p)
  }

  return (
    <nav className="library" aria-label="Library" style={{ width: table ? undefined : width }} data-wide={wide ? 'true' : 'false'} data-table={table ? 'true' : 'false'} data-view={view}>
      <header className="library-header">
        <span className="brand">Wiremark</span>
        <span className="count">
          <span data-testid="story-count">
            {total.toLocaleString('en')} {total === 1 ? 'story' : 'stories'}
          </span>
          {filtered && <span className="filtered"> (filtered)</span>}
        </span>
      </header>
      <div className="library-tabs" role="tablist" aria-label="Library views">
        <button type="button" role="tab" aria-selected={view === 'stories'} onClick={() => choose('stories')} data-testid="tab-stories">
          Stories
        </button>
        <button type="button" role="tab" aria-selected={view === 'people'} onClick={() => choose('people')} data-testid="tab-people">
          People
        </button>
        <button
          type="button"
          role="tab"
          aria-selected={view === 'search'}
          title="Search the library (Ctrl+F, or / in the library)"
          data-testid="tab-search"
          onClick={() => {
            useStore.getState().openSearch()
            focusSearch()
          }}
        >
          Search <kbd>/</kbd>
        </button>
        <span className="spacer" />
        <button
          type="button"
          className="width-toggle"
          aria-pressed={table}
          title={table ? 'Back to the desk' : 'Show the library as a table'}
          data-testid="library-wide"
          onClick={() => setTable(!table)}
        >
          {table ? '⇤ Desk' : '⇥ Table'}
          <span className="sr-only">{table ? 'Back to the desk' : 'Show the library as a table'}</span>
        </button>
      </div>
      <div className="library-body">
        {view === 'search' ? search : view === 'people' ? people : <StoryList wide={wide} />}
      </div>
      <div
        className="library-resizer"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize the library"
        aria-valuenow={width}
        aria-valuemin={MIN_LIBRARY_WIDTH}
        tabIndex={0}
        onPointerDown={(e) => {
          drag.current = { x: e.clientX, w: width }
          e.currentTarget.setPointerCapture(e.pointerId)
        }}
        onPointerMove={(e) => drag.current && setWidth(drag.current.w + e.clientX - drag.current.x)}
        onPointerUp={() => (drag.current = null)}
        onKeyDown={(e) => {
          if (e.key === 'ArrowLeft' || e.key === 'ArrowRight') {
            e.preventDefault()
            setWidth(width + (e.key === 'ArrowRight' ? 40 : -40))
          }
        }}
      />
    </nav>
  )
}
