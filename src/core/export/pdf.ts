import bidiFactory from 'bidi-js'
import type { BlockKind } from '../article/types'
import { describe, findingCountPhrase, SEVERITY_LABEL, KIND_COLOR, KIND_LABEL, KIND_MEANING, KINDS, STORY_SUMMARY_LABEL, type ReportAnnotation, type ReportModel } from './model'
import { PAGE_HEIGHT, PAGE_WIDTH, type FontFace, type FontRef, type PdfCanvas, type PdfCanvasFactory } from './pdf/canvas'
import { directionOf, familyOf, hasRtlScript, type Direction, type FontFamily } from './script'

/**
 * The annotated report as PDF, drawn from the same ReportModel as the HTML, with no browser: text wrapped with
 * the metrics of the shipped fonts (Noto Sans for Latin, Greek and Cyrillic, Noto Sans Arabic, Hebrew and SC,
 * picked per run by script), each line put in reading order by the Unicode bidi algorithm, coloured boxes behind
 * marked words, numbered references, margin notes and page breaks. Right-to-left blocks are set flush right.
 * Characters no shipped font has (Thai, Devanagari, emoji...) are counted and the first page says how many.
 */

const MARGIN_X = 48
const TOP = PAGE_HEIGHT - 54
const BOTTOM = 54
const CONTENT_W = PAGE_WIDTH - 2 * MARGIN_X
const NOTE_W = 132
const NOTE_GAP = 12
const STORY_W = CONTENT_W - NOTE_W - NOTE_GAP

const bidi = bidiFactory()

interface Span {
  text: string
  face?: FontFace
  size?: number
  color?: string
  bg?: string | null
  rise?: number
}

/** A run of one word in one style and one font family, in logical order. */
interface Frag {
  text: string
  face: FontFace
  family: FontFamily
  size: number
  color: string
  bg: string | null
  rise: number
  width: number
}

/** A run drawn in one text call, with where it starts in logical order and what it stands for when mirrored. */
interface Piece extends Frag {
  logical: number
  actual: string | null
}

/**
 * A piece of a run, made field by field: a layout makes one per word of a right-to-left line, and spreading the run
 * into a new object (`{ ...frag }`) was the largest part of laying out a 20,000-word Arabic story.
 */
function pieceOf(f: Frag, text: string, logical: number, actual: string | null, width: number): Piece {
  return { text, face: f.face, family: f.family, size: f.size, color: f.color, bg: f.bg, rise: f.rise, width, logical, actual }
}

interface Word {
  parts: Frag[]
  width: number
  /** The space after the word (0 between CJK characters, where a line may break without one) */
  space: number
  spaceBg: string | null
}

type Op =
  | { t: 'text'; text: string; actual: string | null; x: number; y: number; font: FontRef; size: number; color: string }
  | { t: 'rect'; x: number; y: number; w: number; h: number; fill: string | null; stroke: string | null; lw: number }
  | { t: 'line'; x1: number; y1: number; x2: number; y2: number; color: string; w: number }

