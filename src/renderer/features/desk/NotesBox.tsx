import type { EditorialNote } from '../../../core/article/types'

/** The desk-only notes of the story: shown apart from the text, never part of it, never exported. */
export function NotesBox({ notes }: { notes: EditorialNote[] }) {
  if (notes.length === 0) return null
  return (
    <aside className="notes-box" aria-label="Non-public notes" data-testid="notes-box">
      <h2>Not for publication</h2>
      <ul>
        {notes.map((n, i) => (
          <li key={i}>
            <span className="note-kind">{n.kind}</span> {n.text}
          </li>
        ))}
      </ul>
    </aside>
  )
}
