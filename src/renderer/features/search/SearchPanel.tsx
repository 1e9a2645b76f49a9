import { useEffect, useState, type KeyboardEvent } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { SearchHit, SnippetPart } from '../../../shared/dto/library'
import { useStore } from '../../store'

const FIELD_LABEL: Record<SearchHit['field'], string> = { headline: 'headline', body: 'text', quote: 'quote', note: 'note', filter: 'filters' }

/** A snippet with its matched words marked; the parts are text, never HTML. */
export function Snippet({ parts }: { parts: readonly SnippetPart[] }) {
  return (
    <span className="snippet">
      {parts.map((p, i) => (p.mark ? <mark key={i}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
    </span>
  )
}

/** Search over the library: results while typing, field filters, Enter or a click opens the story, Esc closes. */
export function SearchPanel() {
  const query = useStore((s) => s.searchQuery)
  const hits = useStore(useShallow((s) => s.searchHits))
  const understood = useStore((s) => s.searchUnderstood)
  const status = useStore((s) => s.searchStatus)
  const error = useStore((s) => s.searchError)
  const setQuery = useStore((s) => s.setSearchQuery)
  const [active, setActive] = useState(0)
  useEffect(() => setActive(0), [hits])

  const open = (hit: SearchHit | undefined) => {
    if (hit) void useStore.getState().openStory(hit.storyId)
  }
  const close = () => {
    useStore.getState().closeSearch()
    requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="story-list"]')?.focus())
  }
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Escape') {
      e.preventDefault()
      e.stopPropagation()
      close()
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const n = Math.max(0, Math.min(hits.length - 1, active + (e.key === 'ArrowDown' ? 1 : -1)))
      setActive(n)
      document.getElementById(`search-hit-${n}`)?.scrollIntoView({ block: 'nearest' })
    } else if (e.key === 'Enter') {
      e.preventDefault()
      open(hits[active])
    }
  }

  return (
    <section className="search" aria-label="Search the library" data-testid="search" data-status={status} onKeyDown={onKeyDown}>
      <div className="search-box">
        <input
          id="library-search"
          type="search"
          autoFocus
          placeholder="Search headlines, text, quotes, notes"
          aria-label="Search the library"
          aria-controls="search-results"
          aria-activedescendant={hits[active] ? `search-hit-${active}` : undefined}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <button type="button" className="link" onClick={close} aria-label="Close search (Esc)">
          <kbd>Esc</kbd>
        </button>
      </div>
      <p className="search-hint hint" data-testid="search-hint">
        Words, <code>"a phrase"</code>, <code>prefix*</code>, <code>-word</code>; filters: <code>speaker:Ruiz source:Reuters kind:claim status:disputed</code>
      </p>
      {understood && understood.filters.length > 0 && (
        <p className="search-understood" data-testid="search-filters">
          {understood.filters.map((f, i) => (
            <span key={i} className="filter-chip">
              {f.field}: <b>{f.value}</b>
            </span>
          ))}
        </p>
      )}
      {status === 'error' && <p className="search-error" role="alert">{error}</p>}
      {status === 'ready' && hits.length === 0 && <p className="library-empty">Nothing found.</p>}
      <ul id="search-results" className="search-results" role="listbox" aria-label="Search results" aria-busy={status === 'waiting'}>
        {hits.map((h, i) => (
          <li
            key={`${h.storyId}-${i}`}
            id={`search-hit-${i}`}
            role="option"
            aria-selected={i === active}
            className="hit"
            data-story-id={h.storyId}
            data-field={h.field}
            onClick={() => open(h)}
            onMouseMove={() => active !== i && setActive(i)}
          >
            <span className="hit-headline">{h.headline ?? '(no headline)'}</span>
            <span className="hit-meta">
              {[h.source, h.dateline].filter(Boolean).join(' · ')}
              <span className="hit-field">{FIELD_LABEL[h.field]}</span>
            </span>
            {h.parts.length > 0 && <Snippet parts={h.parts} />}
            {h.speaker && <span className="hit-speaker">— {h.speaker}</span>}
          </li>
        ))}
      </ul>
    </section>
  )
}
