import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { analyze } from '../core/analysis/analyze'
import { buildArticle } from '../core/article/build'
import { exportBytes, type ExportFormat } from '../core/export/index'
import { createPdfEngine, exportEngines, warmPdfEngine } from '../main/services/exportPdf'
import { sampleExportInput } from '../core/export/sample'
import { importBytes } from '../core/import/index'
import { openDatabase } from '../main/db/connection'
import { libraryMemoryChild, memoryRow, reanchorRow, searchRows } from './library'

/** One row of `npm run bench`. Lower is better for every row here; a row for reference has no target (null). */
export interface BenchRow {
  name: string
  value: number
  unit: string
  target: number | null
  pass: boolean | null
}

const fixtures = resolve(process.env.WIREMARK_FIXTURES ?? join(process.cwd(), '..', 'shared', 'fixtures'))
const row = (name: string, value: number, unit: string, target: number): BenchRow => ({
  name,
  value: Math.round(value * 100) / 100,
  unit,
  target,
  pass: value <= target,
})
/** A figure shown for reference, with no target. */
const reference = (name: string, value: number, unit: string): BenchRow => ({ name, value: Math.round(value * 100) / 100, unit, target: null, pass: null })
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN

function dbOpen(): BenchRow {
  const times: number[] = []
  for (let i = 0; i < 5; i++) {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-bench-'))
    const t0 = performance.now()
    const db = openDatabase(join(dir, 'library.sqlite'))
    times.push(performance.now() - t0)
    db.close()
    rmSync(dir, { recursive: true, force: true })
  }
  return row('database open + migrate (fresh file, median)', median(times), 'ms', 200)
}

/** An ~800-word story made of real wire paragraphs (the Reuters-21578 bodies), so the analysis sees real text. */
function storyOf800Words(): ReturnType<typeof buildArticle> {
  const { articles } = importBytes(new Uint8Array(readFileSync(join(fixtures, 'reuters-21578', 'reut2-000.sgm'))), 'reut2-000.sgm')
  const paragraphs: string[] = []
  let words = 0
  for (const a of articles) {
    for (const p of a.paragraphs) {
      if (words >= 800) break
      paragraphs.push(p)
      words += p.split(/\s+/).length
    }
  }
  return buildArticle({ format: 'text', headline: 'Bench story', paragraphs })
}

function analysis800(): BenchRow {
  const article = storyOf800Words()
  for (let i = 0; i < 20; i++) analyze(article)
  const times: number[] = []
  for (let i = 0; i < 100; i++) {
    const t0 = performance.now()
    analyze(article)
    times.push(performance.now() - t0)
  }
  return row('analysis of an 800-word story (median)', median(times), 'ms', 10)
}

function analysisReuters(): BenchRow {
  const bytes = new Uint8Array(readFileSync(join(fixtures, 'reuters-21578', 'reut2-000.sgm')))
  const t0 = performance.now()
  const { articles } = importBytes(bytes, 'reut2-000.sgm')
  for (const a of articles) analyze(a)
  return row(`import + analysis of the ${articles.length} Reuters-21578 stories`, (performance.now() - t0) / 1000, 's', 5)
}

/**
 * HTML, DOCX and PDF export of an 800-word story with ~50 annotations (suggestions plus editor records): the median
 * of repeated exports after a first one, and that first PDF export of the process on its own (the shipped fonts
 * read and their tables decoded, pdfkit and fontkit's code not yet optimised by V8), for reference.
 *
 * Each timed PDF export has an engine of its own, which has shaped no word yet: the app's engine keeps the words it
 * shaped for the next report, so a second export of the same story in it is the case of a report exported again,
 * shown for reference.
 */
function exportRows(): BenchRow[] {
  const article = storyOf800Words()
  const analysis = analyze(article)
  const without = sampleExportInput(article, analysis, { editorNotes: 0 }).annotations.length
  const input = sampleExportInput(article, analysis, { editorNotes: Math.max(0, 50 - without) })
  const annotations = input.annotations.length
  const html = timeExports('html', input, 20)
  const docx = timeExports('docx', input, 20)
  const pdf = timeExports('pdf', input, 7, freshEngine)
  const again = timeExports('pdf', input, 7)
  return [
    row(`HTML export, 800 words, ${annotations} annotations (median wall-clock)`, html.wall, 'ms', 200),
    row(`DOCX export, 800 words, ${annotations} annotations (median wall-clock)`, docx.wall, 'ms', 200),
    row(`PDF export, 800 words, ${annotations} annotations (median wall-clock)`, pdf.wall, 'ms', 300),
    reference('PDF export, 800 words: CPU time (median)', pdf.cpu, 'ms'),
    reference('PDF export, 800 words: the first in the process, after the warm-up at start (wall-clock)', pdf.first, 'ms'),
    reference('PDF export, 800 words, again with its words shaped: CPU time (median)', again.cpu, 'ms'),
  ]
}

