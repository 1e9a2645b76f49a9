import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { arrayWork } from '../../test/arrayWork'
import { regexWork } from '../../test/regexWork'
import { buildEntities, findMentions } from './people'
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

describe('buildEntities reads each name once', () => {
  // a fuzzed feed's run of capitalised words: one name of n words becomes the entity's name, then n short mentions
  // of it each split that name again (n x n words)
  function entityWork(n: number) {
    const paragraphs = ['Jane Doe met the board on Monday.', `Then Jane ${'Operation '.repeat(n)}Doe spoke.`, ...Array.from({ length: n }, () => 'Jane Doe said so.')]
    const a = buildArticle({ format: 'text', headline: 'A headline about nothing in particular', paragraphs })
    const mentions = findMentions(a.text, paragraphsOf(a))
    let regex = 0
    const r = arrayWork(() => {
      const ents = regexWork(() => buildEntities(mentions))
      regex = ents.work
      return ents.result
    })
    return { regex, arrays: r.work, entities: r.result.map((e) => [e.name.split(' ').length, e.mentions.length]) }
  }

  it('4x the words of the long name and 4x its short mentions: under 5x the text searched and the array work (16x before)', () => {
    const small = entityWork(500)
    const big = entityWork(2000)
    // one person, named by the long form, with every mention
    expect([small.entities, big.entities]).toEqual([[[502, 502]], [[2002, 2002]]])
    expect(big.regex / small.regex).toBeLessThan(5)
    expect(big.arrays / small.arrays).toBeLessThan(5)
  })
})
