import { describe, expect, it } from 'vitest'
import { mergeImported, spanOverlap } from './merge'
import { editorRecord } from '../../test/records'
import type { Annotation } from './types'

const rec = (id: string, change: Partial<Annotation>): Annotation =>
  editorRecord({ id, start: 10, end: 30, selector: { exact: 'x'.repeat(20), prefix: '', suffix: '' }, ...change })

const ids = () => {
  let n = 0
  return () => `new-${++n}`
}

describe('mergeImported', () => {
  it('keeps an undecided suggestion as a suggestion where the story suggests nothing there, and skips it where it does', () => {
    const local = rec('s1', { origin: 'auto', kind: 'claim', start: 100, end: 140 })
    const there = rec('f1', { origin: 'auto', kind: 'claim', start: 102, end: 140 })
    const elsewhere = rec('f2', { origin: 'auto', kind: 'claim', start: 200, end: 240 })
    const m = mergeImported([there, elsewhere], [local], ids())
    expect(m.skipped).toBe(1)
    expect(m.add).toEqual([{ ...elsewhere, id: 'new-1', suggestionId: null }])
  })

  it("puts a decision onto the story's suggestion over the same words, at the suggestion's place", () => {
    const local = rec('s1', { origin: 'auto', start: 10, end: 31, selector: { exact: 'y'.repeat(21), prefix: 'a', suffix: 'b' } })
    const decided = rec('f1', { origin: 'editor', decision: 'accepted', speaker: 'A. Person' })
    const m = mergeImported([decided], [local], ids())
    expect(m.add).toEqual([{ ...decided, id: 'new-1', suggestionId: 's1', start: 10, end: 31, selector: local.selector }])
  })

  it('skips a record the story has already, and a second copy of one in the same file', () => {
    const own = rec('mine', { kind: 'note', note: 'Ask the desk' })
    const same = rec('f1', { kind: 'note', note: 'Ask the desk', author: 'elsewhere' })
    const other = rec('f2', { kind: 'note', note: 'Another note' })
    const m = mergeImported([same, other, { ...other, id: 'f3' }], [own], ids())
    expect(m.skipped).toBe(2)
    expect(m.add.map((a) => [a.id, a.note])).toEqual([['new-1', 'Another note']])
  })

  it('tells orphans apart by their words, never by their empty place', () => {
    const a = rec('f1', { anchor: 'orphaned', start: 0, end: 0, selector: { exact: 'first words', prefix: '', suffix: '' } })
    const b = rec('f2', { anchor: 'orphaned', start: 0, end: 0, selector: { exact: 'other words', prefix: '', suffix: '' } })
    expect(mergeImported([a, b], [], ids()).add).toHaveLength(2)
  })
})

describe('spanOverlap', () => {
  it('is intersection over union', () => {
    expect(spanOverlap({ start: 0, end: 10 }, { start: 5, end: 15 })).toBeCloseTo(5 / 15)
    expect(spanOverlap({ start: 0, end: 10 }, { start: 10, end: 20 })).toBe(0)
    expect(spanOverlap({ start: 4, end: 4 }, { start: 4, end: 4 })).toBe(1)
    expect(spanOverlap({ start: 4, end: 4 }, { start: 5, end: 5 })).toBe(0)
  })
})
