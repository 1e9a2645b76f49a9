import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { buildArticle } from '../article/build'
import type { Article } from '../article/types'
import { importBytes, importText } from './index'
import { extractInline, isMarkupOnly, isSeparatorLine, withoutSeparators } from './inline'

const article = (paragraphs: string[], created: string | null = null) =>
  buildArticle({ format: 'text', headline: 'A headline for the story', paragraphs, created })

describe('extractInline', () => {
  it('moves bylines and credits, sets dateline and source, keeps offsets exact', () => {
    const a = extractInline(
      article(
        [
          'By JANE ROE',
          'AP Business Writer',
          'NEW YORK (AP) _ Stocks fell on Monday as investors worried about rates.',
          'The index lost 2 percent.',
          '___',
          'AP writer John Doe contributed to this report.',
        ],
        '2024-03-04T12:00:00Z',
      ),
    )
    expect(a.bylines).toEqual(['By JANE ROE, AP Business Writer'])
    expect(a.dateline).toEqual({ text: 'NEW YORK (AP) _', place: 'NEW YORK', date: '2024-03-04' }) // the item's day: the dateline prints none
    expect(a.source).toBe('AP')
    expect(a.paragraphs).toEqual(['NEW YORK (AP) _ Stocks fell on Monday as investors worried about rates.', 'The index lost 2 percent.'])
    expect(a.creditLines).toEqual(['AP writer John Doe contributed to this report.'])
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text)
    expect(a.blocks.map((b) => b.kind)).toEqual(['headline', 'byline', 'paragraph', 'paragraph', 'creditLine'])
  })
  it('leaves an article without inline metadata untouched', () => {
    const a = article(['The minister said the plan would be ready next week.', 'Critics disagreed.'])
    expect(extractInline(a)).toBe(a)
  })
  it('does not override what the format already gave', () => {
    const a = buildArticle({
      format: 'nitf', headline: 'H', source: 'dpa', bylines: ['By X'],
      dateline: { text: 'Bonn', place: 'Bonn', date: null },
      paragraphs: ['PARIS (AFP) - Text of the story here.'],
    })
    const b = extractInline(a)
    expect(b.source).toBe('dpa')
    expect(b.dateline?.place).toBe('Bonn')
    expect(b.bylines).toEqual(['By X'])
  })
})

/* Made-up stories; the fixtures' separators are counted in everyFixture.test.ts. */
const story = [
  'HARBOURTON (Wire) - The town council voted on Tuesday to reopen the old ferry pier after two years of repairs.',
  'The pier was closed after a storm damaged its pilings.',
  'Traders said the closure had cost the market stalls a third of their summer trade.',
  'The operator said it would run four crossings a day from April.',
]
const withLine = (line: string): string[] => [...story.slice(0, 2), line, ...story.slice(2)]
const nitfStory = (paragraphs: string[]): Article =>
  importText(`<?xml version="1.0"?><nitf><body><body.head><hedline><hl1>Pier to reopen</hl1></hedline></body.head><body.content>${paragraphs.map((p) => `<p>${p}</p>`).join('')}</body.content></body></nitf>`, 'story.xml').articles[0]!
const offsetsExact = (a: Article): void => {
  for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text)
}

describe('inline fields the format left in the body', () => {
  it('reads a dateline that prints the agency first ("(ANSA) - Rome, October 11 - ") (G2)', () => {
    const { articles } = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ansa-newsmlg2-text.xml'), 'ansa.xml')
    expect(articles[0]?.dateline).toEqual({ text: '(ANSA) - Rome, October 11 -', place: 'Rome', date: '2017-10-11' })
    // a parenthesis that opens a sentence is no dateline
    const p = importText('Headline here\n\n(Updated) - Officials in the city said on Monday that the road would close.', 'p.txt')
    expect(p.articles[0]?.dateline).toBeNull()
  })

  it('reads a dateline whose credit a full stop closes before the dash ("Tegucigalpa, Jan 2 (EFE).- ") (NITF)', () => {
    const { articles } = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/efe_nitf.xml'), 'efe.xml')
    expect(articles[0]?.dateline).toEqual({ text: 'Tegucigalpa, Jan 2 (EFE).-', place: 'Tegucigalpa', date: '2017-01-02' })
    // an unknown word in the parentheses is no credit
    const p = importText('Headline here\n\nMadrid, Jan 2 (updated).- Officials in the city said the road would close.', 'p.txt')
    expect(p.articles[0]?.dateline).toBeNull()
  })

  it("takes the source from the body's dateline when the metadata gives a dateline but no source (ninjs)", () => {
    const a = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ninjsExMediumText1.json'), 'n.json').articles[0]!
    expect(a.source).toBe('AP')
    // the metadata's dateline stays: its place is spelt otherwise than the printed one
    expect(a.dateline?.place).toBe('Grossetto, Italy')
  })

  it('moves a byline printed at the top of the body even when the metadata has one (G2)', () => {
    const s = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/scoop.xml'), 'scoop.xml').articles[0]!
    expect(s.bylines).toEqual(['By Staff Reporter, BusinessDesk', 'By Jonathan Underhill'])
    expect(s.paragraphs[0]).toMatch(/^Jan\. 12 \(BusinessDesk\) - /)
    // the same byline in both places is listed once
    const r = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5'), 'r.xml').articles[0]!
    expect(r.bylines).toEqual(['By Marwan Makdisi'])
    expect(r.paragraphs[0]).toMatch(/^DAMASCUS \(Reuters\) - /)
  })

  it('drops a paragraph of bare markup (an embed code printed as text) to clutter (NITF)', () => {
    const a = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/nitf-ntb.xml'), 'ntb.xml').articles[0]!
    expect(a.paragraphs.some((p) => p.includes('<script'))).toBe(false)
    expect(a.clutter.filter((c) => c.startsWith('<div class='))).toHaveLength(3)
    expect(isMarkupOnly('<div class="x"></div><script src="a.js"></script>')).toBe(true)
    expect(isMarkupOnly('<b>Bold</b> words')).toBe(false)
    expect(isMarkupOnly('x < y and y > z')).toBe(false)
  })
})

