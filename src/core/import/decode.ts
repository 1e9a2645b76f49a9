import { analyse } from 'chardet'
import { ImportError } from './errors'

/** Larger inputs are refused before any decoding work. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024

export interface Decoded {
  text: string
  /** WHATWG name of the encoding used, e.g. "utf-8", "utf-16le", "windows-1252" */
  encoding: string
  /** Set when the file declared no charset and was not UTF-8 or UTF-16: the charset it was read as */
  detected?: string
  /** How `detected` was chosen: named by chardet, or the Windows-1252 fallback */
  detectedBy?: 'chardet' | 'fallback'
  /** Set when the file declared a Latin-1 charset but its bytes are UTF-8 (read as UTF-8): the declared charset */
  declaredOtherwise?: string
}

/** Throws ImportError('too_large') when the input is over the import size cap. */
export function checkSize(bytes: Uint8Array, file: string): void {
  if (bytes.length > MAX_IMPORT_BYTES) {
    const mb = (bytes.length / (1024 * 1024)).toFixed(1)
    throw new ImportError('too_large', `${file}: ${mb} MB is over the ${MAX_IMPORT_BYTES / (1024 * 1024)} MB import limit`, file)
  }
}

/** Well-known binary containers that are never wire text (PK zip is handled before decoding, as docx). */
const BINARY_MAGIC: { name: string; magic: number[] }[] = [
  { name: 'PNG image', magic: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', magic: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', magic: [0x47, 0x49, 0x46, 0x38] },
  { name: 'PDF document', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { name: 'gzip archive', magic: [0x1f, 0x8b] },
  { name: 'OLE2 (old Word) document', magic: [0xd0, 0xcf, 0x11, 0xe0] },
  { name: 'MP3 audio', magic: [0x49, 0x44, 0x33] },
]

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((b, i) => bytes[i] === b)
}

/** UTF-16 without a BOM shows as NULs in every other byte of ASCII-range text. */
function sniffUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 4096)
  if (n < 4) return null
  let evenNul = 0
  let oddNul = 0
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenNul++
    if (bytes[i + 1] === 0) oddNul++
  }
  const pairs = n / 2
  if (oddNul > pairs * 0.4 && evenNul < pairs * 0.05) return 'utf-16le'
  if (evenNul > pairs * 0.4 && oddNul < pairs * 0.05) return 'utf-16be'
  return null
}

/** The charset an XML declaration or an HTML meta tag names in the first bytes, lower-cased. */
function charsetHint(bytes: Uint8Array): string | null {
  const head = String.fromCharCode(...bytes.subarray(0, 2048))
  const xml = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/.exec(head)
  if (xml?.[1]) return xml[1].toLowerCase()
  const meta = /<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9._:-]+)/i.exec(head)
  if (meta?.[1]) return meta[1].toLowerCase()
  return null
}

// Windows-1252 0x80-0x9F; some runtimes (Node 20) decode "windows-1252" as ISO-8859-1 and leave C1 controls.
const CP1252_C1 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

function fixCp1252(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80] ?? c)
}

function tryDecode(label: string, bytes: Uint8Array, fatal: boolean): { text: string; encoding: string } | null {
  let decoder: TextDecoder
  try {
    decoder = new TextDecoder(label, { fatal, ignoreBOM: false })
  } catch (e) {
    // An unknown label (RangeError) means the hint cannot be used; the caller falls back.
    if (e instanceof RangeError) return null
    throw e
  }
  try {
    return { text: decoder.decode(bytes), encoding: decoder.encoding }
  } catch (e) {
    // fatal decoding throws TypeError on an invalid byte sequence
    if (e instanceof TypeError) return null
    throw e
  }
}

// C0 controls that no text or wire format uses. Wire formats do use SOH STX ETX EOT BEL BS TAB LF FF CR
// DLE DC1-4 SYN RS US and DEL, so those do not count against a file.
// eslint-disable-next-line no-control-regex
const ODD_CONTROL = /[\x00\x05\x06\x0b\x0e\x0f\x15\x17-\x1d]/g

// Every control character but TAB, LF, FF and CR. The wire formats frame their copy with a few (an ANPA table, the
// densest file in the fixtures, is 7% control bytes); a file of which a quarter is control bytes is no text of any
// format, even when they are all of the kinds the wire formats use.
// eslint-disable-next-line no-control-regex
const ANY_CONTROL = /[\x00-\x08\x0b\x0e-\x1f\x7f]/g
const MAX_CONTROL_SHARE = 0.25

/** Why decoded text is binary data rather than text, or null when it is text. */
function binaryReason(text: string, usedFallback: boolean, bytes: Uint8Array): string | null {
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text
  const controls = sample.match(ANY_CONTROL)?.length ?? 0
  if (controls > sample.length * MAX_CONTROL_SHARE) {
    return `the file is mostly control bytes (${Math.round((controls / sample.length) * 100)}% of its characters), not text`
  }
  const binary = 'the file is binary data, not text'
  const odd = sample.match(ODD_CONTROL)?.length ?? 0
  if (odd > 8 && odd > sample.length * 0.005) return binary
  // A short file is judged by proportion: a handful of control bytes in a few dozen is not text.
  if (odd >= 2 && odd > sample.length * 0.05) return binary
  if (usedFallback) {
    // Real Latin-1 / 1252 text is mostly ASCII; random bytes are half high-bit.
    const n = Math.min(bytes.length, 200_000)
    let high = 0
    for (let i = 0; i < n; i++) if ((bytes[i] ?? 0) >= 0x80) high++
    if (high > n * 0.3) return binary
  }
  return null
}

