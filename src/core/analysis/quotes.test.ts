import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { arrayWork } from '../../test/arrayWork'
import { scanQuotes } from './quotes'
import { paragraphsOf } from './segment'

function quoteWork(copies: number) {
  // single marks that never close and doubles inside doubles: each once looked through the rest of its paragraph
  const a = buildArticle({ format: 'text', headline: 'A headline about nothing', paragraphs: [`"The "new" plan, 'he said, is "good" and 'fine. `.repeat(copies)] })
  return arrayWork(() => scanQuotes(a.text, paragraphsOf(a)))
}

describe('scanQuotes scales linearly in the marks of a paragraph', () => {
  it('4x the marks, about 4x the work (a scan of the rest per mark would be 16x)', () => {
    const small = quoteWork(500)
    const big = quoteWork(2000)
    expect(big.result.spans.length).toBe(small.result.spans.length)
    expect(big.work / small.work).toBeLessThan(5)
  })
})
