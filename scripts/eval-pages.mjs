// `node scripts/eval-pages.mjs [--src DIR] [--verbose]`: measures how well HTML page import finds the article body.
//  - mozilla-readability-news-pages: word-level F1 of the imported body (paragraphs, crossheads, credit lines) against the
//    article Readability.js extracted (its expected.html; its output, not human gold), macro-averaged over pages;
//  - trafilatura-realworld-news: how many must-contain passages the body keeps, how many must-not-contain ones it
//    lets through.
// --src reads the importer from another checkout's src/ (e.g. ../main/src) to compare before and after.
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { gunzipSync } from 'node:zlib'
import { parseHTML } from 'linkedom'
import { build } from 'rolldown'

const root = process.cwd()
const args = process.argv.slice(2)
const srcArg = args.indexOf('--src')
const src = srcArg >= 0 ? resolve(args[srcArg + 1]) : join(root, 'src')
const verbose = args.includes('--verbose')
const fixtures = process.env.WIREMARK_FIXTURES ?? resolve(root, '..', 'shared', 'fixtures')
const log = (s) => process.stdout.write(`${s}\n`)

const outDir = join(root, 'node_modules', '.cache', 'wiremark-eval-pages')
mkdirSync(outDir, { recursive: true })
const bundle = join(outDir, `import-${Buffer.from(src).toString('hex').slice(-24)}.mjs`)
await build({
  input: join(src, 'core', 'import', 'index.ts'),
  platform: 'node',
  external: [/^node:/],
  output: { file: bundle, format: 'esm' },
  logLevel: 'warn',
})
const { importBytes } = await import(bundle)

const read = (p) => (p.endsWith('.gz') ? gunzipSync(readFileSync(p)) : readFileSync(p))
const findFile = (dir, base) => [join(dir, base), join(dir, `${base}.gz`)].find((p) => existsSync(p))
/** Lower-case word tokens: letters and digits, any script. */
const words = (s) => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []

function f1(got, want) {
  const counts = new Map()
  for (const w of want) counts.set(w, (counts.get(w) ?? 0) + 1)
  let overlap = 0
  for (const w of got) {
    const c = counts.get(w) ?? 0
    if (c > 0) {
      overlap++
      counts.set(w, c - 1)
    }
  }
  if (!got.length || !want.length) return { p: 0, r: 0, f: 0 }
  const p = overlap / got.length
  const r = overlap / want.length
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 }
}

/** What counts as the extracted article: paragraphs, crossheads and the credit lines taken from its end. */
const BODY_KINDS = new Set(['paragraph', 'heading', 'creditLine'])

function bodyOf(bytes, name) {
  try {
    const a = importBytes(new Uint8Array(bytes), name).articles[0]
    if (!a) return ''
    return a.blocks.filter((b) => BODY_KINDS.has(b.kind)).map((b) => b.text).join('\n')
  } catch (e) {
    return `\u0000${e instanceof Error ? e.message : String(e)}`
  }
}

// Readability's test pages
const pagesDir = join(fixtures, 'mozilla-readability-news-pages', 'test-pages')
const rows = []
const t0 = performance.now()
for (const page of readdirSync(pagesDir).sort()) {
  const source = findFile(join(pagesDir, page), 'source.html')
  const expected = findFile(join(pagesDir, page), 'expected.html')
  if (!source || !expected) continue
  const { document } = parseHTML(`<!doctype html><html><body>${read(expected).toString('utf8')}</body></html>`)
  const want = words(document.body.textContent ?? '')
  const got = words(bodyOf(read(source), 'source.html'))
  rows.push({ page, ...f1(got, want) })
}
const ms = performance.now() - t0
const mean = (k) => rows.reduce((s, r) => s + r[k], 0) / rows.length
log(`mozilla-readability-news-pages: ${rows.length} pages, body word F1 ${mean('f').toFixed(3)} (precision ${mean('p').toFixed(3)}, recall ${mean('r').toFixed(3)}), ${(ms / rows.length).toFixed(0)} ms a page`)
const worst = [...rows].sort((a, b) => a.f - b.f)
for (const r of verbose ? worst : worst.slice(0, 6)) log(`  ${r.page.padEnd(28)} F1 ${r.f.toFixed(3)}  P ${r.p.toFixed(3)}  R ${r.r.toFixed(3)}`)

// trafilatura's real-world pages
const traf = join(fixtures, 'trafilatura-realworld-news')
const expectations = JSON.parse(readFileSync(join(traf, 'expectations.json'), 'utf8'))
let required = 0
let kept = 0
let clutter = 0
let leaked = 0
let pages = 0
const misses = []
const norm = (s) => s.replace(/\s+/g, ' ').trim()
for (const [url, e] of Object.entries(expectations)) {
  const file = findFile(join(traf, 'cache'), e.cached_file)
  if (!file) continue
  pages++
  const body = norm(bodyOf(read(file), e.cached_file))
  for (const s of e.must_contain ?? []) {
    required++
    if (body.includes(norm(s))) kept++
    else misses.push(`  missing  ${e.cached_file}: ${s.slice(0, 60)}`)
  }
  for (const s of e.must_not_contain ?? []) {
    clutter++
    if (body.includes(norm(s))) {
      leaked++
      misses.push(`  leaked   ${e.cached_file}: ${s.slice(0, 60)}`)
    }
  }
  void url
}
log(`trafilatura-realworld-news: ${pages} pages, kept ${kept} of ${required} required passages, let through ${leaked} of ${clutter} clutter passages`)
if (verbose) for (const m of misses) log(m)