describe('separator lines', () => {
  it('are lines of separator marks only', () => {
    for (const line of ['___', '_____', '* * *', '***', '-----', '=====', '~~~', '# # #']) expect(isSeparatorLine(line), line).toBe(true)
    for (const line of ['__', '___.', '...', '- 3 -', 'The End', '* Item']) expect(isSeparatorLine(line), line).toBe(false)
  })

  it('leave the body for clutter, wherever they stand; headings and the other paragraphs stay, offsets exact', () => {
    const a = buildArticle({
      format: 'text',
      headline: 'Pier to reopen',
      paragraphs: [],
      body: [
        { kind: 'paragraph', text: story[0]! },
        { kind: 'paragraph', text: '* * *' },
        { kind: 'heading', text: 'NEXT STEPS' },
        { kind: 'paragraph', text: story[1]! },
        { kind: 'paragraph', text: '___' },
        { kind: 'paragraph', text: story[2]! },
      ],
      creditLines: ['Jane Roe contributed to this report.'],
    })
    const b = withoutSeparators(a)
    expect(b.paragraphs).toEqual([story[0], story[1], story[2]])
    expect(b.blocks.map((x) => x.kind)).toEqual(['headline', 'paragraph', 'heading', 'paragraph', 'paragraph', 'creditLine'])
    expect(b.clutter).toEqual(['* * *', '___'])
    expect(b.creditLines).toEqual(['Jane Roe contributed to this report.'])
    offsetsExact(b)
    // nothing to drop, or nothing but separators: the article as it was
    const plain = buildArticle({ format: 'text', headline: 'H', paragraphs: story })
    expect(withoutSeparators(plain)).toBe(plain)
    const bare = buildArticle({ format: 'text', headline: 'H', paragraphs: ['___', '* * *'] })
    expect(withoutSeparators(bare)).toBe(bare)
  })

  it('are no paragraph in plain text, ANPA or IPTC 7901 copy, nor in a marked-up format (NITF)', () => {
    const text = importText(`Pier to reopen after two years\n\n${withLine('* * *').join('\n\n')}\n`, 'story.txt').articles[0]!
    const lines = withLine('___').map((p) => `\t   ${p}\r\n`).join('')
    const anpa = importText(`\x16\x16\x01a1234\x1f-----\r\nr a\x13\x11 BC-US--Ferry-Pier     03-12 0400\r\n\x02\x02BC-US--Ferry-Pier,400<\r\n^Pier to reopen after two years<\r\n${lines}\t   \x03AP-WF-03-12-19 1530GMT<\r\n\x04`, 'item.tst').articles[0]!
    const iptc = importText(`\x01abc0001 4 i 120 abcde   wire 0001\r\n\nTown/ferry/\r\n\x02Pier to reopen after two years =\n\n${withLine('-----').join('\n\n')}\n\nwire ab cd\n\x03121530 GMT Mar 12\n\x04`, 'item.iptc').articles[0]!
    const nitf = nitfStory(withLine('_____'))
    for (const [a, format, line] of [[text, 'text', '* * *'], [anpa, 'anpa', '___'], [iptc, 'iptc7901', '-----'], [nitf, 'nitf', '_____']] as const) {
      expect(a.format).toBe(format)
      expect(a.paragraphs, format).toEqual(story)
      expect(a.clutter, format).toContain(line)
      expect(a.text, format).not.toContain(line)
      offsetsExact(a)
    }
  })

  it("go to clutter from among a story's closing lines too (NITF keeps every paragraph as sent)", () => {
    const a = nitfStory([...story, '___', 'Jane Roe contributed to this report.', '* * *', 'ab/cd'])
    expect(a.paragraphs).toEqual(story)
    expect(a.creditLines).toEqual(['Jane Roe contributed to this report.'])
    expect(a.clutter).toEqual(['___', '* * *', 'ab/cd'])
  })

  it("AP's tables in ANPA: the separators between standings and scores are not rows", () => {
    const a = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ap_anpa-6.tst'), 'ap_anpa-6.tst').articles[0]!
    expect(a.paragraphs.filter(isSeparatorLine)).toEqual([])
    expect(a.clutter).toEqual(['___', '___', '___', '___'])
    expect(a.paragraphs.some((p) => /^\S.*\d+, \S.*\d+$/.test(p))).toBe(true)
  })
})
