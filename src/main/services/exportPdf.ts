import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join } from 'node:path'
import { create, type Font, type Glyph, type GlyphPosition, type GlyphRun } from 'fontkit'
import type * as Harfbuzz from 'harfbuzzjs'
import PDFDocument from 'pdfkit'
import type { FontFamily, FontRef, PdfCanvas, PdfCanvasFactory, PdfInfo } from '../../core/export/index'
import { directionOf } from '../../core/export/script'
import { appRoot } from '../paths'

/**
 * The PDF engine for reports: pdfkit, drawing with the fonts shipped inside the app (npm packages
 * @expo-google-fonts/noto-sans*, OFL-1.1). Nothing is fetched. pdfkit subsets each font to the glyphs a report uses.
 *
 * Where the fonts are read from: the build's copies for the desk's CSS (out/renderer/assets/fonts, written by Vite
 * under their own names: see electron.vite.config.ts) wherever there is a build, that is in the packaged app (inside
 * app.asar, which Electron's fs reads), the CLI and the browser-mode host; the packaged app carries no other copy
 * (electron-builder.yml leaves the .ttf files of node_modules out). Without a build (the tests, from source) they are
 * read from node_modules, resolved as Node resolves any package. The bytes are the same.
 */

const FONT_FILES: Record<FontFamily, { regular: string; bold: string | null }> = {
  sans: { regular: '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf', bold: '@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf' },
  arabic: {
    regular: '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-arabic/700Bold/NotoSansArabic_700Bold.ttf',
  },
  hebrew: {
    regular: '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf',
    bold: '@expo-google-fonts/noto-sans-hebrew/700Bold/NotoSansHebrew_700Bold.ttf',
  },
  // Chinese in one weight (10.6 MB a weight): bold CJK text is drawn in the regular weight.
  cjk: { regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf', bold: null },
}

/** The font files of every family, as packages in node_modules (the desk's CSS names the same files). */
export const REPORT_FONT_FILES: readonly string[] = Object.values(FONT_FILES).flatMap((f) => (f.bold ? [f.regular, f.bold] : [f.regular]))

/** Where the build keeps the desk's copies of the fonts, under their own file names (relative to the app's root). */
export const BUILT_FONT_DIR = join('out', 'renderer', 'assets', 'fonts')

const fontRequire = createRequire(import.meta.url)

/** The path a font file is read from: the build's copy where there is one, else the package's file in node_modules. */
export function reportFontPath(file: string, root: string = appRoot()): string {
  const built = join(root, BUILT_FONT_DIR, basename(file))
  return existsSync(built) ? built : fontRequire.resolve(file)
}

/**
 * The font with one glyph per (glyph, characters) pair, so that copying and searching the PDF gives back the
 * story's letters. A PDF maps each glyph of a font to one piece of text (ToUnicode), but shaping reuses glyphs:
 * Noto Sans Arabic draws ز as the glyph of ر plus a dot, and ت, ي and ن from one skeleton. fontkit caches a glyph
 * with the characters it first met, and pdfkit maps it to those, so ز would read back as ر. Here a glyph met
 * with other characters becomes a variant with its own id; the subset stores the variant as a copy of the same
 * outline, and pdfkit gives that copy its own characters.
 */
function withExactText(font: Font): { font: Font; standingFor<T>(drawn: string, actual: string, draw: () => T): T } {
  type Glyph = { id: number; codePoints: number[]; advanceWidth: number }
  type Subset = { glyphs: number[]; mapping: Record<number, number>; includeGlyph(g: number | Glyph): number }
  const base = font as unknown as { getGlyph(id: number, chars?: number[]): Glyph | null; createSubset(): Subset }
  const realOf = new Map<number, number>()
  const variants = new Map<string, Glyph>()
  // Ids far above any real glyph (a font has at most 65535); only the subset sees them.
  const VARIANT_BASE = 0x100000
  // While a mirrored bracket is drawn: the characters its glyphs stand for instead of the ones shaped.
  let standIn: Map<number, number> | null = null
  const exact = Object.create(font) as typeof base
  exact.getGlyph = function (this: unknown, id: number, shaped: number[] = []) {
    const chars = standIn ? shaped.map((c) => standIn?.get(c) ?? c) : shaped
    const glyph = base.getGlyph.call(this, id, chars)
    // Called for every glyph shaped: compared in place, a key made only for a glyph that needs a variant.
    if (!glyph || chars.length === 0 || sameCodePoints(glyph.codePoints, chars)) return glyph
    const key = `${id}|${chars.join(',')}`
    let v = variants.get(key)
    if (!v) {
      const vid = VARIANT_BASE + variants.size
      realOf.set(vid, id)
      v = Object.create(glyph, { id: { value: vid }, codePoints: { value: chars }, advanceWidth: { value: glyph.advanceWidth } }) as Glyph
      variants.set(key, v)
    }
    return v
  }
  exact.createSubset = function (this: unknown) {
    const subset = base.createSubset.call(this)
    const include = subset.includeGlyph.bind(subset)
    subset.includeGlyph = (g: number | Glyph) => {
      const id = typeof g === 'number' ? g : g.id
      const real = realOf.get(id)
      if (real === undefined) return include(id)
      if (subset.mapping[id] === undefined) {
        subset.glyphs.push(real)
        subset.mapping[id] = subset.glyphs.length - 1
      }
      return subset.mapping[id] as number
    }
    return subset
  }
  return {
    font: exact as unknown as Font,
    standingFor<T>(drawn: string, actual: string, draw: () => T): T {
      const d = [...drawn].map((c) => c.codePointAt(0) as number)
      const a = [...actual].map((c) => c.codePointAt(0) as number)
      standIn = new Map(d.map((c, i) => [c, a[i] ?? c]))
      try {
        return draw()
      } finally {
        standIn = null
      }
    },
  }
}

function sameCodePoints(a: readonly number[], b: readonly number[]): boolean {
  if (a.length !== b.length) return false
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false
  return true
}

/**
 * The report's text is shaped by HarfBuzz, the shaper of browsers and LibreOffice, compiled to WebAssembly
 * (harfbuzzjs); fontkit, which shaped it before, is left to pdfkit for subsetting and embedding the fonts. HarfBuzz
 * shapes the 9,300 distinct words of the AFP Arabic fixtures, 32 a call, in 114 ms, where fontkit took 915 ms; it gives
 * the same glyphs and advances for every one of them without a bracket (HarfBuzz mirrors a bracket inside a
 * right-to-left word; the layout hands the engine brackets alone). It is loaded asynchronously, once per process
 * (`loadPdfShaper`, about 50 ms): a static import would hold up the main process's start with a top-level await, past
 * Electron's ready event, and the import worker's CommonJS bundle cannot hold one.
 */
let harfbuzz: typeof Harfbuzz | null = null
let harfbuzzLoading: Promise<void> | null = null

/** Loads the PDF engine's shaper, once per process; a PDF can be drawn once it has resolved. */
export function loadPdfShaper(): Promise<void> {
  harfbuzzLoading ??= import('harfbuzzjs').then(
    (m) => {
      harfbuzz = m
    },
    (e: unknown) => {
      // Not kept: the next export tries again, and its error names the cause.
      harfbuzzLoading = null
      throw new Error(`PDF export: the text shaper (harfbuzzjs) could not load: ${e instanceof Error ? e.message : String(e)}`)
    },
  )
  return harfbuzzLoading
}

/** The loaded shaper, or an error that says what the caller missed. */
function loadedShaper(): typeof Harfbuzz {
  if (!harfbuzz) throw new Error('PDF export: the text shaper is not loaded yet (await loadPdfShaper() before drawing a PDF)')
  return harfbuzz
}

/**
 * Gets the PDF engine ready after the app starts, so that the first export does not wait for it: loads the shaper and
 * opens the fonts every report draws its frame in (Noto Sans, regular and bold); a script's own font opens with the first
 * report that needs it, so the 10.6 MB Chinese font is not read at every start. Errors are the caller's to log; an
 * export then tries again and reports its own.
 */
export async function warmPdfEngine(): Promise<void> {
  await loadPdfShaper()
  for (const file of [FONT_FILES.sans.regular, FONT_FILES.sans.bold]) if (file) fonts.exact(file)
}

/** Opens the shipped fonts on first use and keeps them: parsing the 10 MB Chinese font once, not per report. */
function createFontSet() {
  const open = new Map<string, ReturnType<typeof withExactText> & { name: string; bytes: Uint8Array; hb: Harfbuzz.Font | null }>()
  const exact = (file: string) => {
    let f = open.get(file)
    if (!f) {
      const bytes = readFileSync(reportFontPath(file))
      const e = withExactText(create(bytes))
      // fontkit reads the name table again on every postscriptName: read once.
      f = { ...e, name: e.font.postscriptName, bytes, hb: null }
      open.set(file, f)
    }
    return f
  }
  const font = (file: string): Font => exact(file).font
  return {
    /** The file that draws a family in a face: bold where the family has it, else regular (italic is slanted regular). */
    file: (ref: FontRef): string => {
      const f = FONT_FILES[ref.family]
      return ref.face === 'bold' && f.bold ? f.bold : f.regular
    },
    font,
    exact,
    covers: (family: FontFamily, codePoint: number): boolean => font(FONT_FILES[family].regular).hasGlyphForCodePoint(codePoint),
  }
}

const fonts = createFontSet()

/** A shaped run as the engine keeps it: fontkit's glyphs and positions (font units), never changed once made. */
interface Shaped {
  glyphs: readonly Glyph[]
  positions: readonly GlyphPosition[]
  direction: 'ltr' | 'rtl'
  /** The run's advance width in font units */
  advance: number
}

const copyPosition = (p: GlyphPosition): GlyphPosition => ({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })

/** A copy of a shaped run for pdfkit, which scales the positions it is given in place. */
class RunCopy {
  readonly glyphs: Glyph[]
  readonly positions: GlyphPosition[]
  constructor(s: Shaped) {
    this.glyphs = s.glyphs.slice()
    this.positions = s.positions.map(copyPosition)
  }
  get advanceWidth(): number {
    let w = 0
    for (const p of this.positions) w += p.xAdvance
    return w
  }
}

// A bound on the runs an engine keeps per font (a 20,000-word Arabic story has about 10,000 distinct words, which take
// about 10 MB): past it the font's runs are dropped and shaped again as met. Shaping is deterministic, so dropping
// changes no output.
const MAX_RUNS = 60_000

// Scripts the shipped fonts' letters are shaped in. Words are shaped together only with words of the script HarfBuzz
// would guess for each alone (that of its first letter of a script other than Common and Inherited), and so with the
// same shaper and direction.
const SCRIPTS: readonly RegExp[] = ['Latin', 'Greek', 'Cyrillic', 'Arabic', 'Hebrew', 'Han', 'Hiragana', 'Katakana', 'Bopomofo'].map((s) => new RegExp(`\\p{Script=${s}}`, 'u'))
const NEUTRAL = /[\p{Script=Common}\p{Script=Inherited}\p{Cn}]/u

/** The index in SCRIPTS of the script `text` is shaped in, -1 with no letter of one, null for another script. */
function scriptOf(text: string): number | null {
  for (const ch of text) {
    if (NEUTRAL.test(ch)) continue
    const i = SCRIPTS.findIndex((re) => re.test(ch))
    return i >= 0 ? i : null
  }
  return -1
}

// Words shaped in one HarfBuzz call. The 9,300 distinct words of the AFP Arabic fixtures took 207 ms one word a call,
// 114 ms 32 a call (with fontkit, 2.3 s and 0.9 s): each call has its setup (the buffer, the script's lookups).
const BATCH = 32

/** A row of runs to draw as one: the text pdfkit is given for it, and the glyphs with the gaps between the runs. */
interface Row {
  key: string
  shaped: Shaped
}

/** HarfBuzz's buffer, reused for every run shaped (reset each time). */
let buffer: Harfbuzz.Buffer | null = null

/**
 * `text` shaped by HarfBuzz in `font` as one run, as fontkit's layout() gives it: glyphs in visual order, positions
 * in font units, and each glyph standing for the characters of its cluster (the first glyph of a cluster in reading
 * order for all of them, the others for none), so that the text layer reads back as the text.
 */
function shapeWithHarfbuzz(hb: typeof Harfbuzz, font: Harfbuzz.Font, text: string, glyphOf: (id: number, chars: number[]) => Glyph): Shaped {
  buffer ??= new hb.Buffer()
  const cps = Array.from(text, (ch) => ch.codePointAt(0) as number)
  // The direction the layout expects of a run (core/export/script.ts), which HarfBuzz is told rather than left to guess.
  const direction = directionOf(text)
  buffer.reset()
  buffer.addCodePoints(cps)
  // Marks keep clusters of their own (the default merges them into their base's), as fontkit keeps their characters.
  buffer.setClusterLevel(hb.ClusterLevel.MONOTONE_CHARACTERS)
  buffer.setDirection(direction === 'rtl' ? hb.Direction.RTL : hb.Direction.LTR)
  buffer.guessSegmentProperties()
  hb.shape(font, buffer)
  const infos = buffer.getGlyphInfos()
  const placed = buffer.getGlyphPositions()
  // Where each cluster ends: the next cluster's start in reading order, or the text's end.
  const starts = [...new Set(infos.map((g) => g.cluster))].sort((a, b) => a - b)
  const end = new Map(starts.map((c, i) => [c, starts[i + 1] ?? cps.length]))
  const given = new Set<number>()
  const order = infos.map((_, i) => i)
  if (direction === 'rtl') order.reverse()
  const chars: number[][] = []
  for (const i of order) {
    const c = (infos[i] as { cluster: number }).cluster
    chars[i] = given.has(c) ? [] : cps.slice(c, end.get(c))
    given.add(c)
  }
  const glyphs: Glyph[] = []
  const positions: GlyphPosition[] = []
  let advance = 0
  infos.forEach((g, i) => {
    glyphs.push(glyphOf(g.codepoint, chars[i] as number[]))
    const p = placed[i] as GlyphPosition
    positions.push({ xAdvance: p.xAdvance, yAdvance: p.yAdvance, xOffset: p.xOffset, yOffset: p.yOffset })
    advance += p.xAdvance
  })
  return { glyphs, positions, direction, advance }
}

/** fontkit's glyph lookup, which its types leave out: the glyph with an id, standing for the characters given. */
interface GlyphSource {
  getGlyph(id: number, chars: number[]): Glyph
}

/** A shipped font as opened once per process: fontkit's (with exact text), its bytes, and HarfBuzz's once made. */
type OpenFont = ReturnType<ReturnType<typeof createFontSet>['exact']>

/**
 * One font as an engine shapes it. Each distinct word is shaped once (by HarfBuzz) and kept, so that the layout's
 * measuring and the drawing share one shaping, and a word met again, in this report or the next, is not shaped again.
 * Shaping was most of a report's time: pdfkit shaped every text once per document to measure it and once more to draw
 * it, as a line's words came to it with their trailing space ("said " is not "said").
 *
 * A text with spaces is its words' runs and the space's run side by side, as pdfkit shapes it, when all are left to
 * right: for these fonts the same glyphs and positions the whole text shaped at once gets (compared over 3,000 Latin,
 * Greek, Cyrillic, Hebrew, Arabic and Chinese words), without shaping every line anew.
 *
 * pdfkit is handed `font`, whose layout() gives the kept runs, and the row's glyphs while a row is drawn (`drawing`).
 */
function createShaper(exact: OpenFont, maxRuns: number) {
  const runs = new Map<string, Shaped>()
  const keep = (key: string, make: () => Shaped): Shaped => {
    let s = runs.get(key)
    if (!s) {
      s = make()
      if (runs.size >= maxRuns) runs.clear()
      runs.set(key, s)
    }
    return s
  }
  /** `text` shaped as one run by HarfBuzz, as fontkit's layout() gives a run (see shapeWithHarfbuzz). */
  const shape = (text: string): Shaped => {
    const hb = loadedShaper()
    exact.hb ??= new hb.Font(new hb.Face(new hb.Blob(exact.bytes), 0))
    return shapeWithHarfbuzz(hb, exact.hb, text, (id, chars) => (exact.font as unknown as GlyphSource).getGlyph(id, chars))
  }
  const word = (text: string): Shaped => keep(text, () => shape(text))
  const isSpace = (g: Glyph) => g.codePoints.length === 1 && g.codePoints[0] === 32
  /**
   * Shapes words of one script in one call, joined by spaces, and keeps each word's glyphs: the glyphs
   * between two spaces, which for these fonts are the glyphs and positions of the word shaped alone (nothing in
   * them acts across a space; compared over the 10,000 distinct words of the 20,000-word Arabic story and the
   * Reuters, Russian, Greek, Hebrew and Chinese test stories). Should a space not come back as a space, each word is
   * shaped alone.
   */
  const together = (words: readonly string[]) => {
    const all = shape(words.join(' '))
    const parts: Shaped[] = []
    let glyphs: Glyph[] = []
    let positions: GlyphPosition[] = []
    let advance = 0
    const close = () => {
      parts.push({ glyphs, positions, direction: all.direction, advance })
      glyphs = []
      positions = []
      advance = 0
    }
    all.glyphs.forEach((g, i) => {
      const p = all.positions[i] as GlyphPosition
      // (HarfBuzz draws a default-ignorable character, such as a zero-width joiner, as a space of no width.)
      if (isSpace(g) && p.xAdvance !== 0) close()
      else {
        glyphs.push(g)
        positions.push(p)
        advance += p.xAdvance
      }
    })
    close()
    // A right-to-left run comes back in visual order: its last word first.
    if (all.direction === 'rtl') parts.reverse()
    if (parts.length !== words.length || parts.some((p) => p.glyphs.length === 0)) for (const w of words) word(w)
    else words.forEach((w, i) => keep(w, () => parts[i] as Shaped))
  }
  /** The runs `text` is drawn in: its words' and spaces' when it has spaces and all run left to right, else its own. */
  const runs_ = (text: string): Shaped[] => {
    if (text.length < 2 || !text.includes(' ')) return [word(text)]
    const parts: Shaped[] = []
    let from = 0
    for (let i = 0; i <= text.length; i++) {
      if (i < text.length && text.charCodeAt(i) !== 32) continue
      if (i > from) parts.push(word(text.slice(from, i)))
      if (i < text.length) parts.push(word(' '))
      from = i + 1
    }
    return parts.every((p) => p.direction === 'ltr') ? parts : [word(text)]
  }
  const run = (text: string): Shaped => {
    const parts = runs_(text)
    if (parts.length === 1) return parts[0] as Shaped
    return { glyphs: parts.flatMap((p) => p.glyphs), positions: parts.flatMap((p) => p.positions), direction: 'ltr', advance: parts.reduce((n, p) => n + p.advance, 0) }
  }
  let row: Row | null = null
  const font = Object.create(exact.font) as Font
  font.layout = (text: string, features?: string[]) => {
    if (!features) return new RunCopy(run(text)) as unknown as GlyphRun
    // pdfkit shapes a text with features given as one run (it cuts any other at spaces): that is a row's text.
    if (row?.key !== text) throw new Error(`PDF engine: pdfkit asked for a run ("${text.slice(0, 40)}") that is not the row being drawn`)
    return new RunCopy(row.shaped) as unknown as GlyphRun
  }
  return {
    font,
    run,
    runs: runs_,
    /** Shapes the texts not kept yet, words of one script together (see `together`). */
    prepare(texts: readonly string[]) {
      const byScript = new Map<number, string[]>()
      for (const t of texts) {
        if (runs.has(t) || /\s/.test(t)) continue
        const script = scriptOf(t)
        if (script === null) continue
        const list = byScript.get(script) ?? []
        list.push(t)
        byScript.set(script, list)
      }
      for (const list of byScript.values()) for (let i = 0; i < list.length; i += BATCH) together(list.slice(i, i + BATCH))
    },
    /**
     * A mirrored bracket's run: the glyph of `drawn` standing for `actual` in the text layer (see withExactText). HarfBuzz
     * shapes with the font's glyph ids, so the variants made while it stands in never reach a lookup or a metric.
     */
    standingFor: (drawn: string, actual: string): Shaped => keep(`${drawn}\u0000${actual}`, () => exact.standingFor(drawn, actual, () => shape(drawn))),
    /** Runs `draw` with pdfkit asking this font for `r` (pdfkit is given `r.key` with features: see the layout above). */
    drawing<T>(r: Row, draw: () => T): T {
      row = r
      try {
        return draw()
      } finally {
        row = null
      }
    },
  }
}

function pdfDate(iso: string | null): Date | undefined {
  const d = iso ? new Date(iso) : null
  return d && !Number.isNaN(d.getTime()) ? d : undefined
}

/**
 * A PDF engine: opens documents on pdfkit with the shipped fonts, and keeps the words it has shaped for the documents
 * it opens after (see createShaper). The fonts themselves are read and parsed once per process, whatever the engine.
 */
export function createPdfEngine({ maxRuns = MAX_RUNS }: { maxRuns?: number } = {}): PdfCanvasFactory {
  const shapers = new Map<string, Shaper>()
  const shaper = (file: string): Shaper => {
    let s = shapers.get(file)
    if (!s) {
      const f = fonts.exact(file)
      s = { ...createShaper(f, maxRuns), name: f.name, unitsPerEm: f.font.unitsPerEm }
      shapers.set(file, s)
    }
    return s
  }
  return (info) => openDocument(info, shaper)
}

type Shaper = ReturnType<typeof createShaper> & { name: string; unitsPerEm: number }

/** A text call not yet drawn: the pieces of one line wait to be drawn together (see `flush`). */
interface Piece {
  text: string
  x: number
  y: number
  shaper: Shaper
  size: number
  color: string
  oblique: boolean
  /** The runs it is drawn in, side by side */
  shaped: Shaped[]
  width: number
}

/** Opens one PDF document on pdfkit with the shipped fonts, shaped by `shaper`. */
function openDocument(info: PdfInfo, shaper: (file: string) => Shaper): PdfCanvas {
  const created = pdfDate(info.created) ?? new Date(Date.UTC(2000, 0, 1))
  const first = shaper(FONT_FILES.sans.regular)
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    displayTitle: true,
    // The default font is ours, so pdfkit never loads its built-in Helvetica.
    font: first.font,
    ...(info.language && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(info.language) ? { lang: info.language } : {}),
    info: {
      Title: info.title,
      Creator: 'Wiremark',
      Producer: 'Wiremark',
      CreationDate: created,
      ModDate: created,
      ...(info.author ? { Author: info.author } : {}),
      ...(info.subject ? { Subject: info.subject } : {}),
    },
  })
  // pdfkit keeps an opened font under its PostScript name; asking for it by that name finds it at once. (Asked for
  // by a registered name, a font that is also the document's first re-opened and compared on every switch, which
  // took a third of an export.)
  const opened = new Set<string>([first.name])
  const use = (s: Shaper, size: number) => {
    if (opened.has(s.name)) doc.font(s.name)
    else {
      doc.font(s.font)
      opened.add(s.name)
    }
    doc.fontSize(size)
  }
  const top = (y: number) => doc.page.height - y
  // The text colour in force: set again only when it changes (most text is one colour, and pdfkit parses the colour
  // on every call). Boxes and rules set theirs between save and restore, so it stays in force until the next page.
  let textColor: string | null = null

  /**
   * The pieces of the line being drawn. A right-to-left line comes one word at a time (and a left-to-right one a
   * style run at a time), each at its place: pieces side by side in one font, size and colour are drawn in one text
   * call, left to right, each glyph where the layout put it (the space between two pieces is kept as a shift in the
   * text, which a reader of the text layer takes as a word break). One call per word was half the time of a
   * right-to-left report, and its text objects a third of the file.
   */
  let line: Piece[] = []
  const flush = () => {
    if (line.length === 0) return
    const pieces = line.sort((p, q) => p.x - q.x)
    line = []
    let from = 0
    for (let i = 1; i <= pieces.length; i++) {
      const a = pieces[i - 1] as Piece
      const b = pieces[i]
      const gap = b ? b.x - (a.x + a.width) : -1
      // Side by side: no overlap, and no farther apart than an em (columns, such as the credits', stay apart).
      if (b && b.shaper === a.shaper && b.size === a.size && b.color === a.color && b.oblique === a.oblique && gap > -0.01 && gap <= a.size) continue
      drawRow(pieces.slice(from, i))
      from = i
    }
  }
  const drawRow = (pieces: Piece[]) => {
    const head = pieces[0] as Piece
    const { shaper: s, size } = head
    const glyphs: Glyph[] = []
    const positions: GlyphPosition[] = []
    let advance = 0
    pieces.forEach((p, i) => {
      for (const r of p.shaped) {
        for (const g of r.glyphs) glyphs.push(g)
        for (const pos of r.positions) positions.push(copyPosition(pos))
        advance += r.advance
      }
      const next = pieces[i + 1]
      const last = positions[positions.length - 1]
      if (next && last) {
        const gap = ((next.x - head.x) * s.unitsPerEm) / size - advance
        last.xAdvance += gap
        advance += gap
      }
    })
    use(s, size)
    if (head.color !== textColor) {
      doc.fillColor(`#${head.color}`)
      textColor = head.color
    }
    const key = pieces.map((p) => p.text).join(' ')
    s.drawing({ key, shaped: { glyphs, positions, direction: 'ltr', advance } }, () =>
      doc.text(key, head.x, top(head.y), { lineBreak: false, baseline: 'alphabetic', features: [], textWidth: (advance * size) / s.unitsPerEm, ...(head.oblique ? { oblique: 12 } : {}) }),
    )
  }

  return {
    covers: fonts.covers,
    prepare(texts, ref) {
      shaper(fonts.file(ref)).prepare(texts)
    },
    // Measured from the shaper's runs, the ones drawn, without switching pdfkit's font.
    width(text, ref, size) {
      const s = shaper(fonts.file(ref))
      return (s.run(text).advance * size) / s.unitsPerEm
    },
    text(text, x, y, ref, size, color, actual) {
      if (line.length > 0 && (line[0] as Piece).y !== y) flush()
      const s = shaper(fonts.file(ref))
      const shaped = actual && actual !== text ? [s.standingFor(text, actual)] : s.runs(text)
      // Nothing to draw (a row's first piece must have a glyph: the gaps after it are kept on its last one).
      if (shaped.every((r) => r.glyphs.length === 0)) return
      const advance = shaped.reduce((n, r) => n + r.advance, 0)
      line.push({ text, x, y, shaper: s, size, color, oblique: ref.face === 'italic' && ref.family === 'sans', shaped, width: (advance * size) / s.unitsPerEm })
    },
    rect(x, y, w, h, fill, stroke = null, lineWidth = 0.5) {
      flush()
      doc.save()
      doc.rect(x, top(y + h), w, h)
      if (fill && stroke) doc.lineWidth(lineWidth).fillAndStroke(`#${fill}`, `#${stroke}`)
      else if (fill) doc.fill(`#${fill}`)
      else if (stroke) doc.lineWidth(lineWidth).stroke(`#${stroke}`)
      doc.restore()
    },
    line(x1, y1, x2, y2, color, width) {
      flush()
      doc.save()
      doc.lineWidth(width).moveTo(x1, top(y1)).lineTo(x2, top(y2)).stroke(`#${color}`)
      doc.restore()
    },
    addPage() {
      flush()
      doc.addPage()
      textColor = null
    },
    end() {
      flush()
      doc.end()
      // pdfkit writes the whole file during end(); Node's stream buffers it, and read() hands it over synchronously.
      const chunks: Uint8Array[] = []
      for (let c = doc.read(); c !== null; c = doc.read()) chunks.push(c)
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0))
      let at = 0
      for (const c of chunks) {
        out.set(c, at)
        at += c.length
      }
      return out
    },
  }
}

/** The process's PDF engine: the words of one report are not shaped again for the next. */
export const pdfEngine: PdfCanvasFactory = createPdfEngine()

/** The engines exports need in Node: PDF through pdfkit with the shipped fonts. */
export const exportEngines = { pdf: pdfEngine }
