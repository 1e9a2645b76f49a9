import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadPdfShaper, pdfEngine } from '../../main/services/exportPdf'
import { FIXTURES } from '../../test/fixtures'
import { analyze } from '../analysis/analyze'
import { buildArticle } from '../article/build'
import type { Article } from '../article/types'
import { importBytes } from '../import/index'
import { buildReportModel } from './model'
import { renderPdf } from './pdf'
import type { PdfCanvas, PdfCanvasFactory } from './pdf/canvas'
import { sampleExportInput } from './sample'

// The PDF engine's shaper loads asynchronously, once per process (as the app and the CLI await it before an export).
beforeAll(() => loadPdfShaper())

/*
 * Every story in the fixtures, in every script they have letters in (Latin; Greek and Chinese in a few; Cyrillic and
 * Czech from the ADAQ sentences; Arabic from AFP), gives a PDF report with all its characters drawn: the report says
 * nothing was replaced.
 *
 * Every story's report (the story before any marks: every block of its text) is laid out with the coverage of the
 * shipped fonts, which alone decides that a character is replaced (the layout counts each character no shipped font
 * has, and the first page says how many), and a stand-in width: 2,400 reports in about 20 s rather than many minutes.
 * The first story of every fixture folder is exported for real, analysed and marked, through pdfkit with the fonts.
 * WIREMARK_EVERY_PDF=1 exports every story so (about 15 minutes on a busy two-core machine).
 */

/** Folders and files that hold no story: labels, word lists, annotation formats, schemas, pictures, read-mes. */
const NOT_STORIES = /^(?:gold|german-wikinews-quotation-attribution|wikinews-en-2019-2020|adaq-cs-ru-quotes|textacy-direct-quote-cases|sfu-gendergaptracker-rules|bbc-citron-format|w3c-web-annotation|hypothesis-annotation-format|schemaorg-claimreview)\/|\.(?:ann|xsd|dtd|jpg|png|pdf|md)$|(?:^|\/)(?:SOURCE\.txt|LICENSE[^/]*|NOTICE[^/]*)$|^iptc-ninjs\/(?:schema|validation_test_suite)\/|^iptc-newsml-g2\/unit_test_files\/|^mozilla-readability-news-pages\/test-pages\/[^/]+\/expected|^trafilatura-realworld-news\/expectations/

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) walk(p, out)
    else out.push(relative(FIXTURES, p))
  }
  return out
}

/** The scripts the shipped fonts draw, and those of them the fixtures' stories have letters in. */
const SCRIPTS = {
  Latin: /\p{Script=Latin}/u,
  Greek: /\p{Script=Greek}/u,
  Cyrillic: /\p{Script=Cyrillic}/u,
  Arabic: /\p{Script=Arabic}/u,
  Hebrew: /\p{Script=Hebrew}/u,
  Chinese: /\p{Script=Han}/u,
}
const SCRIPTS_FOUND = ['Latin', 'Greek', 'Cyrillic', 'Arabic', 'Chinese']

interface Story {
  /** The fixture file (and the story's number in it) */
  where: string
  article: Article
}