/** The engines of an export whose PDF engine has shaped no word yet (the fonts stay parsed: they are per process). */
const freshEngine = () => ({ pdf: createPdfEngine() })

/**
 * Exports `input` once, then `runs` times, each with `engines()` (made before the clock starts): the first export's
 * time, and the median wall-clock and CPU time (user and system, of this one-threaded process) of the others, in ms.
 * On a shared machine the CPU time shows the work done when other processes stretch the wall-clock time.
 */
function timeExports(
  format: ExportFormat,
  input: ReturnType<typeof sampleExportInput>,
  runs: number,
  engines: () => typeof exportEngines = () => exportEngines,
): { first: number; wall: number; cpu: number } {
  const t = performance.now()
  exportBytes(format, input, engines())
  const first = performance.now() - t
  const wall: number[] = []
  const cpu: number[] = []
  for (let i = 0; i < runs; i++) {
    const e = engines()
    const c0 = process.cpuUsage()
    const t0 = performance.now()
    exportBytes(format, input, e)
    wall.push(performance.now() - t0)
    const c = process.cpuUsage(c0)
    cpu.push((c.user + c.system) / 1000)
  }
  return { first, wall: median(wall), cpu: median(cpu) }
}

/**
 * A 20,000-word Arabic story: the paragraphs of the 96 AFP Arabic NewsML 1.2 items in file order, repeated from the
 * start until the story has 20,000 words, under the first item's headline.
 */
function arabicStoryOf20000Words(): ReturnType<typeof buildArticle> {
  const files: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const p = join(dir, name)
      if (statSync(p).isDirectory()) walk(p)
      else if (name.endsWith('.xml')) files.push(p)
    }
  }
  walk(join(fixtures, 'afp-newsml12-arabic'))
  const all: string[] = []
  let headline: string | null = null
  for (const file of files) {
    for (const a of importBytes(new Uint8Array(readFileSync(file)), file).articles) {
      headline ??= a.headline
      all.push(...a.paragraphs.filter((p) => p.trim()))
    }
  }
  if (all.length === 0) throw new Error('no paragraphs in the AFP Arabic fixtures')
  const paragraphs: string[] = []
  let words = 0
  for (let i = 0; words < 20_000; i++) {
    const p = all[i % all.length] as string
    paragraphs.push(p)
    words += p.split(/\s+/).filter(Boolean).length
  }
  return buildArticle({ format: 'text', headline, paragraphs })
}

/**
 * PDF export of the 20,000-word Arabic story with its suggestions: median of 3 after a first export, which is shown
 * too, each with an engine that has shaped no word yet (see exportRows); and again with its words shaped.
 */
function exportArabicRows(): BenchRow[] {
  const article = arabicStoryOf20000Words()
  const input = sampleExportInput(article, analyze(article))
  const t = timeExports('pdf', input, 3, freshEngine)
  const again = timeExports('pdf', input, 3)
  return [
    row(`PDF export, 20,000-word Arabic story, ${input.annotations.length} annotations (median wall-clock)`, t.wall / 1000, 's', 2),
    reference('PDF export, 20,000-word Arabic story: CPU time (median)', t.cpu / 1000, 's'),
    reference('PDF export, 20,000-word Arabic story: the first (wall-clock)', t.first / 1000, 's'),
    reference('PDF export, 20,000-word Arabic story, again with its words shaped: CPU time (median)', again.cpu / 1000, 's'),
  ]
}

const ROWS: (() => BenchRow | BenchRow[] | Promise<BenchRow[]>)[] = [
  dbOpen,
  analysis800,
  analysisReuters,
  exportRows,
  exportArabicRows,
  function reanchoring() {
    return reanchorRow(fixtures)
  },
  function librarySearch() {
    return searchRows(fixtures)
  },
  function libraryMemory() {
    return memoryRow(fixtures, process.argv[1] as string)
  },
]

// The rows scripts/bench.mjs's `--only=export` asks for (by these names: a bundler may rename functions).
const EXPORT_ROWS = new Set<(typeof ROWS)[number]>([exportRows, exportArabicRows])

// Prints the rows as JSON lines on stdout; scripts/bench.mjs adds the browser rows and prints the table.
// With --library-memory FILE this process is only the memory probe of memoryRow.
if (process.argv[2] === '--library-memory') await libraryMemoryChild(process.argv[3] as string)
else {
  // --export runs only the export rows (`npm run bench -- --only=export`).
  const exportOnly = process.argv.includes('--export')
  // As the app does at start: the PDF engine's shaper loaded and its fonts opened before the first export.
  await warmPdfEngine()
  for (const make of ROWS.filter((f) => !exportOnly || EXPORT_ROWS.has(f))) {
    try {
      for (const r of [await make()].flat()) process.stdout.write(`${JSON.stringify(r)}\n`)
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ name: make.name, value: NaN, unit: 'error', target: 0, pass: false, error: (e as Error).message })}\n`)
    }
  }
}
