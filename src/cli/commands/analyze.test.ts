import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../core/article/build'
import { analyze } from '../../core/analysis/analyze'
import { analysisJson } from './analyze'

describe('analyze --json quotes', () => {
  it('gives every quote its speaker confidence after the fields it had, and 0 where there is no speaker', () => {
    const article = buildArticle({
      format: 'text',
      headline: 'Council votes on the bridge',
      paragraphs: [
        '"We will rebuild the bridge before the winter comes," Mayor Jane Miller said on Monday.',
        '"Nobody here remembers a flood like this one in our lifetime."',
        'Across town the shops were closed. "It was the worst week the market has ever had."',
      ],
    })
    const json = analysisJson('story.txt', article, analyze(article))
    expect(json.quotes).toHaveLength(3)
    for (const q of json.quotes) expect(Object.keys(q)).toEqual(['text', 'start', 'end', 'speaker', 'attribution', 'cue', 'speakerConfidence'])
    expect(json.quotes.map((q) => [q.speaker, q.attribution])).toEqual([
      ['Jane Miller', 'explicit'],
      ['Jane Miller', 'carried'],
      [null, 'none'],
    ])
    const [said, carried, none] = json.quotes.map((q) => q.speakerConfidence)
    expect(said).toBe(0.98)
    expect(carried).toBeGreaterThan(0)
    expect(carried).toBeLessThan(said!)
    expect(none).toBe(0)
  })
})

describe('analyze --json quotes within quotes', () => {
  it("lists no quote for a single-quoted span inside a ''…'' pair (copy that writes double marks as two apostrophes)", () => {
    const article = buildArticle({
      format: 'text',
      headline: 'Bakery turns fifty',
      paragraphs: ["Karen Holt runs the bakery. ''My father told me, 'Never sell stale bread to anyone.' '' she said."],
    })
    expect(analysisJson('story.txt', article, analyze(article)).quotes).toEqual([])
  })
})

describe('analyze --json claims', () => {
  it('gives every claim its kind after the fields it had', () => {
    const article = buildArticle({
      format: 'text',
      headline: 'Prices rise',
      paragraphs: ['Food prices rose 12 percent in March, the fastest rise in a decade.'],
    })
    const json = analysisJson('story.txt', article, analyze(article))
    expect(json.claims.length).toBeGreaterThan(0)
    for (const c of json.claims) expect(Object.keys(c)).toEqual(['text', 'start', 'end', 'attributedTo', 'checkworthiness', 'kind'])
    expect(json.claims[0]!.kind).toBe('number')
  })
})
