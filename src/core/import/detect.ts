import type { FormatId } from '../article/types'
import { looksLikeAnpa } from './anpa'
import { looksLikeAtom } from './atom'
import { decodeBytes } from './decode'
import { looksLikeDigitalwires } from './digitalwires'
import { looksLikeIptc7901 } from './iptc7901'
import { looksLikeNinjs } from './ninjs'
import { looksLikeRBNews } from './rbnews'
import { firstElementName } from './xml'

/** Every format Wiremark reads, in the order the detector tries the binary and structured ones. */
export const FORMAT_IDS: readonly FormatId[] = [
  'docx',
  'ninjs',
  'digitalwires',
  'apmedia',
  'w3c',
  'newsml-g2',
  'newsml-1',
  'nitf',
  'sgml',
  'rbnews',
  'atom',
  'html',
  'anpa',
  'iptc7901',
  'text',
]

const G2_ROOTS = new Set(['newsItem', 'newsMessage', 'packageItem', 'knowledgeItem', 'conceptItem', 'planningItem', 'catalogItem'])
const HTML_ROOTS = new Set(['html', 'head', 'body', 'article', 'div', 'main', 'section', 'p', 'h1', 'h2', 'meta', 'title', 'header'])

/** True when bytes are a zip archive (PK\x03\x04), the container of .docx. */
export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

function extensionOf(name: string): string {
  const m = /\.([a-z0-9]+)$/i.exec(name)
  return m?.[1]?.toLowerCase() ?? ''
}

/** The format of a JSON text, by its keys. */
function jsonFormat(text: string): FormatId {
  const head = text.slice(0, 16384)
  if (/"api_version"\s*:/.test(head) && /"data"\s*:/.test(head)) return 'apmedia'
  if (looksLikeDigitalwires(text)) return 'digitalwires'
  if (/"@context"\s*:\s*(?:"[^"]*w3\.org\/ns\/anno|\[[^\]]*w3\.org\/ns\/anno)/.test(head) || /"type"\s*:\s*"Annotation(?:Collection|Page)?"/.test(head)) {
    return 'w3c'
  }
  if (looksLikeNinjs(text)) return 'ninjs'
  // Unknown JSON goes to the ninjs reader, the most general JSON news format; it reports what it misses.
  return 'ninjs'
}

/** The format of markup, by its first element; null when the root names no format we read. */
function markupFormat(text: string, ext: string): FormatId | null {
  const head = text.slice(0, 4096)
  if (/^\s*<!doctype\s+html/i.test(head)) return 'html'
  const root = firstElementName(text)
  if (!root) return null
  if (G2_ROOTS.has(root)) return 'newsml-g2'
  // A G2 contentSet on its own (as the IPTC guide prints its examples) holds one item's text
  if (root === 'contentSet' && /<inline(?:XML|Data)[\s>]/.test(text.slice(0, 65536))) return 'newsml-g2'
  if (root === 'NewsML' || root === 'NewsItem') return 'newsml-1'
  if (root === 'nitf') return 'nitf'
  if (root === 'REUTERS' || /^\s*<!DOCTYPE\s+lewis/i.test(head)) return 'sgml'
  if (HTML_ROOTS.has(root.toLowerCase())) return 'html'
  if (ext === 'html' || ext === 'htm' || ext === 'xhtml') return 'html'
  if (looksLikeRBNews(text, root)) return 'rbnews'
  if (looksLikeAtom(text, root)) return 'atom'
  // An XML root we do not know: read it as a page only when it has HTML body markup.
  if (/<(?:body|p)[\s>]/i.test(text.slice(0, 65536))) return 'html'
  return null
}

/**
 * The format of decoded text, from its content first; the file name's extension only settles what the
 * content leaves open. Returns null for markup whose root element names no format Wiremark reads.
 */
export function detectFormatText(text: string, name: string): FormatId | null {
  const ext = extensionOf(name)
  const start = text.replace(/^[\ufeff\s]+/, '').slice(0, 1)
  if (start === '{' || start === '[') return jsonFormat(text)
  if (looksLikeAnpa(text)) return 'anpa'
  if (looksLikeIptc7901(text)) return 'iptc7901'
  if (start === '<') return markupFormat(text, ext)
  if (/<html[\s>]|<body[\s>]/i.test(text.slice(0, 4096))) return 'html'
  return 'text'
}

/** Extensions that promise structured content, and the name of what they promise. */
const PROMISED: Readonly<Record<string, string>> = { xml: 'XML', nitf: 'XML', newsml: 'XML', json: 'JSON', html: 'HTML', htm: 'HTML', xhtml: 'HTML' }

/**
 * A warning when a file's name promises markup or JSON and its content is plain text (prose saved as story.xml): it
 * is read as plain text, and the editor is told why the file was not read as what it is called. Null otherwise.
 */
export function nameMismatch(format: FormatId, name: string): string | null {
  const ext = extensionOf(name)
  const promised = PROMISED[ext]
  return format === 'text' && promised ? `${name}: .${ext} file holds no ${promised}; read as plain text` : null
}

/** The format of a file from its bytes (magic bytes and content), with the name as a hint only. */
export function detectFormat(bytes: Uint8Array, name: string): FormatId | null {
  if (isZip(bytes)) return 'docx'
  // Only the head is needed to recognise a format; decoding it alone keeps detection cheap on big files.
  const head = bytes.subarray(0, 65536)
  return detectFormatText(decodeBytes(head, name).text, name)
}
