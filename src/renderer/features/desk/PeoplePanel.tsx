import { useMemo, useState } from 'react'
import type { Person } from '../../../core/analysis/types'
import type { Annotation } from '../../../core/annotation/types'
import { deskAnnotationsOf } from '../../store/effective'
import { useStore } from '../../store'
import { sameItems, useStoreWith } from '../../store/select'
import { lastOf, sameAnnotationsShown } from './shown'

const quotesOf = lastOf((records: Record<string, Annotation>) =>
  [...deskAnnotationsOf(records).values()].filter((a) => a.kind === 'quote' && a.decision !== 'rejected'),
)
const peopleOf = lastOf((people: readonly Person[] | undefined) =>
  (people ?? []).filter((p) => p.kind !== 'unnamed').map((p) => ({ name: p.name, description: p.description })),
)

/** Everyone in the story with their description and quotes; renaming a person renames every quote's speaker. */
export function PeoplePanel() {
  // Typing moves every quote after the cursor and each analysis makes new people: the list re-renders only when
  // the names, descriptions, speakers or words it shows change.
  const found = useStoreWith(
    (s) => peopleOf(s.analysis?.people),
    (a, b) => sameItems(a, b, (x, y) => x.name === y.name && x.description === y.description),
  )
  const quotes = useStoreWith((s) => quotesOf(s.records), sameAnnotationsShown)
  const update = useStore((s) => s.updateAnnotation)
  const [editing, setEditing] = useState<string | null>(null)
  const [name, setName] = useState('')
  const people = useMemo(() => {
    const list = [...found]
    const known = new Set(list.map((p) => p.name))
    for (const q of quotes) {
      if (!q.speaker || known.has(q.speaker)) continue
      known.add(q.speaker)
      list.push({ name: q.speaker, description: null })
    }
    return list
  }, [found, quotes])
  const rename = (from: string) => {
    const to = name.trim()
    setEditing(null)
    if (!to || to === from) return
    for (const q of quotes) if (q.speaker === from) update(q.id, { speaker: to })
  }
  return (
    <section className="people" aria-label="People" data-testid="people">
      <h2>People</h2>
      <ul>
        {people.map((p) => {
          const said = quotes.filter((q) => q.speaker === p.name)
          return (
            <li key={p.name} data-person={p.name}>
              {editing === p.name ? (
                <input
                  autoFocus
                  aria-label={`New name for ${p.name}`}
                  value={name}
                  onChange={(e) => setName(e.target.value)}
                  onBlur={() => rename(p.name)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter') rename(p.name)
                    if (e.key === 'Escape') setEditing(null)
                  }}
                />
              ) : (
                <button
                  type="button"
                  className="person-name"
                  title="Rename: every quote follows"
                  onClick={() => {
                    setEditing(p.name)
                    setName(p.name)
                  }}
                >
                  {p.name}
                </button>
              )}
              {p.description && <span className="hint"> — {p.description}</span>}
              {said.length > 0 && (
                <ul className="person-quotes">
                  {said.map((q) => (
                    <li key={q.id}>
                      <button type="button" className="link" onClick={() => useStore.getState().setActive(q.id)}>
                        “{q.selector.exact.slice(0, 80)}
                        {q.selector.exact.length > 80 ? '…' : ''}”
                      </button>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          )
        })}
        {people.length === 0 && <li className="hint">No people found.</li>}
      </ul>
    </section>
  )
}
