import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { ImportError } from './errors'
import { FORMAT_IDS, importBytes, MAX_IMPORT_BYTES } from './index'

function thrown(f: () => unknown): ImportError {
  try { f() } catch (e) { if (e instanceof ImportError) return e; throw e }
  throw new Error('expected an ImportError')
}

describe('importBytes', () => {
  it('imports the seed paste with inline metadata applied', () => {
    const { articles } = importBytes(readFixture('wire/reuters-putin-lukashenko-aggregator.txt'), 'seed.txt')
    expect(articles).toHaveLength(1)
    expect(articles[0]).toMatchObject({ format: 'text', source: 'Reuters', section: 'Business', dateline: null })
    expect(articles[0]!.creditLines[0]).toMatch(/^\(Reporting by Vladimir Soldatkin/)
  })
  it('imports ANPA and IPTC 7901 with datelines parsed from the body', () => {
    const anpa = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ap_anpa-4.tst'), 'a.tst').articles[0]!
    expect(anpa).toMatchObject({ format: 'anpa', source: 'AP', version: '3rdLd-Writethru' })
    expect(anpa.dateline?.place).toBe('BEIJING')
    const dpa = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/IPTC7901_odd_charset.txt'), 'b.txt').articles[0]!
    expect(dpa).toMatchObject({ format: 'iptc7901', source: 'dpa' })
    expect(dpa.text).toContain('Müller')
  })
  it('imports a file with the wrong extension', () => {
    const { articles } = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ap_anpa-1.tst'), 'story.json')
    expect(articles[0]?.format).toBe('anpa')
    expect(articles[0]?.headline).toBe('Deng has 30 points, short-handed Heat beat Hawks 115-111')
  })
  it('dispatches the structured formats by content', () => {
    expect(importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ap.xml'), 'x.txt').articles[0]?.format).toBe('newsml-g2')
    expect(importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ninjs1.json'), 'x.xml').articles[0]?.format).toBe('ninjs')
  })
  it('gives typed errors for empty, binary, oversized and broken input', () => {
    expect(thrown(() => importBytes(new Uint8Array(0), 'empty.txt'))).toMatchObject({ code: 'empty', file: 'empty.txt' })
    const jpeg = thrown(() => importBytes(readFixture('superdesk-core-io-fixtures/images/IPTC-PhotometadataRef-Std2017.1.jpg'), 'p.txt'))
    expect(jpeg.code).toBe('unknown_format')
    expect(thrown(() => importBytes(new Uint8Array(MAX_IMPORT_BYTES + 1), 'big.xml'))).toMatchObject({ code: 'too_large', file: 'big.xml' })
    const truncated = new TextEncoder().encode('<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/"><contentSet><inlineXML><p>cut')
    const e = thrown(() => importBytes(truncated, 'cut.xml'))
    expect(e.code).toBe('malformed')
    expect(e.message).toContain('cut.xml')
  })
  it('refuses a file that is mostly control bytes, even of the kinds wire formats use, naming the file and the problem', () => {
    // letters among SOH, STX, ETX, EOT, DLE, RS and US: no framing of any format, no text either
    const noise = new Uint8Array(3000).map((_, i) => (i % 3 === 0 ? 0x41 + (i % 26) : [1, 2, 3, 4, 0x10, 0x1e, 0x1f][i % 7]!))
    const e = thrown(() => importBytes(noise, 'feed.dat'))
    expect(e).toMatchObject({ code: 'unknown_format', file: 'feed.dat' })
    expect(e.message).toBe('feed.dat: the file is mostly control bytes (67% of its characters), not text')
    // a real ANPA transmission, framed by the same bytes, still reads
    expect(importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ap_anpa-6.tst'), 'table.tst').articles[0]?.format).toBe('anpa')
  })
  it('reads prose saved under a markup or JSON name as plain text, with a warning that says so', () => {
    const prose = 'Pier to reopen\n\nThe town council voted on Tuesday to reopen the old ferry pier after two years of repairs, the mayor said.\n'
    const xml = importBytes(new TextEncoder().encode(prose), 'story.xml')
    expect(xml.articles[0]).toMatchObject({ format: 'text', headline: 'Pier to reopen' })
    expect(xml.warnings).toEqual(['story.xml: .xml file holds no XML; read as plain text'])
    expect(importBytes(new TextEncoder().encode(prose), 'story.json').warnings).toEqual(['story.json: .json file holds no JSON; read as plain text'])
    expect(importBytes(new TextEncoder().encode(prose), 'story.txt').warnings).toEqual([])
    // an XML file named .xml, and wire copy under any name, give no such warning
    expect(importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ap.xml'), 'ap.xml').warnings).toEqual([])
    expect(importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ap_anpa-1.tst'), 'story.xml').warnings).toEqual([])
  })
  it('lists every format id', () => {
    expect(new Set(FORMAT_IDS).size).toBe(15)
  })
})
