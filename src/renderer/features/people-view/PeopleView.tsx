import { useEffect, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { CrossFinding, PersonQuote } from '../../../shared/ipc/areas/library'
import { useStore } from '../../store'
import '../../styles/library.css'

const RULE_LABEL: Record<CrossFinding['rule'], string> = {
  'quote-speaker-conflict': 'Same quote, different speakers',
  'quote-wording-changed': 'Wording changed',
}

const openStory = (id: string) => void useStore.getState().openStory(id)

function QuoteLink({ q, speaker }: { q: PersonQuote; speaker?: string | null }) {
  return (
    <li className="pv-quote">
      <q>{q.text}</q>
      {speaker !== undefined && <span className="pv-speaker"> — {speaker ?? 'no speaker'}</span>}
      <button type="button" className="link pv-story" onClick={() => openStory(q.storyId)} data-story-id={q.storyId}>
        {q.headline ?? '(no headline)'}
        {q.source ? <span className="hint"> · {q.source}</span> : null}
      </button>
    </li>
  )
}

/** Every speaker in the library with their counts; a speaker's quotes linked to their stories; cross-story findings. */
export function PeopleView() {
  const people = useStore(useShallow((s) => s.libraryPeople))
  const pending = useStore((s) => s.peoplePending)
  const status = useStore((s) => s.peopleStatus)
  const findings = useStore(useShallow((s) => s.crossFindings))
  const personKey = useStore((s) => s.personKey)
  const quotes = useStore(useShallow((s) => s.personQuotes))
  const personStatus = useStore((s) => s.personStatus)
  const loadPeople = useStore((s) => s.loadPeople)
  const selectPerson = useStore((s) => s.selectPerson)
  const [filter, setFilter] = useState('')

  useEffect(() => void loadPeople(), [loadPeople])
  const shown = useMemo(() => {
    const f = filter.trim().toLowerCase()
    return f ? people.filter((p) => p.name.toLowerCase().includes(f) || (p.description ?? '').toLowerCase().includes(f)) : people
  }, [people, filter])

  return (
    <section className="people-view" aria-label="People across stories" data-testid="people-view" data-ready={status === 'ready' ? 'true' : 'false'}>
      <div className="pv-top">
        <input type="search" placeholder="Find a speaker" aria-label="Find a speaker" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="hint">
          {people.length} {people.length === 1 ? 'speaker' : 'speakers'}
          {pending > 0 ? ` · indexing ${pending} stories…` : ''}
        </span>
      </div>
      {findings.length > 0 && (
        <details className="pv-findings" open data-testid="cross-findings">
          <summary>
            Across stories <span className="count-badge">{findings.length}</span>
          </summary>
          <ul>
            {findings.map((f, i) => (
              <li key={i} className="pv-finding" data-rule={f.rule}>
                <span className="pv-rule sev-warning">{RULE_LABEL[f.rule]}</span>
                <span className="finding-message">{f.message}</span>
                <ul>
                  {f.quotes.map((q, j) => (
                    <QuoteLink key={j} q={q} speaker={q.speaker} />
                  ))}
                </ul>
              </li>
            ))}
          </ul>
        </details>
      )}
      {status === 'ready' && people.length === 0 && <p className="library-empty">No quoted speakers yet.</p>}
      <ul className="pv-people" role="listbox" aria-label="Speakers">
        {shown.map((p) => {
          const on = p.key === personKey
          return (
            <li key={p.key} role="option" aria-selected={on} className="pv-person" data-person={p.key}>
              <button type="button" className="pv-person-head" aria-expanded={on} onClick={() => void selectPerson(on ? null : p.key)}>
                <span className="pv-name">{p.name}</span>
                <span className="pv-counts" data-testid="person-counts">
                  {p.quotes} {p.quotes === 1 ? 'quote' : 'quotes'} · {p.stories} {p.stories === 1 ? 'story' : 'stories'}
                </span>
                {p.description && <span className="pv-desc hint">{p.description}</span>}
              </button>
              {on && (
                <ul className="pv-quotes" aria-busy={personStatus === 'loading'} data-testid="person-quotes">
                  {quotes.map((q, i) => (
                    <QuoteLink key={i} q={q} />
                  ))}
                </ul>
              )}
            </li>
          )
        })}
      </ul>
    </section>
  )
}
