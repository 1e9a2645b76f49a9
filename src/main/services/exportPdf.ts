import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { basename, join } from 'node:path'
import { create, type Font } from 'fontkit'
import PDFDocument from 'pdfkit'
import type { FontFamily, FontRef, PdfCanvas, PdfCanvasFactory, PdfInfo } from '../../core/export/index'
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

/** Opens the shipped fonts on first use and keeps them: parsing the 10 MB Chinese font once, not per report. */
function createFontSet() {
  const open = new Map<string, ReturnType<typeof withExactText>>()
  const exact = (file: string) => {
    let f = open.get(file)
    if (!f) {
      f = withExactText(create(readFileSync(reportFontPath(file))))
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

function pdfDate(iso: string | null): Date | undefined {
  const d = iso ? new Date(iso) : null
  return d && !Number.isNaN(d.getTime()) ? d : undefined
}

/** Opens one PDF document on pdfkit with the shipped fonts registered by file name. */
export const pdfEngine: PdfCanvasFactory = (info: PdfInfo): PdfCanvas => {
  const created = pdfDate(info.created) ?? new Date(Date.UTC(2000, 0, 1))
  const doc = new PDFDocument({
    size: 'A4',
    margin: 0,
    pdfVersion: '1.7',
    displayTitle: true,
    // The default font is ours, so pdfkit never loads its built-in Helvetica.
    font: fonts.font(FONT_FILES.sans.regular),
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
  const opened = new Set<string>([fonts.font(FONT_FILES.sans.regular).postscriptName])
  const use = (ref: FontRef, size: number) => {
    const font = fonts.font(fonts.file(ref))
    if (opened.has(font.postscriptName)) doc.font(font.postscriptName)
    else {
      doc.font(font)
      opened.add(font.postscriptName)
    }
    doc.fontSize(size)
  }
  const top = (y: number) => doc.page.height - y
  // The text colour in force: set again only when it changes (most text is one colour, and pdfkit parses the colour
  // on every call). Boxes and rules set theirs between save and restore, so it stays in force until the next page.
  let textColor: string | null = null
  return {
    covers: fonts.covers,
    width(text, ref, size) {
      use(ref, size)
      return doc.widthOfString(text)
    },
    text(text, x, y, ref, size, color, actual) {
      use(ref, size)
      if (color !== textColor) {
        doc.fillColor(`#${color}`)
        textColor = color
      }
      const options = { lineBreak: false, baseline: 'alphabetic' as const, ...(ref.face === 'italic' && ref.family === 'sans' ? { oblique: 12 } : {}) }
      if (actual && actual !== text) {
        // Shaped afresh (features given: pdfkit's layout cache would hand back the glyphs that stand for `text`).
        fonts.exact(fonts.file(ref)).standingFor(text, actual, () => doc.text(text, x, top(y), { ...options, features: [] }))
      } else doc.text(text, x, top(y), options)
    },
    rect(x, y, w, h, fill, stroke = null, lineWidth = 0.5) {
      doc.save()
      doc.rect(x, top(y + h), w, h)
      if (fill && stroke) doc.lineWidth(lineWidth).fillAndStroke(`#${fill}`, `#${stroke}`)
      else if (fill) doc.fill(`#${fill}`)
      else if (stroke) doc.lineWidth(lineWidth).stroke(`#${stroke}`)
      doc.restore()
    },
    line(x1, y1, x2, y2, color, width) {
      doc.save()
      doc.lineWidth(width).moveTo(x1, top(y1)).lineTo(x2, top(y2)).stroke(`#${color}`)
      doc.restore()
    },
    addPage() {
      doc.addPage()
      textColor = null
    },
    end() {
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

/** The engines exports need in Node: PDF through pdfkit with the shipped fonts. */
export const exportEngines = { pdf: pdfEngine }
