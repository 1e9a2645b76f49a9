import { useShallow } from 'zustand/react/shallow'
import type { Annotation } from '../../../core/annotation/types'
import type { EditorialNote } from '../../../core/article/types'
import { useStore } from '../../store'
import { currentEditor } from '../editor/bridge'
import { JUMP_TO } from '../editor/commands'
import { listedNotes, type ListedNote } from './notesList'

const when = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' })
const dateText = (iso: string | null) => {
  const t = iso ? Date.parse(iso) : NaN
  return Number.isNaN(t) ? null : when.format(t)
}

let memoOf: Record<string, Annotation> | null = null
let memo: Annotation[] = []
/** The non-public records, found once per change of the records (the store changes at every key typed). */
function deskOnly(records: Record<string, Annotation>): Annotation[] {
  if (records !== memoOf) {
    memo = Object.values(records).filter((r) => r.nonPublic)
    memoOf = records
  }
  return memo
}

/**
 * The desk-only notes of the story, shown apart from the text and never exported: the feed's notes, and the notes
 * on words (a Word file's comments), each with who wrote it and when; a click on the words shows them in the text.
 */
export function NotesBox({ notes }: { notes: EditorialNote[] }) {
  const desk = useStore(useShallow((s) => deskOnly(s.records)))
  const listed = listedNotes(notes, desk)
  if (listed.length === 0) return null
  return (
    <aside className="notes-box" aria-label="Non-public notes" data-testid="notes-box">
      <h2>Not for publication</h2>
      <ul>
        {listed.map((n) => (
          <NoteLine key={n.key} n={n} />
        ))}
      </ul>
    </aside>
  )
}

function NoteLine({ n }: { n: ListedNote }) {
  const who = [n.author, dateText(n.date)].filter(Boolean).join(', ')
  const show = () => {
    const a = n.markId ? useStore.getState().records[n.markId] : undefined
    if (!a) return
    useStore.getState().setActive(a.id)
    currentEditor()?.dispatchCommand(JUMP_TO, { start: a.start, end: a.end })
  }
  return (
    <li data-testid="desk-note" data-mark-id={n.markId ?? ''}>
      <span className="note-kind">{n.kind}</span>
      {who && <span className="note-who"> ({who})</span>}
      {n.words !== null &&
        (n.markId ? (
          <>
            {' on '}
            <button type="button" className="link note-words" onClick={show} title="Show these words in the text">
              “{n.words}”
            </button>
          </>
        ) : (
          <span className="note-words"> on “{n.words}” (no longer in the text)</span>
        ))}
      : <span className="note-text" dir="auto">{n.text}</span>
    </li>
  )
}
