import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import { looksLikeApMedia, parseApMedia } from './apmedia'
import { ImportError } from './errors'

const F = 'superdesk-core-io-fixtures/fixtures'

describe('parseApMedia', () => {
  it('reads a picture item: caption with its creditline, dateline place, ednote as a note', () => {
    const r = parseApMedia(readFixtureText(`${F}/ap_media_picture.json`), 'p.json')
    expect(r.articles).toHaveLength(1)
    const a = r.articles[0]!
    expect(a.format).toBe('apmedia')
    expect(a.headline).toBe('US Paul Simon Poets Society')
    expect(a.agencyId).toBe('171b16d930db49a396159714c732af9c')
    expect(a.version).toBe('0')
    expect(a.captions).toHaveLength(1)
    expect(a.captions[0]!.text).toMatch(/^FILE - This Sept\. 22, 2018 file photo/)
    expect(a.captions[0]!.credit).toBe('john Doe/Something/AP')
    expect(a.dateline?.place).toBe('New York, NY')
    expect(a.source).toBe('AP')
    expect(a.notes).toEqual([{ kind: 'ednote', text: '092218124137, 21334631,' }])
    expect(a.text).not.toContain('092218124137')
    expect(a.usageTerms).toMatch(/^This content is intended for editorial use only/)
    expect(a.created).toBe('2019-06-19T10:22:14Z')
  })

  it('reads a text item and warns that its body is a linked rendition', () => {
    const r = parseApMedia(readFixtureText(`${F}/ap_media_text_item.json`), 't.json')
    const a = r.articles[0]!
    expect(a.headline).toBe('BC-BBN--Top Ten')
    expect(a.slugline).toBe('BC-BBN--Top Ten')
    expect(a.copyright).toMatch(/^Copyright 2019 The Associated Press/)
    expect(a.paragraphs).toEqual([])
    expect(r.warnings.join(' ')).toMatch(/nitf/)
  })

  it('reads every item of a feed page', () => {
    const r = parseApMedia(readFixtureText(`${F}/ap_media_feed.json`), 'feed.json')
    // the page says current_item_count 10 but holds one item
    expect(r.articles.length).toBe(1)
    expect(r.articles[0]!.headline).toBe('AC2: An Intimate Evening with Anderson Cooper and Andy Cohen')
    expect(r.articles[0]!.agencyId).toBe('95e8bd71fed448cda1a0be35d8ddbd2f')
    const two = JSON.parse(readFixtureText(`${F}/ap_media_feed.json`)) as { data: { items: { item: { altids: { itemid: string } } }[] } }
    const copy = structuredClone(two.data.items[0]!)
    copy.item.altids.itemid = 'second'
    two.data.items.push(copy)
    expect(parseApMedia(JSON.stringify(two), 'f2.json').articles.map((a) => a.agencyId)).toEqual(['95e8bd71fed448cda1a0be35d8ddbd2f', 'second'])
  })

  it('recognises AP envelopes only', () => {
    for (const f of ['ap_media_feed.json', 'ap_media_item.json', 'ap_media_picture.json', 'ap_media_text_feed.json', 'ap_media_text_item.json']) {
      expect(looksLikeApMedia(readFixtureText(`${F}/${f}`)), f).toBe(true)
    }
    expect(looksLikeApMedia(readFixtureText(`${F}/ninjs1.json`))).toBe(false)
    expect(() => parseApMedia('{"api_version": "1", "data": {}}', 'x.json')).toThrow(ImportError)
  })
})
