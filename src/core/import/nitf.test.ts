import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import { ImportError } from './errors'
import {
  isDeskInitials,
  isoDateTime,
  isTimestamp,
  looksLikeNITF,
  parseNITF,
  placeFromDateline,
  plainTextParagraphs,
  splitCaptionCredit,
} from './nitf'

const parse = (rel: string) => parseNITF(readFixtureText(rel), rel)

describe('parseNITF', () => {
  it('reads the AP NITF story: headline, byline with title, distributor, dateline, body', () => {
    const a = parse('superdesk-core-io-fixtures/fixtures/ap-nitf.xml').articles[0]!
    expect(a.format).toBe('nitf')
    expect(a.headline).toBe('Can trading pollution like stocks help fight climate change?')
    expect(a.bylines).toEqual(['By BERNARD CONDON, AP Business Writer'])
    expect(a.source).toBe('The Associated Press')
    expect(a.dateline).toEqual({ text: 'NEW YORK', place: 'NEW YORK', date: null })
    expect(a.paragraphs[0]).toMatch(/^NEW YORK \(AP\) — The gas produced by hog manure/)
    expect(a.blocks.some((b) => b.kind === 'dateline')).toBe(false) // printed in the first paragraph
    expect(a.created).toBe('2015-12-10T19:10:44Z')
    expect(a.copyright).toBe('© 2015 AP')
  })

  it('reads doc-id, version, language, notes and section from NTB', () => {
    const a = parse('superdesk-core-io-fixtures/fixtures/nitf-ntb.xml').articles[0]!
    expect(a.agencyId).toBe('faktisk-d9cde75b-256e-4989-b6a3-b8ad27f43a5c_47')
    expect(a.version).toBe('48')
    expect(a.language).toBe('nb-NO')
    expect(a.notes[0]!.kind).toBe('ed-msg')
    expect(a.notes[0]!.text).toMatch(/^Dette stoffet distribuerer NTB på vegne av Faktisk\.no/)
    expect(a.text).not.toContain('Dette stoffet distribuerer')
    expect(a.paragraphs[0]).toBe('Nei, dette dokumentet beskriver ikke FNs Agenda 21 eller Agenda 2030')
  })

  it('skips an external DTD and records a cancelled document as a correction', () => {
    const a = parse('superdesk-core-io-fixtures/fixtures/nitf-fishing.xml').articles[0]!
    expect(a.agencyId).toBe('iptc.321656141.b')
    expect(a.corrections).toContain('canceled')
    expect(a.creditLines).toEqual(['Stewart Klometers contributed to this article.'])
  })

  it('takes the place from a dateline that carries a date, and drops desk initials as bylines', () => {
    const aap = parse('superdesk-core-io-fixtures/fixtures/aap-cyber.xml').articles[0]!
    expect(aap.dateline).toEqual({ text: 'SYDNEY March 22 AAP -', place: 'SYDNEY', date: null })
    expect(aap.bylines).toEqual(['By John Doe'])
    const efe = parse('superdesk-core-io-fixtures/fixtures/efe_nitf.xml').articles[0]!
    expect(efe.bylines).toEqual([]) // "gr/bp" are the desk's initials
    expect(efe.headline).toBe('Honduran president announces Cabinet changes')
    expect(efe.paragraphs).toEqual(['Tegucigalpa, Jan 2 (EFE).- Test body.'])
  })

  it('falls back to the rights agent, then the copyright holder, for the source', () => {
    const aap = parse('superdesk-core-io-fixtures/fixtures/aap.xml').articles[0]!
    expect(aap.source).toBe('AAP')
    expect(aap.copyright).toBe('© 2013 Australian Associated Press')
    expect(aap.usageTerms).toMatch(/^A non-exclusive, non-transferable right/)
    expect(aap.dateline).toEqual({ text: 'Sydney', place: 'Sydney', date: null })
    const pa = parse('superdesk-core-io-fixtures/fixtures/pa4.xml').articles[0]!
    expect(pa.source).toBe('Press Association')
    expect(pa.bylines).toEqual(['By Ian Jones, Press Association'])
  })

  it("reads a hedline's hl2 (a deck) as the summary where the item has no abstract; never as body", () => {
    const nitf = (hedline: string, abstract = '') =>
      parseNITF(
        `<nitf><head><title>t</title></head><body><body.head><hedline>${hedline}</hedline>${abstract}</body.head><body.content><p>HARBOURTON (Wire) - The council voted to reopen the pier.</p><p>Ferries return in April.</p></body.content></body></nitf>`,
        'story.xml',
      ).articles[0]!
    const deck = nitf('<hl1>Pier to reopen</hl1><hl2>Ferries to return in spring after two years of repairs</hl2>')
    expect(deck.headline).toBe('Pier to reopen')
    expect(deck.summary).toBe('Ferries to return in spring after two years of repairs')
    expect(deck.paragraphs).toEqual(['HARBOURTON (Wire) - The council voted to reopen the pier.', 'Ferries return in April.'])
    expect(deck.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph'])
    expect(deck.text).not.toContain('two years of repairs')
    // the item's own abstract comes first
    expect(nitf('<hl1>Pier to reopen</hl1><hl2>Ferries to return in spring</hl2>', '<abstract><p>The council voted on Tuesday.</p></abstract>').summary).toBe('The council voted on Tuesday.')
    // two deck lines; no deck: the headline again, a label in capitals over a headline that is not
    expect(nitf('<hl1>Pier to reopen</hl1><hl2>Ferries return</hl2><hl2>Market stalls hope for trade</hl2>').summary).toBe('Ferries return • Market stalls hope for trade')
    expect(nitf('<hl1>Pier to reopen</hl1><hl2>Pier to Reopen</hl2>').summary).toBeNull()
    expect(nitf('<hl1>Pier to reopen</hl1><hl2>TOWN NEWS</hl2>').summary).toBeNull()
    expect(nitf('<hl1>PIER TO REOPEN</hl1><hl2>FERRIES RETURN IN SPRING</hl2>').summary).toBe('FERRIES RETURN IN SPRING')
  })

  it('takes the deck from the fixtures where it is one, and not where the hl2 repeats the headline or an abstract is there', () => {
    const cp = parse('superdesk-core-io-fixtures/fixtures/handle_invalid_fields.xml').articles[0]!
    expect(cp.summary).toBe('Rideau Hall suspect faces multiple charges')
    expect(cp.text).not.toContain('Rideau Hall suspect faces')
    expect(parse('superdesk-core-io-fixtures/fixtures/ap-nitf.xml').articles[0]!.summary).toBeNull()
    expect(parse('superdesk-core-io-fixtures/fixtures/efe_nitf.xml').articles[0]!.summary).toBe('Test Abstract')
  })

  it('throws ImportError for truncated NITF and for a non-NITF root', () => {
    const t = readFixtureText('superdesk-core-io-fixtures/fixtures/ap-nitf.xml')
    expect(() => parseNITF(t.slice(0, 800), 'cut.xml')).toThrow(ImportError)
    expect(() => parseNITF('<rss/>', 'x.xml')).toThrow(/not <nitf>/)
    expect(looksLikeNITF(t)).toBe(true)
    expect(looksLikeNITF('<NewsML/>')).toBe(false)
  })
})

describe('body helpers', () => {
  it('splits caption credits in the common wire forms', () => {
    expect(splitCaptionCredit('Fans cheer. Foto: Jörg Carstensen/dpa')).toEqual({ text: 'Fans cheer.', credit: 'Jörg Carstensen/dpa' })
    expect(splitCaptionCredit('A view of the city. (Photo by Jane Roe/Getty Images)')).toEqual({
      text: 'A view of the city.',
      credit: 'Photo by Jane Roe/Getty Images',
    })
    expect(splitCaptionCredit('A woman votes. REUTERS/Marko Djurica (KENYA - Tags: POLITICS)')).toEqual({
      text: 'A woman votes.',
      credit: 'REUTERS/Marko Djurica',
    })
    expect(splitCaptionCredit('No credit here.')).toEqual({ text: 'No credit here.', credit: null })
  })

  it('splits plain text on blank and indented lines', () => {
    expect(plainTextParagraphs('One line\ncontinued.\n    Two starts\nhere.\n\nThree.')).toEqual([
      'One line continued.',
      'Two starts here.',
      'Three.',
    ])
  })

  it('finds the place of a printed dateline and refuses dates as places', () => {
    expect(placeFromDateline('Erfurt (dpa) - ')).toBe('Erfurt')
    expect(placeFromDateline('MOSCOW, Monday (Reuters)')).toBe('MOSCOW')
    expect(placeFromDateline('SAN JUAN, Puerto Rico, June 3 (AP) _')).toBe('SAN JUAN')
    expect(placeFromDateline('SYDNEY March 22 AAP -')).toBe('SYDNEY')
    expect(placeFromDateline('Tegucigalpa, Jan 2 (EFE).-')).toBe('Tegucigalpa')
    expect(placeFromDateline('MAR DEL PLATA, Argentina')).toBe('MAR DEL PLATA')
    expect(placeFromDateline('MARCH 04, 2013')).toBeNull()
    expect(placeFromDateline('4/4/2018')).toBeNull()
    expect(isTimestamp('2014-07-16 15:53:10 GMT+00:00')).toBe(true)
    expect(isTimestamp('2018-01-03')).toBe(true)
    expect(isTimestamp('BEIRUT')).toBe(false)
    expect(isDeskInitials('gr/bp')).toBe(true)
    expect(isDeskInitials('By John Doe')).toBe(false)
  })

  it('normalises compact dates', () => {
    expect(isoDateTime('20231124T192141+0000')).toBe('2023-11-24T19:21:41+00:00')
    expect(isoDateTime('2017-06-29T17:16:38+02:00')).toBe('2017-06-29T17:16:38+02:00')
    expect(isoDateTime('not a date')).toBeNull()
  })
})
