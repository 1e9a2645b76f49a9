import { unzipSync, type UnzipFileInfo } from 'fflate'
import { buildArticle, cleanBlockText } from '../article/build'
import type { Block, EditorialNote } from '../article/types'
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

/** Where a comment's range starts or ends inside a paragraph's text. */
interface CommentEdge {
  id: string
  edge: 'start' | 'end'
  at: number
}

interface WordParagraph {
  text: string
  style: string
  /** Comment range edges in `text`, as offsets of cleanBlockText(text) (the text of the paragraph's block) */
  edges: CommentEdge[]
}

/** The text of one w:p: runs in order, tabs as spaces, deleted (tracked) text left out, nested paragraphs excluded. */
function paragraphText(p: XmlElement): string {
  return paragraphWithEdges(p).text
}

/**
 * A paragraph's text with the comment ranges that start or end in it, placed in its block text (whitespace folded
 * and trimmed as cleanBlockText does): a start before the word that follows it, an end after the word before it.
 */
function paragraphWithEdges(p: XmlElement): { text: string; edges: CommentEdge[] } {
  let out = ''
  const raw: { id: string; edge: 'start' | 'end'; at: number }[] = []
  const stack: XmlElement[] = [...p.children].reverse().filter((c): c is XmlElement => typeof c !== 'string')
  while (stack.length) {
    const el = stack.pop() as XmlElement
    switch (el.local) {
      case 'commentRangeStart':
      case 'commentRangeEnd': {
        const id = attr(el, 'w:id')
        if (id !== null) raw.push({ id, edge: el.local === 'commentRangeStart' ? 'start' : 'end', at: out.length })
        continue
      }
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
  return { text: out.replace(/[ \t\u00a0]+/g, ' ').trim(), edges: foldEdges(out, raw) }
}

/** The spaces cleanBlockText folds: a run of them is one space in a block. */
const FOLDED_SPACE = /[\t\n\r\f\v \u00a0\u2028\u2029]/
const TRIMMED = /\s/

/**
 * Maps offsets of `raw` to offsets of its block text, cleanBlockText(raw) (which is raw with each run of folded
 * spaces made one space, then trimmed): a start goes before the next character kept, an end after the last one.
 */
function foldEdges(raw: string, edges: readonly CommentEdge[]): CommentEdge[] {
  if (edges.length === 0) return []
  // Where each character of raw lands in the folded (not yet trimmed) text; a run of spaces lands on one.
  const at = new Array<number>(raw.length)
  let folded = ''
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string
    if (FOLDED_SPACE.test(ch) && i > 0 && FOLDED_SPACE.test(raw[i - 1] as string)) {
      at[i] = folded.length - 1
      continue
    }
    at[i] = folded.length
    folded += FOLDED_SPACE.test(ch) ? ' ' : ch
  }
  let lead = 0
  while (lead < folded.length && TRIMMED.test(folded[lead] as string)) lead++
  const length = folded.trim().length
  const kept = (i: number) => !TRIMMED.test(folded[at[i] as number] as string)
  return edges.map((e) => {
    let pos: number
    if (e.edge === 'start') {
      let i = e.at
      while (i < raw.length && !kept(i)) i++
      pos = i < raw.length ? (at[i] as number) : folded.length
    } else {
      let j = e.at - 1
      while (j >= 0 && !kept(j)) j--
      pos = j >= 0 ? (at[j] as number) + 1 : 0
    }
    return { ...e, at: Math.max(0, Math.min(pos - lead, length)) }
  })
}

/**
 * The paragraphs of the body in document order (nested ones, in text boxes and table cells, after their container).
 * A comment range that starts or ends between paragraphs (Word allows it at body level) is placed at the start of
 * the next paragraph or the end of the one before.
 */
function paragraphs(doc: XmlElement, styles: Map<string, string>): WordParagraph[] {
  const out: WordParagraph[] = []
  let waiting: CommentEdge[] = []
  const stack: { el: XmlElement; inParagraph: boolean }[] = [{ el: doc, inParagraph: false }]
  while (stack.length) {
    const { el, inParagraph } = stack.pop() as { el: XmlElement; inParagraph: boolean }
    if (el.local === 'p') {
      const id = attr(find(childElements(el, 'pPr')[0], 'pStyle'), 'w:val') ?? ''
      const { text, edges } = paragraphWithEdges(el)
      out.push({ text, edges: [...waiting, ...edges], style: styles.get(id) ?? id.toLowerCase() })
      waiting = []
    } else if (!inParagraph && (el.local === 'commentRangeStart' || el.local === 'commentRangeEnd')) {
      const id = attr(el, 'w:id')
      const last = out[out.length - 1]
      if (id !== null && el.local === 'commentRangeStart') waiting.push({ id, edge: 'start', at: 0 })
      else if (id !== null && last) last.edges.push({ id, edge: 'end', at: cleanBlockText(last.text).length })
    }
    const inside = inParagraph || el.local === 'p'
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i] as XmlNode
      if (typeof c !== 'string' && c.local !== 'pPr' && c.local !== 'rPr' && c.local !== 'del') stack.push({ el: c, inParagraph: inside })
    }
  }
  return out
}

