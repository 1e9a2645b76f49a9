import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { extractInline } from './inline'

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
