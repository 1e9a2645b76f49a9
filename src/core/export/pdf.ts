import type { BlockKind } from '../article/types'
import { describe, findingCountPhrase, SEVERITY_LABEL, KIND_COLOR, KIND_LABEL, KIND_MEANING, KINDS, type ReportAnnotation, type ReportModel } from './model'
import { encodeWinAnsi, widthOf, type FontName } from './pdf/fonts'
import { PAGE_HEIGHT, PAGE_WIDTH, writePdf } from './pdf/writer'

/**
 * The annotated report as PDF, drawn from the same ReportModel as the HTML, with no browser: text wrapped
 * with the Helvetica metrics, coloured boxes behind marked words, numbered references, margin notes and
 * page breaks. The standard fonts cover Western European Latin only: other characters are replaced by
 * "?" (or their unaccented letter) and the first page says how many were replaced.
 */

const MARGIN_X = 48
const TOP = PAGE_HEIGHT - 54
const BOTTOM = 54
const CONTENT_W = PAGE_WIDTH - 2 * MARGIN_X
const NOTE_W = 132
const NOTE_GAP = 12
const STORY_W = CONTENT_W - NOTE_W - NOTE_GAP

type Face = FontName | 'italic'

interface Span {
  text: string
  face?: Face
  size?: number
  color?: string
  bg?: string | null
  rise?: number
}

interface Frag {
  bytes: number[]
  face: Face
  size: number
  color: string
  bg: string | null
  rise: number
  width: number
}

interface Word {
  parts: Frag[]
  width: number
  space: number
  spaceBg: string | null
}

const FONT_KEY: Record<Face, string> = { regular: 'F1', bold: 'F2', italic: 'F3' }

function rgb(hex: string): string {
  const n = parseInt(hex, 16)
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255].map((v) => (v / 255).toFixed(3)).join(' ')
}

function hexBytes(bytes: readonly number[]): string {
  let s = '<'
  for (const b of bytes) s += b.toString(16).padStart(2, '0')
  return `${s}>`
}

const num = (n: number) => (Math.round(n * 100) / 100).toString()

class Layout {
  pages: string[][] = []
  ops: string[] = []
  y = TOP
  replaced = 0

