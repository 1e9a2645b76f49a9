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
  it('lists every format id', () => {
    expect(new Set(FORMAT_IDS).size).toBe(13)
  })
})
