import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { checkworthiness, claimSignals, findClaims } from './claims'
import { sentencesOf } from './segment'

function claimsOf(paragraphs: string[]) {
  const a = buildArticle({ format: 'text', paragraphs })
  return findClaims(a, { sentences: sentencesOf(a), quotes: [], reportedSpeech: [] })
}

describe('claimSignals', () => {
  it.each([
    ['Prices rose 4.5% in March.', ['percentage', 'date', 'comparison']],
    ['The deal is worth $2 billion.', ['money', 'number']],
    ['It was the largest protest for the first time since the war.', ['superlative', 'first']],
    ['The flights were cancelled because of the storm.', ['cause']],
    ['It was a record harvest.', ['record']],
  ])('%s', (text, expected) => {
    expect(claimSignals(text)).toEqual(expect.arrayContaining(expected))
  })

  it('does not count a year as a number', () => {
    expect(claimSignals('The talks began in 2019.')).not.toContain('number')
  })
})

describe('findClaims', () => {
  it('keeps checkable sentences in the reporter voice and attributes cued ones', () => {
    const c = claimsOf([
      'The company cut 2,000 jobs last year.',
      'Profits fell 20% in the third quarter, the company said.',
      'According to the central bank, inflation reached 9%.',
      'It was not immediately clear what the talks would cover.',
    ])
    expect(c.map((x) => [x.text, x.attributedTo])).toEqual([
      ['The company cut 2,000 jobs last year', null],
      ['Profits fell 20% in the third quarter, the company said', 'the company'],
      ['According to the central bank, inflation reached 9%', 'the central bank'],
    ])
  })

  it('splits coordinated clauses with their own verbs', () => {
    const c = claimsOf(['The army shelled the town last week, killing 12 people, and has also detained hundreds of residents.'])
    expect(c.map((x) => x.text)).toEqual(['The army shelled the town last week, killing 12 people', 'has also detained hundreds of residents'])
  })

  it('skips sentences that are mostly a direct quote', () => {
    const a = buildArticle({ format: 'text', paragraphs: ['"We lost 2,000 jobs in a year," she said.'] })
    const inner = 'We lost 2,000 jobs in a year,'
    const start = a.text.indexOf(inner)
    const quote = {
      start,
      end: start + inner.length,
      text: inner,
      speaker: null,
      speakerId: null,
      attribution: 'pronoun' as const,
      cue: 'said',
      cueSpan: null,
      open: start - 1,
      close: start + inner.length,
      continues: null,
    }
    expect(findClaims(a, { sentences: sentencesOf(a), quotes: [quote], reportedSpeech: [] })).toEqual([])
  })

  it('scores within [0, 1] and higher with more signals', () => {
    expect(checkworthiness([])).toBeLessThan(checkworthiness(['number']))
    expect(checkworthiness(['number', 'percentage', 'money', 'record', 'first', 'superlative'])).toBe(1)
  })
})
