import { describe, expect, it } from 'vitest'
import { carriedAttribution } from './carriedAttribution'
import { doubleAttribution } from './doubleAttribution'
import { DOUBTFUL_BELOW, doubtfulSpeaker } from './doubtfulSpeaker'
import { fragmentQuote } from './fragmentQuote'
import { insertionInQuote } from './insertionInQuote'
import { lateAttribution } from './lateAttribution'
import { loadedVerb } from './loadedVerb'
import { pronounBeforeName } from './pronounBeforeName'
import { quoteWithoutSpeaker } from './quoteWithoutSpeaker'
import { speakerNotIntroduced } from './speakerNotIntroduced'
import { article, context, person, quote, run, spanOf } from './testkit'
import { unbalancedQuotes } from './unbalancedQuotes'

describe('quote-without-speaker', () => {
  const bad = article(['"We will not give up," the banner read on the wall.'])
  const good = article(['"We will not give up," said Jane Doe, a union leader.'])
  it('fires on a quote nobody said', () => {
    const f = run(quoteWithoutSpeaker, context(bad, { quotes: [quote(bad, 'We will not give up,')] }))
    expect(f.map((x) => [x.at, x.severity])).toEqual([['We will not give up,', 'error']])
  })
  it('is quiet when the quote has a speaker', () => {
    const q = quote(good, 'We will not give up,', { speaker: 'Jane Doe', cueAt: 'said' })
    expect(run(quoteWithoutSpeaker, context(good, { quotes: [q] }))).toEqual([])
  })
})

describe('doubtful-speaker', () => {
  const a = article(['"The plant will close by spring," according to a person familiar with the plans.'])
  const at = (confidence: number) => ({ ...quote(a, 'The plant will close by spring,', { speaker: 'a person familiar with the plans' }), speakerConfidence: confidence })
  it('lists a speaker below the confidence bar for the editor to confirm, naming the speaker and the confidence', () => {
    const f = run(doubtfulSpeaker, context(a, { quotes: [at(0.5)] }))
    expect(f.map((x) => [x.at, x.severity])).toEqual([['The plant will close by spring,', 'warning']])
    expect(f[0]!.message).toContain('Speaker to confirm (a person familiar with the plans)')
    expect(f[0]!.message).toContain('confidence 0.50')
  })
  it('is quiet at the bar and above it, and where there is no speaker (quote-without-speaker says that)', () => {
    expect(run(doubtfulSpeaker, context(a, { quotes: [at(DOUBTFUL_BELOW), at(0.98)] }))).toEqual([])
    expect(run(doubtfulSpeaker, context(a, { quotes: [{ ...quote(a, 'The plant will close by spring,'), speakerConfidence: 0 }] }))).toEqual([])
  })
})

describe('insertion-in-quote', () => {
  const s = '"Reportedly, he had just called on (the president) to start talks," said Jane Doe, an adviser.'
  it('flags an insertion in round brackets', () => {
    const a = article([s])
    const f = run(insertionInQuote, context(a, { quotes: [quote(a, 'Reportedly, he had just called on (the president) to start talks,')] }))
    expect(f.map((x) => x.at)).toEqual(['(the president)'])
    expect(f[0]?.message).toBe("Insertion in a quote: '(the president)' — the quote is no longer verbatim")
    expect(f[0]?.fix).not.toMatch(/House style/)
  })
  it('adds the house mark when the insertion uses the other one', () => {
    const a = article([s.replace('(the president)', '[the president]')])
    const f = run(insertionInQuote, context(a, { quotes: [quote(a, 'Reportedly, he had just called on [the president] to start talks,')] }))
    expect(f.map((x) => x.at)).toEqual(['[the president]'])
    expect(f[0]?.fix).toMatch(/round brackets/)
  })
  it('allows a cut shown by an ellipsis and brackets outside quotes', () => {
    const a = article(['"We called on him (...) to start talks," said Jane Doe (an adviser).'])
    expect(run(insertionInQuote, context(a, { quotes: [quote(a, 'We called on him (...) to start talks,')] }))).toEqual([])
  })
})

