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
    ['a month ago', false, '2021-10'],
    ['twelve days ago', false, '2021-11-06'],
    ['twenty years ago', false, '2001'],
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
      // an absolute date (chrono-node), its weekday included
      ['on Thursday, Nov. 18', '2021-11-18'],
    ])
  })

  it('falls back to the created date, and leaves dates open without an anchor', () => {
    const created = buildArticle({ format: 'text', paragraphs, created: '2021-11-18T10:00:00Z' })
    expect(resolveDates(created)[0]?.resolved).toBe('2021-11-18')
    const open = buildArticle({ format: 'text', paragraphs })
    const dates = resolveDates(open)
    // four relative dates and "Thursday, Nov. 18", whose year only an anchor can give
    expect(dates.length).toBe(5)
    expect(dates.every((d) => d.resolved === null)).toBe(true)
    for (const d of dates) expect(open.text.slice(d.start, d.end)).toBe(d.text)
  })
})

describe('resolveDates with chrono-node', () => {
  const article = (language: string, ...paragraphs: string[]) =>
    buildArticle({ format: 'text', language, paragraphs, dateline: { text: 'X', place: 'X', date: ANCHOR } })
  const pairs = (a: ReturnType<typeof article>) => resolveDates(a).map((d) => [d.text, d.resolved])

  it('reads absolute English dates, with and without a year', () => {
    const a = article('en', 'The election on Nov. 3, 2020 was close.', 'The talks began on 21 March and ended in June.', 'The summit will open on Jan. 5.')
    expect(pairs(a)).toEqual([
      ['Nov. 3, 2020', '2020-11-03'],
      // a yearless date in the past of a past-tense sentence: this year's
      ['on 21 March', '2021-03-21'],
      // in a future-tense sentence: the coming one
      ['Jan. 5', '2022-01-05'],
    ])
  })

  it('keeps Wiremark\'s tense rule for weekdays in German, French and Spanish', () => {
    // 2021-11-18 was a Thursday
    expect(pairs(article('de', 'Der Minister sagte am Dienstag, die Regierung werde am Freitag entscheiden.'))).toEqual([
      ['am Dienstag', '2021-11-16'],
      ['am Freitag', '2021-11-19'],
    ])
    expect(pairs(article('de', 'Die Kommission wird am Montag tagen.'))).toEqual([['am Montag', '2021-11-22']])
    expect(pairs(article('de', 'Die Kommission tagte am Montag.'))).toEqual([['am Montag', '2021-11-15']])
    expect(pairs(article('fr', 'Le ministre a déclaré mardi que le conseil se réunira lundi.'))).toEqual([
      ['mardi', '2021-11-16'],
      ['lundi', '2021-11-22'],
    ])
    expect(pairs(article('es', 'El ministro dijo el martes que el 3 de noviembre de 2020 fue clave.'))).toEqual([
      ['martes', '2021-11-16'],
      ['3 de noviembre de 2020', '2020-11-03'],
    ])
  })

  it('resolves "gestern" and "hier" against the anchor, and leaves them open without one', () => {
    expect(pairs(article('de', 'Gestern kam es zu Protesten.'))).toEqual([['Gestern', '2021-11-17']])
    const open = buildArticle({ format: 'text', language: 'fr', paragraphs: ['Hier, le ministre a parlé du vote du 3 novembre 2020.'] })
    expect(resolveDates(open).map((d) => [d.text, d.resolved])).toEqual([
      ['Hier', null],
      ['3 novembre 2020', '2020-11-03'],
    ])
  })
})

describe('resolveDates on hostile input', () => {
  it('finds the date next to a 100,000-digit number quickly (chrono never sees the number)', () => {
    const a = buildArticle({ format: 'text', language: 'de', paragraphs: [`Am 3. November 2020 stieg die Zahl auf ${'9'.repeat(100_000)} am Dienstag.`], dateline: { text: 'X', place: 'X', date: ANCHOR } })
    const t = performance.now()
    const dates = resolveDates(a)
    expect(performance.now() - t).toBeLessThan(1000)
    expect(dates.map((d) => [d.text, d.resolved])).toEqual([
      ['Am 3. November 2020', '2020-11-03'],
      ['am Dienstag', '2021-11-16'],
    ])
  })
})
