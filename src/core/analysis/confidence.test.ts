import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { SPEAKER_CONFIDENCE, speakerConfidence } from './confidence'
import { analyzeSpeech } from './speech'

function quotes(paragraphs: string[]) {
  return analyzeSpeech(buildArticle({ format: 'text', headline: 'A headline about nothing in particular', paragraphs })).quotes.map((q) => ({
    speaker: q.speaker,
    basis: q.speakerBasis,
    confidence: q.speakerConfidence,
  }))
}

describe('speaker confidence: how the speaker was found sets how far it is trusted', () => {
  it('a name with its cue right after the quote is trusted most', () => {
    const [q] = quotes(['"We will rebuild the bridge before the winter comes," Mayor Jane Miller said on Monday.'])
    expect(q).toEqual({ speaker: 'Jane Miller', basis: { route: 'after-adjacent', form: 'named', competing: false, loneWord: false }, confidence: 0.98 })
  })

  it('a cue before the quote, a pronoun and a described source each get their own, lower value', () => {
    const qs = quotes([
      'Jane Miller, the mayor, spoke to the council on Monday.',
      'Miller said: "The bridge will be rebuilt before the first snow falls."',
      '"We have already ordered the steel for the new span," she said.',
      '"Traffic will move to the ferry until the work is done," said a police official.',
    ])
    expect(qs.map((q) => [q.speaker, q.basis?.route, q.basis?.form, q.confidence])).toEqual([
      ['Jane Miller', 'before', 'named', 0.95],
      ['Jane Miller', 'after-adjacent', 'pronoun', 0.75],
      ['a police official', 'after-adjacent', 'described', 0.75],
    ])
  })

  it('a speaker carried over a paragraph break costs more when another person was named in between', () => {
    const plain = quotes(['"We will rebuild the bridge this year," Jane Miller said.', '"The steel for the new span has already been ordered."'])
    const rival = quotes([
      '"We will rebuild the bridge this year," Jane Miller said. Governor Tom Reyes disagreed with her.',
      '"The steel for the new span has already been ordered."',
    ])
    expect(plain[1]).toEqual({ speaker: 'Jane Miller', basis: { route: 'carried-prev', form: 'named', competing: false, loneWord: false }, confidence: 0.79 })
    expect(rival[1]).toEqual({ speaker: 'Jane Miller', basis: { route: 'carried-prev', form: 'named', competing: true, loneWord: false }, confidence: 0.5 })
  })

  it('a quote with no speaker has confidence 0 and no basis', () => {
    expect(quotes(['The market was closed all week. "It was the worst week the traders here have ever had."'])).toEqual([{ speaker: null, basis: null, confidence: 0 }])
    expect(speakerConfidence(null)).toBe(0)
  })

  it('a lone-word name away from the quote is trusted less than a full name there', () => {
    const full = speakerConfidence({ route: 'before', form: 'named', competing: false, loneWord: false })
    const lone = speakerConfidence({ route: 'before', form: 'named', competing: false, loneWord: true })
    expect(full).toBe(0.95)
    expect(lone).toBe(0.85)
    // right after the quote a lone word holds up as well as a full name
    expect(speakerConfidence({ route: 'after-adjacent', form: 'named', competing: false, loneWord: true })).toBe(0.98)
  })

  it('keeps every value of the table in [0, 1], with a name never below a description on the same route', () => {
    const routes = Object.entries(SPEAKER_CONFIDENCE)
    expect(routes).toHaveLength(11)
    for (const [route, v] of routes) {
      for (const x of [v.named, v.described, v.pronoun, v.competing]) expect(x, route).toBeGreaterThanOrEqual(0)
      for (const x of [v.named, v.described, v.pronoun, v.competing]) expect(x, route).toBeLessThanOrEqual(1)
      expect(v.named, route).toBeGreaterThanOrEqual(v.described)
    }
  })
})