describe('unbalanced-quotes', () => {
  it('reports an unpaired mark', () => {
    const a = article(['"We will stay, said Jane Doe.'])
    const f = run(unbalancedQuotes, context(a, { unbalanced: [{ start: 0, end: 1 }] }))
    expect(f.map((x) => [x.at, x.severity])).toEqual([['"', 'error']])
  })
  it('accepts a quotation over several paragraphs that opens each paragraph and closes once', () => {
    const a = article(['"We will stay here.', '"And we will fight on," she said.'], { headline: 'Strike goes on' })
    const open = spanOf(a, '"We will stay')
    expect(run(unbalancedQuotes, context(a, { unbalanced: [{ start: open.start, end: open.start + 1 }] }))).toEqual([])
  })
})

describe('carried-attribution', () => {
  const paras = [
    '"We know the talks are hard," Jane Doe, the union leader, said on Monday.',
    '"But we will not stop until the pay rise is agreed."',
  ]
  it('is info when the carry is plain', () => {
    const a = article(paras)
    const people = [person(a, 'p1', 'Jane Doe', ['Jane Doe'])]
    const quotes = [
      quote(a, 'We know the talks are hard,', { speaker: 'Jane Doe', speakerId: 'p1', cueAt: 'said' }),
      quote(a, 'But we will not stop until the pay rise is agreed.', { speaker: 'Jane Doe', speakerId: 'p1', attribution: 'carried' }),
    ]
    const f = run(carriedAttribution, context(a, { people, quotes }))
    expect(f.map((x) => x.severity)).toEqual(['info'])
  })
  it('is a warning when another person is mentioned in between', () => {
    const a = article([paras[0]!.replace('on Monday.', 'after meeting John Roe, the employer.'), paras[1]!])
    const people = [person(a, 'p1', 'Jane Doe', ['Jane Doe']), person(a, 'p2', 'John Roe', ['John Roe'])]
    const quotes = [
      quote(a, 'We know the talks are hard,', { speaker: 'Jane Doe', speakerId: 'p1', cueAt: 'said' }),
      quote(a, 'But we will not stop until the pay rise is agreed.', { speaker: 'Jane Doe', speakerId: 'p1', attribution: 'carried' }),
    ]
    const f = run(carriedAttribution, context(a, { people, quotes }))
    expect(f.map((x) => x.severity)).toEqual(['warning'])
    expect(f[0]?.message).toContain('John Roe')
  })
  it('is quiet when the quote is attributed in its own paragraph', () => {
    const a = article([paras[0]!, '"But we will not stop," she said.'])
    const quotes = [quote(a, 'But we will not stop,', { speaker: 'Jane Doe', speakerId: 'p1', attribution: 'pronoun', cueAt: 'said.' })]
    expect(run(carriedAttribution, context(a, { quotes }))).toEqual([])
  })
})

describe('speaker-not-introduced and pronoun-before-name', () => {
  it('flags a surname-only speaker and a full name without a role, and not a full introduction', () => {
    const a = article(['"Prices will rise," Smith said.', '"We are ready," said Ann Lee.', '"Talks resume," said Bo Chen, the finance minister.'])
    const people = [
      person(a, 'p1', 'Smith', ['Smith']),
      person(a, 'p2', 'Ann Lee', ['Ann Lee']),
      person(a, 'p3', 'Bo Chen', ['Bo Chen'], { description: 'the finance minister' }),
    ]
    const quotes = [
      quote(a, 'Prices will rise,', { speaker: 'Smith', speakerId: 'p1', cueAt: 'said' }),
      quote(a, 'We are ready,', { speaker: 'Ann Lee', speakerId: 'p2' }),
      quote(a, 'Talks resume,', { speaker: 'Bo Chen', speakerId: 'p3' }),
    ]
    expect(run(speakerNotIntroduced, context(a, { people, quotes })).map((f) => f.at)).toEqual(['Smith', 'Ann Lee'])
    // Guardian-style house setting: no title needed at the first reference.
    expect(run(speakerNotIntroduced, context(a, { people, quotes }, { titleAtFirstReference: false })).map((f) => f.at)).toEqual(['Smith'])
  })
  it('flags "he said" before anyone is named', () => {
    const a = article(['"The bridge is unsafe," he said.', 'Jane Doe, the mayor, closed it on Monday.'])
    const quotes = [quote(a, 'The bridge is unsafe,', { attribution: 'pronoun', cueAt: 'said' })]
    expect(run(pronounBeforeName, context(a, { quotes })).map((f) => f.at)).toEqual(['said'])
    const b = article(['Jane Doe, the mayor, closed the bridge on Monday.', '"The bridge is unsafe," she said.'])
    const people = [person(b, 'p1', 'Jane Doe', ['Jane Doe', 'she'])]
    const ok = [quote(b, 'The bridge is unsafe,', { speaker: 'Jane Doe', speakerId: 'p1', attribution: 'pronoun', cueAt: 'said' })]
    expect(run(pronounBeforeName, context(b, { people, quotes: ok }))).toEqual([])
  })
})

