import { describe, expect, it } from 'vitest'
import { diffWords, MAX_EDITS, offsetMap, tokenStarts } from './diff'
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

/** Longest common subsequence of two token lists, by plain dynamic programming: what a shortest diff keeps. */
function lcs(a: string[], b: string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0)
  for (let i = 1; i <= a.length; i++) {
    const cur = [0]
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? (prev[j - 1] as number) + 1 : Math.max(prev[j] as number, cur[j - 1] as number)
    prev = cur
  }
  return prev[b.length] as number
}

const tokens = (text: string) => {
  const starts = tokenStarts(text)
  return starts.map((s, i) => text.slice(s, starts[i + 1] ?? text.length))
}

describe('diffWords: shortest, and bounded', () => {
  it('splits text into words, runs of space and single marks', () => {
    expect(tokens('He said,  "no" 42times.')).toEqual(['He', ' ', 'said', ',', '  ', '"', 'no', '"', ' ', '42times', '.'])
    expect(tokenStarts('')).toEqual([])
  })

  it('keeps as many tokens equal as the longest common subsequence (a shortest edit script)', () => {
    const random = seeded(5)
    const words = ['the', 'minister', 'said', 'talks', 'would', 'go', 'on', 'not']
    const sentence = (n: number) => Array.from({ length: n }, () => words[Math.floor(random() * words.length)]).join(' ')
    for (let i = 0; i < 60; i++) {
      const a = sentence(5 + Math.floor(random() * 25))
      const b = i % 3 === 0 ? editWords(a, 0.3, random) : sentence(5 + Math.floor(random() * 25))
      const d = diffWords(a, b)
      expect(rebuild(d)).toEqual({ old: a, new: b })
      const kept = d.filter((s) => s.op === 'equal').reduce((n, s) => n + tokens(s.text).length, 0)
      expect(kept, `${a} / ${b}`).toBe(lcs(tokens(a), tokens(b)))
      // Equal segments really are equal in both texts, and ops alternate (runs are merged).
      for (const s of d) if (s.op === 'equal') expect(b.slice(s.newStart, s.newEnd)).toBe(s.text)
      d.forEach((s, k) => k > 0 && expect(s.op, `${a} / ${b}`).not.toBe(d[k - 1]!.op))
    }
  })

  it('reports an insertion at the start and a deletion at the end on their own', () => {
    expect(diffWords('talks ended', 'The talks ended').map((s) => [s.op, s.text, s.oldStart, s.oldEnd, s.newStart, s.newEnd])).toEqual([
      ['insert', 'The ', 0, 0, 0, 4],
      ['equal', 'talks ended', 0, 11, 4, 15],
    ])
    expect(diffWords('The talks ended late', 'The talks ended').map((s) => [s.op, s.text])).toEqual([
      ['equal', 'The talks ended'],
      ['delete', ' late'],
    ])
    expect(diffWords('a b c d', 'a c d e').map((s) => [s.op, s.text])).toEqual([
      ['equal', 'a '],
      ['delete', 'b '],
      ['equal', 'c d'],
      ['insert', ' e'],
    ])
  })

  it(`reports a middle that differs in more than ${MAX_EDITS} tokens as one delete and one insert`, () => {
    const many = (w: string) => Array.from({ length: 1300 }, (_, i) => `${w}${i}`).join(' ')
    const a = `Start. ${many('old')} End.`
    const b = `Start. ${many('new')} End.`
    const d = diffWords(a, b)
    expect(d.map((s) => s.op)).toEqual(['equal', 'delete', 'insert', 'equal'])
    expect(rebuild(d)).toEqual({ old: a, new: b })
    expect(d[0]!.text).toBe('Start. ')
    expect(d[3]!.text).toBe(' End.')
    // Just under the bound, the same kind of change is diffed word by word.
    const few = (w: string) => Array.from({ length: 300 }, (_, i) => (i % 2 ? `${w}${i}` : `same${i}`)).join(' ')
    const fine = diffWords(`Start. ${few('old')} End.`, `Start. ${few('new')} End.`)
    expect(fine.filter((s) => s.op === 'equal').length).toBeGreaterThan(100)
  })
})

describe('offsetMap', () => {
  const before = 'The talks ended on Monday in Minsk.'
  const after = 'The talks ended on Tuesday in Minsk.'
  const map = offsetMap(diffWords(before, after))

  it('maps offsets in unchanged text exactly, up to and including the end of an unchanged run', () => {
    expect(map(0)).toBe(0)
    expect(map(before.indexOf('on'))).toBe(after.indexOf('on'))
    expect(map(before.indexOf('Monday'))).toBe(after.indexOf('Tuesday'))
    expect(map(before.indexOf(' in'))).toBe(after.indexOf(' in'))
    expect(map(before.indexOf('Minsk'))).toBe(after.indexOf('Minsk'))
    expect(map(before.length)).toBe(after.length)
  })

  it('maps an offset inside replaced text to where the replacement starts, and one before any unchanged text to 0', () => {
    expect(map(before.indexOf('Monday') + 3)).toBe(after.indexOf('Tuesday'))
    const lead = offsetMap(diffWords('Monday talks', 'Tuesday talks'))
    expect(lead(3)).toBe(0)
    expect(lead(6)).toBe(7)
    expect(offsetMap(diffWords('', 'new'))(0)).toBe(0)
  })
})
