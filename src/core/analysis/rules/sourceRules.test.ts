import { describe, expect, it } from 'vitest'
import { anonDeclinedComment } from './anonDeclinedComment'
import { anonymousSource } from './anonymousSource'
import { borrowedMaterialCredit } from './borrowedMaterialCredit'
import { signalWords } from '../claims'
import { pluralSource } from './pluralSource'
import { article, context, run } from './testkit'
import { unattributedClaim } from './unattributedClaim'

describe('anonymous-source', () => {
  it('warns when no reason for anonymity is given', () => {
    const a = article(['A senior official, speaking on condition of anonymity, said the deal was close.'])
    const f = run(anonymousSource, context(a))
    expect(f.map((x) => [x.at, x.severity])).toEqual([['on condition of anonymity', 'warning']])
  })
  it('warns on a bare "officials said" and "reportedly"', () => {
    const a = article(['Officials said the deal was close.', 'The minister reportedly resigned.'])
    expect(run(anonymousSource, context(a)).map((x) => x.at)).toEqual(['Officials said', 'reportedly'])
  })
  // Reuters-21578 (reut2-000): older wire copy leans on institutional and sector sources
  it('a named institution\'s officials are an info note, a sector\'s sources a warning that says so', () => {
    const a = article([
      'Bank of Japan officials said they hope Japanese commercial banks will help Nigeria overcome its debt problems.',
      'No casualties have been reported and no further major damage, civil defence sources said.',
    ])
    expect(run(anonymousSource, context(a)).map((x) => [x.at, x.severity])).toEqual([
      ['Bank of Japan officials said', 'info'],
      ['civil defence sources said', 'warning'],
    ])
  })
  it('does not flag again "the sources said" that refers back to sources already flagged', () => {
    const a = article([
      'Lebanese President Amin Gemayel has agreed to three key points in a new plan, official sources said.',
      'Gemayel had agreed to the proposals in two months of indirect negotiations with Syrian leaders, the sources said.',
    ])
    expect(run(anonymousSource, context(a)).map((x) => x.at)).toEqual(['official sources said'])
  })
  it('accepts a specific reason', () => {
    const a = article([
      'A senior official, speaking on condition of anonymity because he was not authorized to discuss the talks, said the deal was close.',
      'People familiar with the matter said the deal was close. They asked not to be named for fear of reprisals.',
    ])
    expect(run(anonymousSource, context(a))).toEqual([])
  })
  it('notes a generic reason as info', () => {
    const a = article(['A senior official, speaking on condition of anonymity because the talks were private, said the deal was close.'])
    expect(run(anonymousSource, context(a)).map((x) => x.severity)).toEqual(['info'])
  })
})

describe('plural-source', () => {
  it('flags "sources" where the story has one source', () => {
    const a = article(['The company will cut 500 jobs, sources said.', 'The source, who was not authorised to speak, said talks continue.'])
    expect(run(pluralSource, context(a)).map((x) => x.at)).toEqual(['sources'])
  })
  it('is quiet when there are several sources', () => {
    const a = article(['The company will cut 500 jobs, two sources said.', 'One source said talks continue.'])
    expect(run(pluralSource, context(a))).toEqual([])
  })
})

describe('anon-declined-comment', () => {
  const anon = 'A White House official, speaking on condition of anonymity because they were not authorised to speak, said the visit was off.'
  it('flags a body that declined to comment but is quoted anonymously', () => {
    const a = article([anon, 'The White House declined to comment.'])
    expect(run(anonDeclinedComment, context(a)).map((x) => x.at)).toEqual(['declined to comment'])
  })
  it('is quiet when someone else declined', () => {
    const a = article([anon, 'The embassy declined to comment.'])
    expect(run(anonDeclinedComment, context(a))).toEqual([])
  })
})

