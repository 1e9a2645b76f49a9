import { describe, expect, it } from 'vitest'
import { courtesyTitle } from './courtesyTitle'
import { insertionInQuote } from './insertionInQuote'
import { isFeature, presentTenseAttribution } from './presentTenseAttribution'
import { quoteIntroduction } from './quoteIntroduction'
import { article, context, person, quote, run, spanOf } from './testkit'

describe('quote-introduction', () => {
  const a = article(['Jane Doe said, "We start on Monday. The rest follows."', 'She added: "It is late."', 'He called it "a bad day" for the town.', 'Tom Roe said: "It is done. We go home."'])
  const quotes = [
    quote(a, 'We start on Monday. The rest follows.', { speaker: 'Jane Doe', cueAt: 'said' }),
    quote(a, 'It is late.', { speaker: 'Jane Doe', cueAt: 'added' }),
    quote(a, 'a bad day', { cueAt: 'called it' }),
    { ...quote(a, 'It is done. We go home.', { speaker: 'Tom Roe' }), cueSpan: { start: spanOf(a, 'said: "It is done').start, end: spanOf(a, 'said: "It is done').start + 4 } },
  ]
  it('in a colon house, notes a comma before a full-sentence quote, not a fragment', () => {
    const f = run(quoteIntroduction, context(a, { quotes }, { quoteIntroduction: ':' }))
    expect(f.map((x) => [x.rule, x.severity, x.message])).toEqual([['quote-introduction', 'info', `Quote introduced with a comma: 'said, "We start on Monday. The rest follows.'`]])
    expect(f).toHaveLength(1)
    expect(f[0]!.fix).toMatch(/with a colon/)
  })
  it('in a comma house, notes a colon before a one-sentence quote, not before a quote of several', () => {
    const f = run(quoteIntroduction, context(a, { quotes }, { quoteIntroduction: ',' }))
    expect(f.map((x) => x.at)).toEqual(['added: "It is late.'])
    expect(f[0]!.fix).toMatch(/with a comma/)
  })
})

describe('present-tense-attribution', () => {
  const paras = ['Jane Doe says the bridge will close.', '"It is unsafe," says Tom Roe, an engineer.']
  const speech = (a: ReturnType<typeof article>) => ({
    quotes: [{ ...quote(a, 'It is unsafe,', { speaker: 'Tom Roe', cue: 'says' }), cueSpan: { start: spanOf(a, 'says Tom').start, end: spanOf(a, 'says Tom').start + 4 } }],
    reportedSpeech: [{ ...spanOf(a, 'Jane Doe says the bridge will close'), text: 'Jane Doe says the bridge will close', source: 'Jane Doe', sourceId: null, cue: 'says' }],
  })
  it('notes "says" in the body of a news story, in a house that keeps it for features or never uses it', () => {
    const a = article(paras, { headline: 'Mayor says bridge to close' })
    for (const says of ['never', 'features'] as const) {
      const f = run(presentTenseAttribution, context(a, speech(a), { says }))
      expect(f.map((x) => [x.at, x.start])).toEqual([
        ['says', spanOf(a, 'says the bridge').start],
        ['says', spanOf(a, 'says Tom').start],
      ])
    }
    expect(run(presentTenseAttribution, context(a, speech(a), { says: 'always' }))).toEqual([])
  })
  it('is quiet in a feature where the house allows "says" there', () => {
    const a = article(paras, { headline: 'FEATURE-Life by the closed bridge' })
    expect(isFeature(a)).toBe(true)
    expect(run(presentTenseAttribution, context(a, speech(a), { says: 'features' }))).toEqual([])
    expect(run(presentTenseAttribution, context(a, speech(a), { says: 'never' }))).toHaveLength(2)
    expect(isFeature({ section: 'Features', slugline: null, headline: null })).toBe(true)
    expect(isFeature({ section: 'World', slugline: 'BRITAIN-BRIDGE/', headline: 'Featured bridge closes' })).toBe(false)
  })
})

describe('courtesy-title', () => {
  const a = article(['Tom Roe, an engineer, inspected the bridge.', 'Mr Roe said it was unsafe. "Mr Roe is right," said Jane Doe, the mayor.', 'Doe closed it.'])
  const people = [
    person(a, 'p1', 'Tom Roe', ['Tom Roe', 'Mr Roe', 'Mr Roe'], { pronoun: 'he', description: 'an engineer' }),
    person(a, 'p2', 'Jane Doe', ['Jane Doe', 'Doe'], { pronoun: 'she', description: 'the mayor' }),
  ]
  const quotes = [quote(a, 'Mr Roe is right,', { speaker: 'Jane Doe', cueAt: 'said' })]
  it('where the house avoids them, notes a courtesy title outside quotes', () => {
    const f = run(courtesyTitle, context(a, { people, quotes }, { courtesyTitles: 'avoid' }))
    expect(f.map((x) => [x.at, x.fix])).toEqual([['Mr Roe', 'House style uses the surname alone: "Roe".']])
  })
  it('finds a courtesy title printed just before the mention', () => {
    const b = article(['Ann Lee, a nurse, spoke first.', 'Mrs Lee left.'])
    const f = run(courtesyTitle, context(b, { people: [person(b, 'p1', 'Ann Lee', ['Ann Lee', 'Lee'], { description: 'a nurse' })] }, { courtesyTitles: 'avoid' }))
    expect(f.map((x) => x.at)).toEqual(['Mrs Lee'])
  })
  it('where the house gives them, notes the first later reference by the bare surname, once a person', () => {
    const f = run(courtesyTitle, context(a, { people, quotes }, { courtesyTitles: 'later-references' }))
    expect(f.map((x) => [x.at, x.fix])).toEqual([['Doe', 'House style gives a courtesy title at later references: Ms Doe (or Mrs or Miss, as she prefers).']])
  })
  it('takes a title just before the surname as one ("Gov. Doe"), not the last word of the sentence before', () => {
    const b = article(['Jane Doe, the governor, spoke.', 'Gov. Doe left early.'])
    const people = [person(b, 'p1', 'Jane Doe', ['Jane Doe', 'Doe'], { description: 'the governor' })]
    expect(run(courtesyTitle, context(b, { people }, { courtesyTitles: 'later-references' }))).toEqual([])
  })
  it('checks nothing when the house has no rule', () => {
    expect(run(courtesyTitle, context(a, { people, quotes }, { courtesyTitles: 'any' }))).toEqual([])
  })
})

describe('insertion-in-quote in a square-bracket house', () => {
  const s = '"He had called on [the president] to start talks (and soon)," said Jane Doe, an adviser.'
  it('warns of square brackets and only asks about round ones', () => {
    const a = article([s])
    const f = run(insertionInQuote, context(a, { quotes: [quote(a, 'He had called on [the president] to start talks (and soon),')] }, { insertionMark: '[' }))
    expect(f.map((x) => [x.at, x.severity, x.message.split(':')[0]])).toEqual([
      ['[the president]', 'warning', 'Insertion in a quote'],
      ['(and soon)', 'info', 'Round brackets in a quote'],
    ])
    expect(f[0]!.fix).not.toMatch(/House style/)
    const round = run(insertionInQuote, context(a, { quotes: [quote(a, 'He had called on [the president] to start talks (and soon),')] }, { insertionMark: '(' }))
    expect(round.map((x) => [x.at, x.severity])).toEqual([
      ['[the president]', 'warning'],
      ['(and soon)', 'warning'],
    ])
    expect(round[0]!.fix).toMatch(/round brackets/)
  })
})
