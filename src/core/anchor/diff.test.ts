import { describe, expect, it } from 'vitest'
import { diffWords, offsetMap } from './diff'
import { editWords, seeded } from './testing'

const rebuild = (segments: ReturnType<typeof diffWords>) => ({
  old: segments.filter((s) => s.op !== 'insert').map((s) => s.text).join(''),
  new: segments.filter((s) => s.op !== 'delete').map((s) => s.text).join(''),
})

describe('diffWords', () => {
  it('reports a replaced word as a delete and an insert between equal text', () => {
    const d = diffWords('The talks ended on Monday in Minsk.', 'The talks ended on Tuesday in Minsk.')
    expect(d.map((s) => [s.op, s.text])).toEqual([
      ['equal', 'The talks ended on '],
      ['delete', 'Monday'],
      ['insert', 'Tuesday'],
      ['equal', ' in Minsk.'],
    ])
  })

  it('rebuilds both texts from its segments, with consistent offsets, on generated edits', () => {
    const random = seeded(3)
    const base = 'Prime Minister Mark Carney said on Friday that Canada would not retaliate, a government official said. '.repeat(40)
    for (let i = 0; i < 20; i++) {
      const a = editWords(base, 0.05, random)
      const b = editWords(a, 0.05, random)
      const d = diffWords(a, b)
      expect(rebuild(d)).toEqual({ old: a, new: b })
      for (const s of d) {
        if (s.op !== 'insert') expect(a.slice(s.oldStart, s.oldEnd)).toBe(s.text)
        if (s.op !== 'delete') expect(b.slice(s.newStart, s.newEnd)).toBe(s.text)
      }
    }
  })

  it('handles empty and identical texts', () => {
    expect(diffWords('', 'new text').map((s) => s.op)).toEqual(['insert'])
    expect(diffWords('old text', '').map((s) => s.op)).toEqual(['delete'])
    expect(diffWords('same', 'same').map((s) => s.op)).toEqual(['equal'])
  })

  it('maps old offsets into the new text', () => {
    const map = offsetMap(diffWords('He said "no" on Monday.', 'Earlier, he said "no" on Monday.'))
    expect(map('He said "no" on Monday.'.indexOf('"no"'))).toBe('Earlier, he said "no" on Monday.'.indexOf('"no"'))
  })
})
