import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { performance } from 'node:perf_hooks'
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate'
import { analyze } from '../core/analysis/analyze'
import { seeded } from '../core/anchor/testing'
import type { Analysis } from '../core/analysis/types'
import type { Article } from '../core/article/types'
import { decodeBytes, detectFormatText, ImportError, importBytes } from '../core/import/index'

// A seeded mutation fuzzer for the importers and the analysis. Every input is derived from (run seed, index)
// alone, so a failure printed as "seed S input I" replays exactly with `npm run fuzz -- --seed S --replay I`.

/** A starting file: real fixture bytes (or a small synthetic one), with the format the detector gives it. */
export interface Seed {
  name: string
  format: string
  bytes: Uint8Array
}

export type Verdict =
  /** importBytes returned; every article and its analysis passed the invariants */
  | 'ok'
  /** an ImportError that a parser raised on purpose */
  | 'import-error'
  /** an ImportError that only wraps a TypeError, RangeError, stack overflow ...: a crash that importBytes masked */
  | 'internal'
  /** something other than an ImportError escaped importBytes, or analyze() threw */
  | 'crash'
  /** the result broke a documented invariant (offsets outside the text, non-string text, ...) */
  | 'invariant'

export interface Case {
  index: number
  seed: string
  ops: string[]
  bytes: Uint8Array
}

export interface CaseResult {
  verdict: Verdict
  ms: number
  detail: string
  articles: number
}

// ---------------------------------------------------------------- random numbers

/** mulberry32, shared with the anchoring tests: deterministic per seed. */
export const rng = seeded

/** The per-input seed: the run seed and the index hashed together (so inputs do not depend on each other). */
export function caseSeed(runSeed: number, index: number): number {
  let h = (runSeed ^ 0x9e3779b9) >>> 0
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0
  return (h ^ (h >>> 16)) >>> 0
}

type Rand = () => number
const int = (r: Rand, n: number) => Math.floor(r() * n)
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[int(r, xs.length)] as T

// ---------------------------------------------------------------- seeds

const enc = new TextEncoder()

/** Fixture folders that hold wire copy (the rest are annotations, gold labels and lexicons). */
const SEED_DIRS = [
  'wire',
  'iptc-newsml-g2',
  'dpa-newsmlg2-testdata',
  'apa-wordpress-newsml-g2-fixtures',
  'iptc-ninjs',
  'superdesk-core-io-fixtures',
  'dpa-digitalwires',
  'afp-newsml12-arabic',
  'reuters-21578',
  'mozilla-readability-news-pages',
  'trafilatura-realworld-news',
]

const SKIP = /\.(txt\.gz|png|jpe?g|gif|md|py|sh|csv|ann|tsv|LICENSE)$|SOURCE\.txt$|LICENSE|README|expected|\.schema\.json$/i

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const p = join(dir, e.name)
    if (e.isDirectory()) walk(p, out)
    else if (!SKIP.test(e.name)) out.push(p)
  }
  return out
}

/** Keeps a big multi-story file to its first stories, so each mutated input stays a realistic size. */
function trimLarge(bytes: Uint8Array, max: number): Uint8Array {
  if (bytes.length <= max) return bytes
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, max))
  const cut = text.lastIndexOf('</REUTERS>')
  return bytes.subarray(0, cut > 0 ? cut + '</REUTERS>'.length : max)
}

/** A small Word file, the one format with no fixture (stringers' .docx are private). */
export function docxSeed(): Uint8Array {
  const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main'
  const p = (t: string, style?: string) =>
    `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`
  const doc = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${[
    p('Council approves flood barrier', 'Heading1'),
    p('By Jane Roe'),
    p('LONDON, May 2 (Reuters) - The council approved a £4 million flood barrier on Tuesday, its leader said.'),
    p('&#8220;We could not wait another winter,&#8221; said council leader Amira Khan. &lt;b&gt;Costs&lt;/b&gt; rose 12%.'),
    p('(Reporting by Jane Roe; Editing by John Doe)'),
  ].join('')}<w:p><w:r><w:t xml:space="preserve">The barrier </w:t></w:r><w:commentRangeStart w:id="0"/><w:r><w:t>opens in March</w:t></w:r><w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r><w:r><w:t>.</w:t></w:r></w:p><w:sectPr/></w:body></w:document>`
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(doc),
    'word/styles.xml': strToU8(`<?xml version="1.0"?><w:styles xmlns:w="${W}"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style></w:styles>`),
    // The stringer's comment on words: a desk-only note anchored in the text.
    'word/comments.xml': strToU8(`<?xml version="1.0"?><w:comments xmlns:w="${W}"><w:comment w:id="0" w:author="Jane Roe" w:date="2026-05-02T09:00:00Z"><w:p><w:r><w:t>Date from the council's press office</w:t></w:r></w:p></w:comment></w:comments>`),
    'docProps/core.xml': strToU8(`<?xml version="1.0"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Jane Roe</dc:creator></cp:coreProperties>`),
  })
}

