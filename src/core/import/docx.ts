import { unzipSync, type UnzipFileInfo } from 'fflate'
import { buildArticle, cleanBlockText } from '../article/build'
import type { EditorialNote } from '../article/types'
import { ImportError } from './errors'
import type { ParseResult } from './types'
import { attr, childElements, find, parseXml, textContent, type XmlElement, type XmlNode } from './xml'

/*
 * Word .docx (Office Open XML) from stringers: a zip holding word/document.xml (paragraphs w:p of runs
 * w:r with text w:t), word/styles.xml (style ids to names), docProps/core.xml (creator, created) and
 * word/comments.xml (the stringer's comments, anchored in the text by commentRangeStart/End).
 * Only those four entries are inflated; the declared sizes of all entries are capped first, so a zip
 * bomb is refused before any inflation work.
 */

/** Total declared uncompressed size above which a .docx is refused. */
export const MAX_DOCX_UNCOMPRESSED = 100 * 1024 * 1024
const MAX_ENTRIES = 10_000
const WANTED = new Set(['word/document.xml', 'word/styles.xml', 'docProps/core.xml', 'word/comments.xml'])

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]

/** True for a zip archive that names word/document.xml (a Word document, not any zip). */
export function looksLikeDocx(bytes: Uint8Array): boolean {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) return false
  // Entry names are stored uncompressed in the local headers and the central directory.
  const name = new TextEncoder().encode('word/document.xml')
  const first = name[0] as number
  outer: for (let i = 0; i + name.length <= bytes.length; i++) {
    if (bytes[i] !== first) continue
    for (let j = 1; j < name.length; j++) if (bytes[i + j] !== name[j]) continue outer
    return true
  }
  return false
}

function unzipWanted(bytes: Uint8Array, file: string): Record<string, Uint8Array> {
  let declared = 0
  let entries = 0
  let tooLarge = false
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, {
      filter: (f: UnzipFileInfo) => {
        entries++
        declared += f.originalSize
        if (declared > MAX_DOCX_UNCOMPRESSED || entries > MAX_ENTRIES) tooLarge = true
        return !tooLarge && WANTED.has(f.name)
      },
    })
  } catch (e) {
    if (tooLarge) throw new ImportError('too_large', `${file}: the Word file unpacks to more than ${MAX_DOCX_UNCOMPRESSED / (1024 * 1024)} MB`, file)
    // fflate reports a damaged or unsupported archive with a plain Error.
    throw new ImportError('malformed', `${file}: not a readable zip archive (${e instanceof Error ? e.message : String(e)})`, file)
  }
  if (tooLarge) throw new ImportError('too_large', `${file}: the Word file unpacks to more than ${MAX_DOCX_UNCOMPRESSED / (1024 * 1024)} MB (or holds over ${MAX_ENTRIES} entries)`, file)
  return files
}

const utf8 = (b: Uint8Array | undefined): string | null => (b ? new TextDecoder('utf-8').decode(b) : null)

/** Style id → lower-case style name ("Heading1" → "heading 1"), from word/styles.xml. */
function styleNames(xml: string | null, file: string): Map<string, string> {
  const names = new Map<string, string>()
  if (!xml) return names
  const root = parseXml(xml, { file, lenient: true }).root
  for (const s of childElements(root, 'style')) {
    const id = attr(s, 'w:styleId')
    const name = attr(find(s, 'name'), 'w:val')
    if (id && name) names.set(id, name.toLowerCase())
  }
  return names
}

interface WordParagraph {
  text: string
  style: string
}

/** The text of one w:p: runs in order, tabs as spaces, deleted (tracked) text left out, nested paragraphs excluded. */
function paragraphText(p: XmlElement): string {
  let out = ''
  const stack: XmlElement[] = [...p.children].reverse().filter((c): c is XmlElement => typeof c !== 'string')
  while (stack.length) {
    const el = stack.pop() as XmlElement
    switch (el.local) {
      case 't':
        out += textContent(el)
        continue
      case 'tab':
      case 'ptab':
        out += ' '
        continue
      case 'br':
      case 'cr':
        out += '\n'
        continue
      case 'noBreakHyphen':
        out += '-'
        continue
      // Deleted revisions, field codes, nested paragraphs (text boxes) and properties are not this paragraph's text.
      case 'del':
      case 'delText':
      case 'instrText':
      case 'p':
      case 'pPr':
      case 'rPr':
        continue
      default:
        for (let i = el.children.length - 1; i >= 0; i--) {
          const c = el.children[i]
          if (typeof c !== 'string') stack.push(c as XmlElement)
        }
    }
  }
  return out.replace(/[ \t\u00a0]+/g, ' ').trim()
}

function paragraphs(doc: XmlElement, styles: Map<string, string>): WordParagraph[] {
  const out: WordParagraph[] = []
  const stack: XmlElement[] = [doc]
  while (stack.length) {
    const el = stack.pop() as XmlElement
    if (el.local === 'p') {
      const id = attr(find(childElements(el, 'pPr')[0], 'pStyle'), 'w:val') ?? ''
      out.push({ text: paragraphText(el), style: styles.get(id) ?? id.toLowerCase() })
    }
    // Nested paragraphs (text boxes, tables in cells) come after their container, in document order.
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i] as XmlNode
      if (typeof c !== 'string' && c.local !== 'pPr' && c.local !== 'rPr' && c.local !== 'del') stack.push(c)
    }
  }
  return out
}

