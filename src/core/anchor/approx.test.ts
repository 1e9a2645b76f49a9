import { describe, expect, it } from 'vitest'
import { approxSearch, editDistance, similarity } from './approx'
import { seeded } from './testing'

/** Plain dynamic programming, the reference the bit-parallel version must agree with. */
function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    const cur = [i]
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev[b.length] as number
}

/** Best edit count of the pattern against any substring ending at each position. */
function searchScores(text: string, pattern: string): number[] {
  let prev = Array.from({ length: text.length + 1 }, () => 0)
  for (let i = 1; i <= pattern.length; i++) {
    const cur = [i]
    for (let j = 1; j <= text.length; j++) {
      cur[j] = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + (pattern[i - 1] === text[j - 1] ? 0 : 1))
    }
    prev = cur
  }
  return prev
}

const randomText = (random: () => number, n: number, alphabet = 'abcd ') =>
  Array.from({ length: n }, () => alphabet[Math.floor(random() * alphabet.length)]).join('')

describe('editDistance', () => {
  it('agrees with plain dynamic programming across one and several 32-character blocks', () => {
    const random = seeded(7)
    for (let i = 0; i < 300; i++) {
      const a = randomText(random, 1 + Math.floor(random() * 90))
      const b = randomText(random, Math.floor(random() * 90))
      expect(editDistance(a, b), `${a} / ${b}`).toBe(levenshtein(a, b))
    }
  })

  it('gives similarity 1 for equal strings and falls with each edit', () => {
    expect(similarity('Putin said', 'Putin said')).toBe(1)
    expect(similarity('kitten', 'sitting')).toBeCloseTo(1 - 3 / 7)
    expect(similarity('', '')).toBe(1)
  })
})

describe('approxSearch', () => {
  it('finds the best match with its exact start, end and edit count (checked against the DP)', () => {
    const random = seeded(11)
    for (let i = 0; i < 200; i++) {
      const text = randomText(random, 50 + Math.floor(random() * 200))
      const start = Math.floor(random() * (text.length - 40))
      const pattern = text.slice(start, start + 5 + Math.floor(random() * 70)).replace(/a/, 'x')
      const scores = searchScores(text, pattern)
      const best = Math.min(...scores)
      const k = Math.floor(pattern.length / 2)
      const found = approxSearch(text, pattern, k)
      if (best > k) {
        expect(found).toEqual([])
        continue
      }
      expect(found[0]!.errors).toBe(best)
      expect(scores[found[0]!.end]).toBe(best)
      expect(levenshtein(pattern, text.slice(found[0]!.start, found[0]!.end))).toBe(best)
    }
  })

  it('finds a changed sentence in a longer text and respects the window', () => {
    const text = 'The minister said on Tuesday that the budget would be cut by four percent next year, officials said.'
    const [m] = approxSearch(text, 'the budget will be cut by 4 percent next year', 15)
    expect(text.slice(m!.start, m!.end)).toBe('the budget would be cut by four percent next year')
    expect(approxSearch(text, 'the budget will be cut by 4 percent next year', 15, 0, 40)).toEqual([])
    expect(approxSearch(text, 'zzzzzzzzzz', 2)).toEqual([])
  })
})
