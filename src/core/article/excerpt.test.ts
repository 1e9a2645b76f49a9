import { describe, expect, it } from 'vitest'
import { clipExcerpt } from './excerpt'

describe('clipExcerpt', () => {
  it('keeps a short text whole, with its whitespace folded', () => {
    expect(clipExcerpt('  the  mayor\nsaid ', 20)).toBe('the mayor said')
  })

  it('cuts a long text at the last word boundary that fits, never inside a word', () => {
    const s = 'The council voted on Tuesday to close the harbour bridge for repairs'
    const out = clipExcerpt(s, 30)
    expect(out).toBe('The council voted on Tuesday…')
    expect(out.length).toBeLessThanOrEqual(30)
  })

  it('uses a boundary that falls exactly at the cut', () => {
    // "abcd efgh" cut at 5 (4 characters and the "…"): the fifth character is the space.
    expect(clipExcerpt('abcd efgh ijkl', 5)).toBe('abcd…')
    // …or on punctuation: the word before it is whole.
    expect(clipExcerpt('abcd, efgh ijkl', 5)).toBe('abcd…')
  })

  it('drops the punctuation left dangling at the cut', () => {
    expect(clipExcerpt('Rates rose, the bank said, and prices followed', 18)).toBe('Rates rose, the…')
    expect(clipExcerpt('He said: "we will go on and on"', 10)).toBe('He said…')
  })

  it('cuts inside a single word longer than the room', () => {
    expect(clipExcerpt('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…')
  })
})
