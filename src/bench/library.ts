import { spawnSync } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { reanchorAll } from '../core/anchor/reanchor'
import { editWords, seeded, spreadAnnotations } from '../core/anchor/testing'
import { importBytes } from '../core/import/index'
import { openDatabase } from '../main/db/connection'
import { createServices, type Services } from '../main/services/index'
import { normalise } from '../main/services/people'

/** The shape of a bench row (kept in step with main.ts's BenchRow). */
interface Row {
  name: string
  value: number
  unit: string
  target: number
  pass: boolean
}

const STORIES = 100_000
const row = (name: string, value: number, unit: string, target: number): Row => ({
  name,
  value: Math.round(value * 100) / 100,
  unit,
  target,
  pass: value <= target,
})
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))] ?? NaN

function reutersParagraphs(fixtures: string): string[] {
  const out: string[] = []
  const dir = join(fixtures, 'reuters-21578')
  for (const name of readdirSync(dir).filter((f) => /^reut2-\d+\.sgm$/.test(f))) {
    const file = join(dir, name)
    const { articles } = importBytes(new Uint8Array(readFileSync(file)), file)
    for (const a of articles) out.push(...a.paragraphs.filter((p) => p.length > 40))
  }
  return out
}

let built: { dir: string; file: string } | null = null

/**
 * A 100,000-story library in a temp file, from the Reuters-21578 paragraphs mixed per story, with varied ids,
 * sources, states and quotes; written in one transaction straight into the tables (import's own speed has its
 * own row). Built once for all the rows below.
 */
function library(fixtures: string): { dir: string; file: string } {
  if (built) return built
  // WIREMARK_BENCH_LIBRARY=FILE keeps the generated library there and reuses it on the next run.
  const keep = process.env.WIREMARK_BENCH_LIBRARY
  if (keep && existsSync(keep)) return (built = { dir: dirname(keep), file: keep })
  const dir = keep ? dirname(keep) : mkdtempSync(join(tmpdir(), 'wiremark-bench-100k-'))
  const file = keep ?? join(dir, 'library.sqlite')
  if (!keep) process.on('exit', () => rmSync(dir, { recursive: true, force: true }))
  const paragraphs = reutersParagraphs(fixtures)
  const random = seeded(100_000)
  const db = openDatabase(file)
  const sources = ['Reuters', 'AP', 'AFP', 'dpa', 'ANSA', 'PA', 'Kyodo', 'EFE']
  const states = ['new', 'new', 'new', 'in_review', 'checked']
  const speakers = ['Jerome Powell', 'Christine Lagarde', 'Anton Petrov', 'Olaf Scholz', 'Janet Yellen', 'Kazuo Ueda', 'Rishi Sunak']
  const story = db.prepare(
    `INSERT INTO story (id, agency_id, text_hash, headline, source, dateline, format, state, open_findings, imported_at, updated_at, latest_version_id)
     VALUES (?, ?, ?, ?, ?, ?, 'text', ?, ?, ?, ?, ?)`,
  )
  const version = db.prepare(
    `INSERT INTO story_version (id, story_id, number, content_hash, article, text, imported_at) VALUES (?, ?, 1, ?, '{}', ?, ?)`,
  )
  const fts = db.prepare(`INSERT INTO story_fts (headline, body, story_id) VALUES (?, ?, ?)`)
  const quote = db.prepare(
    `INSERT INTO quote (story_id, version_id, start, "end", text, norm, head, tail, speaker, speaker_key, attribution)
     VALUES (?, ?, 0, ?, ?, ?, ?, ?, ?, ?, 'explicit')`,
  )
  const indexed = db.prepare(`INSERT INTO quote_indexed (story_id, version_id) VALUES (?, ?)`)
  const start = Date.parse('2020-01-01T00:00:00Z')
  db.transaction(() => {
    for (let i = 0; i < STORIES; i++) {
      const id = randomUUID()
      const vid = randomUUID()
      const pick = () => paragraphs[Math.floor(random() * paragraphs.length)] as string
      const body = Array.from({ length: 3 + Math.floor(random() * 4) }, pick).join('\n\n')
      const headline = (pick().split(/[.,;]/)[0] ?? '').slice(0, 90)
      const text = `${headline}\n\n${body}`
      const at = new Date(start + i * 60_000).toISOString()
      story.run(id, `bench:${i}`, `h${i}`, headline, sources[i % sources.length], `CITY ${i % 500}`, states[i % states.length], i % 7, at, at, vid)
      version.run(vid, id, `c${i}`, text, at)
      fts.run(headline, body, id)
      const q = pick().slice(0, 120)
      const speaker = speakers[i % speakers.length] as string
      const norm = normalise(q)
      const words = norm.split(' ')
      quote.run(id, vid, q.length, q, norm, words.slice(0, 4).join(' '), words.slice(-4).join(' '), speaker, normalise(speaker))
      indexed.run(id, vid)
    }
  })()
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.exec(`INSERT INTO story_fts (story_fts) VALUES ('optimize')`)
  db.close()
  built = { dir, file }
  return built
}

function open(file: string): Services {
  return createServices({ dbPath: file, dataDir: join(file, '..'), mode: 'browser', version: 'bench' })
}

