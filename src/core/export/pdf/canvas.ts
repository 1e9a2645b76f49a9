import type { FontFamily } from '../script'

/**
 * What the PDF report needs from a PDF engine: shaped text measured and drawn in the shipped fonts, boxes and
 * rules, pages, and the finished file. Core lays the report out; the engine (pdfkit with the fonts read from disk,
 * in main/services/exportPdf.ts) draws it, so core stays free of files and Node.
 *
 * Coordinates are PDF points with the origin at the bottom left of an A4 page.
 */

export const PAGE_WIDTH = 595.28
export const PAGE_HEIGHT = 841.89

export type FontFace = 'regular' | 'bold' | 'italic'

export interface FontRef {
  family: FontFamily
  face: FontFace
}

export interface PdfInfo {
  title: string
  author: string | null
  subject: string | null
  /** ISO timestamp */
  created: string | null
  /** BCP 47 tag of the story, for /Lang */
  language: string | null
}

export interface PdfCanvas {
  /** True when the family's font has a glyph for the code point. */
  covers(family: FontFamily, codePoint: number): boolean
  /** Advance width in points of `text` shaped in the font at `size`. */
  width(text: string, font: FontRef, size: number): number
  /**
   * Optional: the texts (without spaces) the layout is about to measure in a font, so that the engine can shape them
   * together. It changes no width.
   */
  prepare?(texts: readonly string[], font: FontRef): void
  /**
   * Draws `text` with its baseline starting at (x, y). The text is shaped as one run: a run of Arabic or Hebrew
   * letters is given in logical order and comes out right to left, anything else is drawn in the order given.
   * `actual`, when given, is what the drawn glyphs stand for in the text layer (a mirrored bracket: drawn ")",
   * copied as "(").
   */
  text(text: string, x: number, y: number, font: FontRef, size: number, color: string, actual?: string | null): void
  /** A rectangle, filled and/or stroked (hex RGB without '#'). */
  rect(x: number, y: number, w: number, h: number, fill: string | null, stroke?: string | null, lineWidth?: number): void
  line(x1: number, y1: number, x2: number, y2: number, color: string, width: number): void
  /** Starts a new page; the first page exists from the start. */
  addPage(): void
  /** Finishes the document and returns its bytes. */
  end(): Uint8Array
}

/** Opens a new document on an engine. */
export type PdfCanvasFactory = (info: PdfInfo) => PdfCanvas