/** Hostile and synthetic seeds every run includes: pasted HTML with scripts, a JSON prototype trap, an XML bomb. */
export function syntheticSeeds(): Seed[] {
  const html = `<!doctype html><html><head><title>Quake hits coast</title><link rel="stylesheet" href="https://evil.example/x.css">
<style>@import url(https://evil.example/y.css); body{background:url(https://evil.example/z.png)}</style><script>fetch('https://evil.example/')</script></head>
<body onload="alert(1)"><article><h1>Quake hits coast</h1><p>By Ana Lima</p><p>TOKYO (AP) — A strong quake struck on Monday, officials said.
<img src="https://evil.example/pixel.gif" onerror="alert(2)"></p><p>"We felt it for a minute," said Kenji Sato, 54. <a href="javascript:alert(3)">More</a></p>
<iframe src="https://evil.example/frame"></iframe><svg onload="alert(4)"><script>alert(5)</script></svg></article></body></html>`
  const ninjs = `{"uri":"urn:x:1","version":"2","type":"text","headline":"Fire <script>alert(1)</script>","body_html":"<p>\\"It spread fast,\\" the chief said.<img src=https://evil.example/a.png onerror=alert(1)></p>","__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}`
  const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY xxe SYSTEM "file:///etc/passwd">]><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:x" version="1"><contentSet><inlineXML contenttype="application/xhtml+xml"><html xmlns="http://www.w3.org/1999/xhtml"><body><p>&lol3; &xxe; "Hello," she said.</p></body></html></inlineXML></contentSet></newsItem>`
  const text = `Reuters\nWorld\nMinister quits over budget row\nBERLIN, March 3 (Reuters) - "I have no choice," the minister said on Tuesday. He said the gap was 4.2 billion euros.\n(Reporting by A. B.; Editing by C. D.)`
  return [
    { name: 'pasted.html', format: 'html', bytes: enc.encode(html) },
    { name: 'hostile.json', format: 'ninjs', bytes: enc.encode(ninjs) },
    { name: 'bomb.xml', format: 'newsml-g2', bytes: enc.encode(bomb) },
    { name: 'pasted.txt', format: 'text', bytes: enc.encode(text) },
    { name: 'stringer.docx', format: 'docx', bytes: docxSeed() },
  ]
}

/**
 * Seed files from the shared fixtures, at most `perFormat` per detected format (spread evenly over the
 * sorted list, so the choice is stable), each at most `maxBytes` (multi-story SGML is cut at a story end).
 */
export function loadSeeds(fixturesDir: string, opts: { perFormat?: number; maxBytes?: number } = {}): Seed[] {
  const perFormat = opts.perFormat ?? 12
  const maxBytes = opts.maxBytes ?? 96 * 1024
  const byFormat = new Map<string, Seed[]>()
  for (const dir of SEED_DIRS) {
    let files: string[]
    try {
      files = walk(join(fixturesDir, dir))
    } catch (e) {
      throw new Error(`fuzz: cannot read the fixture folder ${join(fixturesDir, dir)}: ${(e as Error).message}`)
    }
    for (const file of files) {
      const size = statSync(file).size
      if (size === 0 || (size > maxBytes && !file.endsWith('.sgm'))) continue
      const bytes = trimLarge(new Uint8Array(readFileSync(file)), maxBytes)
      const name = relative(fixturesDir, file)
      let format: string
      try {
        format = detectFormatText(decodeBytes(bytes, name).text, name) ?? 'unknown'
      } catch (e) {
        if (!(e instanceof ImportError)) throw e
        format = 'undecodable'
      }
      if (format === 'w3c' || format === 'unknown' || format === 'undecodable') continue
      const list = byFormat.get(format) ?? []
      list.push({ name, format, bytes })
      byFormat.set(format, list)
    }
  }
  const seeds: Seed[] = []
  for (const [, list] of [...byFormat].sort((a, b) => a[0].localeCompare(b[0]))) {
    const step = Math.max(1, list.length / perFormat)
    for (let i = 0; i < list.length && seeds.filter((s) => s.format === list[0]?.format).length < perFormat; i += step) {
      seeds.push(list[Math.floor(i)] as Seed)
    }
  }
  return [...seeds, ...syntheticSeeds()]
}

