import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, readFixtureText } from '../../test/fixtures'
import { ImportError } from './errors'
import { looksLikeNewsML1, parseNewsML1 } from './newsml1'

const parse = (rel: string) => parseNewsML1(readFixtureText(rel), rel)
const SPORT = 'afp-newsml12-arabic/afp/arabic/journal/sport'

describe('parseNewsML1', () => {
  it('reads an AFP Arabic story with right-to-left text intact', () => {
    const a = parse(`${SPORT}/newsmlmmd.urn.newsml.afp.com.20231126.doc.344w9k4.xml`).articles[0]!
    expect(a.format).toBe('newsml-1')
    expect(a.agencyId).toBe('urn:newsml:afp.com:20231126:doc-344w9k4:1')
    expect(a.version).toBe('1')
    expect(a.language).toBe('ar')
    expect(a.headline).toBe('جائزة أبو ظبي الكبرى: فيرستابن يختتم موسمه بفوز قياسي جديد')
    expect(a.dateline).toEqual({ text: 'ابوظبي (أ ف ب)', place: 'ابوظبي', date: '2023-11-26' })
    expect(a.slugline).toBe('auto-Prix-UAE-win')
    expect(a.copyright).toBe('© 2023 AFP')
    expect(a.paragraphs[0]).toMatch(/^أتمّ السائق الهولندي ماكس فيرستابن/)
    // the photo component gives a caption with its credit line, not body text
    expect(a.captions).toHaveLength(1)
    expect(a.captions[0]!.creditLine).toBe('ا ف ب/AFP')
    expect(a.paragraphs.join(' ')).not.toContain(a.captions[0]!.text)
  })

  it('reads an AFP alert (no headline) and English AFP items', () => {
    const alert = parse('afp-newsml12-arabic/afp/ARA_Media_SansSport/afp.com-20231124T192141Z-TX-PAR-EWE94.xml').articles[0]!
    expect(alert.agencyId).toBe('urn:newsml:afp.com:20231124T192141Z:TX-PAR-EWE94:1')
    expect(alert.headline).toBeNull()
    expect(alert.paragraphs[0]).toMatch(/^ماكرون يعرب عن "تصميمه"/)
    expect(alert.created).toBe('2023-11-24T19:21:41+00:00')
    const en = parse('superdesk-core-io-fixtures/fixtures/afp.xml').articles[0]!
    expect(en.headline).toMatch(/^Sweden court accepts receivership for Saab/)
    expect(en.dateline).toMatchObject({ place: 'STOCKHOLM', date: '2014-08-29' })
    expect(en.source).toBe('AFP')
  })

  it('imports all 96 AFP Arabic items', () => {
    const root = fixture('afp-newsml12-arabic/afp')
    const files: string[] = []
    const walk = (d: string): void => {
      for (const e of readdirSync(d, { withFileTypes: true })) {
        if (e.isDirectory()) walk(join(d, e.name))
        else if (e.name.endsWith('.xml')) files.push(join(d, e.name))
      }
    }
    walk(root)
    expect(files.length).toBe(96)
    for (const f of files) {
      const rel = f.slice(fixture('.').length + 1)
      const { articles, warnings } = parse(rel)
      expect(articles[0]!.language, rel).toBe('ar')
      expect(articles[0]!.agencyId, rel).toMatch(/^urn:newsml:afp\.com:/)
      // channel index files carry no story: they import empty, with a warning
      if (rel.endsWith('index.xml')) expect(warnings[0], rel).toMatch(/no text content/)
      else expect(articles[0]!.paragraphs.length, rel).toBeGreaterThan(0)
    }
  })

  it("keeps the NITF body's hl2 crossheads as heading blocks, out of the paragraph count (they were dropped before)", () => {
    const a = parse('iptc-ninjs/other-format-samples/afp.com_newsml1.2_sample.xml').articles[0]!
    const heads = a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)
    expect(heads).toEqual(['- Media offices destroyed -', "- 'Grave concern' -", "- 'They're striking our children' -"])
    expect(a.paragraphs.some((p) => p.includes('Media offices destroyed'))).toBe(false)
    // each sits where the item has it: after the paragraph before it and before the one after
    const at = a.blocks.findIndex((b) => b.text === heads[0])
    expect(a.blocks[at - 1]!.text).toMatch(/^"Among the targets struck/)
    expect(a.blocks[at + 1]!.text).toMatch(/^The civilian death toll has mounted in Gaza/)
    const arabic = parse('afp-newsml12-arabic/afp/ARA_Media_SansSport/afp.com-20231126T213636Z-TX-PAR-EXO77.xml').articles[0]!
    expect(arabic.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['- "صفر تسامح" -'])
  })

  it("does not take a SubHeadLine that the body opens with as a summary: it is the lede, checked as body", () => {
    const a = parse('superdesk-core-io-fixtures/fixtures/ana1.xml').articles[0]!
    expect(a.paragraphs[0]).toMatch(/^Wage employment in the private sector grew in March/)
    expect(a.summary).toBeNull()
  })

  it("takes inline NITF's deck (hl2 under the headline) or abstract as the summary, after a SubHeadLine", () => {
    const item = (lines: string, head: string) => `<?xml version="1.0"?><NewsML><NewsItem><Identification><NewsIdentifier><PublicIdentifier>urn:x</PublicIdentifier></NewsIdentifier></Identification>
      <NewsComponent><NewsLines><HeadLine>Port strike ends</HeadLine>${lines}</NewsLines>
      <ContentItem><MediaType FormalName="Text"/><DataContent><nitf><body><body.head>${head}<hedline><hl1>Port strike ends</hl1><hl2>Dockers accept a 4% rise</hl2></hedline></body.head>
      <body.content><p>The strike at the port ended on Friday.</p></body.content></body></nitf></DataContent></ContentItem></NewsComponent></NewsItem></NewsML>`
    const read = (xml: string) => parseNewsML1(xml, 'deck.xml').articles[0]!
    const deck = read(item('', ''))
    expect(deck.summary).toBe('Dockers accept a 4% rise')
    expect(deck.paragraphs).toEqual(['The strike at the port ended on Friday.'])
    expect(read(item('<SubHeadLine>The union voted on Thursday</SubHeadLine>', '')).summary).toBe('The union voted on Thursday • Dockers accept a 4% rise')
    // The same words twice are one summary; an abstract is taken before a deck.
    expect(read(item('<SubHeadLine>Dockers accept a 4% rise</SubHeadLine>', '')).summary).toBe('Dockers accept a 4% rise')
    expect(read(item('', '<abstract><p>Work resumes on Monday</p></abstract>')).summary).toBe('Work resumes on Monday')
    // A subheadline the body opens with is its lede.
    expect(read(item('<SubHeadLine>The strike at the port ended on Friday.</SubHeadLine>', '')).summary).toBe('Dockers accept a 4% rise')
  })

  it('reads escaped HTML in DataContent and rejects non-NewsML input', () => {
    const a = parse('superdesk-core-io-fixtures/fixtures/ana1.xml').articles[0]!
    expect(a.paragraphs.join(' ')).not.toMatch(/<\/?P>/i)
    expect(() => parseNewsML1('<newsItem/>', 'x.xml')).toThrow(ImportError)
    expect(looksLikeNewsML1(readFixtureText('superdesk-core-io-fixtures/fixtures/afp.xml'))).toBe(true)
  })
})
