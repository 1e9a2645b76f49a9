import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import type { Article } from '../article/types'
import { withNoteAnchors } from './noteAnchors'

const on = (a: Article) => a.notes.map((n) => (n.anchor ? a.text.slice(n.anchor.start, n.anchor.end) : null))

describe('note anchors after import rebuilt the text', () => {
  const before = buildArticle({
    format: 'docx',
    headline: 'Port reopens',
    paragraphs: ['Lina Stringer, staff writer', 'The port reopened on Friday, the harbour master said.', 'hh/ph'],
  })
  const anchored = (words: string) => ({ start: before.text.indexOf(words), end: before.text.indexOf(words) + words.length })
  const notes = [
    { kind: 'comment', text: 'Name in my notes.', author: 'S', anchor: anchored('the harbour master said') },
    { kind: 'comment', text: 'Drop these.', author: 'S', anchor: anchored('hh/ph') },
    { kind: 'comment', text: 'On nothing.', author: 'S' },
  ]
  const withNotes = { ...before, notes }

  it('moves each note onto its words when blocks moved, and drops the anchor of words that went', () => {
    // The byline line moved out of the body into a byline block, the staff initials became clutter.
    const after = { ...buildArticle({ format: 'docx', headline: 'Port reopens', bylines: ['Lina Stringer, staff writer'], paragraphs: ['The port reopened on Friday, the harbour master said.'] }), notes }
    expect(after.text).not.toBe(before.text)
    const moved = withNoteAnchors(withNotes, after)
    expect(on(moved)).toEqual(['the harbour master said', null, null])
    expect(moved.notes.map((n) => n.text)).toEqual(['Name in my notes.', 'Drop these.', 'On nothing.'])
  })

  it('leaves the article as it is when the text did not change', () => {
    expect(withNoteAnchors(withNotes, withNotes)).toBe(withNotes)
  })
})