// ---------------------------------------------------------------- mutations

const CONTROL = ['\u0000', '\u0001', '\u0002', '\u0003', '\u0004', '\u001a', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\ufeff', '\ufffe', '\uffff', '\r', '\r\r\n', '\t', '\u200e', '\u202e']
const ENTITIES = ['&amp;', '&#0;', '&#x0;', '&#x110000;', '&#xD800;', '&#55296;', '&#99999999999999999999;', '&bogus;', '&', '&#', '&#x;', '&lt;script&gt;', '&amp;amp;amp;', '&#x1F600;', '&nbsp;', '&quot;&apos;']
const MARKUP = [
  '<', '>', '</', '/>', '<!--', '-->', '<![CDATA[', ']]>', '<?xml version="1.0"?>', '<!DOCTYPE x [<!ENTITY a "&a;">]>',
  '<!ENTITY e SYSTEM "file:///etc/passwd">', '<!ENTITY % p SYSTEM "http://evil.example/x.dtd"> %p;', '&e;',
  '<p>', '</p>', '<br>', '<script>alert(1)</script>', '<img src="https://evil.example/i.png" onerror="alert(1)">',
  '<a href="javascript:alert(1)">x</a>', '<style>@import "https://evil.example/s.css"</style>', '<link rel=stylesheet href=//evil.example/c.css>',
  '<iframe src=https://evil.example/></iframe>', 'xmlns:a="urn:a"', ' a="unterminated', "='x'", '<a:b:c>', '<\u0000>', '<p p p p>',
]
const JSONISH = ['{', '}', '[', ']', ',', ':', '"', '\\', '\\u0000', '\\ud800', 'null', 'true', '1e999', '-0', '"__proto__":{"x":1},', '"constructor":{"prototype":{"x":1}},', '{"a":', '[[[[', '"\\', '9007199254740993']
const TEXTISH = ['"', '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb', '\u2018', '\u2019', "``", "''", ' said ', ' (Reuters) - ', ' (AP) _ ', 'By ', '=\n', '\n\n', ' ', '.', '...', ' Mr. ', '(Reporting by ', ';', ')', '# dpa NOTEBOOK', 'FILE PHOTO: ', '\u0627\u0644\u0639\u0631\u0628\u064a\u0629', '\ud83d\ude00', '\ud800', '\udc00', '\u0301\u0301\u0301']

function bytesOf(s: string): Uint8Array {
  return enc.encode(s)
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0))
  let o = 0
  for (const p of parts) {
    out.set(p, o)
    o += p.length
  }
  return out
}

function insertAt(b: Uint8Array, at: number, what: Uint8Array): Uint8Array {
  return concat(b.subarray(0, at), what, b.subarray(at))
}

/** A position near structure (a '<', '{', '"', or line start) half of the time; anywhere otherwise. */
function position(r: Rand, b: Uint8Array): number {
  if (b.length === 0) return 0
  const p = int(r, b.length + 1)
  if (r() < 0.5) {
    const marks = [0x3c, 0x7b, 0x22, 0x0a, 0x3e]
    for (let i = p; i < Math.min(b.length, p + 512); i++) if (marks.includes(b[i] as number)) return i
  }
  return p
}

/** How big a mutation may make an input: the long run allows ~1 MB, the short run in `npm test` far less. */
export interface Limits {
  growth: number
  depth: readonly number[]
}
export const LONG_LIMITS: Limits = { growth: 1024 * 1024, depth: [100, 1000, 10000, 100000] }
export const SHORT_LIMITS: Limits = { growth: 64 * 1024, depth: [100, 1000, 5000] }
let limits: Limits = LONG_LIMITS

type Mutator = (r: Rand, b: Uint8Array, seeds: readonly Seed[]) => Uint8Array