async function timeSearches(s: Services, queries: string[], rounds: number): Promise<number[]> {
  const times: number[] = []
  for (let r = 0; r < rounds; r++) {
    for (const query of queries) {
      const t0 = performance.now()
      const out = await s.handlers['library:search']({ query, limit: 50 })
      times.push(performance.now() - t0)
      if (process.env.WIREMARK_BENCH_VERBOSE) process.stderr.write(`${query}: ${(performance.now() - t0).toFixed(1)} ms\n`)
      if (r === 0 && out.hits.length === 0) throw new Error(`bench: no hits for '${query}'`)
    }
  }
  return times
}

/** FTS search p95 over 100,000 stories: ordinary terms, and a term in most stories. */
export async function searchRows(fixtures: string): Promise<Row[]> {
  const { file } = library(fixtures)
  const s = open(file)
  try {
    const ordinary = ['wheat', 'dollar', 'profit', 'opec', 'tonnes', '"interest rates"', 'coffee', 'sugar*', 'crude oil', 'dividend']
    const filtered = ['speaker:Lagarde inflation', 'source:AFP oil', 'speaker:Petrov', 'source:dpa state:checked']
    await timeSearches(s, ordinary, 1)
    const ordinaryTimes = await timeSearches(s, ordinary, 5)
    const filteredTimes = await timeSearches(s, filtered, 5)
    const count = (term: string) =>
      (s.db.prepare(`SELECT count(*) AS n FROM story_fts WHERE story_fts MATCH ?`).get(term) as { n: number }).n
    const common = ['said', 'the']
    const share = Math.min(...common.map(count)) / STORIES
    const commonTimes = await timeSearches(s, common, 10)
    const pages: number[] = []
    const configs = (['headline', 'source', 'dateline', 'importedAt', 'updatedAt', 'state', 'openFindings'] as const).flatMap((sort) =>
      [{}, { hasFindings: true }, { source: 'AFP' }].map((filter) => ({ sort, dir: 'desc' as const, limit: 200, ...filter })),
    )
    // One warm-up round, then three measured ones.
    for (let round = 0; round < 4; round++) {
      for (const q of configs) {
        const t0 = performance.now()
        s.handlers['stories:query'](q)
        if (round > 0) pages.push(performance.now() - t0)
      }
    }
    return [
      row('FTS search over 100,000 stories, ordinary terms (p95)', p95(ordinaryTimes), 'ms', 50),
      row(`FTS search over 100,000 stories, a term in ${Math.round(share * 100)}% of them (p95)`, p95(commonTimes), 'ms', 250),
      row('search over 100,000 stories with speaker:/source:/state: filters (p95)', p95(filteredTimes), 'ms', 250),
      row('library list first page over 100,000 stories, any sort, with filters (p95)', p95(pages), 'ms', 100),
    ]
  } finally {
    s.close()
  }
}

/** Re-anchoring 2,000 annotations onto a 20,000-word version with 3% of the words changed (median of 5). */
export function reanchorRow(fixtures: string): Row {
  const paragraphs = reutersParagraphs(fixtures)
  let text = ''
  for (let i = 0, words = 0; words < 20_000; i++) {
    const p = paragraphs[i % paragraphs.length] as string
    text += `${p}\n\n`
    words += p.split(/\s+/).length
  }
  const random = seeded(2000)
  const items = spreadAnnotations(text, 2000, random)
  const next = editWords(text, 0.03, random)
  reanchorAll(text, next, items)
  const times: number[] = []
  let orphaned = 0
  for (let i = 0; i < 5; i++) {
    const t0 = performance.now()
    const out = reanchorAll(text, next, items)
    times.push(performance.now() - t0)
    orphaned = out.filter((r) => r.state === 'orphaned').length
  }
  const median = [...times].sort((a, b) => a - b)[2] as number
  return row(`re-anchoring 2,000 annotations, 20,000 words, 3% changed (${orphaned} orphaned)`, median, 'ms', 1000)
}

/** Resident memory of a fresh Node process that opens the 100,000-story library, lists it and searches it. */
export function memoryRow(fixtures: string, benchScript: string): Row {
  const { file } = library(fixtures)
  const child = spawnSync(process.execPath, [benchScript, '--library-memory', file], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
  const mb = Number(/rss=(\d+)/.exec(child.stdout)?.[1])
  if (child.status !== 0 || !Number.isFinite(mb)) throw new Error(`bench: the memory probe failed (${child.status}): ${child.stdout}`)
  return row('memory of the Node side with 100,000 stories open (RSS)', mb, 'MB', 400)
}

/** The child side of memoryRow: open, two pages of the list, two searches; then report RSS. */
export async function libraryMemoryChild(file: string): Promise<void> {
  const s = open(file)
  s.handlers['stories:query']({ limit: 200 })
  s.handlers['stories:query']({ sort: 'headline', limit: 200, offset: 50_000 })
  await s.handlers['library:search']({ query: 'said', limit: 50 })
  await s.handlers['library:search']({ query: 'speaker:Petrov oil', limit: 50 })
  global.gc?.()
  process.stdout.write(`rss=${Math.round(process.memoryUsage().rss / 1048576)}\n`)
  s.close()
}
