import { describe, expect, it } from 'vitest'
import type { EditorialNote } from '../../../core/article/types'
import { editorRecord } from '../../../test/records'
import { listedNotes } from './notesList'

const edNote: EditorialNote = { kind: 'edNote', text: 'Embargoed until 10:00' }
const comment: EditorialNote = { kind: 'comment', text: 'His mobile is in the desk file', author: 'Lina Stringer', date: '2026-12-01T09:30:00Z', anchor: { start: 0, end: 5 } }
const onPoint: EditorialNote = { kind: 'comment', text: 'Call me', author: 'Lina Stringer' }
const mark = editorRecord({
  id: 'm1',
  kind: 'note',
  note: comment.text,
  author: 'Lina Stringer',
  cue: 'comment',
  createdAt: '2026-12-01T09:30:00Z',
  nonPublic: true,
  start: 20,
  end: 32,
  selector: { exact: 'Karim Haddad', prefix: '', suffix: '' },
})

describe('the desk’s list of notes not for publication', () => {
  it('lists the notes on no words, then each note on words with its mark, author, date and words', () => {
    const listed = listedNotes([edNote, comment, onPoint], [mark, editorRecord({ id: 'mine', kind: 'note', note: 'my own note' })])
    expect(listed.map(({ kind, text, author, date, words, markId }) => ({ kind, text, author, date, words, markId }))).toEqual([
      { kind: 'edNote', text: 'Embargoed until 10:00', author: null, date: null, words: null, markId: null },
      { kind: 'comment', text: 'Call me', author: 'Lina Stringer', date: null, words: null, markId: null },
      { kind: 'comment', text: comment.text, author: 'Lina Stringer', date: '2026-12-01T09:30:00Z', words: 'Karim Haddad', markId: 'm1' },
    ])
  })

  it('keeps a note whose mark the editor edited on its mark, and lists it again when the mark was removed', () => {
    const edited = { ...mark, note: 'checked: number in the file' }
    expect(listedNotes([comment], [edited]).map((n) => n.markId)).toEqual(['m1'])
    expect(listedNotes([comment], []).map((n) => [n.text, n.markId])).toEqual([[comment.text, null]])
  })

  it('shows the words of a note whose words an edit took out, without a link to them', () => {
    expect(listedNotes([comment], [{ ...mark, anchor: 'orphaned' }])[0]).toMatchObject({ words: 'Karim Haddad', markId: null })
  })
})