const MUTATORS: Record<string, Mutator> = {
  byteFlip(r, b) {
    const out = b.slice()
    for (let k = 1 + int(r, 8); k > 0 && out.length; k--) out[int(r, out.length)] = int(r, 256)
    return out
  },
  bitFlip(r, b) {
    const out = b.slice()
    for (let k = 1 + int(r, 4); k > 0 && out.length; k--) {
      const i = int(r, out.length)
      out[i] = (out[i] as number) ^ (1 << int(r, 8))
    }
    return out
  },
  truncate: (r, b) => b.subarray(0, int(r, b.length + 1)),
  truncateHead: (r, b) => b.subarray(int(r, b.length + 1)),
  deleteRange(r, b) {
    const a = int(r, b.length + 1)
    return concat(b.subarray(0, a), b.subarray(Math.min(b.length, a + 1 + int(r, 256))))
  },
  duplicateRange(r, b) {
    const a = int(r, b.length + 1)
    const chunk = b.subarray(a, Math.min(b.length, a + 1 + int(r, 2048)))
    return insertAt(b, int(r, b.length + 1), chunk)
  },
  /** one chunk repeated many times: quadratic scans show up here */
  repeatChunk(r, b) {
    const a = position(r, b)
    const chunk = b.subarray(a, Math.min(b.length, a + 1 + int(r, 64)))
    const times = Math.min(1 + int(r, 20000), Math.floor(limits.growth / Math.max(1, chunk.length)))
    const rep = new Uint8Array(chunk.length * times)
    for (let i = 0; i < times; i++) rep.set(chunk, i * chunk.length)
    return insertAt(b, a, rep)
  },
  splice(r, b, seeds) {
    const other = pick(r, seeds).bytes
    const a = int(r, other.length + 1)
    return insertAt(b, position(r, b), other.subarray(a, Math.min(other.length, a + 1 + int(r, 4096))))
  },
  crossover(r, b, seeds) {
    const other = pick(r, seeds).bytes
    return concat(b.subarray(0, int(r, b.length + 1)), other.subarray(int(r, other.length + 1)))
  },
  control: (r, b) => insertAt(b, position(r, b), bytesOf(Array.from({ length: 1 + int(r, 6) }, () => pick(r, CONTROL)).join(''))),
  entity: (r, b) => insertAt(b, position(r, b), bytesOf(pick(r, ENTITIES))),
  markup: (r, b) => insertAt(b, position(r, b), bytesOf(pick(r, MARKUP))),
  json: (r, b) => insertAt(b, position(r, b), bytesOf(pick(r, JSONISH))),
  text: (r, b) => insertAt(b, position(r, b), bytesOf(Array.from({ length: 1 + int(r, 5) }, () => pick(r, TEXTISH)).join(''))),
  deepNesting(r, b) {
    const depth = pick(r, limits.depth)
    const [open, close] = pick(r, [
      ['<x>', '</x>'],
      ['<div>', '</div>'],
      ['<p><b>', '</b></p>'],
      ['[', ']'],
      ['{"a":', '}'],
      ['<!--', '-->'],
      ['(', ')'],
      ['\u201c', '\u201d'],
    ] as const)
    const closed = r() < 0.5
    return insertAt(b, position(r, b), bytesOf(open.repeat(depth) + (closed ? close.repeat(depth) : '')))
  },
  manyAttributes: (r, b) => insertAt(b, position(r, b), bytesOf(`<x ${Array.from({ length: 1 + int(r, limits.growth / 128) }, (_, i) => `a${i}="${i}"`).join(' ')}>`)),
  longToken: (r, b) => insertAt(b, position(r, b), bytesOf(pick(r, ['a', '"', ' ', '-', '\n', '<', '&', '.']).repeat(1 + int(r, limits.growth / 4)))),
  hugeNumber: (r, b) => insertAt(b, position(r, b), bytesOf(pick(r, ['9'.repeat(400), '-1', '1e309', 'NaN', '0x7fffffff', '2147483648']))),
  utf16: (r, b) => {
    const text = new TextDecoder().decode(b)
    const le = r() < 0.5
    const out = new Uint8Array(2 + text.length * 2)
    out[0] = le ? 0xff : 0xfe
    out[1] = le ? 0xfe : 0xff
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i)
      out[2 + i * 2] = le ? c & 0xff : c >> 8
      out[3 + i * 2] = le ? c >> 8 : c & 0xff
    }
    return r() < 0.3 ? out.subarray(0, out.length - 1) : out
  },
  invalidUtf8: (r, b) => insertAt(b, position(r, b), new Uint8Array(pick(r, [[0xc0, 0x80], [0xed, 0xa0, 0x80], [0xff, 0xfe], [0xf4, 0x90, 0x80, 0x80], [0xe2, 0x80], [0x80, 0x80, 0x80]]))),
  /** the XML of a .docx mutated as text, then zipped again (raw byte flips only test the unzipper) */
  docxInner(r, b, seeds) {
    let files: Record<string, Uint8Array>
    try {
      files = unzipSync(b)
    } catch {
      return MUTATORS.byteFlip?.(r, b, seeds) ?? b
    }
    const names = Object.keys(files)
    const target = names.find((n) => n === 'word/document.xml' && r() < 0.8) ?? pick(r, names)
    if (target) {
      const inner = files[target] as Uint8Array
      const m = pick(r, TEXT_MUTATORS)
      files[target] = (MUTATORS[m] as Mutator)(r, inner, seeds)
    }
    if (r() < 0.1) delete files[pick(r, names)]
    return zipSync(files)
  },
}

