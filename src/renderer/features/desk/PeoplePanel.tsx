import { useMemo, useState } from 'react'
import { deskAnnotationsOf } from '../../store/effective'
import { useStore } from '../../store'

/** Everyone in the story with their description and quotes; renaming a person renames every quote's speaker. */
export function PeoplePanel() {
  const analysis = useStore((s) => s.analysis)
  const records = useStore((s) => s.records)
  const update = useStore((s) => s.updateAnnotation)
  const [editing, setEditing] = useState<string | null>(null)
  const [name, setName] = useState('')
  const quotes = useMemo(
    () => [...deskAnnotationsOf(records).values()].filter((a) => a.kind === 'quote' && a.decision !== 'rejected'),
    [records],
  )
  const people = useMemo(() => {
    const list = (analysis?.people ?? []).filter((p) => p.kind !== 'unnamed').map((p) => ({ name: p.name, description: p.description }))
    const known = new Set(list.map((p) => p.name))
    for (const q of quotes) {
      if (!q.speaker || known.has(q.speaker)) continue
      known.add(q.speaker)
      list.push({ name: q.speaker, description: null })
    }
    return list
  }, [analysis, quotes])
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
