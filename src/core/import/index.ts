import type { Article, FormatId } from '../article/types'
import { parseAnpa } from './anpa'
import { parseApMedia } from './apmedia'
import { parseAtom } from './atom'
import { checkSize, decodeBytes } from './decode'
import { detectFormatText, isZip, nameMismatch } from './detect'
import { parseDigitalwires } from './digitalwires'
import { parseDocx } from './docx'
import { withCrossheads } from './crossheads'
import { ImportError } from './errors'
import { parseHtml } from './html'
import { extractInline, withoutSeparators } from './inline'
import { withNoteAnchors } from './noteAnchors'
import { parseIptc7901 } from './iptc7901'
import { parseNewsML1 } from './newsml1'
import { parseNewsMLG2 } from './newsmlg2'
import { parseNinjs } from './ninjs'
import { parseNITF } from './nitf'
import { parseRBNews } from './rbnews'
import { parseReutersSgml } from './sgml'
import { parseText } from './text'
import type { ParseResult } from './types'

export type { FormatId } from '../article/types'
export type { ParseResult } from './types'
export { FORMAT_IDS, detectFormat, detectFormatText } from './detect'
export { decodeBytes, MAX_IMPORT_BYTES } from './decode'
export { ImportError } from './errors'
export type { ImportErrorCode } from './errors'

function assertNever(x: never): never {
  throw new Error(`unhandled format: ${String(x)}`)
}

function parseAs(format: FormatId, text: string, name: string): ParseResult {
  switch (format) {
    case 'text':
      return parseText(text, name)
    case 'html':
      return parseHtml(text, name)
    case 'newsml-g2':
      return parseNewsMLG2(text, name)
    case 'newsml-1':
      return parseNewsML1(text, name)
    case 'nitf':
      return parseNITF(text, name)
    case 'ninjs':
      return parseNinjs(text, name)
    case 'digitalwires':
      return parseDigitalwires(text, name)
    case 'apmedia':
      return parseApMedia(text, name)
    case 'anpa':
      return parseAnpa(text, name)
    case 'iptc7901':
      return parseIptc7901(text, name)
    case 'sgml':
      return parseReutersSgml(text, name)
    case 'rbnews':
      return parseRBNews(text, name)
    case 'atom':
      return parseAtom(text, name)
    case 'w3c':
      throw new ImportError('unknown_format', `${name}: this is W3C Web Annotation JSON (annotations), not a story`, name)
    case 'docx':
      throw new ImportError('malformed', `${name}: a Word file must be read from its bytes`, name)
    default:
      return assertNever(format)
  }
}

/** Names the file in an ImportError's message when the parser did not, and turns any other exception into ImportError('malformed'). */
function asImportError(e: unknown, name: string): ImportError {
  if (e instanceof ImportError) {
    if (e.file && e.message.includes(e.file)) return e
    const file = e.file ?? name
    const named = new ImportError(e.code, e.message.includes(file) ? e.message : `${file}: ${e.message}`, file)
    named.stack = e.stack
    return named
  }
  const reason = e instanceof Error ? e.message : String(e)
  const wrapped = new ImportError('malformed', `${name}: ${reason}`, name)
  if (e instanceof Error) wrapped.stack = e.stack
  return wrapped
}

export interface ImportOptions {
  /**
   * Read short lines that stand alone between paragraphs as crossheads, in the formats that set them by shape only
   * (plain text, ANPA, IPTC 7901). On by default; off, they stay paragraphs (the tests compare the two).
   */
  crossheads?: boolean
}

/**
 * Reads a file's bytes into articles: checks size, decodes, detects the format from the content, parses,
 * and reads datelines, bylines, credits and crossheads from the body, whose separator lines ("___") go to clutter.
 * Any failure is thrown as an ImportError naming the file; nothing else escapes.
 */
export function importBytes(bytes: Uint8Array, name: string, options: ImportOptions = {}): ParseResult {
  try {
    checkSize(bytes, name)
    let result: ParseResult
    if (isZip(bytes)) {
      result = parseDocx(bytes, name)
    } else {
      const { text, detected, detectedBy, declaredOtherwise } = decodeBytes(bytes, name)
      const format = detectFormatText(text, name)
      if (!format) throw new ImportError('unknown_format', `${name}: the file is markup in no news format Wiremark reads`, name)
      result = parseAs(format, text, name)
      const mismatch = nameMismatch(format, name)
      if (mismatch) result = { ...result, warnings: [mismatch, ...result.warnings] }
      if (detected) {
        const how = detectedBy === 'chardet' ? 'as chardet detected' : 'the Western European default'
        const charsetWarning = `${name}: no charset declared and not UTF-8: read as ${detected} (${how})`
        result = { ...result, warnings: [charsetWarning, ...result.warnings] }
      }
      if (declaredOtherwise) {
        result = { ...result, warnings: [`${name}: declares ${declaredOtherwise} but its bytes are UTF-8: read as UTF-8`, ...result.warnings] }
      }
    }
    // A valid file may hold no story (a package listing members, a concept item); that is a warning.
    const warnings = result.articles.length === 0 ? [...result.warnings, `${name}: no story found in the file`] : result.warnings
    const read = (a: Article): Article => {
      const inline = extractInline(a)
      // Crossheads are read before the separator lines leave the body: AP sets a section head after "___".
      const shaped = options.crossheads === false ? inline : withCrossheads(inline)
      return withNoteAnchors(a, withoutSeparators(shaped))
    }
    return { articles: result.articles.map(read), warnings }
  } catch (e) {
    throw asImportError(e, name)
  }
}

/** Reads pasted text (or HTML) as a story, as if it were a file with the given name. */
export function importText(text: string, name: string, options: ImportOptions = {}): ParseResult {
  return importBytes(new TextEncoder().encode(text), name, options)
}
