import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { analyzeSpeech } from './speech'

// No timing here: each input is sized so that the quadratic search these tests guard against would run for hours
// (far past the 60 s test timeout); the linear one takes well under a second.
function speech(paragraph: string) {
  return analyzeSpeech(buildArticle({ format: 'text', headline: 'A headline about nothing', paragraphs: ['The report came out on Monday.', paragraph] }))
}

describe('the described subject before a cue ("the ministry said") is found in linear time', () => {
  it('a clause holding one 2,000,000-letter word before "said" (was a search from every letter of it)', () => {
    const r = speech(`The ${'a'.repeat(2_000_000)}" said the plan works.`)
    expect(r.quotes).toEqual([])
  })

  it('a clause holding a run of 3,000,000 spaces before "said" (was a rescan of the run from each space)', () => {
    const r = speech(`The ministry${'\u3000'.repeat(3_000_000)}x said the plan works.`)
    expect(r.quotes).toEqual([])
  })

  it('a 5 MB sentence of 400,000 names before "said" (each name once measured its whole gap to the cue)', () => {
    const r = speech(`${'Jane Doe met John Roe and '.repeat(200_000)}Ann Lee said the plan works.`)
    expect(r.quotes).toEqual([])
    expect(r.people.map((p) => p.name)).toEqual(expect.arrayContaining(['Jane Doe', 'John Roe', 'Ann Lee']))
  })

  it('still names a described subject', () => {
    const r = speech('"We will rebuild the bridge," the ministry also said.')
    expect(r.quotes.map((q) => q.speaker)).toEqual(['the ministry'])
  })
})
