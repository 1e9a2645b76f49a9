import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { arrayWork } from '../../test/arrayWork'
import { findMentions } from './people'
import { paragraphsOf } from './segment'

/** findMentions over `copies` copies of one paragraph, all in one paragraph (the worst case for per-paragraph scans) or each its own. */
function mentionWork(copies: number, onePara: boolean) {
  const p = 'Finance minister Jane Doe, a senior adviser to the Party, met UCL astronomer John Smith and Chris Bosh in Paris. She said they agreed. '
  const paragraphs = onePara ? [p.repeat(copies)] : Array.from({ length: copies }, () => p)
  const a = buildArticle({ format: 'text', headline: 'A headline about nothing in particular', paragraphs })
  const paras = paragraphsOf(a)
  return arrayWork(() => findMentions(a.text, paras))
}

describe('findMentions scales linearly', () => {
  it.each([true, false])('doubling the mentions about doubles the work (one paragraph: %s)', (onePara) => {
    const small = mentionWork(400, onePara)
    const big = mentionWork(1600, onePara)
    expect(big.result.length).toBe(small.result.length * 4)
    // the mentions of one copy are the same in every copy
    expect(big.result.slice(0, 8).map((m) => [m.kind, m.name, m.description, m.inDescription])).toEqual(
      small.result.slice(0, 8).map((m) => [m.kind, m.name, m.description, m.inDescription]),
    )
    // linear: 4x the input, about 4x the work (a quadratic scan would be 16x)
    expect(big.work / small.work).toBeLessThan(5)
  })
})