// Characters drawn as nothing: soft hyphens, byte order marks, the bidi controls (they steer the bidi algorithm,
// which sees them, but have no glyph), and the C0 and C1 control characters other than tab and line breaks, which no
// font draws either (wire copy keeps them from old transmissions and from text decoded in the wrong code page: U+0083
// and U+009D in PolNeAR and Business Wire copy). Browsers show none of them.
const INVISIBLE = /(?![\t\n\r])\p{Cc}|[\u00ad\ufeff\u200b\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu
// CJK punctuation a line must not start with: a break before it is not allowed.
const NO_BREAK_BEFORE = /^[、。，．：；？！）」』】〉》〕］｝”’・ー〜]/u
const ISOLATE = /[\u2066-\u2069]/g
const FALLBACK: readonly FontFamily[] = ['sans', 'cjk', 'arabic', 'hebrew']

class Layout {
  pages: Op[][] = []
  ops: Op[] = []
  y = TOP
  /** Characters no shipped font can draw */
  missing = 0
  private widths = new Map<string, Map<string, number>>()
  private families = new Map<string, FontFamily>()

  constructor(readonly canvas: PdfCanvas) {
    this.pages.push(this.ops)
  }

  newPage() {
    this.ops = []
    this.pages.push(this.ops)
    this.y = TOP
  }

  /** Makes room for h points, starting a new page when the current one is full. */
  ensure(h: number) {
    if (this.y - h < BOTTOM) this.newPage()
  }

  width(text: string, family: FontFamily, face: FontFace, size: number): number {
    // One table per font and size, keyed by the text alone: no key string is built for every word measured.
    const font = `${family}|${face}|${size}`
    let widths = this.widths.get(font)
    if (!widths) {
      widths = new Map()
      this.widths.set(font, widths)
    }
    let w = widths.get(text)
    if (w === undefined) {
      w = this.canvas.width(text, { family, face }, size)
      widths.set(text, w)
    }
    return w
  }

  /** The family that draws `ch`: its script's, else (for spaces, digits, punctuation) the one before it where that has the glyph. */
  familyOf(ch: string, prev: FontFamily | null): FontFamily {
    const key = `${prev ?? ''}|${ch}`
    const known = this.families.get(key)
    if (known) return known
    const cp = ch.codePointAt(0) as number
    const own = familyOf(ch)
    const tries = own ? [own, ...FALLBACK] : prev ? [prev, ...FALLBACK] : FALLBACK
    const f = tries.find((t) => this.canvas.covers(t, cp)) ?? null
    if (f === null) {
      // Not counted once per kind but every time it is drawn: the notice says how many characters are affected.
      this.missing++
      return own ?? prev ?? 'sans'
    }
    this.families.set(key, f)
    return f
  }

  /**
   * A span's text cut into words (at spaces, and after each CJK character) and each word into runs of one font family.
   * The runs are made first and measured after, all at once: the engine may shape the new ones together.
   */
  words(spans: readonly Span[]): Word[] {
    const words: Word[] = []
    // The style of the space after each word, measured with the runs
    const spaces: { family: FontFamily; face: FontFace; size: number }[] = []
    let cur: Word = { parts: [], width: 0, space: 0, spaceBg: null }
    const close = (space: { family: FontFamily; face: FontFace; size: number } | null, bg: string | null) => {
      if (cur.parts.length === 0) return
      cur.spaceBg = bg
      words.push(cur)
      spaces.push(space ?? { family: 'sans', face: 'regular', size: 0 })
      cur = { parts: [], width: 0, space: 0, spaceBg: null }
    }
    for (const s of spans) {
      const face = s.face ?? 'regular'
      const size = s.size ?? 10
      const style = { face, size, color: s.color ?? '111111', bg: s.bg ?? null, rise: s.rise ?? 0 }
      const text = s.text.replace(INVISIBLE, '').replace(/[\t\r\n\u2028\u2029]/g, ' ')
      for (const piece of text.split(/( +)/)) {
        if (piece === '') continue
        if (piece.startsWith(' ')) {
          const last = cur.parts[cur.parts.length - 1]
          close({ family: last?.family ?? 'sans', face, size }, style.bg)
          continue
        }
        const chars = [...piece]
        let prev: FontFamily | null = cur.parts[cur.parts.length - 1]?.family ?? null
        let run = ''
        let runFamily: FontFamily | null = null
        const flush = () => {
          if (!run || !runFamily) return
          const last = cur.parts[cur.parts.length - 1]
          const alone = (t: string) => bidi.getMirroredCharacter(t) !== null
          if (last && !alone(run) && !alone(last.text) && last.family === runFamily && last.face === face && last.size === size && last.color === style.color && last.bg === style.bg && last.rise === style.rise) {
            last.text += run
          } else {
            cur.parts.push({ text: run, family: runFamily, ...style, width: 0 })
          }
          run = ''
        }
        chars.forEach((ch, i) => {
          const family = this.familyOf(ch, prev)
          // A bracket stands alone, so that a right-to-left line can draw it mirrored (see drawLine).
          const mirrors = bidi.getMirroredCharacter(ch) !== null
          if (family !== runFamily || mirrors) flush()
          runFamily = family
          run += ch
          prev = family
          if (mirrors) {
            flush()
            runFamily = null
          }
          // A line may break after a CJK character (no spaces there), unless the next one must not start a line.
          const next = chars[i + 1]
          if (family === 'cjk' && next !== undefined && familyOf(ch) === 'cjk' && !NO_BREAK_BEFORE.test(next)) {
            flush()
            runFamily = null
            close(null, null)
          }
        })
        flush()
      }
    }
    if (cur.parts.length) {
      words.push(cur)
      spaces.push({ family: 'sans', face: 'regular', size: 0 })
    }
    this.prepare(words.flatMap((w) => w.parts))
    words.forEach((w, i) => {
      for (const p of w.parts) p.width = this.width(p.text, p.family, p.face, p.size)
      w.width = w.parts.reduce((n, p) => n + p.width, 0)
      const sp = spaces[i] as (typeof spaces)[number]
      w.space = sp.size ? this.width(' ', sp.family, sp.face, sp.size) : 0
    })
    return words
  }

  /** Hands the engine the runs not measured yet, font by font, to shape together (PdfCanvas.prepare). */
  prepare(parts: readonly Frag[]) {
    if (!this.canvas.prepare) return
    const fresh = new Map<string, { font: FontRef; texts: Set<string> }>()
    // The measured widths of the font of the part before (most parts are in the font of the one before).
    let known: Map<string, number> | undefined
    let last: Frag | null = null
    for (const p of parts) {
      if (!last || last.family !== p.family || last.face !== p.face || last.size !== p.size) known = this.widths.get(`${p.family}|${p.face}|${p.size}`)
      last = p
      if (known?.has(p.text)) continue
      const key = `${p.family}|${p.face}`
      let f = fresh.get(key)
      if (!f) {
        f = { font: { family: p.family, face: p.face }, texts: new Set() }
        fresh.set(key, f)
      }
      f.texts.add(p.text)
    }
    for (const f of fresh.values()) if (f.texts.size > 1) this.canvas.prepare([...f.texts], f.font)
  }

  /** Splits a word wider than the column into pieces that fit (long URLs, ids). */
  splitWide(w: Word, width: number): Word[] {
    const out: Word[] = []
    let cur: Word = { parts: [], width: 0, space: 0, spaceBg: null }
    for (const p of w.parts) {
      let piece = ''
      for (const ch of p.text) {
        const cw = this.width(ch, p.family, p.face, p.size)
        if (cur.width + cw > width && (cur.parts.length || piece)) {
          if (piece) cur.parts.push({ ...p, text: piece, width: this.width(piece, p.family, p.face, p.size) })
          out.push(cur)
          cur = { parts: [], width: 0, space: 0, spaceBg: null }
          piece = ''
        }
        piece += ch
        cur.width += cw
      }
      if (piece) cur.parts.push({ ...p, text: piece, width: this.width(piece, p.family, p.face, p.size) })
    }
    cur.space = w.space
    cur.spaceBg = w.spaceBg
    out.push(cur)
    return out
  }

  /**
   * Draws one line of words: in logical order when it is all left to right, else reordered by the bidi algorithm
   * with the paragraph's direction, brackets mirrored in right-to-left runs, and set flush right in an RTL paragraph.
   */
  drawLine(line: Word[], x: number, width: number, baseline: number, lineH: number, dir: Direction) {
    this.place(this.measured(this.pieces(line, dir)), x, width, baseline, lineH, dir)
  }

  /**
   * The pieces a line is drawn in, in visual order (see drawLine). A piece that is not a whole run (a run cut by the
   * bidi algorithm, a mirrored bracket) is not measured yet: its width is NaN (see `measured`).
   */
  pieces(line: Word[], dir: Direction): Piece[] {
    // The line's runs in logical order, with the spaces between words as runs of their own.
    const cells: Frag[] = []
    line.forEach((w, i) => {
      cells.push(...w.parts)
      const next = line[i + 1]
      if (next && w.space > 0) {
        const last = w.parts[w.parts.length - 1] as Frag
        const bg = w.spaceBg && next.parts[0]?.bg === w.spaceBg ? w.spaceBg : null
        cells.push({ ...last, text: ' ', bg, rise: 0, width: w.space })
      }
    })
    // Each piece keeps where it starts in logical order: pieces are drawn (and so reach the content stream, which
    // text extraction follows) in reading order, each at its place on the line.
    const pieces: Piece[] = []
    if (dir === 'ltr' && !cells.some((c) => hasRtlScript(c.text))) {
      // All left to right: neighbours in the same style are one piece (one text call for most lines).
      cells.forEach((c, i) => {
        const last = pieces[pieces.length - 1]
        if (last && last.family === c.family && last.face === c.face && last.size === c.size && last.color === c.color && last.bg === c.bg && last.rise === c.rise) {
          last.text += c.text
          last.width += c.width
        } else pieces.push(pieceOf(c, c.text, i, null, c.width))
      })
    }
    else {
      // A reference number (raised) is an isolate: "2027" and the reference "1" after it are not one number.
      const bidiText = (c: Frag) => (c.rise ? `\u2068${c.text}\u2069` : c.text)
      const str = cells.map(bidiText).join('')
      const owner: number[] = []
      cells.forEach((c, i) => {
        for (let k = 0; k < bidiText(c).length; k++) owner.push(i)
      })
      const levels = bidi.getEmbeddingLevels(str, dir)
      const order = bidi.getReorderedIndices(str, levels)
      let k = 0
      while (k < order.length) {
        const first = order[k] as number
        const cell = owner[first] as number
        const level = levels.levels[first] as number
        const odd = level % 2 === 1
        let j = k + 1
        while (j < order.length) {
          const idx = order[j] as number
          if (owner[idx] !== cell || levels.levels[idx] !== level || idx !== (order[j - 1] as number) + (odd ? -1 : 1)) break
          j++
        }
        const lo = Math.min(first, order[j - 1] as number)
        const hi = Math.max(first, order[j - 1] as number)
        const logical = str.slice(lo, hi + 1).replace(ISOLATE, '')
        if (logical === '') {
          k = j
          continue
        }
        // A bracket in a right-to-left run is drawn with its mirror's glyph ("(" looks like ")"), standing for
        // itself. The engine lays a run with Arabic or Hebrew characters out right to left itself (and shapes it in
        // logical order), anything else left to right: reverse where that differs from the run's direction.
        const mirror = odd ? bidi.getMirroredCharacter(logical) : null
        let text = mirror ?? logical
        if (odd !== hasRtlScript(text)) text = [...text].reverse().join('')
        const c = cells[cell] as Frag
        pieces.push(pieceOf(c, text, lo, mirror ? logical : null, text === c.text ? c.width : NaN))
        k = j
      }
    }
    return pieces
  }

  /** Measures the pieces not measured yet (all at once: the engine may shape them together). */
  measured<T extends Piece[]>(pieces: T): T {
    const todo = pieces.filter((p) => Number.isNaN(p.width))
    this.prepare(todo)
    for (const p of todo) p.width = this.width(p.text, p.family, p.face, p.size)
    return pieces
  }

  /** Draws a line's measured pieces from x (flush right in a right-to-left line), with their boxes behind them. */
  place(pieces: readonly Piece[], x: number, width: number, baseline: number, lineH: number, dir: Direction) {
    const total = pieces.reduce((n, p) => n + p.width, 0)
    let at = dir === 'rtl' ? x + width - total : x
    const placed = pieces.map((p) => {
      const x0 = at
      at += p.width
      return { p, x0 }
    })
    for (const { p, x0 } of placed) {
      if (p.bg) this.ops.push({ t: 'rect', x: x0, y: baseline - lineH * 0.24, w: p.width, h: lineH * 0.96, fill: p.bg, stroke: null, lw: 0 })
    }
    for (const { p, x0 } of placed.sort((a, b) => a.p.logical - b.p.logical)) {
      if (p.text.trim() === '') continue
      this.ops.push({ t: 'text', text: p.text, actual: p.actual, x: x0, y: baseline + p.rise, font: { family: p.family, face: p.face }, size: p.size, color: p.color })
    }
  }

  /** Lays out wrapped text at x within width; returns the page it started on and the top y. */
  para(spans: readonly Span[], opts: { x?: number; width?: number; after?: number; leading?: number; dir?: Direction } = {}) {
    const x = opts.x ?? MARGIN_X
    const width = opts.width ?? CONTENT_W
    const dir = opts.dir ?? directionOf(spans.map((s) => s.text).join(''))
    const maxSize = Math.max(...spans.map((s) => (s.rise ? 0 : (s.size ?? 10))), 1)
    const lineH = maxSize * (opts.leading ?? 1.38)
    const words = this.words(spans).flatMap((w) => (w.width > width ? this.splitWide(w, width) : [w]))
    const lines: Word[][] = []
    let line: Word[] = []
    let lw = 0
    for (const w of words) {
      const prev = line[line.length - 1]
      const need = lw + (prev ? prev.space : 0) + w.width
      if (prev && need > width) {
        lines.push(line)
        line = [w]
        lw = w.width
      } else {
        line.push(w)
        lw = need
      }
    }
    if (line.length) lines.push(line)
    this.ensure(lineH)
    const start = { page: this.pages.length, y: this.y }
    // Every line's pieces measured at once, then placed.
    const pieces = lines.map((l) => this.pieces(l, dir))
    this.measured(pieces.flat())
    for (const p of pieces) {
      this.ensure(lineH)
      this.place(p, x, width, this.y - maxSize, lineH, dir)
      this.y -= lineH
    }
    this.y -= opts.after ?? 4
    return start
  }

  /** Draws spans on one line from x at baseline y, without wrapping; returns the width. */
  inline(spans: readonly Span[], x: number, y: number): number {
    const words = this.words(spans)
    const w = words.reduce((n, wd, i) => n + wd.width + (i < words.length - 1 ? wd.space : 0), 0)
    this.drawLine(words, x, w, y, 10, directionOf(spans.map((s) => s.text).join('')))
    return w
  }

  /** The width spans would take on one line. */
  measure(spans: readonly Span[]): number {
    const words = this.words(spans)
    return words.reduce((n, wd, i) => n + wd.width + (i < words.length - 1 ? wd.space : 0), 0)
  }

  heading(text: string) {
    this.ensure(40)
    this.y -= 8
    this.para([{ text, face: 'bold', size: 12.5 }], { after: 2 })
    this.line(MARGIN_X, this.y + 1, MARGIN_X + CONTENT_W, this.y + 1, 'BFBFBF', 0.6)
    this.y -= 6
  }

  rect(x: number, y: number, w: number, h: number, fill: string, stroke = '888888') {
    this.ops.push({ t: 'rect', x, y, w, h, fill, stroke, lw: 0.5 })
  }

  line(x1: number, y1: number, x2: number, y2: number, color: string, w: number) {
    this.ops.push({ t: 'line', x1, y1, x2, y2, color, w })
  }
}

const BLOCK_STYLE: Record<BlockKind, Span> = {
  headline: { face: 'bold', size: 13, text: '' },
  dateline: { face: 'italic', size: 10, text: '' },
  byline: { face: 'italic', size: 10, text: '' },
  heading: { face: 'bold', size: 12, text: '' },
  paragraph: { size: 10.5, text: '' },
  caption: { size: 9, color: '333333', text: '' },
  creditLine: { size: 9, face: 'italic', color: '333333', text: '' },
}

function refSpan(a: ReportAnnotation): Span {
  return { text: String(a.n), face: 'bold', size: 6.5, rise: 3.6, bg: KIND_COLOR[a.kind], color: '111111' }
}

function layout(m: ReportModel, notice: string | null, canvas: PdfCanvas): Layout {
  const L = new Layout(canvas)
  const byN = new Map(m.annotations.map((a) => [a.n, a]))
  const grey = '555555'
  L.para([{ text: m.headline ?? 'Untitled story', face: 'bold', size: 18 }], { after: 6 })
  const meta = [
    m.source ? `Source: ${m.source}` : '',
    `Story: ${m.storyId}`,
    `Version: ${m.version}${m.agencyVersion && m.agencyVersion !== m.version ? ` (agency: ${m.agencyVersion})` : ''}`,
    `Format: ${m.format}`,
    m.dateline ? `Dateline: ${m.dateline}` : '',
    m.created ? `Created: ${m.created}` : '',
  ].filter(Boolean)
  L.para([{ text: meta.join('  ·  '), size: 8.5, color: grey }], { after: 1 })
  L.para([{ text: `Review state: ${m.review.text}`, size: 8.5, face: 'bold', color: grey }], { after: 1 })
  L.para([{ text: `Checked by ${m.checkedByText} at ${m.checkedAtText}`, size: 8.5, face: 'bold', color: grey }], { after: 6 })
  if (notice) L.para([{ text: notice, size: 8.5, face: 'italic', color: '9a1b1b' }], { after: 6 })
  // The summary: what is open, what was decided, with a rule beside it.
  const top = L.y
  L.para([{ text: m.summary.openText, face: 'bold', size: 9.5 }], { x: MARGIN_X + 8, width: CONTENT_W - 8, after: 1 })
  L.para([{ text: m.summary.decidedText, size: 9.5 }], { x: MARGIN_X + 8, width: CONTENT_W - 8, after: 2 })
  L.line(MARGIN_X + 1, top - 2, MARGIN_X + 1, L.y + 3, '555555', 2.5)
  L.y -= 6

  // Legend: a swatch per kind with its count and what it means, wrapping to a new line when the row is full.
  L.ensure(16)
  let lx = MARGIN_X
  const legendW = L.inline([{ text: 'Legend:', face: 'bold', size: 8.5 }], lx, L.y - 9)
  lx += legendW + 8
  for (const k of KINDS) {
    const label: Span = { text: `${KIND_LABEL[k]} (${m.counts[k]})`, size: 8.5, color: '000000' }
    const meaning: Span = { text: KIND_MEANING[k], size: 7.5, color: '555555' }
    const labelW = L.measure([label])
    const w = 22 + labelW + 4 + L.measure([meaning]) + 14
    if (lx + w > MARGIN_X + CONTENT_W) {
      L.y -= 14
      L.ensure(16)
      lx = MARGIN_X + legendW + 8
    }
    L.rect(lx, L.y - 10.5, 18, 9, KIND_COLOR[k])
    L.inline([label], lx + 22, L.y - 9)
    L.inline([meaning], lx + 26 + labelW, L.y - 9)
    lx += w
  }
  L.y -= 18

  const fc = m.findingCounts
  L.heading(`Open findings: ${findingCountPhrase(fc)}`)
  if (m.findings.length === 0) L.para([{ text: 'None.', size: 9.5 }])
  const SEV = { error: 'b00020', warning: '8a5a00', info: '555555' } as const
  for (const f of m.findings) {
    L.para(
      [
        { text: `${SEVERITY_LABEL[f.severity].toUpperCase()} `, face: 'bold', size: 9, color: SEV[f.severity] },
        { text: `${f.rule}: `, face: 'bold', size: 9 },
        { text: f.message, size: 9 },
        ...(f.excerpt ? [{ text: ` — “${f.excerpt}”`, size: 9, face: 'italic' as const, color: grey }] : []),
      ],
      { after: 2 },
    )
  }

  L.heading(`Dismissed findings (${m.dismissed.length})`)
  if (m.dismissed.length === 0) L.para([{ text: 'None.', size: 9.5 }])
  for (const d of m.dismissed) {
    L.para(
      [
        { text: `${d.rule}: `, face: 'bold', size: 9 },
        ...(d.excerpt ? [{ text: `“${d.excerpt}” `, size: 9, face: 'italic' as const, color: grey }] : []),
        { text: `Reason: ${d.reason}`, size: 9 },
        { text: ` — dismissed by ${d.by ?? 'not recorded'}, ${d.atText}`, size: 8.5, color: grey },
      ],
      { after: 2 },
    )
  }

  L.heading('Story')
  if (m.storySummary) {
    // Above the story, with a rule beside it: the teaser is not part of the checked text.
    const at = L.para([{ text: STORY_SUMMARY_LABEL, face: 'bold', size: 8, color: grey }], { x: MARGIN_X + 8, width: STORY_W - 8, after: 1 })
    L.para([{ text: m.storySummary.text, face: 'italic', size: 10.5 }], { x: MARGIN_X + 8, width: STORY_W - 8, after: 2, dir: m.storySummary.dir })
    // The rule is drawn only where the summary did not run over a page break.
    if (at.page === L.pages.length) L.line(MARGIN_X + 1, at.y - 2, MARGIN_X + 1, L.y + 3, '999999', 2)
    L.y -= 8
  }
  const noteX = MARGIN_X + STORY_W + NOTE_GAP
  for (const b of m.blocks) {
    const style = BLOCK_STYLE[b.kind]
    const spans: Span[] = []
    for (const s of b.segments) {
      const inner = s.marks.length ? byN.get(s.marks[s.marks.length - 1] as number) : undefined
      spans.push({ ...style, text: s.text, bg: inner ? KIND_COLOR[inner.kind] : null })
      for (const n of s.ends) spans.push(refSpan(byN.get(n) as ReportAnnotation))
    }
    const start = L.para(spans, { width: STORY_W, after: 7, dir: b.dir })
    const notes = b.marginNotes.map((n) => byN.get(n) as ReportAnnotation)
    if (notes.length === 0) continue
    const noteSpans = (a: ReportAnnotation): Span[] => [
      refSpan({ ...a }),
      { text: ` ${a.note ?? a.exact}`, size: 8 },
      { text: ` — ${a.author}`, size: 7.5, face: 'italic', color: grey },
    ]
    if (start.page === L.pages.length) {
      // Beside the block, on the same page: draw from the block's top, then continue below the longer of the two.
      const end = L.y
      L.y = start.y
      for (const a of notes) {
        L.line(noteX - 4, L.y, noteX - 4, L.y - 10, 'B3B3B3', 1.2)
        L.para(noteSpans(a), { x: noteX, width: NOTE_W, after: 3, leading: 1.3 })
      }
      if (L.pages.length === start.page) L.y = Math.min(L.y, end)
    } else {
      for (const a of notes) L.para(noteSpans(a), { x: MARGIN_X + 24, width: STORY_W - 24, after: 3 })
    }
  }

  const item = (a: ReportAnnotation, main: Span[], extra: string[]) => {
    L.para([refSpan(a), { text: '  ', size: 9.5 }, ...main], { after: 1 })
    for (const e of extra) L.para([{ text: e, size: 8.5, color: grey }], { x: MARGIN_X + 18, width: CONTENT_W - 18, after: 1 })
    L.y -= 3
  }
  const of = (k: string) => m.annotations.filter((a) => a.kind === k)
  L.heading(`Quotes (${m.counts.quote})`)
  if (m.counts.quote === 0) L.para([{ text: 'None.', size: 9.5 }])
  for (const a of of('quote')) {
    item(a, [{ text: `“${a.exact}”`, size: 9.5 }], [describe(a), ...(a.note ? [`Note: ${a.note}`] : [])])
  }
  L.heading(`Claims (${m.counts.claim})`)
  if (m.counts.claim === 0) L.para([{ text: 'None.', size: 9.5 }])
  for (const a of of('claim')) {
    item(
      a,
      [{ text: a.exact, size: 9.5 }],
      [describe(a), ...(a.evidence.length ? [`Evidence: ${a.evidence.join('  ')}`] : []), ...(a.note ? [`Note: ${a.note}`] : [])],
    )
  }
  L.heading(`Rejected suggestions (${m.rejected.length})`)
  if (m.rejected.length === 0) L.para([{ text: 'None.', size: 9.5 }])
  for (const a of m.rejected) {
    L.para([{ text: `${KIND_LABEL[a.kind]}: `, face: 'bold', size: 9 }, { text: `“${a.exact}”`, size: 9 }, { text: ` — ${a.decided.text}`, size: 8.5, color: grey }], { after: 2 })
  }
  const noted = m.annotations.filter((a) => a.note || a.kind === 'note')
  L.heading(`Notes (${noted.length})`)
  if (noted.length === 0) L.para([{ text: 'None.', size: 9.5 }])
  for (const a of noted) item(a, [{ text: a.note ?? '', size: 9.5 }], [`on “${a.exact}” — ${a.author}, ${a.updatedAtText}`])

  L.heading('Credits')
  if (m.credits.length === 0) L.para([{ text: 'None found.', size: 9.5 }])
  for (const c of m.credits) {
    L.ensure(13)
    const top = L.y
    L.para([{ text: c.role, face: 'bold', size: 9 }], { width: 110, after: 0 })
    const afterRole = L.y
    L.y = top
    L.para([{ text: c.name, size: 9 }, ...(c.detail && c.detail !== c.name ? [{ text: `  ${c.detail}`, size: 8.5, color: grey }] : [])], {
      x: MARGIN_X + 118,
      width: CONTENT_W - 118,
      after: 0,
    })
    L.y = Math.min(L.y, afterRole) - 3
  }
  if (m.orphans.length) {
    L.heading(`Annotations not found in this version (${m.orphans.length})`)
    for (const a of m.orphans) {
      L.para([{ text: `${KIND_LABEL[a.kind]}: `, face: 'bold', size: 9 }, { text: `“${a.exact}”${a.note ? ` — ${a.note}` : ''} (${a.author})`, size: 9 }])
    }
  }
  if (m.copyright || m.usageTerms) {
    L.y -= 8
    if (m.copyright) L.para([{ text: m.copyright, size: 8, color: grey }], { after: 1 })
    if (m.usageTerms) L.para([{ text: `Usage: ${m.usageTerms}`, size: 8, color: grey }], { after: 1 })
  }
  return L
}

/** Replays the laid-out pages on the engine, with a footer on each. */
function draw(L: Layout, canvas: PdfCanvas, title: string): Uint8Array {
  const total = L.pages.length
  const short = [...title].length > 70 ? `${[...title].slice(0, 69).join('')}…` : title
  L.pages.forEach((ops, i) => {
    L.ops = ops
    L.inline([{ text: `Wiremark report · ${short} · page ${i + 1} of ${total}`, size: 7.5, color: '737373' }], MARGIN_X, 30)
  })
  L.pages.forEach((ops, i) => {
    if (i > 0) canvas.addPage()
    for (const op of ops) {
      switch (op.t) {
        case 'text':
          canvas.text(op.text, op.x, op.y, op.font, op.size, op.color, op.actual)
          break
        case 'rect':
          canvas.rect(op.x, op.y, op.w, op.h, op.fill, op.stroke, op.lw)
          break
        case 'line':
          canvas.line(op.x1, op.y1, op.x2, op.y2, op.color, op.w)
          break
        default:
          assertNever(op)
      }
    }
  })
  return canvas.end()
}

function assertNever(x: never): never {
  throw new Error(`unknown drawing operation: ${JSON.stringify(x)}`)
}

/** Renders the report model to PDF bytes on the given engine (see pdf/canvas.ts). */
export function renderPdf(m: ReportModel, engine: PdfCanvasFactory): Uint8Array {
  const title = m.headline ?? 'Untitled story'
  const canvas = engine({
    title,
    author: m.checkedBy,
    subject: `Wiremark report: story ${m.storyId}, version ${m.version}`,
    created: m.checkedAt,
    language: m.language,
  })
  let L = layout(m, null, canvas)
  if (L.missing > 0) {
    const n = L.missing
    L = layout(
      m,
      `${n} character${n === 1 ? '' : 's'} in this report ${n === 1 ? 'is' : 'are'} in a script the fonts Wiremark ships do not cover (they draw Latin, Greek, Cyrillic, Arabic, Hebrew and Chinese) and show${n === 1 ? 's' : ''} as an empty box. The HTML and Word exports keep the full text.`,
      canvas,
    )
  }
  return draw(L, canvas, title)
}
