import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { decodeBytes, MAX_IMPORT_BYTES } from './decode'
import { ImportError } from './errors'

const utf16le = (s: string, bom: boolean): Uint8Array => {
  const out = new Uint8Array((bom ? 2 : 0) + s.length * 2)
  let i = 0
  if (bom) { out[i++] = 0xff; out[i++] = 0xfe }
  for (const ch of s) { const c = ch.charCodeAt(0); out[i++] = c & 0xff; out[i++] = c >> 8 }
  return out
}
const utf16be = (s: string, bom: boolean): Uint8Array => {
  const le = utf16le(s, false)
  const out = new Uint8Array((bom ? 2 : 0) + le.length)
  let i = 0
  if (bom) { out[i++] = 0xfe; out[i++] = 0xff }
  for (let k = 0; k < le.length; k += 2) { out[i++] = le[k + 1]!; out[i++] = le[k]! }
  return out
}
/** Encodes code points below 256 one byte each (Latin-1 / the printable part of 1252). */
const latin1 = (s: string): Uint8Array => Uint8Array.from([...s].map((c) => c.charCodeAt(0)))

function thrown(f: () => unknown): ImportError {
  try { f() } catch (e) { if (e instanceof ImportError) return e; throw e }
  throw new Error('expected an ImportError')
}

describe('decodeBytes', () => {
  const sample = 'Müller said: “Grüße aus Köln.”\r\nSecond line\rthird\n'
  it('decodes UTF-8 with and without BOM and normalises line endings', () => {
    const plain = new TextEncoder().encode(sample)
    expect(decodeBytes(plain, 'a.txt')).toEqual({ text: 'Müller said: “Grüße aus Köln.”\nSecond line\nthird\n', encoding: 'utf-8' })
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain])
    expect(decodeBytes(bom, 'a.txt').text).toBe('Müller said: “Grüße aus Köln.”\nSecond line\nthird\n')
  })
  it('decodes UTF-16 LE and BE, with a BOM or by the NUL pattern', () => {
    const want = 'Müller said: “Grüße aus Köln.”\nSecond line\nthird\n'
    expect(decodeBytes(utf16le(sample, true), 'a.txt')).toEqual({ text: want, encoding: 'utf-16le' })
    expect(decodeBytes(utf16be(sample, true), 'a.txt')).toEqual({ text: want, encoding: 'utf-16be' })
    expect(decodeBytes(utf16le(sample, false), 'a.txt')).toEqual({ text: want, encoding: 'utf-16le' })
    expect(decodeBytes(utf16be(sample, false), 'a.txt')).toEqual({ text: want, encoding: 'utf-16be' })
  })
  it('falls back to Windows-1252 for Latin-1 and 1252 bytes', () => {
    expect(decodeBytes(latin1('Gerd Müller, Françoise, naïve\n'), 'l.txt')).toEqual({
      text: 'Gerd Müller, Françoise, naïve\n',
      encoding: 'windows-1252',
      // it declares nothing, so the reader says which charset it assumed
      detected: 'windows-1252',
      detectedBy: 'fallback',
    })
    // 0x93 0x94 are curly quotes and 0x80 the euro sign in 1252 only
    const cp1252 = new Uint8Array([0x93, ...latin1('It costs 5'), 0x80, 0x94, 0x0a])
    expect(decodeBytes(cp1252, 'w.txt').text).toBe('“It costs 5€”\n')
  })
  it('follows an XML encoding declaration', () => {
    const xml = latin1('<?xml version="1.0" encoding="ISO-8859-1"?><p>Zürich</p>')
    expect(decodeBytes(xml, 'x.xml').text).toBe('<?xml version="1.0" encoding="ISO-8859-1"?><p>Zürich</p>')
    const koi8 = new Uint8Array([...latin1('<meta charset="koi8-r"><p>'), 0xf0, 0xd2, 0xc9, 0xd7, 0xc5, 0xd4, ...latin1('</p>')])
    expect(decodeBytes(koi8, 'k.html').text).toBe('<meta charset="koi8-r"><p>Привет</p>')
  })
  it('decodes the odd-charset dpa IPTC 7901 file (Latin-1) correctly', () => {
    const { text, encoding } = decodeBytes(readFixture('superdesk-core-io-fixtures/fixtures/IPTC7901_odd_charset.txt'), 'odd')
    expect(encoding).toBe('windows-1252')
    expect(text).toContain('Bastian Schweinsteiger and Thomas Müller, and')
    expect(text).not.toContain('\r')
    expect(text).not.toContain('\ufffd')
  })
  it('refuses empty input', () => {
    expect(thrown(() => decodeBytes(new Uint8Array(0), 'e.txt')).code).toBe('empty')
    const e = thrown(() => decodeBytes(latin1(' \n\r\n\t '), 'blank.txt'))
    expect(e.code).toBe('empty')
    expect(e.file).toBe('blank.txt')
  })
  it('refuses binary garbage', () => {
    let seed = 7
    const garbage = new Uint8Array(4096).map(() => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed >> 16) & 0xff)
    const e = thrown(() => decodeBytes(garbage, 'junk.bin'))
    expect(e.code).toBe('unknown_format')
    expect(e.message).toContain('junk.bin')
    expect(thrown(() => decodeBytes(readFixture('superdesk-core-io-fixtures/images/IPTC-PhotometadataRef-Std2017.1.jpg'), 'p.jpg')).code).toBe('unknown_format')
  })
  it('refuses input over the size cap before decoding it', () => {
    const big = new Uint8Array(MAX_IMPORT_BYTES + 1)
    const e = thrown(() => decodeBytes(big, 'big.txt'))
    expect(e.code).toBe('too_large')
    expect(e.message).toContain('big.txt')
  })
})
