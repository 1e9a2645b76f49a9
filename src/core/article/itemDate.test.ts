import { gunzipSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { importBytes } from '../import/index'
import { readFixture } from '../../test/fixtures'
import { itemDate, normaliseItemDate } from './itemDate'

const S = 'superdesk-core-io-fixtures/fixtures/'
const first = (rel: string, bytes = readFixture(rel)) => {
  const { articles } = importBytes(bytes, rel.split('/').pop()!)
  expect(articles.length).toBeGreaterThan(0)
  return articles[0]!
}

describe('the item date', () => {
  it('normalises the timestamps feeds print to one sortable form', () => {
    expect(normaliseItemDate('2017-08-24T01:58:40+0000')).toBe('2017-08-24T01:58:40Z')
    expect(normaliseItemDate('2016-10-18T11:12:00-05:00')).toBe('2016-10-18T16:12:00Z')
    expect(normaliseItemDate('20231124T192141+0000')).toBe('2023-11-24T19:21:41Z')
    expect(normaliseItemDate('2007-02-16T12:19:30.000Z')).toBe('2007-02-16T12:19:30Z')
    expect(normaliseItemDate('2015-02-18T16:01:41')).toBe('2015-02-18T16:01:41')
    expect(normaliseItemDate('2021-07-13')).toBe('2021-07-13')
    expect(normaliseItemDate('Thursday')).toBeNull()
    expect(normaliseItemDate('')).toBeNull()
  })

  it('is the dateline date when the metadata has no timestamp, and null when neither says', () => {
    expect(itemDate({ created: null, dateline: { text: 'X', place: 'X', date: '2021-11-18' } })).toBe('2021-11-18')
    expect(itemDate({ created: null, dateline: null })).toBeNull()
  })

  // One real file of each format that carries a filing date; the values are the ones printed in the file.
  const cases: [string, string, string][] = [
    ['NewsML-G2', 'iptc-newsml-g2/examples/LISTING_1_A_NewsML-G2_News_Item.xml', '2016-10-18T16:12:00Z'],
    ['ninjs', S + 'ninjs2.json', '2017-08-24T01:58:40Z'],
    ['NITF', S + 'ap-nitf.xml', '2015-12-10T19:10:44Z'],
    ['digitalwires', 'dpa-digitalwires/digitalwires-json/no_notepad.json', '2024-11-21T10:13:20Z'],
    ['ANPA', S + 'anpa-3.tst', '2013-11-13T07:13:00Z'],
  ]
  it.each(cases)('reads the filing date of a %s file', (_format, rel, expected) => {
    expect(itemDate(first(rel))).toBe(expected)
  })

  it('reads the IPTC 7901 trailer and an HTML page\'s published time', () => {
    const seven = first(S + 'IPTC7901.txt')
    // the trailer prints "131137 GMT Nov 13": day 13, 11:37 GMT, November 2013
    expect(itemDate(seven)).toBe('2013-11-13T11:37:00Z')
    const rel = 'trafilatura-realworld-news/cache/boingboing.net.millenials.html.gz'
    const page = first(rel.replace(/\.gz$/, ''), new Uint8Array(gunzipSync(readFixture(rel))))
    expect(page.format).toBe('html')
    expect(itemDate(page)).toBe('2013-07-19T17:08:44Z')
  })
})
