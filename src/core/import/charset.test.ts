import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { importBytes } from './index'

const RUSSIAN =
  'МОСКВА, 12 ноября. Президент России Владимир Путин заявил в четверг, что переговоры с Белоруссией продолжатся на ' +
  'следующей неделе. «Мы готовы к диалогу», — сказал он журналистам в Кремле.'

/** Encodes text in a single-byte charset by inverting the platform's own decoder for it (bytes 0x00-0xFF). */
function encode(text: string, charset: string): Uint8Array {
  const table = new Map<string, number>()
  const decoded = new TextDecoder(charset).decode(Uint8Array.from({ length: 256 }, (_, i) => i))
  for (let i = 0; i < 256; i++) if (!table.has(decoded[i] as string)) table.set(decoded[i] as string, i)
  return Uint8Array.from([...text], (c) => {
    const b = table.get(c)
    if (b === undefined) throw new Error(`${charset} cannot encode ${c}`)
    return b
  })
}

describe('legacy charsets without a declaration', () => {
  it.each(['windows-1251', 'koi8-r', 'iso-8859-5'])('reads Russian in %s and names the charset in a warning', (charset) => {
    // KOI8-R and ISO-8859-5 have no guillemets or long dash
    const text = RUSSIAN.replace('—', '-').replace(/[«»]/g, '"')
    const { articles, warnings } = importBytes(encode(text, charset), 'story.txt')
    expect(articles[0]!.paragraphs[0]).toBe(text)
    expect(warnings).toEqual([`story.txt: no charset declared and not UTF-8: read as ${charset} (as chardet detected)`])
  })

  it('reads a short one-sentence story too', () => {
    const { articles } = importBytes(encode('Путин заявил, что переговоры продолжатся.', 'koi8-r'), 'short.txt')
    expect(articles[0]!.paragraphs[0]).toBe('Путин заявил, что переговоры продолжатся.')
  })

  it('still refuses random bytes as binary', () => {
    // a fixed pseudo-random sequence (a linear congruential generator), high bytes included
    let x = 12345
    const bytes = Uint8Array.from({ length: 3000 }, () => (x = (x * 1103515245 + 12345) % 2 ** 31) >> 16 & 0xff)
    expect(() => importBytes(bytes, 'noise.txt')).toThrow(/binary data/)
  })

  it('keeps Western European text without a declaration on Windows-1252 and says so', () => {
    const { articles, warnings } = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/dpa_four_line.txt'), 'dpa_four_line.txt')
    expect(articles.length).toBeGreaterThan(0)
    expect(warnings[0]).toBe('dpa_four_line.txt: no charset declared and not UTF-8: read as windows-1252 (the Western European default)')
  })

  it('reads UTF-8 bytes under a stale Latin-1 declaration as UTF-8, and says so (NewsML 1.2)', () => {
    const { articles, warnings } = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/afp20.xml'), 'afp20.xml')
    expect(articles[0]?.headline).toBe("Décès de Naomi Musenga: l'opératrice du Samu définitivement condamnée")
    expect(articles[0]?.text).not.toMatch(/Ã/)
    expect(warnings).toContain('afp20.xml: declares iso-8859-1 but its bytes are UTF-8: read as UTF-8')
    // real Latin-1 under the same declaration stays Latin-1: "Zürich" as one byte 0xFC is no UTF-8
    const latin = Uint8Array.from([...'<?xml version="1.0" encoding="iso-8859-1"?><nitf><body><body.content><p>Zürich</p></body.content></body></nitf>'].map((c) => c.charCodeAt(0)))
    const l = importBytes(latin, 'l.xml')
    expect(l.articles[0]?.paragraphs).toEqual(['Zürich'])
    expect(l.warnings.some((w) => w.includes('UTF-8'))).toBe(false)
  })

  it('adds no warning to UTF-8 or to a file that declares its charset', () => {
    expect(importBytes(new TextEncoder().encode(`${RUSSIAN}\n`), 'utf8.txt').warnings).toEqual([])
    const xml = encode('<?xml version="1.0" encoding="windows-1251"?><nitf><body><body.content><p>Путин заявил, что переговоры продолжатся.</p></body.content></body></nitf>', 'windows-1251')
    const r = importBytes(xml, 'story.xml')
    expect(r.warnings).toEqual([])
    expect(r.articles[0]!.paragraphs[0]).toBe('Путин заявил, что переговоры продолжатся.')
  })
})
