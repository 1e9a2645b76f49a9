import { normaliseItemDate } from '../article/itemDate'
import { buildArticle, type BodyPart } from '../article/build'
import type { Article, Dateline } from '../article/types'
import { capitalisedAlternation, ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS } from '../news/dates'
import { ImportError } from './errors'
import type { ParseResult } from './types'
import {
  attr,
  child,
  childElements,
  find,
  findAll,
  firstElementName,
  parseXml,
  textOf,
  type XmlElement,
} from './xml'

/*
 * NITF 3.x, and the body helpers that the other XML wire formats share: NITF travels inside NewsML-G2
 * inlineXML and NewsML 1.2 DataContent, and XHTML bodies are walked with the same block rules.
 */

/** Elements whose text is one paragraph (unless they hold further blocks). */
const BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hl1', 'hl2', 'li', 'dt', 'dd', 'blockquote',
  'bq', 'pre', 'tr', 'figcaption', 'caption', 'address', 'nitf-table-summary', 'fn'])
/** Elements that only group blocks. */
const CONTAINERS = new Set(['body', 'body.content', 'block', 'div', 'section', 'article', 'main', 'ul', 'ol', 'dl',
  'table', 'tbody', 'thead', 'tfoot', 'nitf-table', 'html', 'aside', 'footer', 'blockquote', 'bq', 'figure',
  'content', 'text', 'datacontent', 'center'])
/** Elements that never contribute body text. */
const SKIP = new Set(['head', 'script', 'style', 'title', 'meta', 'link', 'media', 'img', 'object', 'iframe',
  'video', 'audio', 'nav', 'noscript', 'svg', 'body.head', 'body.end', 'colgroup', 'col', 'nitf-col',
  'nitf-colgroup', 'media-reference', 'button', 'form', 'input', 'template'])

/** Text of an element with `<br>` and nested blocks turned into spaces (whitespace is normalised later). */
export function flatText(el: XmlElement): string {
  let out = ''
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') out += c
      else if (c.local === 'br' || c.local === 'BR') out += ' '
      else if (SKIP.has(c.local.toLowerCase())) continue
      else {
        const block = BLOCKS.has(c.local.toLowerCase()) || c.local === 'td' || c.local === 'th'
        if (block) out += ' '
        walk(c)
        if (block) out += ' '
      }
    }
  }
  walk(el)
  return out
}

function holdsBlocks(el: XmlElement): boolean {
  for (const c of el.children) {
    if (typeof c === 'string') continue
    const l = c.local.toLowerCase()
    if (BLOCKS.has(l) || CONTAINERS.has(l)) return true
  }
  return false
}

const clean = (s: string): string => s.replace(/\s+/g, ' ').trim()

/**
 * The paragraphs of a body element in document order: one per block element, loose text between blocks
 * as its own paragraph, inline markup flattened. `skip` drops further subtrees (e.g. an XHTML header).
 */
export function blockParagraphs(el: XmlElement, skip?: (e: XmlElement) => boolean): string[] {
  return blockParts(el, skip).map((b) => b.text)
}

/** Headings inside a story body (XHTML h1–h6, NITF hl2): crossheads between its paragraphs. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hl2'])

/** The blocks of an element as `blockParagraphs` splits them, with crossheads marked as headings. */
export function blockParts(el: XmlElement, skip?: (e: XmlElement) => boolean): BodyPart[] {
  const out: BodyPart[] = []
  const walk = (e: XmlElement): void => {
    let inline = ''
    const flush = (): void => {
      const t = clean(inline)
      if (t) out.push({ kind: 'paragraph', text: t })
      inline = ''
    }
    for (const c of e.children) {
      if (typeof c === 'string') {
        inline += c
        continue
      }
      const l = c.local.toLowerCase()
      if (SKIP.has(l) || (skip && skip(c))) continue
      if (l === 'br') {
        inline += ' '
      } else if (l === 'pre') {
        flush()
        for (const text of plainTextParagraphs(flatText(c))) out.push({ kind: 'paragraph', text })
      } else if (BLOCKS.has(l) && !holdsBlocks(c)) {
        flush()
        const t = clean(flatText(c))
        if (t) out.push({ kind: HEADINGS.has(l) ? 'heading' : 'paragraph', text: t })
      } else if (CONTAINERS.has(l) || BLOCKS.has(l) || holdsBlocks(c)) {
        flush()
        walk(c)
      } else {
        inline += flatText(c)
      }
    }
    flush()
  }
  walk(el)
  return out
}