/**
 * Where each comment's range lies in the article's text: [start, end) from the edges of its range in the paragraphs
 * that became blocks. An edge in a paragraph that became no block (an empty one) moves to the nearest block: a start
 * to the next, an end to the one before. A comment without both edges, or on no words, has no anchor.
 */
function commentAnchors(all: readonly WordParagraph[], blockOf: ReadonlyMap<WordParagraph, Block>): Map<string, { start: number; end: number }> {
  const starts = new Map<string, number>()
  const ends = new Map<string, number>()
  // The nearest block at or after, and at or before, each paragraph (one pass each way).
  const nextBlock: (Block | null)[] = new Array<Block | null>(all.length).fill(null)
  const prevBlock: (Block | null)[] = new Array<Block | null>(all.length).fill(null)
  for (let i = all.length - 1, b: Block | null = null; i >= 0; i--) nextBlock[i] = b = blockOf.get(all[i] as WordParagraph) ?? b
  for (let i = 0, b: Block | null = null; i < all.length; i++) prevBlock[i] = b = blockOf.get(all[i] as WordParagraph) ?? b
  all.forEach((p, i) => {
    for (const e of p.edges) {
      let at: number | null = null
      const own = blockOf.get(p)
      if (own) at = own.start + Math.min(e.at, own.end - own.start)
      else if (e.edge === 'start') at = nextBlock[i]?.start ?? null
      else at = prevBlock[i]?.end ?? null
      if (at === null) continue
      if (e.edge === 'start' && !starts.has(e.id)) starts.set(e.id, at)
      if (e.edge === 'end') ends.set(e.id, at)
    }
  })
  const anchors = new Map<string, { start: number; end: number }>()
  for (const [id, start] of starts) {
    const end = ends.get(id)
    if (end !== undefined && end > start) anchors.set(id, { start, end })
  }
  return anchors
}

/**
 * The comments in word/comments.xml as desk notes: who wrote each, when, on which words, and what it says. A
 * comment is often the stringer's note to the desk (a source's phone number, "check the spelling"), so it is
 * kept as a non-public note: shown to the editor on its words, never exported.
 */
function commentNotes(xml: string | null, anchors: ReadonlyMap<string, { start: number; end: number }>, file: string): EditorialNote[] {
  if (!xml) return []
  const root = parseXml(xml, { file, lenient: true }).root
  const notes: EditorialNote[] = []
  for (const c of childElements(root, 'comment')) {
    const text = childElements(c, 'p')
      .map(paragraphText)
      .filter(Boolean)
      .join('\n')
    if (!text) continue
    const date = attr(c, 'w:date')?.trim()
    const anchor = anchors.get(attr(c, 'w:id') ?? '')
    notes.push({ kind: 'comment', text, author: attr(c, 'w:author')?.trim() || 'unknown', ...(date ? { date } : {}), ...(anchor ? { anchor } : {}) })
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
  const all = paragraphs(body, styleNames(utf8(files['word/styles.xml']), file))
  let paras = all.filter((p) => p.text !== '')

  let headline: WordParagraph | null = null
  const styled = paras.findIndex((p, i) => i < 5 && HEADLINE_STYLE.test(p.style))
  if (styled >= 0) {
    headline = paras[styled] as WordParagraph
    paras = paras.filter((_, i) => i !== styled)
  } else if (paras.length > 1) {
    const first = paras[0] as WordParagraph
    // A short first line without a full stop, followed by body text, is the stringer's headline.
    if (first.text.length <= 160 && !/[.!?:]["'”’»]?$/.test(first.text) && !BYLINE_LINE.test(first.text)) {
      headline = first
      paras = paras.slice(1)
    }
  }

  const bylines: string[] = []
  let bylinePara: WordParagraph | null = null
  const firstBody = paras[0]
  if (firstBody && firstBody.text.length < 100 && BYLINE_LINE.test(firstBody.text)) {
    bylinePara = firstBody
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
  const article = buildArticle({ format: 'docx', headline: headline?.text ?? null, bylines, created, paragraphs: paras.map((p) => p.text) })
  // Which block each paragraph became: the headline, the byline (the first one: a creator's comes after it), the body in order.
  const blockOf = new Map<WordParagraph, Block>()
  const of = (kind: Block['kind']) => article.blocks.filter((b) => b.kind === kind)
  if (headline && of('headline')[0]) blockOf.set(headline, of('headline')[0] as Block)
  if (bylinePara && of('byline')[0]) blockOf.set(bylinePara, of('byline')[0] as Block)
  of('paragraph').forEach((b, i) => {
    const p = paras[i]
    if (p) blockOf.set(p, b)
  })
  const notes = commentNotes(utf8(files['word/comments.xml']), commentAnchors(all, blockOf), file)
  return { articles: [{ ...article, notes }], warnings }
}
