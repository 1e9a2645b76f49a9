import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { extractInline, isBylineText, isCreditLine, matchDateline, resolveDate } from './inline'

const article = (paragraphs: string[], created: string | null = null) =>
  buildArticle({ format: 'text', headline: 'A headline for the story', paragraphs, created })

describe('matchDateline', () => {
  it('reads agency datelines in the common wire styles', () => {
    expect(matchDateline('BEIJING, April 17 (Reuters) - China said on Monday...', '2023-04-17T08:00:00Z')).toEqual({
      text: 'BEIJING, April 17 (Reuters) -', place: 'BEIJING', date: '2023-04-17', agency: 'Reuters',
    })
    expect(matchDateline('ATLANTA (AP) _ Luol Deng scored', null)).toEqual({ text: 'ATLANTA (AP) _', place: 'ATLANTA', date: null, agency: 'AP' })
    expect(matchDateline('Berlin (dpa) - Die Regierung', null)?.agency).toBe('dpa')
    expect(matchDateline('PARIS (AFP) - France said', null)?.place).toBe('PARIS')
    expect(matchDateline('MADRID, 21 Nov. 2024 (Europa Press) - El Gobierno', null)).toMatchObject({ date: '2024-11-21', agency: 'Europa Press' })
    expect(matchDateline('WASHINGTON — The Senate voted', null)).toEqual({ text: 'WASHINGTON —', place: 'WASHINGTON', date: null, agency: null })
  })
  it('does not eat ordinary first sentences', () => {
    expect(matchDateline('The company (Apple) - which makes phones - said', null)).toBeNull()
    expect(matchDateline('Officials said on Monday - in a statement - that', null)).toBeNull()
    expect(matchDateline('Putin helped Lukashenko ride out mass street protests', null)).toBeNull()
    expect(matchDateline('In Washington — where the vote was held — senators', null)).toBeNull()
  })
  it('resolves a yearless date against the created date, across New Year', () => {
    expect(resolveDate('Dec. 31', '2024-01-01T02:00:00Z')).toBe('2023-12-31')
    expect(resolveDate('April 17', null)).toBeNull()
    expect(resolveDate('17. April', '2020-05-01')).toBe('2020-04-17')
  })
})

describe('bylines and credit lines', () => {
  it('recognises bylines but not sentences', () => {
    expect(isBylineText('By CHARLES ODUM')).toBe(true)
    expect(isBylineText('By PAUL BYRNE and ALMUDENA CALATRAVA')).toBe(true)
    expect(isBylineText('Von Marco Krefting und Sunrita Sen, dpa')).toBe(true)
    expect(isBylineText('Jane Roe, AP Sports Writer')).toBe(true)
    expect(isBylineText('By the end of the year prices had doubled.')).toBe(false)
    expect(isBylineText('By Monday the river had risen')).toBe(false)
  })
  it('recognises credit lines', () => {
    expect(isCreditLine('(Reporting by Jane Roe; Editing by John Doe)')).toBe(true)
    expect(isCreditLine('Additional reporting by Max Muster in Berlin')).toBe(true)
    expect(isCreditLine('Compiled by Jane Roe')).toBe(true)
    expect(isCreditLine('Associated Press writer Jane Roe in Paris contributed to this report.')).toBe(true)
    expect(isCreditLine('The report was written by the committee and published on Monday.')).toBe(false)
  })
})

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