const TEXT_MUTATORS = Object.keys(MUTATORS).filter((k) => k !== 'docxInner' && k !== 'utf16')
const BYTE_MUTATORS = Object.keys(MUTATORS).filter((k) => k !== 'docxInner')

/** One input: a seed file with one to four mutations stacked, all drawn from the case's own seed. */
export function makeCase(runSeed: number, index: number, seeds: readonly Seed[], lim: Limits = LONG_LIMITS): Case {
  limits = lim
  const r = rng(caseSeed(runSeed, index))
  const seed = seeds[index % seeds.length] as Seed
  let bytes = seed.bytes
  const ops: string[] = []
  for (let k = 1 + int(r, 4); k > 0; k--) {
    const name = seed.format === 'docx' && r() < 0.7 ? 'docxInner' : pick(r, BYTE_MUTATORS)
    bytes = (MUTATORS[name] as Mutator)(r, bytes, seeds)
    ops.push(name)
  }
  return { index, seed: seed.name, ops, bytes }
}

/** Available for debugging a docx case: the document XML inside it, or null. */
export function docxDocument(bytes: Uint8Array): string | null {
  try {
    const f = unzipSync(bytes)['word/document.xml']
    return f ? strFromU8(f) : null
  } catch {
    return null
  }
}

// ---------------------------------------------------------------- running one input

function checkSpans(what: string, spans: readonly { start: number; end: number }[], length: number): string | null {
  for (const s of spans) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.end) || s.start < 0 || s.end < s.start || s.end > length) {
      return `${what} span [${s.start}, ${s.end}) outside the text (length ${length})`
    }
  }
  return null
}

/** The invariants a caller relies on: text is a string and every offset falls inside it. */
export function articleProblem(a: Article, analysis: Analysis): string | null {
  if (typeof a.text !== 'string') return 'article.text is not a string'
  if (!Array.isArray(a.paragraphs) || a.paragraphs.some((p) => typeof p !== 'string')) return 'article.paragraphs is not a list of strings'
  const n = a.text.length
  return (
    checkSpans('block', a.blocks ?? [], n) ??
    checkSpans('note anchor', (a.notes ?? []).flatMap((note) => (note.anchor ? [note.anchor] : [])), n) ??
    checkSpans('quote', analysis.quotes, n) ??
    checkSpans('claim', analysis.claims, n) ??
    checkSpans('finding', analysis.findings, n) ??
    checkSpans('reported speech', analysis.reportedSpeech, n)
  )
}

/** At most this many articles of one input are analysed (a multi-story file would dominate the run). */
const ANALYSE_PER_INPUT = 3