  constructor() {
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

  frag(text: string, s: Omit<Span, 'text'>): Frag {
    const { bytes, replaced } = encodeWinAnsi(text)
    this.replaced += replaced
    const face = s.face ?? 'regular'
    const size = s.size ?? 10
    return { bytes, face, size, color: s.color ?? '111111', bg: s.bg ?? null, rise: s.rise ?? 0, width: widthOf(bytes, face === 'bold' ? 'bold' : 'regular', size) }
  }

  words(spans: readonly Span[]): Word[] {
    const words: Word[] = []
    let cur: Word = { parts: [], width: 0, space: 0, spaceBg: null }
    for (const s of spans) {
      for (const piece of s.text.split(/( +|\n)/)) {
        if (piece === '') continue
        if (/^( +|\n)$/.test(piece)) {
          if (cur.parts.length === 0) continue
          cur.space = this.frag(' ', s).width
          cur.spaceBg = s.bg ?? null
          words.push(cur)
          cur = { parts: [], width: 0, space: 0, spaceBg: null }
          continue
        }
        const f = this.frag(piece, s)
        cur.parts.push(f)
        cur.width += f.width
      }
    }
    if (cur.parts.length) words.push(cur)
    return words
  }

  /** Splits a word wider than the column into pieces that fit (long URLs, ids). */
  splitWide(w: Word, width: number): Word[] {
    const out: Word[] = []
    let cur: Word = { parts: [], width: 0, space: 0, spaceBg: null }
    for (const p of w.parts) {
      for (const b of p.bytes) {
        const cw = widthOf([b], p.face === 'bold' ? 'bold' : 'regular', p.size)
        if (cur.width + cw > width && cur.parts.length) {
          out.push(cur)
          cur = { parts: [], width: 0, space: 0, spaceBg: null }
        }
        const last = cur.parts[cur.parts.length - 1]
        if (last && last.face === p.face && last.size === p.size && last.bg === p.bg && last.rise === p.rise && last.color === p.color) {
          last.bytes.push(b)
          last.width += cw
        } else cur.parts.push({ ...p, bytes: [b], width: cw })
        cur.width += cw
      }
    }
    cur.space = w.space
    cur.spaceBg = w.spaceBg
    out.push(cur)
    return out
  }

  drawLine(line: Word[], x: number, baseline: number, lineH: number) {
    let at = x
    line.forEach((w, i) => {
      for (const p of w.parts) {
        if (p.bg) this.ops.push(`${rgb(p.bg)} rg ${num(at)} ${num(baseline - lineH * 0.24)} ${num(p.width)} ${num(lineH * 0.96)} re f`)
        this.ops.push(
          `BT /${FONT_KEY[p.face]} ${num(p.size)} Tf ${rgb(p.color)} rg ${num(at)} ${num(baseline + p.rise)} Td ${hexBytes(p.bytes)} Tj ET`,
        )
        at += p.width
      }
      const next = line[i + 1]
      if (next) {
        if (w.spaceBg && next.parts[0]?.bg === w.spaceBg) {
          this.ops.push(`${rgb(w.spaceBg)} rg ${num(at)} ${num(baseline - lineH * 0.24)} ${num(w.space)} ${num(lineH * 0.96)} re f`)
        }
        at += w.space
      }
    })
  }

  /** Lays out wrapped text at x within width; returns the number of pages it started on and the top y. */
  para(spans: readonly Span[], opts: { x?: number; width?: number; after?: number; leading?: number } = {}) {
    const x = opts.x ?? MARGIN_X
    const width = opts.width ?? CONTENT_W
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
    for (const l of lines) {
      this.ensure(lineH)
      this.drawLine(l, x, this.y - maxSize, lineH)
      this.y -= lineH
    }
    this.y -= opts.after ?? 4
    return start
  }

  heading(text: string) {
    this.ensure(40)
    this.y -= 8
    this.para([{ text, face: 'bold', size: 12.5 }], { after: 2 })
    this.ops.push(`0.75 0.75 0.75 RG 0.6 w ${MARGIN_X} ${num(this.y + 1)} m ${num(MARGIN_X + CONTENT_W)} ${num(this.y + 1)} l S`)
    this.y -= 6
  }

  rect(x: number, y: number, w: number, h: number, fill: string, stroke = '888888') {
    this.ops.push(`${rgb(fill)} rg ${rgb(stroke)} RG 0.5 w ${num(x)} ${num(y)} ${num(w)} ${num(h)} re B`)
  }
}

const BLOCK_STYLE: Record<BlockKind, Span> = {
  headline: { face: 'bold', size: 13, text: '' },
  dateline: { face: 'italic', size: 10, text: '' },
  byline: { face: 'italic', size: 10, text: '' },
  heading: { face: 'bold', size: 10.5, text: '' },
  paragraph: { size: 10.5, text: '' },
  caption: { size: 9, color: '333333', text: '' },
  creditLine: { size: 9, face: 'italic', color: '333333', text: '' },
}

function refSpan(a: ReportAnnotation): Span {
  return { text: String(a.n), face: 'bold', size: 6.5, rise: 3.6, bg: KIND_COLOR[a.kind], color: '111111' }
}

function layout(m: ReportModel, notice: string | null): Layout {
  const L = new Layout()
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
  L.ops.push(`0.33 0.33 0.33 RG 2.5 w ${MARGIN_X + 1} ${num(top - 2)} m ${MARGIN_X + 1} ${num(L.y + 3)} l S`)
  L.y -= 6

  // Legend: a swatch per kind with its count and what it means, wrapping to a new line when the row is full.
  L.ensure(16)
  let lx = MARGIN_X
  const legend = L.frag('Legend:', { face: 'bold', size: 8.5 })
  L.ops.push(`BT /F2 8.5 Tf 0 0 0 rg ${lx} ${num(L.y - 9)} Td ${hexBytes(legend.bytes)} Tj ET`)
  lx += legend.width + 8
  for (const k of KINDS) {
    const label = L.frag(`${KIND_LABEL[k]} (${m.counts[k]})`, { size: 8.5 })
    const meaning = L.frag(KIND_MEANING[k], { size: 7.5 })
    const w = 22 + label.width + 4 + meaning.width + 14
    if (lx + w > MARGIN_X + CONTENT_W) {
      L.y -= 14
      L.ensure(16)
      lx = MARGIN_X + legend.width + 8
    }
    L.rect(lx, L.y - 10.5, 18, 9, KIND_COLOR[k])
    L.ops.push(`BT /F1 8.5 Tf 0 0 0 rg ${num(lx + 22)} ${num(L.y - 9)} Td ${hexBytes(label.bytes)} Tj ET`)
    L.ops.push(`BT /F1 7.5 Tf 0.333 0.333 0.333 rg ${num(lx + 26 + label.width)} ${num(L.y - 9)} Td ${hexBytes(meaning.bytes)} Tj ET`)
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
  const noteX = MARGIN_X + STORY_W + NOTE_GAP
  for (const b of m.blocks) {
    const style = BLOCK_STYLE[b.kind]
    const spans: Span[] = []
    for (const s of b.segments) {
      const inner = s.marks.length ? byN.get(s.marks[s.marks.length - 1] as number) : undefined
      spans.push({ ...style, text: s.text, bg: inner ? KIND_COLOR[inner.kind] : null })
      for (const n of s.ends) spans.push(refSpan(byN.get(n) as ReportAnnotation))
    }
    const start = L.para(spans, { width: STORY_W, after: 7 })
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
        L.ops.push(`0.7 0.7 0.7 RG 1.2 w ${num(noteX - 4)} ${num(L.y)} m ${num(noteX - 4)} ${num(L.y - 10)} l S`)
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

/** Renders the report model to PDF bytes. */
export function renderPdf(m: ReportModel): Uint8Array {
  let L = layout(m, null)
  if (L.replaced > 0) {
    const inStory = m.blocks.reduce((n, b) => n + encodeWinAnsi(b.segments.map((g) => g.text).join('')).replaced, 0)
    const what =
      inStory > 0
        ? `${inStory} character${inStory === 1 ? '' : 's'} of the story text cannot be drawn and appear${inStory === 1 ? 's' : ''} as "?"`
        : 'some characters in names or notes cannot be drawn and appear as "?"'
    L = layout(m, `This PDF uses the standard PDF fonts, which cover Western European Latin only: ${what}. The HTML and Word exports keep the full text.`)
  }
  const total = L.pages.length
  const title = m.headline ?? 'Untitled story'
  const pages = L.pages.map((ops, i) => {
    const footer = L.frag(`Wiremark report · ${title.length > 70 ? `${title.slice(0, 69)}…` : title} · page ${i + 1} of ${total}`, { size: 7.5 })
    return [...ops, `BT /F1 7.5 Tf 0.45 0.45 0.45 rg ${MARGIN_X} 30 Td ${hexBytes(footer.bytes)} Tj ET`].join('\n')
  })
  return writePdf(pages, {
    title,
    author: m.checkedBy,
    subject: `Wiremark report: story ${m.storyId}, version ${m.version}`,
    created: m.checkedAt,
    language: m.language,
  })
}