const LATIN1_LABELS = new Set(['iso-8859-1', 'iso8859-1', 'latin1', 'latin-1', 'l1', 'us-ascii', 'ascii', 'windows-1252', 'cp1252'])

/**
 * Decodes file bytes to text with \n line endings; guarantees an ImportError (too_large, empty,
 * unknown_format) instead of text for oversized, empty or binary input.
 */
export function decodeBytes(bytes: Uint8Array, file: string): Decoded {
  checkSize(bytes, file)
  if (bytes.length === 0) throw new ImportError('empty', `${file}: the file is empty`, file)
  for (const m of BINARY_MAGIC) {
    if (startsWith(bytes, m.magic)) throw new ImportError('unknown_format', `${file}: this is a ${m.name}, not wire text`, file)
  }

  let decoded: Decoded | null = null
  let usedFallback = false
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) decoded = tryDecode('utf-8', bytes, false)
  else if (startsWith(bytes, [0xff, 0xfe])) decoded = tryDecode('utf-16le', bytes, false)
  else if (startsWith(bytes, [0xfe, 0xff])) decoded = tryDecode('utf-16be', bytes, false)
  else {
    const utf16 = sniffUtf16(bytes)
    if (utf16) decoded = tryDecode(utf16, bytes, false)
  }
  if (!decoded) {
    const hint = charsetHint(bytes)
    // A hint that names UTF-16 on bytes without NULs is stale (the file was transcoded): ignore it.
    if (hint && !hint.startsWith('utf-16') && !hint.startsWith('utf-8') && !hint.startsWith('utf8') && !LATIN1_LABELS.has(hint)) {
      decoded = tryDecode(hint, bytes, false)
    }
    if (!decoded && !(hint && LATIN1_LABELS.has(hint) && hint !== 'us-ascii' && hint !== 'ascii')) {
      decoded = tryDecode('utf-8', bytes, true)
    } else if (!decoded && hint && hasMultibyteUtf8(bytes)) {
      // A Latin-1 declaration on bytes that hold UTF-8 sequences and nothing else (a feed that transcoded its copy
      // and kept the old header): Latin-1 text almost never forms valid UTF-8, so the declaration is stale.
      const utf8 = tryDecode('utf-8', bytes, true)
      if (utf8) decoded = { ...utf8, declaredOtherwise: hint }
    }
    if (!decoded && !hint) {
      // Declares nothing and is not UTF-8: ask chardet. A Cyrillic, Greek, Central European… single-byte text
      // is mostly high-bit bytes, which the Latin-1 fallback below would read as mojibake or refuse as binary.
      const guess = detectCharset(bytes)
      if (guess) {
        const d = tryDecode(guess, bytes, false)
        if (d) decoded = { ...d, detected: d.encoding, detectedBy: 'chardet' }
      }
    }
    if (!decoded) {
      // Invalid UTF-8 (or a Latin-1 hint): Windows-1252 is a superset of the printable Latin-1 range.
      decoded = tryDecode('windows-1252', bytes, false)
      if (decoded) decoded = hint ? { ...decoded, text: fixCp1252(decoded.text) } : { ...decoded, text: fixCp1252(decoded.text), detected: 'windows-1252', detectedBy: 'fallback' }
      usedFallback = true
    }
  }
  if (!decoded) throw new ImportError('encoding', `${file}: the text could not be decoded`, file)

  let text = decoded.text
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1)
  const binary = binaryReason(text, usedFallback, bytes)
  if (binary) throw new ImportError('unknown_format', `${file}: ${binary}`, file)
  text = text.replace(/\r\n?/g, '\n')
  // eslint-disable-next-line no-control-regex
  if (text.replace(/[\s\x00-\x1f\x7f\ufeff]+/g, '') === '') {
    throw new ImportError('empty', `${file}: the file has no text`, file)
  }
  if (decoded.declaredOtherwise) return { text, encoding: decoded.encoding, declaredOtherwise: decoded.declaredOtherwise }
  return decoded.detected ? { text, encoding: decoded.encoding, detected: decoded.detected, detectedBy: decoded.detectedBy } : { text, encoding: decoded.encoding }
}

/** True when the bytes hold at least one two- to four-byte UTF-8 sequence (a lead byte and its continuations). */
function hasMultibyteUtf8(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 200_000)
  for (let i = 0; i + 1 < n; i++) {
    const b = bytes[i] ?? 0
    if (b >= 0xc2 && b <= 0xf4 && ((bytes[i + 1] ?? 0) & 0xc0) === 0x80) return true
  }
  return false
}

/** chardet's confidence (0-100) below which its answer is not used: random bytes score under 5, Russian prose
 * in windows-1251, KOI8-R or ISO-8859-5 35-60 (measured on made-up samples of one and three sentences). */
const MIN_CONFIDENCE = 20

/**
 * The charset chardet names for bytes that declare none, when it is a single- or multi-byte charset other than
 * the Latin-1 family (which the Windows-1252 fallback reads already) and chardet is confident enough; else null.
 */
function detectCharset(bytes: Uint8Array): string | null {
  // chardet reads the whole input; 64 KB is plenty to tell a charset and keeps a 50 MB file cheap
  const top = analyse(bytes.subarray(0, 65536))[0]
  if (!top || top.confidence < MIN_CONFIDENCE) return null
  const name = top.name.toLowerCase()
  if (LATIN1_LABELS.has(name) || name.startsWith('utf') || name === 'ascii') return null
  return name
}
