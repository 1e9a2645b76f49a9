import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { analyzeSpeech } from './speech'
import { findClaims } from './claims'
import { sentencesOf } from './segment'
import { lastWordsOfClause } from './reported'

// Reported speech (content without quotation marks) in the shapes issue 14 asks for; every sentence is made up.

function reported(paragraphs: string[], headline = 'A headline about nothing in particular') {
  const a = buildArticle({ format: 'text', headline, paragraphs })
  return analyzeSpeech(a).reportedSpeech.map((r) => [r.source, r.cue, r.text])
}

describe('reported speech: the source after the content', () => {
  it('"…, legal experts say": a described subject after the last comma closes the sentence', () => {
    expect(reported(['Most of the small dams in the valley were never inspected after the floods, engineers say.'])).toEqual([
      ['engineers', 'say', 'Most of the small dams in the valley were never inspected after the floods'],
    ])
    expect(reported(['The ferry will stop running in the winter months, a harbour spokesman said on Monday.'])).toEqual([
      ['a harbour spokesman', 'said', 'The ferry will stop running in the winter months'],
    ])
  })

  it('a phrase after the last comma that is no person or body is not a source', () => {
    expect(reported(['The ferry will stop running in the winter months, the timetable said.'])).toEqual([])
  })
})

describe('reported speech: a name in the clause as the last resort', () => {
  it('names the source from a name the clause holds when its grammar names none, marked as a guess', () => {
    const a = buildArticle({ format: 'text', headline: 'A headline about nothing in particular', paragraphs: ['Even Jane Doe, long a supporter of the deal, now argues that the offer of 3 percent was far too low.'] })
    const r = analyzeSpeech(a).reportedSpeech
    expect(r.map((x) => [x.source, x.cue, x.guessed])).toEqual([['Jane Doe', 'argues', true]])
    // a claim in it is not counted as sourced by a guess (measured: counting it hid unsourced figures)
    const claims = findClaims(a, { sentences: sentencesOf(a), quotes: [], reportedSpeech: r })
    expect(claims.map((c) => c.attributedTo)).toEqual([null])
  })

  it('leaves the grammar\'s answer alone: a subject found by the rules is no guess', () => {
    const a = buildArticle({ format: 'text', headline: 'A headline about nothing in particular', paragraphs: ['Jane Doe on Monday argued that the offer of 3 percent was far too low for the drivers.'] })
    expect(analyzeSpeech(a).reportedSpeech.map((x) => [x.source, x.guessed])).toEqual([['Jane Doe', undefined]])
  })
})

describe('reported speech: what the subject is not found for', () => {
  it('"…, saying …" after a comma is content even when the clause\'s subject is not found', () => {
    const r = reported(['Councillor Tom Reyes, who faces a hard race in the north ward, withdrew his support for the plan, saying it would cost too much.'])
    expect(r.map((x) => x[2])).toContain('saying it would cost too much')
  })

  it('an opening adverbial before the subject is part of the span: "Even in her home town, X said …"', () => {
    expect(reported(['Even in her home town, where the mill closed last year, Ana Lima said the plan had wide support.'])).toEqual([
      ['Ana Lima', 'said', 'Even in her home town, where the mill closed last year, Ana Lima said the plan had wide support'],
    ])
  })
})

describe('reported speech: a verb with a clause after it', () => {
  it('"… believes that …", "… asked whether …", "… wants to …" are content even when their subject is not named', () => {
    expect(reported(['Nearly every farmer in the valley believes that the new dam will fail within a decade.']).map((x) => x[1])).toEqual(['believes'])
    expect(reported(['The young and the old in the valley alike want to see the old mill reopened next spring.']).map((x) => x[1])).toEqual(['want'])
  })

  it('a verb with no clause after it is no attribution', () => {
    expect(reported(['The young and the old in the valley alike want a new bridge.'])).toEqual([])
  })

  it('a count of people is a subject: "three in 10 said …" (a number before a past tense keeps it a verb)', () => {
    expect(reported(['About three in 10 said they would not vote at all in the spring election.']).map((x) => x[1])).toEqual(['said'])
  })
})

describe('reported speech: sources named before a colon, by "according to", or by the occasion', () => {
  it('a headline "Name: claim" and a transcript\'s "SURNAME: words" (the capitals stand for the person the story names)', () => {
    const r = reported(['Mayor Jane Miller opened the old bridge in 1998.', 'MILLER: We will have the bridge open again by the spring.', 'Update: This story was changed to add the mayor\'s title.'], 'Jane Miller: The new bridge will open in spring')
    expect(r).toEqual([
      ['Jane Miller', ':', 'The new bridge will open in spring'],
      ['Jane Miller', ':', 'We will have the bridge open again by the spring'],
    ])
  })

  it('"…, according to …" with a source too long to name is still content', () => {
    expect(reported(['Turnout fell by a third in the northern districts, according to the final results published by the county clerk on Friday.']).map((x) => x[2])).toEqual([
      'Turnout fell by a third in the northern districts',
    ])
  })

  it('"In a new poll, …" and "In an interview with …, …" open content', () => {
    expect(reported(['In a new poll of likely voters, the mayor leads her rival by nine points.'])).toEqual([[null, 'In a new poll of likely voters', 'the mayor leads her rival by nine points']])
  })

  it('"seem" and "appear" attribute only with a clause after them', () => {
    expect(reported(['The governor seemed to suggest that the plan would be dropped after the vote.']).map((x) => x[1])).toEqual(['seemed'])
    expect(reported(['The governor appeared at the town hall with her two deputies.'])).toEqual([])
  })
})

describe('reported speech: hearsay and documents', () => {
  it('"… is expected to …", "… is said to have …": hearsay in the passive names no source', () => {
    expect(reported(['The new bridge is expected to open to traffic before the end of the year.'])).toEqual([
      [null, 'is expected to', 'The new bridge is expected to open to traffic before the end of the year'],
    ])
  })

  it('a poll, a survey or records "show" what follows them; after the last comma they close the sentence', () => {
    expect(reported(['The debate began just as a new poll showed the mayor ahead in the northern wards.']).map((x) => x[1])).toEqual(['showed'])
    expect(reported(['Much of the money came from firms that no longer exist, county and state records show.'])).toEqual([
      ['county and state records', 'show', 'Much of the money came from firms that no longer exist'],
    ])
    // with no subject found, "show" needs a document before it
    expect(reported(['The tour of the old mill that morning showed the visitors every room.'])).toEqual([])
  })
})

describe('lastWordsOfClause', () => {
  it('gives what splitting the clause after its last , ; or : gives, on random text', () => {
    const pieces = ['a', 'Poll', 'shows', ' ', '  ', ',', ';', ':', '\n', '\t', 'records', 'x,y', '']
    let seed = 7
    const pick = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return pieces[seed % pieces.length]!
    }
    for (let k = 0; k < 2000; k++) {
      const s = Array.from({ length: k % 25 }, pick).join(k % 3 === 0 ? ' ' : '')
      for (const n of [1, 3, 8]) expect(lastWordsOfClause(s, n)).toBe(s.split(/[,;:]/).pop()!.trim().split(/\s+/).slice(-n).join(' '))
    }
  })
})
