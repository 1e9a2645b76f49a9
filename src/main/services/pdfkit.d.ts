// The parts of pdfkit 0.20 and fontkit 2 that the PDF export uses (neither package ships type declarations).

declare module 'fontkit' {
  /** A glyph of a font: opaque to the engine, which hands it from fontkit's shaping to pdfkit. */
  export interface Glyph {
    readonly id: number
    /** The characters the glyph stands for */
    readonly codePoints: readonly number[]
  }
  /** Where a shaped glyph goes, in font units. */
  export interface GlyphPosition {
    xAdvance: number
    yAdvance: number
    xOffset: number
    yOffset: number
  }
  export interface GlyphRun {
    readonly glyphs: Glyph[]
    readonly positions: GlyphPosition[]
    /** The direction the run was laid out in, from its script */
    readonly direction: 'ltr' | 'rtl'
    /** The sum of the positions' xAdvance */
    readonly advanceWidth: number
  }
  export interface Font {
    readonly postscriptName: string
    readonly unitsPerEm: number
    hasGlyphForCodePoint(codePoint: number): boolean
    /** Shapes `text` (GSUB and GPOS); `features` replaces the default features */
    layout(text: string, features?: string[]): GlyphRun
  }
  export function create(data: Uint8Array): Font
}

declare module 'pdfkit' {
  import type { Font } from 'fontkit'

  interface DocumentOptions {
    size?: string | [number, number]
    margin?: number
    autoFirstPage?: boolean
    pdfVersion?: '1.3' | '1.4' | '1.5' | '1.6' | '1.7'
    lang?: string
    displayTitle?: boolean
    /** The default font: a standard font name, font bytes, or a fontkit font */
    font?: string | Uint8Array | Font
    info?: { Title?: string; Author?: string; Subject?: string; Creator?: string; Producer?: string; CreationDate?: Date; ModDate?: Date }
  }

  interface TextOptions {
    lineBreak?: boolean
    baseline?: 'alphabetic' | 'top' | 'bottom' | 'middle' | number
    oblique?: boolean | number
    features?: string[]
    /** The text's width, when known: pdfkit does not measure it again */
    textWidth?: number
  }

  export default class PDFDocument {
    constructor(options?: DocumentOptions)
    readonly page: { width: number; height: number }
    /** A registered or already opened font by name, or a fontkit font */
    font(src: string | Font): this
    fontSize(size: number): this
    fillColor(color: string): this
    strokeColor(color: string): this
    lineWidth(width: number): this
    widthOfString(text: string, options?: TextOptions): number
    text(text: string, x: number, y: number, options?: TextOptions): this
    rect(x: number, y: number, w: number, h: number): this
    moveTo(x: number, y: number): this
    lineTo(x: number, y: number): this
    fill(color?: string): this
    stroke(color?: string): this
    fillAndStroke(fill?: string, stroke?: string): this
    save(): this
    restore(): this
    addPage(): this
    end(): void
    /** Node's Readable: the next buffered chunk of the file, or null */
    read(): Uint8Array | null
  }
}
