import { describe, expect, it } from 'vitest'
import { overlapLocator } from './spans'

describe('overlapLocator', () => {
  it('gives the overlapping spans in their own order, as a filter does, on random spans', () => {
    // A small seeded generator: the same cases on every run.
    let seed = 20261208
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed % n
    }
    for (let round = 0; round < 200; round++) {
      const spans = Array.from({ length: rand(30) }, (_, id) => {
        const start = rand(200)
        return { id, start, end: start + rand(rand(4) === 0 ? 150 : 12) }
      })
      const over = overlapLocator(spans)
      for (let q = 0; q < 20; q++) {
        const start = rand(220)
        const end = start + rand(30)
        expect(over(start, end)).toEqual(spans.filter((s) => s.end > start && s.start < end))
      }
    }
  })

  it('answers the edges: touching spans do not overlap, an empty span inside the range does', () => {
    const spans = [{ start: 10, end: 20 }, { start: 0, end: 10 }, { start: 20, end: 30 }, { start: 15, end: 15 }]
    const over = overlapLocator(spans)
    expect(over(10, 20)).toEqual([spans[0], spans[3]])
    expect(over(9, 11)).toEqual([spans[0], spans[1]])
    expect(over(14, 16)).toEqual([spans[0], spans[3]])
    expect(overlapLocator([])(0, 5)).toEqual([])
  })
})
