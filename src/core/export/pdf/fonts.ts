/**
 * Metrics and encoding for the PDF standard fonts Helvetica and Helvetica-Bold (Adobe AFM widths, 1/1000 em)
 * with WinAnsiEncoding. The standard fonts need no embedding but cover only the WinAnsi repertoire
 * (Western European Latin); `encodeWinAnsi` maps what it can and reports what it had to replace.
 */

/** Widths of WinAnsi codes 32..255 in Helvetica. */
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 584, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1010, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556,
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, 0,
  556, 0, 222, 556, 333, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
  0, 222, 222, 333, 333, 350, 556, 1000, 333, 1000, 500, 333, 944, 0, 500, 667,
  278, 333, 556, 556, 556, 556, 260, 556, 333, 737, 370, 556, 584, 333, 737, 333,
  400, 584, 333, 333, 333, 556, 537, 278, 333, 333, 365, 556, 834, 834, 834, 611,
  667, 667, 667, 667, 667, 667, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
  722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
  556, 556, 556, 556, 556, 556, 889, 500, 556, 556, 556, 556, 278, 278, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 584, 611, 556, 556, 556, 556, 500, 556, 500,
]

/** Widths of WinAnsi codes 32..255 in Helvetica-Bold. */
const HELVETICA_BOLD = [
  278, 333, 474, 556, 556, 889, 722, 238, 333, 333, 389, 584, 278, 584, 278, 278,
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 333, 333, 584, 584, 584, 611,
  975, 722, 722, 722, 722, 667, 611, 778, 722, 278, 556, 722, 611, 833, 722, 778,
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 333, 278, 333, 584, 556,
  333, 556, 611, 556, 611, 556, 333, 611, 611, 278, 278, 556, 278, 889, 611, 611,
  611, 611, 389, 556, 333, 611, 556, 778, 556, 556, 500, 389, 280, 389, 584, 0,
  556, 0, 278, 556, 500, 1000, 556, 556, 333, 1000, 667, 333, 1000, 0, 611, 0,
  0, 278, 278, 500, 500, 350, 556, 1000, 333, 1000, 556, 333, 944, 0, 500, 667,
  278, 333, 556, 556, 556, 556, 280, 556, 333, 737, 370, 556, 584, 333, 737, 333,
  400, 584, 333, 333, 333, 611, 556, 278, 333, 333, 365, 556, 834, 834, 834, 611,
  722, 722, 722, 722, 722, 722, 1000, 722, 667, 667, 667, 667, 278, 278, 278, 278,
  722, 722, 778, 778, 778, 778, 778, 584, 778, 722, 722, 722, 722, 667, 667, 611,
  556, 556, 556, 556, 556, 556, 889, 556, 556, 556, 556, 556, 278, 278, 278, 278,
  611, 611, 611, 611, 611, 611, 611, 584, 611, 611, 611, 611, 611, 556, 611, 556,
]

/** Unicode → WinAnsi byte for the 0x80..0x9F range, where WinAnsi differs from Latin-1. */
const WIN_ANSI_HIGH = new Map<number, number>([
  [0x20ac, 0x80], [0x201a, 0x82], [0x0192, 0x83], [0x201e, 0x84], [0x2026, 0x85], [0x2020, 0x86], [0x2021, 0x87], [0x02c6, 0x88], [0x2030, 0x89], [0x0160, 0x8a], [0x2039, 0x8b], [0x0152, 0x8c], [0x017d, 0x8e], [0x2018, 0x91], [0x2019, 0x92], [0x201c, 0x93], [0x201d, 0x94], [0x2022, 0x95], [0x2013, 0x96], [0x2014, 0x97], [0x02dc, 0x98], [0x2122, 0x99], [0x0161, 0x9a], [0x203a, 0x9b], [0x0153, 0x9c], [0x017e, 0x9e], [0x0178, 0x9f],
])

/** Characters outside WinAnsi with a faithful stand-in (letters without their mark, typographic variants). */
const STAND_IN: Record<string, string> = {
  'ł': 'l', 'Ł': 'L', 'đ': 'd', 'Đ': 'D', 'ħ': 'h', 'Ħ': 'H', 'ı': 'i', 'ŀ': 'l', 'Ŀ': 'L', 'ŧ': 't', 'Ŧ': 'T',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2015': '\u2014', '\u2212': '-', '\u2032': "'", '\u2033': '"',
  '\u2028': ' ', '\u2029': ' ', '\u202f': ' ', '\u2009': ' ', '\u200a': ' ', '\u2002': ' ', '\u2003': ' ', '\u2007': ' ', '\u2008': ' ',
  '\u200b': '', '\u200c': '', '\u200d': '', '\u200e': '', '\u200f': '', '\ufeff': '', '\u00ad': '',
  '\u201b': '\u2018', '\u201f': '\u201c', '\u2024': '.', '\u2043': '-', '\u2027': '\u00b7',
}

export type FontName = 'regular' | 'bold'

/** The replacement shown for a character the standard fonts cannot draw. */
export const REPLACEMENT = '?'

function codeOf(ch: string): number | null {
  const cp = ch.codePointAt(0) as number
  if (cp >= 0x20 && cp <= 0x7e) return cp
  if (cp >= 0xa0 && cp <= 0xff) return cp
  return WIN_ANSI_HIGH.get(cp) ?? null
}

/**
 * Encodes text as WinAnsi bytes. Characters outside WinAnsi become their stand-in, their base letter
 * without combining marks (NFD), or "?"; `replaced` counts the "?" so the document can say so.
 */
export function encodeWinAnsi(text: string): { bytes: number[]; replaced: number } {
  const bytes: number[] = []
  let replaced = 0
  for (const ch of text) {
    const direct = codeOf(ch)
    if (direct !== null) {
      bytes.push(direct)
      continue
    }
    const stand = STAND_IN[ch]
    if (stand !== undefined) {
      for (const c of stand) bytes.push(codeOf(c) as number)
      continue
    }
    const base = ch.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    const codes = [...base].map(codeOf)
    if (base !== ch && base.length > 0 && codes.every((c) => c !== null)) {
      for (const c of codes) bytes.push(c as number)
      continue
    }
    if (/[\t\n\r]/.test(ch)) {
      bytes.push(0x20)
      continue
    }
    bytes.push(0x3f)
    replaced++
  }
  return { bytes, replaced }
}

/** Width of WinAnsi bytes at a font size, in points. */
export function widthOf(bytes: readonly number[], font: FontName, size: number): number {
  const table = font === 'bold' ? HELVETICA_BOLD : HELVETICA
  let w = 0
  for (const b of bytes) w += b >= 32 ? (table[b - 32] ?? 556) : 0
  return (w * size) / 1000
}
