import { strToU8, zipSync } from 'fflate'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { ImportError } from './errors'
import { importBytes, importText } from './index'

// The plain-text reader can be made to fail the ways a parser may, to drive importBytes' error paths.
const failure: { next: unknown } = { next: null }
vi.mock('./text', async (real) => {
  const mod = await real<typeof import('./text')>()
  return {
    ...mod,
    parseText: (text: string, file: string) => {
      if (failure.next !== null) throw failure.next
      return mod.parseText(text, file)
    },
  }
})

afterEach(() => {
  failure.next = null
})

function thrown(f: () => unknown): ImportError {
  try {
    f()
  } catch (e) {
    if (e instanceof ImportError) return e
    throw e
  }
  throw new Error('expected an ImportError')
}

const plain = strToU8('Minister resigns\n\nThe minister resigned on Monday, officials said.')

describe('importBytes: what reaches the caller when reading fails', () => {
  it('passes on an ImportError that already names the file, unchanged', () => {
    const original = new ImportError('malformed', 'story.txt: line 3 is cut', 'story.txt')
    failure.next = original
    expect(thrown(() => importBytes(plain, 'story.txt'))).toBe(original)
  })

  it("names the file in a parser's ImportError that did not, keeping its code and stack", () => {
    const original = new ImportError('encoding', 'bad bytes at 12')
    failure.next = original
    const e = thrown(() => importBytes(plain, 'story.txt'))
    expect(e).not.toBe(original)
    expect(e).toMatchObject({ code: 'encoding', file: 'story.txt', message: 'story.txt: bad bytes at 12' })
    expect(e.stack).toBe(original.stack)
  })

  it('keeps the file a parser named (a member of a package) and puts it in the message', () => {
    failure.next = new ImportError('malformed', 'no body', 'inner.xml')
    expect(thrown(() => importBytes(plain, 'outer.zip'))).toMatchObject({ code: 'malformed', file: 'inner.xml', message: 'inner.xml: no body' })
    failure.next = new ImportError('malformed', 'inner.xml has no body', 'inner.xml')
    expect(thrown(() => importBytes(plain, 'outer.zip')).message).toBe('inner.xml has no body')
    failure.next = new ImportError('malformed', 'outer.zip: inner.xml has no body')
    expect(thrown(() => importBytes(plain, 'outer.zip'))).toMatchObject({ file: 'outer.zip', message: 'outer.zip: inner.xml has no body' })
  })

  it('turns a bug in a parser into a malformed-file error naming the file, with the cause and its stack', () => {
    const bug = new TypeError("Cannot read properties of undefined (reading 'text')")
    failure.next = bug
    const e = thrown(() => importBytes(plain, 'story.txt'))
    expect(e).toMatchObject({ code: 'malformed', file: 'story.txt', message: "story.txt: Cannot read properties of undefined (reading 'text')" })
    expect(e.stack).toBe(bug.stack)
    failure.next = 'a string thrown'
    const s = thrown(() => importBytes(plain, 'story.txt'))
    expect(s).toMatchObject({ code: 'malformed', file: 'story.txt', message: 'story.txt: a string thrown' })
    expect(s.stack).toMatch(/^ImportError: story.txt: a string thrown\n/)
  })

  it('refuses markup in no news format, and W3C annotations, by name', () => {
    const svg = thrown(() => importText('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><rect/></svg>', 'logo.svg'))
    expect(svg).toMatchObject({ code: 'unknown_format', file: 'logo.svg', message: 'logo.svg: the file is markup in no news format Wiremark reads' })
    const w3c = thrown(() => importText(JSON.stringify({ '@context': 'http://www.w3.org/ns/anno.jsonld', type: 'Annotation', body: 'x', target: 'y' }), 'notes.json'))
    expect(w3c).toMatchObject({ code: 'unknown_format', file: 'notes.json', message: 'notes.json: this is W3C Web Annotation JSON (annotations), not a story' })
  })

  it('reads a zip as a Word file, and refuses one that is not by name', () => {
    const e = thrown(() => importBytes(zipSync({ 'readme.txt': strToU8('hello') }), 'archive.zip'))
    expect(e).toMatchObject({ code: 'unknown_format', file: 'archive.zip', message: 'archive.zip: a zip archive without word/document.xml is not a Word document' })
  })

  it('warns, naming the file, when a valid file holds no story, and adds nothing when it does', () => {
    const pkg = importBytes(readFixture('iptc-newsml-g2/examples/LISTING_6_Simple_NewsML-G2_Package.xml'), 'pkg.xml')
    expect(pkg.articles).toEqual([])
    expect(pkg.warnings.at(-1)).toBe('pkg.xml: no story found in the file')
    expect(pkg.warnings.length).toBeGreaterThan(1)
    const story = importBytes(plain, 'story.txt')
    expect(story.articles).toHaveLength(1)
    expect(story.warnings.join('\n')).not.toContain('no story found')
  })
})

describe('importBytes: every format reaches its reader', () => {
  const cases: [string, string, string][] = [
    ['superdesk-core-io-fixtures/fixtures/afp.xml', 'newsml-1', 'a.xml'],
    ['superdesk-core-io-fixtures/fixtures/ap-nitf.xml', 'nitf', 'n.xml'],
    ['iptc-ninjs/examples/1.4/ninjsExMediumText1.json', 'ninjs', 'j.json'],
    ['dpa-digitalwires/digitalwires-json/dw-1.json', 'digitalwires', 'd.json'],
    ['superdesk-core-io-fixtures/fixtures/ap_media_text_item.json', 'apmedia', 'm.json'],
    ['superdesk-core-io-fixtures/fixtures/ap_anpa-1.tst', 'anpa', 'p.tst'],
    ['superdesk-core-io-fixtures/fixtures/IPTC7901_odd_charset.txt', 'iptc7901', 'i.txt'],
    ['reuters-21578/reut2-000.sgm', 'sgml', 's.sgm'],
    ['superdesk-core-io-fixtures/fixtures/ap.xml', 'newsml-g2', 'g.xml'],
    ['wire/reuters-putin-lukashenko-aggregator.txt', 'text', 't.txt'],
  ]
  it.each(cases)('%s is read as %s', (rel, format, name) => {
    const { articles } = importBytes(readFixture(rel), name)
    expect(articles.length).toBeGreaterThan(0)
    expect(new Set(articles.map((a) => a.format))).toEqual(new Set([format]))
  })

  it('reads an HTML page as html', () => {
    const { articles } = importText('<!doctype html><html><head><title>Page</title></head><body><article><h1>Minister resigns</h1><p>The minister resigned on Monday, officials said.</p></article></body></html>', 'p.html')
    expect(articles[0]?.format).toBe('html')
    expect(articles[0]?.headline).toBe('Minister resigns')
  })
})
