import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { arrayWork } from '../../test/arrayWork'
import { findClaims } from './claims'
import { bodySentences } from './rules/context'
import { analyzeSpeech } from './speech'

function claimWork(paras: number) {
  const a = buildArticle({ format: 'text', headline: 'A headline about nothing', paragraphs: Array.from({ length: paras }, (_, k) => `Prices rose ${k} percent in May. Exports fell sharply.`) })
  const speech = analyzeSpeech(a)
  return arrayWork(() => [findClaims(a, speech).length, bodySentences({ article: a, speech } as Parameters<typeof bodySentences>[0]).length])
}

describe("a sentence's paragraph is found by binary search", () => {
  it('4x the paragraphs, about 4x the work in findClaims and bodySentences (a scan of the paragraphs per sentence would be 16x)', () => {
    const small = claimWork(300)
    const big = claimWork(1200)
    expect(big.result[1]).toBe(small.result[1]! * 4)
    expect(big.work / small.work).toBeLessThan(5)
  })
})
