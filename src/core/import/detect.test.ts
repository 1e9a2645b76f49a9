import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { detectFormat } from './detect'

describe('detectFormat', () => {
  const cases: [string, string][] = [
    ['wire/reuters-putin-lukashenko-aggregator.txt', 'text'],
    ['superdesk-core-io-fixtures/fixtures/ap_anpa-1.tst', 'anpa'],
    ['superdesk-core-io-fixtures/fixtures/IPTC7901.txt', 'iptc7901'],
    ['dpa-digitalwires/iptc7901-output/dw-1.iptc', 'iptc7901'],
    ['superdesk-core-io-fixtures/fixtures/ap.xml', 'newsml-g2'],
    ['superdesk-core-io-fixtures/fixtures/afp.xml', 'newsml-1'],
    ['superdesk-core-io-fixtures/fixtures/ap-nitf.xml', 'nitf'],
    ['superdesk-core-io-fixtures/fixtures/ninjs1.json', 'ninjs'],
    ['superdesk-core-io-fixtures/fixtures/ap_media_item.json', 'apmedia'],
    ['dpa-digitalwires/digitalwires-json/dw-1.json', 'digitalwires'],
    ['reuters-21578/reut2-000.sgm', 'sgml'],
  ]
  for (const [rel, want] of cases) {
    it(`${rel} → ${want}`, () => expect(detectFormat(readFixture(rel), rel)).toBe(want))
  }
  it('goes by content, not by a wrong extension', () => {
    expect(detectFormat(readFixture('superdesk-core-io-fixtures/fixtures/ap_anpa-1.tst'), 'story.xml')).toBe('anpa')
    expect(detectFormat(readFixture('superdesk-core-io-fixtures/fixtures/ninjs1.json'), 'story.txt')).toBe('ninjs')
    expect(detectFormat(readFixture('superdesk-core-io-fixtures/fixtures/ap.xml'), 'story.json')).toBe('newsml-g2')
  })
  it('recognises zip (docx) by magic bytes and HTML pages', () => {
    expect(detectFormat(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]), 'x.bin')).toBe('docx')
    const html = new TextEncoder().encode('<!DOCTYPE html><html><body><p>Hi</p></body></html>')
    expect(detectFormat(html, 'page.txt')).toBe('html')
  })
  it('returns null for XML in no news format', () => {
    expect(detectFormat(new TextEncoder().encode('<?xml version="1.0"?><config><a>1</a></config>'), 'c.xml')).toBeNull()
  })
})