describe('loaded-verb', () => {
  it('flags loaded verbs with their kind, not "said"', () => {
    const a = article([
      'The minister claimed the vote was fair.',
      'Jane Doe admitted the plan had failed, and she insisted it would be fixed.',
      'He believes that the rebels are losing.',
      'According to Jane Doe, the plan is on track.',
    ])
    const people = [person(a, 'p1', 'Jane Doe', ['Jane Doe', 'Jane Doe'])]
    const f = loadedVerb.run(context(a, { people }))
    expect(f.map((x) => [a.text.slice(x.start, x.end), x.kind])).toEqual([
      ['claimed', 'doubt'],
      ['admitted', 'guilt'],
      ['insisted', 'tone'],
      ['believes', 'inner-state'],
      ['According to', 'doubt'],
    ])
    expect(f.every((x) => x.severity === 'info')).toBe(true)
  })
  it('is quiet on neutral verbs, nouns and documents', () => {
    const a = article(['The minister said the vote was fair.', 'Inflation fears rose.', 'According to the report, prices rose.'])
    expect(loadedVerb.run(context(a))).toEqual([])
  })
})

describe('late-attribution', () => {
  const long =
    'We have waited for this moment for years and nobody believed it would come. Now the whole town is out on the streets and the music will not stop until morning,'
  it('notes a long multi-sentence quote attributed only at the end', () => {
    const a = article([`"${long}" said Jane Doe, the mayor.`])
    const q = quote(a, long, { speaker: 'Jane Doe', cueAt: 'said' })
    expect(run(lateAttribution, context(a, { quotes: [q] })).map((f) => f.severity)).toEqual(['info'])
    expect(run(lateAttribution, context(a, { quotes: [q] }, { lateAttributionWords: 60 }))).toEqual([])
  })
  it('is quiet when the speaker comes after the first sentence', () => {
    const a = article(['"We have waited for years," said Jane Doe, the mayor. "Now the town is out on the streets."'])
    const q = quote(a, 'We have waited for years,', { speaker: 'Jane Doe', cueAt: 'said' })
    expect(run(lateAttribution, context(a, { quotes: [q] }))).toEqual([])
  })
})

describe('double-attribution', () => {
  it('flags a quote introduced with a colon and attributed again after', () => {
    const a = article(['Jane Doe, the mayor, said: "The bridge stays shut," she said.'])
    const q = quote(a, 'The bridge stays shut,', { speaker: 'Jane Doe', cueAt: 'said:' })
    expect(run(doubleAttribution, context(a, { quotes: [q] })).map((f) => f.at)).toEqual(['The bridge stays shut,'])
  })
  it('is quiet with one attribution', () => {
    const a = article(['Jane Doe, the mayor, said: "The bridge stays shut."'])
    const q = quote(a, 'The bridge stays shut.', { speaker: 'Jane Doe', cueAt: 'said:' })
    expect(run(doubleAttribution, context(a, { quotes: [q] }))).toEqual([])
  })
})

describe('fragment-quote', () => {
  it('notes scare quotes but not titles', () => {
    const a = article(['The government called the protest "illegal" after a screening of "Swan Lake" on state TV.'])
    const fragments = [spanOf(a, '"illegal"'), spanOf(a, '"Swan Lake"')]
    expect(run(fragmentQuote, context(a, { fragments })).map((f) => f.at)).toEqual(['"illegal"'])
  })

  // No timing: sized so that rescanning the run of marks from each of its marks would run for hours (past the 60 s
  // test timeout); a fuzz input of 65,000 marks inside one word's fragment took 8 s
  it('trims a fragment holding a run of 1,000,000 marks inside it in linear time', () => {
    const a = article([`The so-called "fire${'"'.repeat(1_000_000)}wall" held.`])
    const f = run(fragmentQuote, context(a, { fragments: [spanOf(a, `"fire${'"'.repeat(1_000_000)}wall"`)] }))
    expect(f).toHaveLength(1)
    // the marks around the fragment are trimmed, the run inside it kept
    expect(f[0]!.message).toMatch(/^Scare quotes: 'fire"{1000000}wall' — /)
  })
})