/** The words each comment range covers, by comment id, in document order (paragraph breaks as spaces). */
function commentedWords(body: XmlElement): Map<string, string> {
  const words = new Map<string, string>()
  const open = new Set<string>()
  const add = (s: string) => {
    for (const id of open) words.set(id, (words.get(id) ?? '') + s)
  }
  const walk = (el: XmlElement) => {
    switch (el.local) {
      case 'commentRangeStart': {
        const id = attr(el, 'w:id')
        if (id !== null) {
          open.add(id)
          if (!words.has(id)) words.set(id, '')
        }
        return
      }
      case 'commentRangeEnd': {
        const id = attr(el, 'w:id')
        if (id !== null) open.delete(id)
        return
      }
      case 't':
        add(textContent(el))
        return
      case 'tab':
      case 'ptab':
      case 'br':
      case 'cr':
        add(' ')
        return
      case 'del':
      case 'delText':
      case 'instrText':
      case 'pPr':
      case 'rPr':
        return
      default:
        for (const c of el.children) if (typeof c !== 'string') walk(c)
        if (el.local === 'p') add(' ')
    }
  }
  walk(body)
  return words
}

/**
 * The comments in word/comments.xml as desk notes: who wrote each, when, on which words, and what it says. A
 * comment is often the stringer's note to the desk (a source's phone number, "check the spelling"), so it is
 * kept as a non-public note: shown to the editor, never exported.
 */
function commentNotes(xml: string | null, body: XmlElement, file: string): EditorialNote[] {
  if (!xml) return []
  const root = parseXml(xml, { file, lenient: true }).root
  const words = commentedWords(body)
  const notes: EditorialNote[] = []
  for (const c of childElements(root, 'comment')) {
    const text = childElements(c, 'p')
      .map(paragraphText)
      .filter(Boolean)
      .join('\n')
    if (!text) continue
    const author = attr(c, 'w:author')?.trim() || 'unknown'
    const date = attr(c, 'w:date')?.trim()
    const on = cleanBlockText(words.get(attr(c, 'w:id') ?? '') ?? '')
    notes.push({ kind: 'comment', text: `${author}${date ? ` (${date})` : ''}${on ? ` on “${on}”` : ''}: ${text}` })
  }
  return notes
}

const HEADLINE_STYLE = /^(title|titel|titre|título|heading ?1|überschrift ?1|titre ?1)$/i
const BYLINE_LINE = /^(by|von|par|por|di|door|av)\s+\p{Lu}/iu
// Placeholder creators that Office writes for unnamed installs.
const GENERIC_CREATOR = /^(user|admin|administrator|owner|author|unknown|microsoft|windows|office|python-docx|docx|apache poi)\b/i

/** Reads a Word .docx into one article: headline from the Title/Heading 1 style or a short first line. */
export function parseDocx(bytes: Uint8Array, file: string): ParseResult {
  if (!ZIP_MAGIC.every((b, i) => bytes[i] === b)) throw new ImportError('unknown_format', `${file}: not a zip archive, so not a .docx`, file)
  const files = unzipWanted(bytes, file)
  const documentXml = utf8(files['word/document.xml'])
  if (!documentXml) throw new ImportError('unknown_format', `${file}: a zip archive without word/document.xml is not a Word document`, file)
  const warnings: string[] = []
  const doc = parseXml(documentXml, { file, lenient: true }).root
  const body = find(doc, 'body') ?? doc
  let paras = paragraphs(body, styleNames(utf8(files['word/styles.xml']), file)).filter((p) => p.text !== '')

  let headline: string | null = null
  const styled = paras.findIndex((p, i) => i < 5 && HEADLINE_STYLE.test(p.style))
  if (styled >= 0) {
    headline = (paras[styled] as WordParagraph).text
    paras = paras.filter((_, i) => i !== styled)
  } else if (paras.length > 1) {
    const first = paras[0] as WordParagraph
    // A short first line without a full stop, followed by body text, is the stringer's headline.
    if (first.text.length <= 160 && !/[.!?:]["'”’»]?$/.test(first.text) && !BYLINE_LINE.test(first.text)) {
      headline = first.text
      paras = paras.slice(1)
    }
  }

  const bylines: string[] = []
  const firstBody = paras[0]
  if (firstBody && firstBody.text.length < 100 && BYLINE_LINE.test(firstBody.text)) {
    bylines.push(firstBody.text)
    paras = paras.slice(1)
  }

  let created: string | null = null
  const coreXml = utf8(files['docProps/core.xml'])
  if (coreXml) {
    const core = parseXml(coreXml, { file, lenient: true }).root
    const creator = textContent(find(core, 'creator')).trim()
    if (!bylines.length && creator && !GENERIC_CREATOR.test(creator)) bylines.push(creator)
    created = textContent(find(core, 'created')).trim() || null
  }
  if (paras.length === 0) warnings.push(`${file}: the Word document has no body text`)
  const notes = commentNotes(utf8(files['word/comments.xml']), body, file)
  return {
    articles: [buildArticle({ format: 'docx', headline, bylines, created, paragraphs: paras.map((p) => p.text), notes })],
    warnings,
  }
}
