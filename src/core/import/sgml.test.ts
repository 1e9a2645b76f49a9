import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import { ImportError } from './errors'
import { looksLikeReutersSgml, parseReutersSgml, sgmlDate } from './sgml'

const REL = 'reuters-21578/reut2-000.sgm'

describe('parseReutersSgml', () => {
  const text = readFixtureText(REL)
  const { articles, warnings } = parseReutersSgml(text, REL)

  it('reads all 1000 stories with NEWID as agencyId', () => {
    expect(articles).toHaveLength(1000)
    expect(warnings).toEqual([])
    expect(articles[0]!.agencyId).toBe('1')
    expect(articles[999]!.agencyId).toBe('1000')
    expect(new Set(articles.map((a) => a.agencyId)).size).toBe(1000)
  })

  it('reads title, dateline, date and splits paragraphs on indentation', () => {
    const a = articles[0]!
    expect(a.format).toBe('sgml')
    expect(a.headline).toBe('BAHIA COCOA REVIEW')
    expect(a.dateline).toEqual({ text: 'SALVADOR, Feb 26 -', place: 'SALVADOR', date: '1987-02-26' })
    expect(a.created).toBe('1987-02-26T15:01:01.79')
    expect(a.paragraphs[0]).toMatch(/^Showers continued throughout the week in the Bahia cocoa zone/)
    expect(a.paragraphs[1]).toMatch(/^The dry period means the temporao will be late this year\.$/)
    expect(a.paragraphs.length).toBeGreaterThan(10)
    expect(a.source).toBe('Reuters')
    expect(a.section).toBe('cocoa')
    expect(a.blocks[1]).toMatchObject({ kind: 'dateline', text: 'SALVADOR, Feb 26 -' })
  })

  it('removes control characters and the trailing Reuter signature', () => {
    for (const a of articles) {
      // eslint-disable-next-line no-control-regex
      expect(a.text).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/)
      const last = a.paragraphs[a.paragraphs.length - 1]
      if (last) expect(last, a.agencyId!).not.toMatch(/\breuters?$/i)
    }
    expect(articles[0]!.paragraphs.at(-1)).toMatch(/February 27\.$/)
  })

  it('reads AUTHOR as a byline and decodes &lt;', () => {
    const withAuthor = articles.find((a) => a.bylines.length)!
    expect(withAuthor.bylines[0]).toMatch(/^by [A-Z][a-z]+ [A-Z][a-z]+, Reuters$/i)
    expect(articles.some((a) => a.text.includes('<') && /<[A-Z]+>/.test(a.text))).toBe(true) // &lt;ABC> company tickers
    expect(articles.some((a) => a.text.includes('&lt;'))).toBe(false)
  })

  it('keeps BRIEF stories as headline-only articles', () => {
    const brief = articles.find((a) => a.headline?.startsWith('ASSETS OF MONEY MARKET MUTUAL FUNDS'))!
    expect(brief.paragraphs).toEqual([])
    expect(brief.text).not.toContain('Blah')
  })

  it('sniffs the corpus, parses dates, and fails cleanly without stories', () => {
    expect(looksLikeReutersSgml(text)).toBe(true)
    expect(looksLikeReutersSgml('<newsItem guid="x"/>')).toBe(false)
    expect(sgmlDate('26-FEB-1987 15:01:01.79')).toBe('1987-02-26T15:01:01.79')
    expect(() => parseReutersSgml('just text', 'x.sgm')).toThrow(ImportError)
  })

  it('tolerates a truncated file', () => {
    const cut = text.slice(0, 5000)
    const r = parseReutersSgml(cut, 'cut.sgm')
    expect(r.articles.length).toBeGreaterThanOrEqual(2)
    expect(r.warnings.length).toBeGreaterThan(0)
  })
})
