import { describe, expect, it } from 'vitest'
import { captionWithoutCredit } from './captionWithoutCredit'
import { correctionNotice } from './correctionNotice'
import { creditMismatch } from './creditMismatch'
import { missingCredit } from './missingCredit'
import { noDateline } from './noDateline'
import { relativeDateConflict } from './relativeDateConflict'
import { article, context, run } from './testkit'

const body = ['The president on Thursday called for talks.']
const dateline = { text: 'MOSCOW, Nov 18 (Reuters) -', place: 'MOSCOW', date: '2021-11-18' }

describe('missing-credit', () => {
  it('fires without byline or reporting credit', () => {
    expect(run(missingCredit, context(article(body, { headline: 'Talks' }))).map((f) => f.at)).toEqual(['Talks'])
  })
  it('is quiet with a byline or a credit line', () => {
    expect(run(missingCredit, context(article(body, { bylines: ['By Jane Doe'] })))).toEqual([])
    expect(run(missingCredit, context(article(body, { creditLines: ['(Reporting by Ann Lee; Editing by Tom Hale)'] })))).toEqual([])
  })
  it('notes additional reporting without a place', () => {
    const a = article(body, { creditLines: ['(Reporting by Ann Lee in Paris; Additional reporting by Bo Chen)'] })
    expect(run(missingCredit, context(a)).map((f) => f.severity)).toEqual(['info'])
  })
})

describe('no-dateline', () => {
  it('fires without a dateline and names the open relative dates', () => {
    const f = run(noDateline, context(article(body, { headline: 'Talks' })))
    expect(f).toHaveLength(1)
    expect(f[0]?.message).toContain('"on Thursday"')
    // a story-level finding quotes no words in its message (its span is only where the card points)
    expect(f[0]?.message).toMatch(/^No dateline — readers cannot tell where and when/)
    expect(f[0]?.fix).toBe('Add the dateline (PLACE, Month Day (Agency) -) from the original wire copy.')
  })
  it('is quiet with a dateline, or one left at the start of the body', () => {
    expect(run(noDateline, context(article(body, { dateline })))).toEqual([])
    expect(run(noDateline, context(article(['MOSCOW, Nov 18 (Reuters) - The president called for talks.'])))).toEqual([])
  })
})

describe('relative-date-conflict', () => {
  it('flags a weekday that does not match its date', () => {
    const a = article(['The vote is on Friday, Nov. 18, officials said.'], { dateline })
    expect(run(relativeDateConflict, context(a)).map((f) => f.at)).toEqual(['Friday, Nov. 18'])
    const ok = article(['The vote is on Thursday, Nov. 18, officials said.'], { dateline })
    expect(run(relativeDateConflict, context(ok))).toEqual([])
  })
  it('flags "last year" against an explicit year for the same event', () => {
    const a = article(['He won an election last year.', 'The 2019 election was disputed.'], { dateline })
    expect(run(relativeDateConflict, context(a)).map((f) => f.at)).toEqual(['election last year'])
    const ok = article(['He won an election last year.', 'The 2020 election was disputed.'], { dateline })
    expect(run(relativeDateConflict, context(ok))).toEqual([])
  })
  it('flags "today" with the wrong weekday', () => {
    const a = article(['Talks open today (Friday) in Vienna.'], { dateline })
    expect(run(relativeDateConflict, context(a))).toHaveLength(1)
  })
})

describe('caption-without-credit', () => {
  it('fires on a caption without credit and on "Handout" alone', () => {
    const a = article(body, {
      captions: [
        { text: 'Smoke rises over the city.', credit: null },
        { text: 'The minister speaks.', credit: 'Handout via REUTERS' },
      ],
    })
    expect(run(captionWithoutCredit, context(a)).map((f) => f.at)).toEqual(['Smoke rises over the city.', 'Handout via REUTERS'])
  })
  it('is quiet when the caption names who made or released the picture', () => {
    const a = article(body, {
      captions: [
        { text: 'Smoke rises over the city.', credit: 'REUTERS/Marko Djurica' },
        { text: 'The minister speaks.', credit: 'Ministry of Defence/Handout via REUTERS' },
        { text: 'A crowd gathers. (AP Photo/Evan Vucci)', credit: null },
      ],
    })
    expect(run(captionWithoutCredit, context(a))).toEqual([])
  })
})

describe('credit-mismatch', () => {
  it('fires when the caption credit and the IPTC credit line disagree', () => {
    const a = article(body, { captions: [{ text: 'A man stands in court.', credit: 'Foto: Peter Kneffel', creditLine: 'Gregor Fischer/dpa' }] })
    expect(run(creditMismatch, context(a)).map((f) => f.severity)).toEqual(['warning'])
  })
  it('is quiet when they agree, and notes an overlong credit line', () => {
    const a = article(body, { captions: [{ text: 'A man stands in court.', credit: 'Foto: Peter Kneffel/dpa', creditLine: 'Peter Kneffel/dpa' }] })
    expect(run(creditMismatch, context(a))).toEqual([])
    const long = article(body, {
      captions: [
        { text: 'Two men talk.', credit: 'Sputnik/Alexei Nikolskyi/Kremlin via REUTERS', creditLine: 'Sputnik/Alexei Nikolskyi/Kremlin via REUTERS' },
      ],
    })
    expect(run(creditMismatch, context(long)).map((f) => f.severity)).toEqual(['info'])
  })
})

describe('correction-notice', () => {
  it('fires on a corrected item that does not say what changed', () => {
    expect(run(correctionNotice, context(article(body, { headline: 'CORRECTED-Talks open', corrections: ['CORRECTED'] })))).toHaveLength(1)
  })
  it('notes a note without a place, and is quiet on a full one', () => {
    const vague = article([...body, '(Corrects spelling of name)'], { corrections: ['CORRECTED'] })
    expect(run(correctionNotice, context(vague)).map((f) => f.severity)).toEqual(['info'])
    const full = article([...body, '(Corrects spelling of name in paragraph 2)'], { corrections: ['CORRECTED'] })
    expect(run(correctionNotice, context(full))).toEqual([])
    expect(run(correctionNotice, context(article(body)))).toEqual([])
  })
})
