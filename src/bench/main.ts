import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { analyze } from '../core/analysis/analyze'
import { buildArticle } from '../core/article/build'
import { exportBytes, type ExportFormat } from '../core/export/index'
import { exportEngines } from '../main/services/exportPdf'
import { sampleExportInput } from '../core/export/sample'
import { importBytes } from '../core/import/index'
import { openDatabase } from '../main/db/connection'
import { libraryMemoryChild, memoryRow, reanchorRow, searchRows } from './library'

/** One row of `npm run bench`. Lower is better for every row here. */
export interface BenchRow {
  name: string
  value: number
  unit: string
  target: number
  pass: boolean
}

const fixtures = resolve(process.env.WIREMARK_FIXTURES ?? join(process.cwd(), '..', 'shared', 'fixtures'))
const row = (name: string, value: number, unit: string, target: number): BenchRow => ({
  name,
  value: Math.round(value * 100) / 100,
  unit,
  target,
  pass: value <= target,
})
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

/** HTML, DOCX and PDF export of an 800-word story with ~50 annotations (suggestions plus editor records). */
function exportRows(): BenchRow[] {
  const article = storyOf800Words()
  const analysis = analyze(article)
  const without = sampleExportInput(article, analysis, { editorNotes: 0 }).annotations.length
  const input = sampleExportInput(article, analysis, { editorNotes: Math.max(0, 50 - without) })
  const annotations = input.annotations.length
  const time = (format: ExportFormat, runs: number) => {
    exportBytes(format, input, exportEngines)
    const times: number[] = []
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now()
      exportBytes(format, input, exportEngines)
      times.push(performance.now() - t0)
    }
    return median(times)
  }
  return [
    row(`HTML export, 800 words, ${annotations} annotations (median)`, time('html', 20), 'ms', 200),
    row(`DOCX export, 800 words, ${annotations} annotations (median)`, time('docx', 20), 'ms', 200),
    row(`PDF export, 800 words, ${annotations} annotations (median)`, time('pdf', 5), 'ms', 2000),
  ]
}

const ROWS: (() => BenchRow | BenchRow[] | Promise<BenchRow[]>)[] = [
  dbOpen,
  analysis800,
  analysisReuters,
  exportRows,
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

// Prints the rows as JSON lines on stdout; scripts/bench.mjs adds the browser rows and prints the table.
// With --library-memory FILE this process is only the memory probe of memoryRow.
if (process.argv[2] === '--library-memory') await libraryMemoryChild(process.argv[3] as string)
else {
  for (const make of ROWS) {
    try {
      for (const r of [await make()].flat()) process.stdout.write(`${JSON.stringify(r)}\n`)
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ name: make.name, value: NaN, unit: 'error', target: 0, pass: false, error: (e as Error).message })}\n`)
    }
  }
}
