import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { arrayWork } from '../../test/arrayWork'
import { regexWork } from '../../test/regexWork'
import { analyze } from './analyze'

/**
 * One very long sentence, as a mangled feed can deliver: `n` clauses, each with a named speaker, a pronoun, a
 * reporting verb, an inner-state verb, "according to", a relative date, a bare source and a quote after a colon.
 */
function longSentence(n: number): string {
  const clause = (k: number) =>
    `Jane Roe of Acme Corp said on Tuesday that ${k} crews would return next week, and he told reporters that she ` +
    `believes the money is there, according to Omar Haddad, while officials said the plan works and the mayor ` +
    `told the council: "We are on schedule"`
  return `${Array.from({ length: n }, (_, k) => clause(k)).join(', ')}.`
}

function work(n: number) {
  const a = buildArticle({ format: 'text', headline: 'Crews return to work', paragraphs: [longSentence(n)] })
  let regex = 0
  const arrays = arrayWork(() => {
    const r = regexWork(() => analyze(a))
    regex = r.work
    return r.result
  })
  return { arrays: arrays.work, regex, quotes: arrays.result.reportedSpeech.length }
}

describe('the analysis of one long sentence grows with its length, not its square', () => {
  it('4x the clauses: under 5x the text searched by regular expressions and the array work (a search per clause back to the sentence start would be 16x)', () => {
    const small = work(60)
    const big = work(240)
    expect(big.regex / small.regex).toBeLessThan(5)
    expect(big.arrays / small.arrays).toBeLessThan(5)
  })
})

describe('a paragraph full of stray quotation marks', () => {
  // A mangled feed: one block of words, each after a lone mark. Each mark is a finding quoting six words beside it.
  const strays = (n: number) =>
    work2(buildArticle({ format: 'text', headline: 'Stray marks', paragraphs: [Array.from({ length: n }, (_, k) => `a minute${k}," sa`).join(' ')] }))
  function work2(a: ReturnType<typeof buildArticle>) {
    let findings = 0
    const r = arrayWork(() => regexWork(() => (findings = analyze(a).findings.filter((f) => f.rule === 'unbalanced-quotes').length)))
    return { regex: r.result.work, arrays: r.work, findings }
  }

  it('4x the marks: under 5x the text searched and the array work (quoting each mark from its whole block would be 16x)', () => {
    const small = strays(500)
    const big = strays(2000)
    expect(small.findings).toBeGreaterThan(100)
    expect(big.findings).toBeGreaterThan(small.findings * 3)
    expect(big.regex / small.regex).toBeLessThan(5)
    expect(big.arrays / small.arrays).toBeLessThan(5)
  })
})