/**
 * Splits plain wire text into paragraphs: a blank line or an indented line starts a new one (the old wire
 * convention). Lines within a paragraph are joined.
 */
export function plainTextParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n')
  // Indentation marks a new paragraph only when continuation lines are not indented themselves.
  const filled = lines.filter((l) => l.trim() !== '')
  const indentSplits = filled.some((l) => !/^[ \t]/.test(l))
  const out: string[] = []
  let cur: string[] = []
  const flush = (): void => {
    const t = clean(cur.join(' '))
    if (t) out.push(t)
    cur = []
  }
  for (const line of lines) {
    if (line.trim() === '') {
      flush()
      continue
    }
    if (indentSplits && /^[ \t]/.test(line) && cur.length) flush()
    cur.push(line)
  }
  flush()
  return out
}

/**
 * Paragraphs of text that may be escaped HTML ("&lt;p&gt;..." in a plain-text field): markup is read
 * tolerantly as blocks; anything else goes through plainTextParagraphs.
 */
export function textOrHtmlParagraphs(text: string): string[] {
  if (!/<(p|br|div|h[1-6]|li)[\s>/]/i.test(text)) return plainTextParagraphs(text)
  try {
    return blockParagraphs(parseXml(`<div>${text}</div>`, { lenient: true }).root)
  } catch (e) {
    if (!(e instanceof ImportError)) throw e
    return plainTextParagraphs(text.replace(/<[^<>]*>/g, '\n\n'))
  }
}

