import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { analyze } from '../analysis/analyze'
import { resolveDates } from '../analysis/dates'
import type { Article } from '../article/types'
import { importBytes, importText } from './index'

const S = 'superdesk-core-io-fixtures/fixtures/'
const first = (rel: string, bytes = readFixture(rel)): Article => {
  const { articles } = importBytes(bytes, rel.split('/').pop()!)
  expect(articles.length).toBeGreaterThan(0)
  return articles[0]!
}
/** The fixture with one phrase of its body replaced (the phrase must be there). */
const edited = (rel: string, from: string, to: string): Article => {
  const text = new TextDecoder().decode(readFixture(rel))
  expect(text).toContain(from)
  return first(rel, new TextEncoder().encode(text.replace(from, to)))
}
const resolved = (a: Article, words: string): (string | null)[] =>
  resolveDates(a)
    .filter((d) => d.text === words)
    .map((d) => d.resolved)

describe('article.dates', () => {
  // The values are the ones printed in each file's metadata, normalised to UTC.
  it('reads created, version and embargo times from NewsML-G2 itemMeta', () => {
    const a = first('iptc-newsml-g2/examples/LISTING_1_A_NewsML-G2_News_Item.xml')
    expect(a.dates).toEqual({ created: '2016-10-18T18:12:21Z', versionCreated: '2018-10-21T21:25:32Z', embargoUntil: '2018-10-23T12:00:00Z' })
  })

  it('reads ninjs firstcreated, versioncreated and embargoed', () => {
    expect(first(S + 'ninjs_embargoed.json').dates).toEqual({
      created: '2022-06-20T23:20:35Z',
      versionCreated: '2022-06-26T23:54:25Z',
      embargoUntil: '2022-06-29T02:30:00Z',
    })
  })

  it('reads digitalwires version_created and embargoed', () => {
    expect(first('dpa-digitalwires/digitalwires-json/embargoed.json').dates).toEqual({
      created: '2025-01-23T13:10:47Z',
      versionCreated: '2025-01-23T13:10:47Z',
      embargoUntil: '2025-01-23T18:00:00Z',
    })
  })

  it('reads NITF date.issue and the ANPA and IPTC 7901 trailers', () => {
    expect(first(S + 'ap-nitf.xml').dates.created).toBe('2015-12-10T19:10:44Z')
    expect(first(S + 'anpa-2.tst').dates.created).toBe('2013-11-13T07:45:00Z')
    expect(first(S + 'IPTC7901.txt').dates.created).toBe('2013-11-13T11:37:00Z')
  })

  it('is all null for pasted text, which carries no metadata', () => {
    const a = importText('Talks open in Vienna on Monday, officials said.', 'paste.txt').articles[0]!
    expect(a.dates).toEqual({ created: null, versionCreated: null, embargoUntil: null })
  })
})

describe('a dateline without a date', () => {
  it('takes the filing day of AP ANPA copy ("ROSCOE, South Dakota (AP) _")', () => {
    const a = first(S + 'anpa-2.tst')
    expect(a.dateline).toEqual({ text: 'ROSCOE, South Dakota (AP) _', place: 'ROSCOE, South Dakota', date: '2013-11-13' })
  })

  it('takes the filing day of dpa IPTC 7901 copy ("Berlin (dpa) -")', () => {
    const a = first(S + 'IPTC7901.txt')
    expect(a.dateline?.place).toBe('Berlin')
    expect(a.dateline?.date).toBe('2013-11-13')
  })

  it('takes the day of a G2 item in the feed\'s own time zone', () => {
    // versionCreated 2017-06-29T18:52:53+02:00; the body opens "Köln (dpa) -"
    const a = first('dpa-newsmlg2-testdata/basisdienst-20170629/urn:newsml:dpa.com:20090101:170629-99-44716.xml')
    expect(a.dateline?.text).toBe('Köln (dpa) -')
    expect(a.dateline?.date).toBe('2017-06-29')
  })

  it('keeps a date the dateline prints, even where the format did not read it', () => {
    // "SYDNEY March 22 AAP -" on an item created 2016-04-13
    expect(first(S + 'aap-cyber.xml').dateline?.date).toBe('2016-03-22')
  })

  it('stays null when the item has no date at all', () => {
    const a = importText('ROSCOE, South Dakota (AP) _ Farmers plowed the prairie on Thursday.\n\nThe grass is gone.', 'paste.txt').articles[0]!
    expect(a.dateline).toEqual({ text: 'ROSCOE, South Dakota (AP) _', place: 'ROSCOE, South Dakota', date: null })
    expect(resolved(a, 'on Thursday')).toEqual([null])
  })
})

describe('relative dates in agency copy', () => {
  it('resolve against the item date of AP ANPA copy', () => {
    // filed 2016-02-20 03:37 GMT: "on Friday night" is the evening before
    const a = first(S + 'ap_anpa-1.tst')
    expect(resolved(a, 'on Friday night')[0]).toBe('2016-02-19')
  })

  it('resolve against the item date of dpa IPTC 7901 copy', () => {
    // filed Wednesday 2013-11-13: "warned Wednesday" is that day
    expect(resolved(first(S + 'IPTC7901.txt'), 'Wednesday')).toEqual(['2013-11-13'])
  })

  it('resolve against the dateline of a G2 item', () => {
    const a = edited('dpa-newsmlg2-testdata/basisdienst-20170629/urn:newsml:dpa.com:20090101:170629-99-44716.xml', 'Köln (dpa) -', 'Köln (dpa) - Yesterday')
    expect(resolved(a, 'Yesterday')).toEqual(['2017-06-28'])
  })

  const conflict = (a: Article) => analyze(a).findings.filter((f) => f.rule === 'relative-date-conflict')

  it('relative-date-conflict fires on AP ANPA copy whose weekday contradicts the filing day', () => {
    const a = edited(S + 'anpa-2.tst', 'It did.', 'It did today (Friday).')
    expect(conflict(a).map((f) => f.excerpt)).toEqual(['today (Friday)'])
    expect(conflict(first(S + 'anpa-2.tst'))).toEqual([])
  })

  it('relative-date-conflict fires on dpa IPTC 7901 copy', () => {
    const a = edited(S + 'IPTC7901.txt', 'warned Wednesday', 'warned today (Thursday)')
    expect(conflict(a).map((f) => f.excerpt)).toEqual(['today (Thursday)'])
  })

  it('relative-date-conflict fires on a G2 item dated only by its metadata', () => {
    // 2017-06-29 was a Thursday
    const rel = 'dpa-newsmlg2-testdata/basisdienst-20170629/urn:newsml:dpa.com:20090101:170629-99-44716.xml'
    const a = edited(rel, 'Köln (dpa) -', 'Köln (dpa) - Talks opened today (Monday).')
    expect(conflict(a).map((f) => f.excerpt)).toEqual(['today (Monday)'])
  })
})
