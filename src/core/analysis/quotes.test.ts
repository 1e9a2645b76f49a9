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

/** The characters String.prototype.indexOf reads while `fn` runs: from where it starts to the hit, or to the end. */
function indexOfWork<T>(fn: () => T): { work: number; result: T } {
  const orig = String.prototype.indexOf
  let work = 0
  String.prototype.indexOf = function (this: string, search: string, from?: number) {
    const at = orig.call(this, search, from)
    work += (at >= 0 ? at + search.length : this.length) - Math.max(0, from ?? 0)
    return at
  }
  try {
    const result = fn()
    return { work, result }
  } finally {
    String.prototype.indexOf = orig
  }
}

describe("the '' pairs of doubled-apostrophe copy are found in one pass over the text", () => {
  // many paragraphs with a single-quoted span each and a '' pair only in the last: a search for '' from each
  // paragraph's start read on to the end of the text
  function pairWork(paras: number) {
    const paragraphs = [...Array.from({ length: paras }, (_, k) => `The mayor called it 'a plan ${k}' on Monday.`), "''He told me, 'We will be fine.' '' she said."]
    const a = buildArticle({ format: 'text', headline: 'A headline about nothing', paragraphs })
    return indexOfWork(() => scanQuotes(a.text, paragraphsOf(a)))
  }

  it('4x the paragraphs, about 4x the text searched (a search from each paragraph to the end would be 16x)', () => {
    const small = pairWork(500)
    const big = pairWork(2000)
    // the single-quoted span inside the last paragraph's pair is still found nested
    expect([small.result.spans.length, big.result.spans.length, small.result.nested.length, big.result.nested.length]).toEqual([500, 2000, 1, 1])
    expect(big.work / small.work).toBeLessThan(5)
  })
})