/** Imports one input and analyses what came out, classifying the outcome. Never throws. */
export function runCase(bytes: Uint8Array, name: string, analyseUpTo = Infinity): CaseResult {
  const t0 = performance.now()
  let articles = 0
  try {
    let result
    try {
      result = importBytes(bytes, name)
    } catch (e) {
      const ms = performance.now() - t0
      if (!(e instanceof ImportError)) return { verdict: 'crash', ms, detail: `importBytes threw ${describe(e)}`, articles }
      const first = (e.stack ?? '').split('\n')[0] ?? ''
      // importBytes turns an unexpected exception into ImportError('malformed') and keeps its stack: that is a masked crash.
      if (!first.startsWith('ImportError')) return { verdict: 'internal', ms, detail: `${e.code}: ${first}`, articles }
      return { verdict: 'import-error', ms, detail: `${e.code}: ${e.message.slice(0, 160)}`, articles }
    }
    articles = result.articles.length
    if (!Array.isArray(result.warnings)) return { verdict: 'invariant', ms: performance.now() - t0, detail: 'warnings is not a list', articles }
    for (const a of result.articles.slice(0, ANALYSE_PER_INPUT)) {
      if (typeof a.text === 'string' && a.text.length > analyseUpTo) continue
      let analysis: Analysis
      try {
        analysis = analyze(a)
      } catch (e) {
        return { verdict: 'crash', ms: performance.now() - t0, detail: `analyze threw ${describe(e)}`, articles }
      }
      const problem = articleProblem(a, analysis)
      if (problem) return { verdict: 'invariant', ms: performance.now() - t0, detail: problem, articles }
    }
    return { verdict: 'ok', ms: performance.now() - t0, detail: '', articles }
  } catch (e) {
    return { verdict: 'crash', ms: performance.now() - t0, detail: `the harness caught ${describe(e)}`, articles }
  }
}

function describe(e: unknown): string {
  if (e instanceof Error) return `${e.name}: ${e.message.slice(0, 200)}\n${(e.stack ?? '').split('\n').slice(1, 6).join('\n')}`
  return String(e)
}

// ---------------------------------------------------------------- a run

export interface Failure {
  index: number
  seed: string
  ops: string[]
  verdict: Verdict | 'slow'
  ms: number
  detail: string
}

export interface FuzzReport {
  runSeed: number
  inputs: number
  bytes: number
  verdicts: Record<Verdict, number>
  byFormat: Record<string, number>
  articles: number
  maxMs: number
  maxCase: { index: number; seed: string; ops: string[] } | null
  failures: Failure[]
}

export function emptyReport(runSeed: number): FuzzReport {
  return {
    runSeed,
    inputs: 0,
    bytes: 0,
    verdicts: { ok: 0, 'import-error': 0, internal: 0, crash: 0, invariant: 0 },
    byFormat: {},
    articles: 0,
    maxMs: 0,
    maxCase: null,
    failures: [],
  }
}

/** Adds one case to a report; a wrong verdict, or a time over slowMs (when given), is a failure. */
export function record(report: FuzzReport, c: Case, format: string, res: CaseResult, slowMs?: number): void {
  report.inputs++
  report.bytes += c.bytes.length
  report.verdicts[res.verdict]++
  report.byFormat[format] = (report.byFormat[format] ?? 0) + 1
  report.articles += res.articles
  if (res.ms > report.maxMs) {
    report.maxMs = res.ms
    report.maxCase = { index: c.index, seed: c.seed, ops: c.ops }
  }
  const base = { index: c.index, seed: c.seed, ops: c.ops, ms: res.ms }
  if (res.verdict !== 'ok' && res.verdict !== 'import-error') report.failures.push({ ...base, verdict: res.verdict, detail: res.detail })
  if (slowMs !== undefined && res.ms > slowMs) report.failures.push({ ...base, verdict: 'slow', detail: `took ${res.ms.toFixed(0)} ms` })
}

/** Runs inputs [from, to) of a run. Timing is measured, but only judged when slowMs is given. */
export function runRange(
  runSeed: number,
  from: number,
  to: number,
  seeds: readonly Seed[],
  opts: { limits?: Limits; slowMs?: number; analyseUpTo?: number } = {},
): FuzzReport {
  const report = emptyReport(runSeed)
  for (let i = from; i < to; i++) {
    const c = makeCase(runSeed, i, seeds, opts.limits)
    const seed = seeds[i % seeds.length] as Seed
    record(report, c, seed.format, runCase(c.bytes, seed.name, opts.analyseUpTo), opts.slowMs)
  }
  return report
}

/** Merges the reports of several workers. */
export function mergeReports(into: FuzzReport, r: FuzzReport): FuzzReport {
  into.inputs += r.inputs
  into.bytes += r.bytes
  into.articles += r.articles
  for (const k of Object.keys(into.verdicts) as Verdict[]) into.verdicts[k] += r.verdicts[k]
  for (const [k, v] of Object.entries(r.byFormat)) into.byFormat[k] = (into.byFormat[k] ?? 0) + v
  if (r.maxMs > into.maxMs) {
    into.maxMs = r.maxMs
    into.maxCase = r.maxCase
  }
  into.failures.push(...r.failures)
  return into
}
