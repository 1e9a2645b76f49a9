import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { inflateSync } from 'node:zlib'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { analyze } from '../../core/analysis/analyze'
import { buildArticle } from '../../core/article/build'
import type { Article } from '../../core/article/types'
import { exportStory, type ExportInput, type PdfCanvasFactory } from '../../core/export/index'
import { sampleExportInput } from '../../core/export/sample'
import { importBytes } from '../../core/import/index'
import { fixture, readFixture } from '../../test/fixtures'
import { hasPdftotext, pdfText } from '../../test/pdfText'
import { BUILT_FONT_DIR, createPdfEngine, loadPdfShaper, REPORT_FONT_FILES, reportFontPath } from './exportPdf'

// The PDF engine's shaper loads asynchronously, once per process (as the app and the CLI await it before an export).
beforeAll(() => loadPdfShaper())

const require = createRequire(import.meta.url)
const root = join(dirname(require.resolve('../../../package.json')))

/** The exclusion patterns of electron-builder.yml's `files`, as regular expressions over paths in the app. */
function excluded(): RegExp[] {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
  const files = /^files:\n((?:\s+(?:-.*|#.*)\n)+)/m.exec(yml)?.[1] ?? ''
  return [...files.matchAll(/^\s+- '!(.*)'$/gm)].map((m) => {
    const glob = m[1] as string
    let re = ''
    for (let i = 0; i < glob.length; i++) {
      const ch = glob[i] as string
      if (glob.startsWith('**', i)) {
        re += '.*'
        i++
      } else if (ch === '*') re += '[^/]*'
      else if (ch === '{') re += '(?:'
      else if (ch === '}') re += ')'
      else if (ch === ',') re += '|'
      else re += ch.replace(/[.+?^$()|[\]\\]/g, '\\$&')
    }
    return new RegExp(`^${re}$`)
  })
}

describe('the fonts the PDF report ships with', () => {
  it('resolve from node_modules as the app, the CLI and the host resolve them, each with its OFL licence beside it', () => {
    expect(REPORT_FONT_FILES).toHaveLength(7)
    for (const f of REPORT_FONT_FILES) {
      const path = require.resolve(f)
      expect(readFileSync(path).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0])) // TrueType
      const licence = join(dirname(dirname(path)), 'LICENSE_FONT')
      expect(existsSync(licence), licence).toBe(true)
      expect(readFileSync(licence, 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1')
    }
  })

  it('ship once in the packaged app: the build’s copies (out/**) go in, their .ttf files in node_modules stay out, their licences go in', () => {
    const patterns = excluded()
    expect(patterns.length).toBeGreaterThanOrEqual(2)
    const out = (p: string) => patterns.some((re) => re.test(p))
    expect(readFileSync(join(root, 'electron-builder.yml'), 'utf8')).toMatch(/^files:\n(?:\s+#.*\n)*\s+- out\/\*\*$/m)
    for (const f of REPORT_FONT_FILES) {
      expect(out(`node_modules/${f}`), f).toBe(true)
      expect(out(`${BUILT_FONT_DIR}/${basename(f)}`), f).toBe(false)
      expect(out(`node_modules/${f.split('/').slice(0, 2).join('/')}/LICENSE_FONT`), f).toBe(false)
    }
    expect(out('node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')).toBe(true)
    // The shaper's WebAssembly and its loader go in; harfbuzzjs's unused subsetter stays out.
    for (const f of ['harfbuzz.wasm', 'harfbuzz.js', 'index.mjs']) expect(out(`node_modules/harfbuzzjs/dist/${f}`), f).toBe(false)
    expect(out('node_modules/harfbuzzjs/dist/harfbuzz-subset.wasm')).toBe(true)
  })

  it('are read from node_modules where there is no build', () => {
    const empty = mkdtempSync(join(tmpdir(), 'wiremark-nobuild-'))
    for (const f of REPORT_FONT_FILES) expect(reportFontPath(f, empty)).toBe(require.resolve(f))
  })

  // The build writes the desk's copies (electron.vite.config.ts): `npm test` builds before the unit tests.
  const built = existsSync(join(root, BUILT_FONT_DIR))
  it.skipIf(!built)('are read from the build’s copies for the desk where there is a build: the same files, under their own names', () => {
    for (const f of REPORT_FONT_FILES) {
      const path = reportFontPath(f, root)
      expect(path).toBe(join(root, BUILT_FONT_DIR, basename(f)))
      expect(readFileSync(path).equals(readFileSync(require.resolve(f))), f).toBe(true)
    }
    const css = readdirSync(join(root, 'out', 'renderer', 'assets')).filter((n) => n.endsWith('.css'))
    const urls = css.flatMap((n) => [...readFileSync(join(root, 'out', 'renderer', 'assets', n), 'utf8').matchAll(/url\(["']?([^"')]+\.ttf)/g)].map((m) => m[1]))
    expect(new Set(urls.map((u) => basename(u as string)))).toEqual(new Set(REPORT_FONT_FILES.map((f) => basename(f))))
    expect(readdirSync(join(root, 'out', 'renderer', 'assets')).filter((n) => n.endsWith('.ttf'))).toEqual([])
  })
})

/** A text call the layout made, with the width the engine measured for it. */
interface Call {
  text: string
  x: number
  y: number
  size: number
  width: number
}

/** An engine that records the layout's text calls (page by page) and passes everything on to `engine`. */
function recording(engine: PdfCanvasFactory): { pages: Call[][]; engine: PdfCanvasFactory } {
  const pages: Call[][] = [[]]
  return {
    pages,
    engine: (info) => {
      const canvas = engine(info)
      return {
        ...canvas,
        text(text, x, y, font, size, color, actual) {
          pages[pages.length - 1]?.push({ text, x, y, size, width: canvas.width(text, font, size) })
          canvas.text(text, x, y, font, size, color, actual)
        },
        addPage() {
          pages.push([])
          canvas.addPage()
        },
      }
    },
  }
}

/** The words pdftotext -bbox finds on the first page, with their boxes (x from the left, y from the top, in points). */
function firstPageWords(pdf: Uint8Array): { word: string; xMin: number; xMax: number; yMax: number }[] {
  const page = pdfText(pdf, ['-bbox', '-f', '1', '-l', '1'])
  return [...page.matchAll(/<word xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    word: m[4] as string,
    xMin: Number(m[1]),
    xMax: Number(m[2]),
    yMax: Number(m[3]),
  }))
}

/** The baseline (y from the bottom, in points) of each text object (BT … ET) of a PDF's content streams. */
function textObjects(pdf: Uint8Array): number[] {
  const raw = Buffer.from(pdf)
  const ys: number[] = []
  for (let at = raw.indexOf('stream\n'); at >= 0; at = raw.indexOf('stream\n', at + 1)) {
    const end = raw.indexOf('endstream', at)
    let content: string
    try {
      content = inflateSync(raw.subarray(at + 'stream\n'.length, end)).toString('latin1')
    } catch {
      continue // not deflated: no page's content
    }
    for (const m of content.matchAll(/^BT\n1 0 0 1 [\d.]+ ([\d.]+) Tm$/gm)) ys.push(Number(m[1]))
  }
  return ys
}

// Letters of a word, sorted: pdftotext gives an Arabic word's letters in the order they are drawn.
const letters = (w: string) => [...w].filter((ch) => /[\p{L}\p{N}]/u.test(ch)).sort().join('')

/** A story in every shipped font's script, with quotes, brackets, numbers and kerning pairs. */
function mixedScripts(): Article {
  return buildArticle({
    format: 'text',
    headline: 'Mixed scripts: “quotes”, (brackets) and 1,200 numbers',
    paragraphs: [
      'ירושלים (Reuters) - ראש העירייה אמר ביום שני כי העירייה תבנה 1,200 דירות חדשות עד שנת 2027.',
      '«Τα μέτρα θα βοηθήσουν τις οικογένειες», δήλωσε ο υπουργός την Τρίτη.',
      'Министр сказал, что «все страны должны платить» за оборону.',
      '市长说：“这是过去十年来最大的住房计划。”去年房价上涨了8%。',
      'AV Ta To “Wavy” office, fjord; L’Aquila — naïve café.',
    ],
  })
}

/** Every AFP Arabic NewsML 1.2 file in the fixtures. */
function arabicFixtureFiles(): string[] {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(join(dir, entry.name))
      else if (entry.name.endsWith('.xml')) files.push(join(dir, entry.name))
    }
  }
  walk(fixture('afp-newsml12-arabic'))
  return files
}

describe('the PDF engine', () => {
  const arabic = buildArticle({
    format: 'text',
    headline: 'Test headline',
    paragraphs: ['قال الوزير لوكالة Reuters إن 12 شخصا قتلوا في مدينة (حلب) يوم الاثنين وإن الحكومة سترسل فرق الإنقاذ إلى المدينة خلال ساعات'],
  })
  const plain = (article: Article): ExportInput => ({ ...sampleExportInput(article, analyze(article)), annotations: [] })

  it.skipIf(!hasPdftotext)('draws the pieces of a line side by side in one text call, each word where the layout put it (pdftotext -bbox)', () => {
    const rec = recording(createPdfEngine())
    const pdf = exportStory('pdf', plain(arabic), { pdf: rec.engine }) as Uint8Array
    const calls = rec.pages[0] as Call[]
    const body = calls.filter((c) => c.size === 10.5 && /^[\p{L}\p{N}]+$/u.test(c.text))
    // The story's line: its Arabic words one call each (right to left), the Latin name and the number.
    expect(body.map((c) => c.text)).toEqual(expect.arrayContaining(['قال', 'الوزير', 'Reuters', '12', 'حلب', 'ساعات']))
    expect(body.length).toBeGreaterThanOrEqual(20)
    const words = firstPageWords(pdf)
    const top = 841.89
    // A word beside a bracket reads back as one word with it (the bracket is checked below).
    const besideBracket = (c: Call) => calls.some((o) => o.y === c.y && /^[()]$/.test(o.text) && (Math.abs(o.x + o.width - c.x) < 0.05 || Math.abs(c.x + c.width - o.x) < 0.05))
    expect(body.filter(besideBracket).map((c) => c.text)).toEqual(['حلب'])
    for (const c of body.filter((b) => !besideBracket(b))) {
      // pdftotext cuts an Arabic word where a dot is placed as a mark of its own: the pieces it finds inside the call's
      // box hold the word's letters and span the box exactly.
      // On the call's line: a word's box ends below its baseline, by less than an em.
      const inside = words.filter((w) => w.yMax > top - c.y && w.yMax < top - c.y + c.size && w.xMin > c.x - 0.05 && w.xMax < c.x + c.width + 0.05)
      expect(letters(inside.map((w) => w.word).join('')), c.text).toBe(letters(c.text))
      expect(Math.min(...inside.map((w) => w.xMin)), c.text).toBeCloseTo(c.x, 2)
      expect(Math.max(...inside.map((w) => w.xMax)), c.text).toBeCloseTo(c.x + c.width, 2)
    }
    // The bracket drawn mirrored reads back as itself, around the word it encloses.
    expect(pdfText(pdf)).toContain('(حلب)')
    // A line's pieces side by side in one font and colour are one text object: the second line (Arabic words only) is
    // one, where there were seven; the first is cut where the font changes (the number, the Latin name).
    const objects = textObjects(pdf)
    const lines = [...new Set(body.map((c) => c.y))].sort((a, b) => b - a)
    expect(lines).toHaveLength(2)
    const at = (y: number) => objects.filter((o) => Math.abs(o - y) < 0.01).length
    expect(body.filter((c) => c.y === lines[1])).toHaveLength(7)
    expect(at(lines[1] as number)).toBe(1)
    expect(at(lines[0] as number)).toBeLessThan(calls.filter((c) => c.y === lines[0]).length / 2)
    expect(objects.length).toBeLessThan(calls.length)
  })

  it('gives the same bytes from a new engine, from one that drew other reports before, and from one that keeps almost no runs', () => {
    const reuters = importBytes(readFixture('wire/reuters-putin-lukashenko-aggregator.txt'), 'reuters.txt').articles[0] as Article
    const story = sampleExportInput(arabic, analyze(arabic))
    const fresh = exportStory('pdf', story, { pdf: createPdfEngine() }) as Uint8Array
    const used = createPdfEngine()
    exportStory('pdf', sampleExportInput(reuters, analyze(reuters)), { pdf: used })
    exportStory('pdf', story, { pdf: used })
    const again = exportStory('pdf', story, { pdf: used }) as Uint8Array
    const forgetful = exportStory('pdf', story, { pdf: createPdfEngine({ maxRuns: 3 }) }) as Uint8Array
    expect(fresh.length).toBeGreaterThan(10_000)
    expect(Buffer.from(again).equals(Buffer.from(fresh))).toBe(true)
    expect(Buffer.from(forgetful).equals(Buffer.from(fresh))).toBe(true)
  })

  it('shapes the words of a report together and gets the glyphs and places of each word shaped alone (the same bytes)', () => {
    const { articles } = importBytes(readFixture('afp-newsml12-arabic/afp/ARA_Media_SansSport/afp.com-20231126T213636Z-TX-PAR-EXO77.xml'), 'afp.xml')
    const mixed = mixedScripts()
    // Without prepare() the layout measures each run alone, and the engine shapes each word in a call of its own.
    const alone: PdfCanvasFactory = (info) => {
      const canvas = createPdfEngine()(info)
      return { ...canvas, prepare: undefined }
    }
    for (const article of [articles[0] as Article, mixed]) {
      const story = sampleExportInput(article, analyze(article))
      const together = exportStory('pdf', story, { pdf: createPdfEngine() }) as Uint8Array
      expect(Buffer.from(together).equals(Buffer.from(exportStory('pdf', story, { pdf: alone }) as Uint8Array)), article.headline ?? '').toBe(true)
    }
  })

  it('draws a story the same after the process has drawn every AFP Arabic item (the glyphs made for the text layer never reach shaping)', () => {
    // fontkit shaped the text before HarfBuzz did: the glyph variants made for the text layer (see withExactText) reached
    // its later lookups and metrics, so what a story looked like depended on the stories drawn before it in the process
    // ("على" and "إلى" lost their lam once other items had been drawn).
    const story = (): ExportInput => plain(buildArticle({ format: 'text', headline: 'على', paragraphs: ['قال إن الوفد وصل إلى المدينة على متن طائرة، وإن الحكومة أعلنت أخرى حوالي الساعة الدولتين.'] }))
    const first = exportStory('pdf', story(), { pdf: createPdfEngine() }) as Uint8Array
    const engine = createPdfEngine()
    const files = arabicFixtureFiles()
    expect(files.length).toBeGreaterThan(90)
    for (const path of files) for (const article of importBytes(readFileSync(path), basename(path)).articles) exportStory('pdf', sampleExportInput(article, analyze(article)), { pdf: engine })
    const after = exportStory('pdf', story(), { pdf: createPdfEngine() }) as Uint8Array
    expect(Buffer.from(after).equals(Buffer.from(first))).toBe(true)
  })
})

describe('the PDF engine’s shaper', () => {
  it('is loaded before a PDF is drawn: without it the export says so, and the warm-up at start loads it and opens the fonts', async () => {
    vi.resetModules()
    const fresh = await import('./exportPdf')
    const story = { ...sampleExportInput(mixedScripts(), analyze(mixedScripts())), annotations: [] }
    expect(() => exportStory('pdf', story, { pdf: fresh.createPdfEngine() })).toThrow('PDF export: the text shaper is not loaded yet (await loadPdfShaper() before drawing a PDF)')
    await fresh.warmPdfEngine()
    const pdf = exportStory('pdf', story, { pdf: fresh.createPdfEngine() }) as Uint8Array
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
    expect(pdf.length).toBeGreaterThan(10_000)
  })
})
