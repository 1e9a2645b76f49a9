import { useEffect, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import type { CrossFinding, PersonQuote, PersonSummary } from '../../../shared/dto/library'
import { call } from '../../lib/api'
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

/** Two people picked for a merge: which name to keep, then Merge; the other person joins the one kept. */
function MergeBar({ pair, onDone, onCancel }: { pair: readonly [PersonSummary, PersonSummary]; onDone: () => void; onCancel: () => void }) {
  const [keep, setKeep] = useState(pair[0].key)
  const [busy, setBusy] = useState(false)
  const notify = useStore((s) => s.notify)
  useEffect(() => setKeep(pair[0].key), [pair])
  const merge = async () => {
    const into = pair.find((p) => p.key === keep) ?? pair[0]
    const from = pair.find((p) => p.key !== into.key) ?? pair[1]
    setBusy(true)
    const r = await call('library:mergePeople', { from: from.key, into: into.key })
    setBusy(false)
    if (!r.ok) return notify('error', `The people were not merged: ${r.error.message}`)
    onDone()
  }
  return (
    <div className="pv-merge" role="group" aria-label="Merge two people" data-testid="merge-bar">
      <span className="pv-merge-title">Merge into one person, keeping the name:</span>
      {pair.map((p) => (
        <label key={p.key} className="pv-merge-choice">
          <input type="radio" name="pv-keep" value={p.key} checked={keep === p.key} onChange={() => setKeep(p.key)} />
          {p.name}
        </label>
      ))}
      <span className="pv-merge-actions">
        <button type="button" className="primary" disabled={busy} onClick={() => void merge()} data-testid="merge-people">
          Merge
        </button>
        <button type="button" className="link" onClick={onCancel}>
          Cancel
        </button>
      </span>
    </div>
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
  const notify = useStore((s) => s.notify)
  const [filter, setFilter] = useState('')
  // Keys of the people ticked for a merge, in the order they were ticked (two at most).
  const [picked, setPicked] = useState<string[]>([])

  useEffect(() => void loadPeople(), [loadPeople])
  const toggle = (key: string) =>
    setPicked((was) => (was.includes(key) ? was.filter((k) => k !== key) : [...was, key].slice(-2)))
  const pair = useMemo(() => {
    const ps = picked.map((k) => people.find((p) => p.key === k)).filter((p): p is PersonSummary => p !== undefined)
    return ps.length === 2 ? ([ps[0]!, ps[1]!] as const) : null
  }, [picked, people])
  const unmerge = async (key: string) => {
    const r = await call('library:unmergePerson', { key })
    if (!r.ok) return notify('error', `The merge was not undone: ${r.error.message}`)
    void loadPeople()
  }
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
      {pair ? (
        <MergeBar
          pair={pair}
          onCancel={() => setPicked([])}
          onDone={() => {
            setPicked([])
            void loadPeople()
          }}
        />
      ) : (
        <p className="pv-merge-hint hint">Tick two people who are one person to merge them.</p>
      )}
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
              <div className="pv-person-row">
                <input
                  type="checkbox"
                  className="pv-pick"
                  aria-label={`Pick ${p.name} to merge`}
                  checked={picked.includes(p.key)}
                  onChange={() => toggle(p.key)}
                  data-testid="pick-person"
                />
                <button type="button" className="pv-person-head" aria-expanded={on} onClick={() => void selectPerson(on ? null : p.key)}>
                  <span className="pv-name">{p.name}</span>
                  <span className="pv-counts" data-testid="person-counts">
                    {p.quotes} {p.quotes === 1 ? 'quote' : 'quotes'} · {p.stories} {p.stories === 1 ? 'story' : 'stories'}
                  </span>
                  {p.description && <span className="pv-desc hint">{p.description}</span>}
                  {p.aliases.length > 0 && <span className="pv-aliases hint">also {p.aliases.join(', ')}</span>}
                </button>
              </div>
              {p.merged.length > 0 && (
                <ul className="pv-merged" aria-label={`Merged into ${p.name}`}>
                  {p.merged.map((m) => (
                    <li key={m.key} data-merged={m.key}>
                      <span>merged: {m.name}</span>
                      <button
                        type="button"
                        className="link pv-undo"
                        aria-label={`Undo the merge of ${m.name}`}
                        onClick={() => void unmerge(m.key)}
                        data-testid="unmerge-person"
                      >
                        Undo
                      </button>
                    </li>
                  ))}
                </ul>
              )}
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