/** The stories of every story file; files the importer refuses (other formats, media items) are counted apart. */
function fixtureStories(): { stories: Story[]; files: number; refused: number } {
  const stories: Story[] = []
  let files = 0
  let refused = 0
  for (const rel of walk(FIXTURES).filter((f) => !NOT_STORIES.test(f))) {
    const raw = new Uint8Array(readFileSync(join(FIXTURES, rel)))
    const bytes = rel.endsWith('.gz') ? new Uint8Array(gunzipSync(raw)) : raw
    try {
      const { articles } = importBytes(bytes, (rel.split('/').pop() as string).replace(/\.gz$/, ''))
      files++
      articles.forEach((article, i) => stories.push({ where: `${rel}${articles.length > 1 ? ` #${i}` : ''}`, article }))
    } catch {
      refused++
    }
  }
  // The Cyrillic and Czech copy of the fixtures: ADAQ's quote sentences, a story of each language's first 60.
  for (const lang of ['ru', 'cs']) {
    const rows = readFileSync(join(FIXTURES, 'adaq-cs-ru-quotes', `${lang}_sentences.tsv`), 'utf8').split('\n').slice(1, 61)
    const sentences = rows.map((r) => (r.split('\t')[0] ?? '').replace(/^"|"$/g, '').replace(/""/g, '"')).filter(Boolean)
    stories.push({ where: `adaq-cs-ru-quotes/${lang}_sentences.tsv`, article: buildArticle({ format: 'text', headline: sentences[0] ?? null, paragraphs: sentences.slice(1) }) })
  }
  return { stories, files, refused }
}

/** An engine that passes everything to `inner` and keeps the text drawn. */
function recording(inner: PdfCanvasFactory): { engine: PdfCanvasFactory; drawn: () => string } {
  let texts: string[] = []
  return {
    engine: (info) => {
      texts = []
      const c = inner(info)
      return { ...c, text: (text, ...rest) => (texts.push(text), c.text(text, ...rest)) }
    },
    drawn: () => texts.join(' ').replace(/\s+/g, ' '),
  }
}

/** The shipped fonts' coverage, with every character half an em wide and nothing drawn. */
const { covers } = pdfEngine({ title: '', author: null, subject: null, created: null, language: null })
const coverageOnly: PdfCanvasFactory = (): PdfCanvas => ({
  covers,
  width: (text, _font, size) => [...text].length * size * 0.5,
  text: () => {},
  rect: () => {},
  line: () => {},
  addPage: () => {},
  end: () => new Uint8Array(0),
})

// An analysis that found nothing: the report of a story before any marks, which draws every block of its text.
const NOTHING_FOUND = analyze(buildArticle({ format: 'text', headline: null, paragraphs: [] }))

/** How many characters the story's report says it replaced (0 when it says nothing); `marked` with its analysis' marks. */
function replaced(story: Story, engine: PdfCanvasFactory, drawn: () => string, marked: boolean): number {
  const input = sampleExportInput(story.article, marked ? analyze(story.article) : NOTHING_FOUND)
  renderPdf(buildReportModel(input.article, input.annotations, input.analysis, input.meta), engine)
  const notice = /(\d+) characters? in this report (?:is|are) in a script the fonts Wiremark ships do not cover/.exec(drawn())
  return notice ? Number(notice[1]) : 0
}

describe('every fixture story as a PDF report', () => {
  const { stories, files, refused } = fixtureStories()

  it('draws every character of every story: 0 replaced', { timeout: 180_000 }, () => {
    // 1,350 story files (see import/everyFixture.test.ts) and a few the walk takes that the importer also reads.
    expect(files).toBeGreaterThanOrEqual(1350)
    expect(refused).toBeLessThan(200)
    expect(stories.length).toBeGreaterThan(2300)
    const found = Object.entries(SCRIPTS).filter(([, re]) => stories.some((s) => re.test(s.article.text))).map(([name]) => name)
    expect(found).toEqual(SCRIPTS_FOUND)
    const { engine, drawn } = recording(coverageOnly)
    const bad = stories.map((s) => [s.where, replaced(s, engine, drawn, false)] as const).filter(([, n]) => n > 0)
    expect(bad).toEqual([])
  })

  const everyOne = process.env.WIREMARK_EVERY_PDF === '1'
  it(`exported through pdfkit with the shipped fonts (${everyOne ? 'every story' : 'the first story of every fixture folder'}), says nothing was replaced`, { timeout: everyOne ? 3_600_000 : 300_000 }, () => {
    const folders = new Set<string>()
    const chosen = everyOne ? stories : stories.filter((s) => {
      const folder = s.where.split('/')[0] as string
      if (folders.has(folder)) return false
      folders.add(folder)
      return true
    })
    expect(chosen.length).toBeGreaterThanOrEqual(everyOne ? stories.length : 13)
    const { engine, drawn } = recording(pdfEngine)
    const bad = chosen.map((s) => [s.where, replaced(s, engine, drawn, true)] as const).filter(([, n]) => n > 0)
    expect(bad).toEqual([])
  })
})