/** Compact or ISO date-times ("20231124T192141+0000", "2017-06-29T17:16:38+02:00") → ISO 8601, else null. */
export function isoDateTime(raw: string | null | undefined): string | null {
  if (!raw) return null
  const s = raw.trim()
  const m = /^(\d{4})-?(\d{2})-?(\d{2})(?:[T ](\d{2}):?(\d{2})(?::?(\d{2})(\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/.exec(s)
  if (!m) return null
  const [, y, mo, d, h, mi, sec, frac, zone] = m
  if (!h) return `${y}-${mo}-${d}`
  let z = zone ?? ''
  if (z && z !== 'Z' && !z.includes(':')) z = `${z.slice(0, 3)}:${z.slice(3)}`
  return `${y}-${mo}-${d}T${h}:${mi}:${sec ?? '00'}${frac ?? ''}${z}`
}

/** The date part (yyyy-mm-dd) of an ISO or compact date-time. */
export function isoDate(raw: string | null | undefined): string | null {
  const iso = isoDateTime(raw)
  return iso ? iso.slice(0, 10) : null
}

const CREDIT_LABEL = /(?:^|[\s.(])((?:Photo|Foto|Bild|Picture|Image|Photo credit|Credit|Crédit photo|Fotó|Kuva)\s*:\s*)([^:]{2,100})$/i
const PHOTO_BY = /\(\s*((?:Photo|Picture|Foto|Image)s?\s+(?:by|von|de|par)\s+[^()]{2,100})\)\s*$/i
const TAGS = /\s*\([A-Z][A-Z .,'&/-]*-\s*Tags:[^()]*\)\s*$/
const SLASH_CREDIT = /(?:^|\s)((?:[\p{Lu}][\p{L}'-]*(?:[ -][\p{Lu}\p{Ll}][\p{L}'-]*){0,4}\/)+[\p{Lu}][\p{L}.'-]*(?:[ -][\p{Lu}\p{Ll}][\p{L}.'-]*){0,5})\s*$/u

/**
 * Splits a picture caption into its text and the credit printed at its end ("... Foto: Jörg Carstensen/dpa",
 * "... (Photo by X/Getty Images)", "... REUTERS/Marko Djurica (KENYA - Tags: ...)"); credit null when none.
 */
export function splitCaptionCredit(caption: string): { text: string; credit: string | null } {
  let s = clean(caption)
  s = s.replace(TAGS, '')
  let m = PHOTO_BY.exec(s)
  if (m) return { text: s.slice(0, m.index).trim(), credit: clean(m[1]!) }
  m = CREDIT_LABEL.exec(s)
  if (m && m[2] && !/[.!?]\s/.test(m[2])) {
    const at = m.index + m[0].length - m[1]!.length - m[2].length
    return { text: s.slice(0, at).trim(), credit: m[2].trim().replace(/(?<![.)])[.)]+$/, '') }
  }
  m = SLASH_CREDIT.exec(s)
  if (m && m[1] && m.index > 0) return { text: s.slice(0, m.index).trim(), credit: m[1].trim() }
  return { text: s, credit: null }
}

/** Joins a byline and its title ("By X" + "Staff Reporter" → "By X, Staff Reporter"). */
function bylineText(el: XmlElement): string | null {
  const titles = childElements(el, 'byttl').map((t) => textOf(t)).filter((t): t is string => !!t)
  const own = clean(
    // An element (a <person>) is a word of its own: "By<person>Ana Ruiz</person>" is "By Ana Ruiz".
    el.children.map((c) => (typeof c === 'string' ? c : c.local === 'byttl' ? ' ' : ` ${flatText(c)} `)).join(''),
  )
    .replace(/\s+([,;:.])/g, '$1')
    .replace(/[,;]\s*$/, '')
  const parts = [own, ...titles].filter(Boolean)
  return parts.length ? parts.join(', ') : null
}

/** What a NITF `<body>` (or a whole `<nitf>`) carries. */
export interface NitfBodyParts {
  headline: string | null
  bylines: string[]
  dateline: Dateline | null
  source: string | null
  copyright: string | null
  /** The item's summary: its abstract, else the deck its hedline sets under the headline (`deckOf`) */
  summary: string | null
  paragraphs: string[]
  /** The body with its crossheads (hl2, h1–h6) marked; `paragraphs` is its paragraphs only */
  body: BodyPart[]
  captions: { text: string; credit: string | null; creditLine: string | null }[]
  creditLines: string[]
}

/** Reads a NITF dateline element: location text as place, story.date as date. */
export function nitfDateline(el: XmlElement | null): Dateline | null {
  if (!el) return null
  const storyDate = child(el, 'story.date')
  const date = isoDate(attr(storyDate, 'norm') ?? textOf(storyDate))
  const location = child(el, 'location')
  const place = textOf(child(location, 'city')) ?? textOf(location)
  const text = clean(
    el.children.map((c) => (typeof c === 'string' ? c : c.local === 'story.date' ? ' ' : flatText(c))).join(''),
  )
  if (!text && !place) return null
  return { text: text || place!, place: place ?? (text ? placeFromDateline(text) : null), date }
}

const MONTH_WORD = new RegExp(
  String.raw`(?:^|\s+)(?:${capitalisedAlternation([...ENGLISH_MONTHS, ...ENGLISH_MONTH_ABBREVIATIONS])})\.?(?=\s*\d).*$`,
  'i',
)

/**
 * The place of a printed dateline, or null when it names none: "Erfurt (dpa) - " → "Erfurt",
 * "MOSCOW, Monday (Reuters)" → "MOSCOW", "SYDNEY March 22 AAP -" → "SYDNEY", "4/4/2018" → null.
 */
export function placeFromDateline(text: string): string | null {
  let head = clean(text).split(/[,(\u2013\u2014]| - | _ |\.-/, 1)[0]!.trim()
  head = head.replace(MONTH_WORD, '').replace(/\s+\d.*$/, '').replace(/(?<![\s\-_:])[\s\-_:]+$/, '')
  if (!head || /\d/.test(head) || head.length > 60) return null
  return head
}

/** True for a transmission timestamp or bare date ("2014-07-16 15:53:10 GMT+00:00", "4/4/2018"). */
export function isTimestamp(text: string): boolean {
  const t = clean(text)
  return /^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?( ?(GMT|UTC|Z)?[+-]?\d{0,2}:?\d{0,2})?$/i.test(t)
}

/** Desk or routing initials such as "gr/bp" are not bylines. */
export function isDeskInitials(text: string): boolean {
  return /^\p{Ll}{1,5}(\s*\/\s*\p{Ll}{1,5})+$/u.test(clean(text))
}

const sameLine = (a: string, b: string): boolean => a.localeCompare(b, undefined, { sensitivity: 'base' }) === 0
const inCapitals = (t: string): boolean => t === t.toUpperCase() && /\p{Lu}/u.test(t)

/**
 * The deck of a NITF hedline: its hl2 lines under the headline (hl1), joined by " • ", or null. A line that repeats the
 * headline (a feed may send the original headline so) is no deck, nor is a label in capitals over a headline that is not
 * (a topic kicker, "WEATHER").
 */
function deckOf(hedline: XmlElement | null, headline: string | null): string | null {
  const lines = (hedline ? childElements(hedline, 'hl2') : [])
    .map((h) => textOf(h))
    .filter((t): t is string => !!t && !(headline && sameLine(t, headline)) && !(inCapitals(t) && !(headline && inCapitals(headline))))
  return lines.length ? lines.join(' • ') : null
}

/** Extracts headline, bylines, dateline, summary, paragraphs and captions from a NITF `<nitf>` or `<body>` element. */
export function nitfBody(el: XmlElement): NitfBodyParts {
  const body = el.local === 'body' ? el : (child(el, 'body') ?? el)
  const head = child(body, 'body.head')
  const hedline = child(head, 'hedline')
  // The document's head/title where the body carries no hl1 (an inline NITF in a G2 item is read from its <nitf>).
  const headline = textOf(child(hedline, 'hl1')) ?? (el.local === 'nitf' ? textOf(child(child(el, 'head'), 'title')) : null)
  const bylines = head
    ? childElements(head, 'byline').map(bylineText).filter((t): t is string => !!t && !isDeskInitials(t))
    : []
  const content = child(body, 'body.content')
  const blocks = blockParts(content ?? body)
  const paragraphs = blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text)
  const captions: NitfBodyParts['captions'] = []
  for (const media of findAll(content ?? body, 'media')) {
    const cap = textOf(child(media, 'media-caption'))
    if (!cap) continue
    const producer = textOf(child(media, 'media-producer'))
    const split = splitCaptionCredit(cap)
    captions.push({ text: split.text, credit: split.credit ?? producer, creditLine: producer })
  }
  const end = child(body, 'body.end')
  const creditLines = end ? blockParagraphs(end) : []
  const rights = child(head, 'rights')
  const owner = textOf(child(rights, 'rights.owner'))
  return {
    headline,
    bylines,
    dateline: nitfDateline(child(head, 'dateline')),
    source: textOf(child(head, 'distributor')) ?? owner,
    copyright: owner ? `© ${owner}` : null,
    summary: textOf(child(head, 'abstract')) ?? deckOf(hedline, headline),
    paragraphs,
    body: blocks,
    captions,
    creditLines,
  }
}

/** Cheap sniff: the first element is `<nitf>`. */
export function looksLikeNITF(text: string): boolean {
  return firstElementName(text) === 'nitf'
}

/** Parses a NITF 3.x document into one Article. Throws ImportError on malformed or unsafe XML. */
export function parseNITF(text: string, file: string): ParseResult {
  const { root } = parseXml(text, { file })
  if (root.local !== 'nitf') throw new ImportError('unknown_format', `root element is <${root.name}>, not <nitf>`, file)
  const warnings: string[] = []
  const head = child(root, 'head')
  const docdata = child(head, 'docdata')
  const body = nitfBody(root)
  if (!body.paragraphs.length) warnings.push('NITF document has no body text')
  const copyrightEl = child(docdata, 'doc.copyright')
  const holder = attr(copyrightEl, 'holder')
  const year = attr(copyrightEl, 'year')
  const copyright = holder ? `© ${year ? `${year} ` : ''}${holder}` : body.copyright
  const notes: Article['notes'] = []
  for (const m of childElements(docdata ?? root, 'ed-msg')) {
    const info = attr(m, 'info')
    if (info?.trim()) notes.push({ kind: 'ed-msg', text: info.trim() })
  }
  const corrections: string[] = []
  const correction = child(docdata, 'correction')
  if (correction) corrections.push(attr(correction, 'info')?.trim() || 'correction')
  const status = attr(docdata, 'management-status')
  if (status && status !== 'usable') corrections.push(status)
  const idEl = child(docdata, 'doc-id')
  const duKey = child(docdata, 'du-key')
  const rights = child(docdata, 'doc.rights')
  const subject = find(head, 'tobject.subject')
  const section = attr(subject, 'tobject.subject.type') ?? attr(child(head, 'tobject'), 'tobject.type')
  const article = buildArticle({
    format: 'nitf',
    agencyId: attr(idEl, 'id-string') || attr(duKey, 'key') || null,
    version: attr(duKey, 'version'),
    headline: body.headline ?? textOf(child(head, 'title')),
    // distributor, else the registering source, the rights agent, and last the copyright holder
    source: body.source ?? attr(idEl, 'regsrc') ?? attr(rights, 'agent') ?? attr(rights, 'owner') ?? holder,
    section: section?.trim() || null,
    slugline: attr(child(child(docdata, 'key-list'), 'keyword'), 'key'),
    dateline: body.dateline,
    datelineBlock: !!body.dateline && !startsWithDateline(body.paragraphs[0], body.dateline),
    bylines: body.bylines,
    creditLines: body.creditLines,
    copyright,
    usageTerms: attr(rights, 'type'),
    language: attr(root, 'baselang') ?? attr(root, 'xml:lang'),
    created: isoDateTime(attr(child(docdata, 'date.issue'), 'norm')),
    dates: {
      created: isoDateTime(attr(child(docdata, 'date.issue'), 'norm')),
      // date.release: when the item may be published, which is an embargo when it lies after the issue time
      embargoUntil: releaseAfterIssue(attr(child(docdata, 'date.issue'), 'norm'), attr(child(docdata, 'date.release'), 'norm')),
    },
    corrections,
    paragraphs: body.paragraphs,
    body: body.body,
    summary: body.summary,
    captions: body.captions,
    notes,
  })
  return { articles: [article], warnings }
}

/** True when the first paragraph already prints the dateline, so it must not be shown twice. */
export function startsWithDateline(first: string | undefined, dateline: Dateline): boolean {
  if (!first) return false
  const key = (dateline.place ?? dateline.text).trim().toLowerCase()
  return key !== '' && first.slice(0, key.length + 40).toLowerCase().includes(key)
}

/** NITF date.release when it is later than date.issue (an embargo), else null. */
function releaseAfterIssue(issue: string | null, release: string | null): string | null {
  const r = normaliseItemDate(isoDateTime(release))
  const i = normaliseItemDate(isoDateTime(issue))
  if (!r) return null
  return !i || Date.parse(r) > Date.parse(i) ? r : null
}
