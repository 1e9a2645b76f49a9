import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fixture, readFixtureText } from '../../test/fixtures'
import { parseText, splitCaption } from './text'

interface Gold {
  article: {
    headline: string
    source: string
    section: string
    dateline: null
    body_starts_with: string
    body_ends_with: string
    paragraphs: number
  }
  clutter_lines: string[]
  captions: { text: string; credit: string }[]
  credits: { reporting: string[]; writing: string[]; editing: string[] }
}

describe('parseText on the aggregator paste (seed story)', () => {
  const file = 'wire/reuters-putin-lukashenko-aggregator.txt'
  const gold = JSON.parse(readFileSync(fixture('gold/reuters-putin-lukashenko-aggregator.gold.json'), 'utf8')) as Gold
  const { articles, warnings } = parseText(readFixtureText(file), file)
  const a = articles[0]!

  it('gives one article without warnings', () => {
    expect(articles).toHaveLength(1)
    expect(warnings).toEqual([])
  })
  it('matches the gold metadata', () => {
    expect(a.format).toBe('text')
    expect(a.headline).toBe(gold.article.headline)
    expect(a.source).toBe(gold.article.source)
    expect(a.section).toBe(gold.article.section)
    expect(a.dateline).toBe(gold.article.dateline)
  })
  it('keeps exactly the body paragraphs', () => {
    expect(a.paragraphs).toHaveLength(gold.article.paragraphs)
    expect(a.paragraphs[0]!.startsWith(gold.article.body_starts_with)).toBe(true)
    expect(a.paragraphs.at(-1)!.endsWith(gold.article.body_ends_with)).toBe(true)
  })
  it('removes exactly the clutter lines', () => {
    expect(a.clutter).toEqual(gold.clutter_lines)
    for (const line of gold.clutter_lines) expect(a.text).not.toContain(line)
  })
  it('splits the caption credit off the caption text', () => {
    expect(a.captions).toHaveLength(1)
    expect(a.captions[0]!.text).toBe(gold.captions[0]!.text)
    expect(a.captions[0]!.credit).toBe(gold.captions[0]!.credit)
    const block = a.text.slice(a.captions[0]!.start, a.captions[0]!.end)
    expect(block.endsWith(gold.captions[0]!.credit)).toBe(true)
  })
  it('moves the credit line out of the body', () => {
    expect(a.creditLines).toHaveLength(1)
    const line = a.creditLines[0]!
    expect(line.startsWith('(Reporting by')).toBe(true)
    for (const names of Object.values(gold.credits)) for (const n of names) expect(line).toContain(n)
    expect(a.paragraphs.some((p) => p.includes('Reporting by'))).toBe(false)
  })
  it('keeps block offsets exact', () => {
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text)
    expect(a.blocks[0]).toMatchObject({ kind: 'headline', start: 0 })
  })
})

describe('parseText on other shapes', () => {
  it('takes the first short line of a "<title>\\n\\n<text>" file as headline', () => {
    const text =
      'Storm closes schools across the region\n\nHeavy snow closed more than 200 schools on Monday, officials said, as the storm moved east.\n\nThe weather service expects more snow overnight.\n'
    const a = parseText(text, 't.txt').articles[0]!
    expect(a.headline).toBe('Storm closes schools across the region')
    expect(a.paragraphs).toEqual([
      'Heavy snow closed more than 200 schools on Monday, officials said, as the storm moved east.',
      'The weather service expects more snow overnight.',
    ])
    expect(a.clutter).toEqual([])
  })
  it('joins hard-wrapped lines and reads an inline dateline and byline', () => {
    const text = [
      'Officials warn of heat wave',
      '',
      'By JANE DOE',
      '',
      'PHOENIX, July 3 (Reuters) - Temperatures in the city are expected to',
      'reach record levels this weekend, forecasters said on Wednesday, and',
      'officials urged residents to stay indoors.',
      '',
      '"It will be dangerous," the mayor said at a briefing in the city hall.',
      '',
      '(Reporting by Jane Doe; Editing by John Roe)',
    ].join('\n')
    const a = parseText(text, 'w.txt').articles[0]!
    expect(a.headline).toBe('Officials warn of heat wave')
    expect(a.bylines).toEqual(['By JANE DOE'])
    expect(a.dateline).toEqual({ text: 'PHOENIX, July 3 (Reuters) -', place: 'PHOENIX', date: null })
    expect(a.source).toBe('Reuters')
    expect(a.paragraphs[0]).toBe(
      'PHOENIX, July 3 (Reuters) - Temperatures in the city are expected to reach record levels this weekend, forecasters said on Wednesday, and officials urged residents to stay indoors.',
    )
    expect(a.paragraphs).toHaveLength(2)
    expect(a.creditLines).toEqual(['(Reporting by Jane Doe; Editing by John Roe)'])
  })
  it('peels promotional lines off the end of a story without a credit line', () => {
    const text =
      'Council approves new budget\n\nThe city council approved a new budget on Tuesday after months of debate over spending on roads.\n\nThe mayor is expected to sign it this week.\n\nSubscribe to our newsletter\nFollow us on social media\nMore from Local News\n'
    const a = parseText(text, 'n.txt').articles[0]!
    expect(a.paragraphs).toHaveLength(2)
    expect(a.clutter).toEqual(['Subscribe to our newsletter', 'Follow us on social media', 'More from Local News'])
  })
})

describe('splitCaption', () => {
  it('splits agency credit patterns', () => {
    expect(splitCaption('A man walks past a mural in Kyiv, Ukraine, May 2, 2022. REUTERS/Jane Roe')).toEqual({
      text: 'A man walks past a mural in Kyiv, Ukraine, May 2, 2022.',
      credit: 'REUTERS/Jane Roe',
    })
    expect(splitCaption('Fans cheer before the game in Atlanta. (AP Photo/John Bazemore)')).toEqual({
      text: 'Fans cheer before the game in Atlanta.',
      credit: 'AP Photo/John Bazemore',
    })
    expect(splitCaption('Protesters gather in Paris on Monday. Jane Roe/AFP via Getty Images')?.credit).toBe(
      'Jane Roe/AFP via Getty Images',
    )
    expect(splitCaption('Ein Zug steht am Bahnhof. Foto: Max Muster/dpa')?.credit).toBe('Foto: Max Muster/dpa')
  })
  it('leaves ordinary paragraphs alone', () => {
    expect(splitCaption('The minister said the plan would be ready next week.')).toBeNull()
    expect(splitCaption('He left the party in 2019. Then he founded his own group')).toBeNull()
  })
})
