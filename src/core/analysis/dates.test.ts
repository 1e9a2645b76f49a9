import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { resolveDates, resolveRelative } from './dates'

// 2021-11-18 was a Thursday.
const ANCHOR = '2021-11-18'

describe('resolveRelative', () => {
  it.each([
    ['yesterday', false, '2021-11-17'],
    ['today', false, '2021-11-18'],
    ['tomorrow', false, '2021-11-19'],
    ['on Thursday', false, '2021-11-18'],
    ['on Tuesday', false, '2021-11-16'],
    ['on Saturday', true, '2021-11-20'],
    ['last Thursday', false, '2021-11-11'],
    ['next Monday', false, '2021-11-22'],
    ['last year', false, '2020'],
    ['next month', false, '2021-12'],
    ['last month', false, '2021-10'],
    ['this week', false, '2021-11-15'],
    ['two weeks ago', false, '2021-11-04'],
    ['three years ago', false, '2018'],
  ])('%s', (expr, future, expected) => {
    expect(resolveRelative(expr, ANCHOR, future)).toBe(expected)
  })
})

describe('resolveDates', () => {
  const paragraphs = [
    'The president on Thursday called for talks after an election last year.',
    'Ministers will meet on Monday and again next month.',
    'The meeting on Thursday, Nov. 18 was short.',
  ]

  it('resolves against the dateline date', () => {
    const a = buildArticle({ format: 'text', paragraphs, dateline: { text: 'MOSCOW, Nov 18 (Reuters) -', place: 'MOSCOW', date: ANCHOR } })
    expect(resolveDates(a).map((d) => [d.text, d.resolved])).toEqual([
      ['on Thursday', '2021-11-18'],
      ['last year', '2020'],
      ['on Monday', '2021-11-22'],
      ['next month', '2021-12'],
    ])
  })

  it('falls back to the created date, and leaves dates open without an anchor', () => {
    const created = buildArticle({ format: 'text', paragraphs, created: '2021-11-18T10:00:00Z' })
    expect(resolveDates(created)[0]?.resolved).toBe('2021-11-18')
    const open = buildArticle({ format: 'text', paragraphs })
    const dates = resolveDates(open)
    expect(dates.length).toBe(4)
    expect(dates.every((d) => d.resolved === null)).toBe(true)
    for (const d of dates) expect(open.text.slice(d.start, d.end)).toBe(d.text)
  })
})
