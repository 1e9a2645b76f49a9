import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { analyze } from '../analysis/analyze'
import { buildArticle } from '../article/build'
import type { Article } from '../article/types'
import { importBytes } from '../import/index'
import { exportEngines, loadPdfShaper } from '../../main/services/exportPdf'
import { exportStory } from './index'
import { escapeMarkdown } from './markdown'
import { buildReportModel, STORY_SUMMARY_LABEL } from './model'
import { sampleExportInput } from './sample'
import type { ExportInput } from './types'

// The PDF engine's shaper loads asynchronously, once per process (as the app and the CLI await it before an export).
beforeAll(() => loadPdfShaper())

/** A real dpa digitalwires item: a teaser (the summary) and crossheads between its paragraphs. */
function digitalwires(): Article {
  const { articles } = importBytes(readFixture('dpa-digitalwires/digitalwires-json/dw-1.json'), 'dw-1.json')
  expect(articles).toHaveLength(1)
  return articles[0] as Article
}

const input = (article: Article): ExportInput => sampleExportInput(article, analyze(article))
const has = (cmd: string) => spawnSync(cmd, ['-v'], { encoding: 'utf8' }).error === undefined
const unxml = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')

describe('the story summary and crossheads in the reports', () => {
  const article = digitalwires()
  const summary = article.summary as string
  const headings = article.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)

  it('takes a real item with a summary and crossheads (the premise of the tests below)', () => {
    expect(summary.length).toBeGreaterThan(40)
    expect(headings.length).toBeGreaterThanOrEqual(2)
    expect(article.text).not.toContain(summary)
  })

  it('models the summary apart from the story blocks, and the crossheads as heading blocks', () => {
    const m = buildReportModel(article, [], analyze(article), input(article).meta)
    expect(m.storySummary).toEqual({ text: summary, dir: 'ltr' })
    expect(m.blocks.filter((b) => b.kind === 'heading').map((b) => article.text.slice(b.start, b.end))).toEqual(headings)
    // No block holds the summary: nothing marks or checks it.
    expect(m.blocks.some((b) => article.text.slice(b.start, b.end) === summary)).toBe(false)
    const none = buildArticle({ format: 'text', headline: 'H', paragraphs: ['P.'] })
    expect(buildReportModel(none, [], analyze(none), input(none).meta).storySummary).toBeNull()
  })

  it('HTML: the summary above the story with its label, each crosshead an h3', () => {
    const html = exportStory('html', input(article)) as string
    const story = html.slice(html.indexOf('<h2>Story</h2>'))
    const at = story.indexOf('class="story-summary"')
    expect(at).toBeGreaterThan(0)
    expect(at).toBeLessThan(story.indexOf('class="b-headline"'))
    expect(story).toContain(STORY_SUMMARY_LABEL)
    expect(unxml(story)).toContain(summary)
    for (const h of headings) expect(unxml(story)).toContain(`<h3 class="b-heading" dir="auto">${h}</h3>`)
  })

  it('Markdown: the summary as a quote above the story, each crosshead a ### heading', () => {
    const md = exportStory('md', input(article)) as string
    const story = md.slice(md.indexOf('## Story'))
    expect(story.split('\n')[2]).toMatch(/^> \*Summary/)
    for (const h of headings) expect(story).toContain(`\n### ${escapeMarkdown(h)}\n`)
  })

  it('Word: the summary in its own style above the story, each crosshead a Heading2 paragraph', () => {
    const files = unzipSync(exportStory('docx', input(article)) as Uint8Array)
    const doc = unxml(strFromU8(files['word/document.xml'] as Uint8Array))
    const styles = strFromU8(files['word/styles.xml'] as Uint8Array)
    expect(styles).toContain('w:styleId="Summary"')
    const summaryAt = doc.indexOf('<w:pStyle w:val="Summary"/>')
    expect(summaryAt).toBeGreaterThan(0)
    expect(summaryAt).toBeLessThan(doc.indexOf('<w:pStyle w:val="Title"/>'))
    expect(doc.slice(summaryAt, doc.indexOf('</w:p>', summaryAt))).toContain(summary)
    const headingParas = [...doc.matchAll(/<w:p><w:pPr><w:pStyle w:val="Heading2"\/>[\s\S]*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    )
    for (const h of headings) expect(headingParas).toContain(h)
  })

  it.skipIf(!has('pdftotext'))('PDF: the summary and the crossheads read back, the summary before the headline block (pdftotext)', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'wiremark-parts-')), 'dw.pdf')
    writeFileSync(file, exportStory('pdf', input(article), exportEngines) as Uint8Array)
    const text = execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ')
    const story = text.slice(text.indexOf('Story '))
    expect(story).toContain('Summary (the agency’s teaser')
    expect(story.indexOf(summary.slice(0, 40))).toBeGreaterThan(0)
    expect(story.indexOf(summary.slice(0, 40))).toBeLessThan(story.indexOf(article.headline as string))
    for (const h of headings) expect(story).toContain(h)
  })
})
