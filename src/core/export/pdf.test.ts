import { describe, expect, it } from 'vitest'
import { analyze } from '../analysis/analyze'
import { buildArticle } from '../article/build'
import type { Article } from '../article/types'
import { textQuote } from '../annotation/review'
import type { Annotation } from '../annotation/types'
import { buildReportModel } from './model'
import { renderPdf } from './pdf'
import type { PdfCanvas } from './pdf/canvas'
import { sampleExportInput } from './sample'

/** What the layout asked the engine to draw: each text call with its place. */
interface Drawn {
  text: string
  actual: string | null
  x: number
  y: number
  size: number
  family: string
}

/**
 * A stand-in engine: every character is half an em wide, every font covers everything but U+0E01-U+0E5B (Thai), or
 * what `covers` says.
 */
function fakeEngine(covers: (cp: number) => boolean = (cp) => cp < 0x0e01 || cp > 0x0e5b) {
  const drawn: Drawn[] = []
  const canvas: PdfCanvas = {
    covers: (_family, cp) => covers(cp),
    width: (text, _font, size) => [...text].length * size * 0.5,
    text: (text, x, y, font, size, _color, actual) => void drawn.push({ text, actual: actual ?? null, x, y, size, family: font.family }),
    rect: () => {},
    line: () => {},
    addPage: () => {},
    end: () => new Uint8Array([1]),
  }
  return { drawn, engine: () => canvas }
}

/** The report model of a story without marks (so that no reference number sits in the lines). */
function modelOf(article: Article) {
  const i = sampleExportInput(article, analyze(article))
  return buildReportModel(article, [], i.analysis, i.meta)
}

/** An editor's note on the first occurrence of `words`. */
function noteOn(article: Article, words: string): Annotation {
  const start = article.text.indexOf(words)
  return {
    id: 'n1', storyId: 's', versionId: 'v', kind: 'note', origin: 'editor', start, end: start + words.length,
    selector: textQuote(article.text, start, start + words.length), status: null, decision: null, speaker: null,
    attribution: null, cue: null, note: 'Check the year.', evidence: [], suggestionId: null, anchor: 'exact',
    author: 'Dana', createdAt: '2024-05-02T10:00:00Z', updatedAt: '2024-05-02T10:00:00Z',
  }
}

/** The story paragraph's pieces (the text at the body size, 10.5 pt, and its reference numbers) on its first line. */
function storyLine(paragraph: string, marked?: string): Drawn[] {
  const article = buildArticle({ format: 'text', headline: 'Test headline', paragraphs: [paragraph] })
  const { drawn, engine } = fakeEngine()
  const i = sampleExportInput(article, analyze(article))
  renderPdf(buildReportModel(article, marked ? [noteOn(article, marked)] : [], i.analysis, i.meta), engine)
  const body = drawn.filter((d) => d.size === 10.5)
  const y = body[0]?.y as number
  return drawn.filter((d) => d.size === 10.5 || (d.size === 6.5 && Math.abs(d.y - 3.6 - y) < 0.01)).filter((d) => d.y === y || d.size === 6.5)
}

describe('PDF layout in reading order', () => {
  it('sets an Arabic line right to left: first word rightmost, the number left to right, the full stop at the far left', () => {
    const line = storyLine('قال الوزير إن 12 شخصا قتلوا.')
    const at = (t: string) => line.find((d) => d.text === t || d.text.includes(t)) as Drawn
    // Arabic runs go to the engine in logical order (it shapes and lays them out right to left).
    for (const w of ['قال', 'الوزير', 'إن', '12', 'شخصا', 'قتلوا']) expect(at(w), w).toBeDefined()
    const xs = ['قال', 'الوزير', 'إن', '12', 'شخصا', 'قتلوا'].map((w) => at(w).x)
    expect([...xs].sort((a, b) => b - a)).toEqual(xs)
    const stop = line.find((d) => d.text === '.' || d.text.endsWith('.') || d.text.startsWith('.')) as Drawn
    expect(stop.x).toBe(Math.min(...line.map((d) => d.x)))
    expect(at('12').family).toBe('sans')
    expect(at('قال').family).toBe('arabic')
    // Flush right: the rightmost piece ends at the story column's right edge, whatever the line's length.
    const right = Math.max(...line.map((d) => d.x + [...d.text].length * 10.5 * 0.5))
    expect(right).toBeCloseTo(48 + (595.28 - 96 - 132 - 12), 5)
  })

  it('draws a bracket in a right-to-left line with its mirror’s glyph, standing for itself', () => {
    const line = storyLine('قال (وكالة) الأنباء')
    const open = line.find((d) => d.actual === '(') as Drawn
    const close = line.find((d) => d.actual === ')') as Drawn
    expect(open.text).toBe(')')
    expect(close.text).toBe('(')
    // The opening bracket comes first in reading order: to the right of the word it opens.
    const word = line.find((d) => d.text === 'وكالة') as Drawn
    expect(open.x).toBeGreaterThan(word.x)
    expect(close.x).toBeLessThan(word.x)
  })

  it('keeps a reference number after a number apart from it: in a right-to-left line it follows, to the left', () => {
    const line = storyLine('נבנה דירות עד 2027 בעיר.', 'עד 2027')
    const year = line.find((d) => d.text === '2027') as Drawn
    const ref = line.find((d) => d.size === 6.5 && d.text === '1') as Drawn
    expect(ref.x).toBeLessThan(year.x)
    expect(line.find((d) => d.text.includes('בעיר'))?.x).toBeLessThan(ref.x)
  })

  it('keeps a Latin line in logical order, left to right, with Hebrew inside laid out as one right-to-left run', () => {
    const line = storyLine('The mayor of ירושלים העיר said 12 flats.')
    const xs = ['The', 'mayor', 'of'].map((w) => (line.find((d) => d.text === w) as Drawn).x)
    expect([...xs].sort((a, b) => a - b)).toEqual(xs)
    const first = line.find((d) => d.text === 'ירושלים') as Drawn
    const second = line.find((d) => d.text === 'העיר') as Drawn
    // The Hebrew phrase reads right to left inside the English sentence: its first word is the right one.
    expect(first.x).toBeGreaterThan(second.x)
    expect(first.x).toBeLessThan((line.find((d) => d.text === 'said') as Drawn).x)
    expect(Math.min(...line.map((d) => d.x))).toBe(48)
  })

  it('lets a line break between Chinese characters, which have no spaces', () => {
    const long = '北京市政府周二宣布将在二零二七年前建设一千二百套新住房'.repeat(12)
    const article = buildArticle({ format: 'text', headline: 'Test headline', paragraphs: [long] })
    const { drawn, engine } = fakeEngine()
    renderPdf(modelOf(article), engine)
    const lines = new Set(drawn.filter((d) => d.size === 10.5).map((d) => d.y))
    expect(lines.size).toBeGreaterThan(3)
    expect(drawn.filter((d) => d.size === 10.5).map((d) => d.text).join('')).toBe(long)
  })

  it('draws control characters as nothing, and counts none of them as replaced (no font has them)', () => {
    const article = buildArticle({ format: 'text', headline: 'Test headline', paragraphs: ['The minister\u0083 said the \u009dplan was ready.'] })
    const { drawn, engine } = fakeEngine((cp) => cp >= 0x20 && (cp < 0x7f || cp > 0x9f))
    renderPdf(modelOf(article), engine)
    const text = drawn.map((d) => d.text).join(' ')
    expect(text).toContain('The minister said the plan was ready.')
    expect(text).not.toMatch(/\p{Cc}/u)
    expect(text).not.toContain('do not cover')
  })
})
