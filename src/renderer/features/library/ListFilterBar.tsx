import { useEffect, useState } from 'react'
import type { SourceCount } from '../../../shared/dto/library'
import { call } from '../../lib/api'
import { useStore } from '../../store'
import { filtersActive, REVIEW_STATES, STATE_LABEL } from '../../store/libraryList'

const SOURCE_DEBOUNCE_MS = 300

/** Filters of the list: source, review state, date range of import, has open findings. */
export function ListFilterBar() {
  const f = useStore((s) => s.listFilters)
  const setFilters = useStore((s) => s.setFilters)
  const [source, setSource] = useState(f.source)
  // The source is typed: it applies once typing pauses (or on Enter).
  useEffect(() => {
    if (source === f.source) return
    const t = setTimeout(() => setFilters({ source }), SOURCE_DEBOUNCE_MS)
    return () => clearTimeout(t)
  }, [source, f.source, setFilters])
  useEffect(() => setSource(f.source), [f.source])
  // The library's sources under their agency names, offered as the filter is typed (read again on each focus:
  // imports add sources).
  const [sources, setSources] = useState<SourceCount[]>([])
  const loadSources = async () => {
    const r = await call('library:sources', {})
    if (r.ok) setSources(r.value)
    else console.error('Wiremark: the list of sources could not be read', r.error)
  }
  return (
    <div className="lib-filters" role="group" aria-label="Filter the stories">
      <input
        type="search"
        className="f-source"
        placeholder="Source"
        aria-label="Source"
        data-testid="filter-source"
        value={source}
        list="library-sources"
        onFocus={() => void loadSources()}
        onChange={(e) => setSource(e.target.value)}
        onKeyDown={(e) => e.key === 'Enter' && setFilters({ source })}
      />
      <datalist id="library-sources" data-testid="source-options">
        {sources.map((s) => (
          <option key={s.name} value={s.name} label={`${s.stories} ${s.stories === 1 ? 'story' : 'stories'}`} />
        ))}
      </datalist>
      {/* Buttons, not a <select>: the list's rows are the only options on the page. */}
      <span className="f-states" role="group" aria-label="Review state" data-testid="filter-state" data-value={f.state}>
        {(['', ...REVIEW_STATES] as const).map((s) => (
          <button key={s || 'any'} type="button" aria-pressed={f.state === s} data-state={s || 'any'} onClick={() => setFilters({ state: s })}>
            {s ? STATE_LABEL[s] : 'Any'}
          </button>
        ))}
      </span>
      <label className="f-check">
        <input type="checkbox" data-testid="filter-findings" checked={f.hasFindings} onChange={(e) => setFilters({ hasFindings: e.target.checked })} />
        Findings
      </label>
      <span className="f-dates">
        <input type="date" aria-label="Imported from" data-testid="filter-from" value={f.from} max={f.to || undefined} onChange={(e) => setFilters({ from: e.target.value })} />
        <span aria-hidden="true">–</span>
        <input type="date" aria-label="Imported until" data-testid="filter-to" value={f.to} min={f.from || undefined} onChange={(e) => setFilters({ to: e.target.value })} />
      </span>
      {filtersActive(f) && (
        <button type="button" className="link f-clear" onClick={() => setFilters({ source: '', state: '', from: '', to: '', hasFindings: false })}>
          Clear
        </button>
      )}
    </div>
  )
}