describe('borrowed-material-credit', () => {
  it('flags uncredited media material', () => {
    const a = article(['The minister was quoted as saying the talks had failed.', 'Local media reported that the bridge collapsed.'])
    expect(run(borrowedMaterialCredit, context(a)).map((x) => [x.at, x.severity])).toEqual([
      ['was quoted as saying', 'warning'],
      ['Local media reported', 'info'],
    ])
  })
  it('is quiet when the outlet is named', () => {
    const a = article(['The minister was quoted by the Financial Times as saying the talks had failed.', 'The BBC reported that the bridge collapsed.'])
    expect(run(borrowedMaterialCredit, context(a))).toEqual([])
  })
})

describe('unattributed-claim', () => {
  it("quotes the words that make the claim checkable: the figure and what it counts", () => {
    const a = article(['The country has also backed its ally over thousands of migrants stranded at the border.'])
    expect(run(unattributedClaim, context(a)).map((x) => x.message.split(' — ')[0])).toEqual(["Unsourced number: 'thousands of migrants'"])
    const words = (text: string, signal: string) => {
      const at = signalWords(text, signal)
      return at && text.slice(at.start, at.end)
    }
    expect(words('Prices rose $4.5 million in a year', 'money')).toBe('$4.5 million in')
    expect(words('Unemployment rose to 7.5% in March, the highest', 'percentage')).toBe('7.5% in March')
    expect(words('They will build a 2-kilometre flood barrier along the river', 'number')).toBe('2-kilometre flood barrier')
    expect(words('The crowd met a violent crackdown by police.', 'allegation')).toBe('a violent crackdown by police')
    expect(signalWords('Nothing here', 'money')).toBeNull()
  })
  it('flags a number in the reporter voice, not the attributed version', () => {
    const a = article(['Unemployment rose to 7.5% in March, the highest level since 2009.'])
    const f = run(unattributedClaim, context(a))
    expect(f.map((x) => x.severity)).toEqual(['warning'])
    // the card's main line names the problem and quotes its words; the remedy is a field of its own
    expect(f[0]?.message).toBe(
      "Unsourced number: '7.5% in March' — in the reporter's own voice with no source",
    )
    expect(f[0]?.excerpt).toBe('Unemployment rose to 7.5% in March, the highest level since 2009')
    expect(f[0]?.fix).toBe('Unless it is established fact or public record, say who says so or where it comes from.')
    const b = article(['Unemployment rose to 7.5% in March, the highest level since 2009, the statistics office said.'])
    expect(run(unattributedClaim, context(b))).toEqual([])
  })
  it('names the kind of claim, and warns first for numbers, allegations and causes', () => {
    const a = article([
      'Police shot dead 12 protesters in the square on Friday.',
      'The regime rigged the vote in the capital.',
      'The flights were cancelled because of the storm on Sunday.',
      'It was the largest protest the city has ever seen.',
      'The minister resigned from the cabinet.',
    ])
    const f = run(unattributedClaim, context(a))
    expect(f.map((x) => [x.message.split(':')[0], x.severity])).toEqual([
      ['Unsourced number', 'warning'],
      ['Unsourced allegation', 'warning'],
      ['Unsourced causal claim', 'warning'],
      ['Unsourced comparison', 'info'],
      ['Unsourced claim', 'info'],
    ])
  })
  it('leaves alone a claim whose source is in the sentence before, and opinions', () => {
    const a = article(['The ministry said 40 people were arrested on Friday.', 'They were released on bail on Saturday.', 'This is a sad day for the country.'])
    expect(run(unattributedClaim, context(a))).toEqual([])
  })
  it('treats vague attributions as none', () => {
    const a = article(['Experts say the drug cuts deaths by 30%.'])
    const f = run(unattributedClaim, context(a))
    expect(f).toHaveLength(1)
    expect(f[0]?.message).toMatch(/^Vaguely sourced number: 'Experts say the drug cuts deaths by 30%\.?' — a vague attribution/)
    expect(f[0]?.fix).toBe('Name the source, or cut the claim if it cannot be sourced.')
  })
})
