/**
 * A tolerant HTML tokenizer and tree builder for core (no DOM here), plus block-aware text extraction.
 *
 * Safety: script, style and other raw-text elements are dropped with their content; attributes are kept
 * only as data for scoring and metadata and never rendered, so nothing executable survives into text.
 * Speed: one forward scan with indexOf; the tree depth is capped so later walks cannot overflow the stack.
 */

export interface HtmlElement {
  /** Lower-case tag name; '#root' for the document */
  tag: string
  /** Attributes with lower-case names; a null-prototype object */
  attrs: Record<string, string>
  children: HtmlNode[]
  parent: HtmlElement | null
}

export type HtmlNode = HtmlElement | string

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
/** Elements whose content is never markup; the dropped ones never reach the tree. */
const RAW_DROPPED = new Set(['script', 'style', 'noscript', 'iframe', 'noembed', 'noframes', 'xmp', 'template', 'plaintext'])
const RAW_KEPT = new Set(['title', 'textarea'])
/** An open <p> is closed by the start of any of these (HTML's "close a p element"). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav', 'ol', 'p',
  'pre', 'section', 'table', 'ul',
])
/** Elements that end a paragraph of text: their boundaries become line breaks in extracted text. */
export const BLOCK_TAGS = new Set([
  ...CLOSES_P, 'li', 'dd', 'dt', 'tr', 'tbody', 'thead', 'tfoot', 'caption', 'body', 'html', 'center', 'option',
  'legend', 'summary', 'picture', 'video', 'audio', 'canvas', 'map', 'object', 'address',
])
const MAX_DEPTH = 256

// Names of U+00A0..U+00FF in order: the Latin-1 range that wire and web pages use most.
const LATIN1_NAMES = (
  'nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute ' +
  'micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring AElig ' +
  'Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash ' +
  'Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc ' +
  'euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml ' +
  'yacute thorn yuml'
).split(' ')

const ENTITIES: Record<string, string> = Object.assign(Object.create(null) as Record<string, string>, {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
  ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019', sbquo: '\u201a',
  ldquo: '\u201c', rdquo: '\u201d', bdquo: '\u201e', lsaquo: '\u2039', rsaquo: '\u203a', bull: '\u2022',
  prime: '\u2032', Prime: '\u2033', dagger: '\u2020', Dagger: '\u2021', permil: '\u2030', euro: '\u20ac',
  trade: '\u2122', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwnj: '\u200c', zwj: '\u200d',
  lrm: '\u200e', rlm: '\u200f', minus: '\u2212', larr: '\u2190', rarr: '\u2192', uarr: '\u2191', darr: '\u2193',
  OElig: '\u0152', oelig: '\u0153', Scaron: '\u0160', scaron: '\u0161', Yuml: '\u0178', fnof: '\u0192',
  circ: '\u02c6', tilde: '\u02dc', alpha: '\u03b1', beta: '\u03b2', gamma: '\u03b3', delta: '\u03b4',
  mu: '\u03bc', pi: '\u03c0', sigma: '\u03c3', omega: '\u03c9', Delta: '\u0394', Omega: '\u03a9',
  hearts: '\u2665', check: '\u2713', star: '\u2606', nbhy: '\u2011', NewLine: '\n', Tab: '\t',
})
LATIN1_NAMES.forEach((name, i) => {
  ENTITIES[name] = String.fromCharCode(0xa0 + i)
})
// The legacy entities that browsers also accept without a trailing ';'.
const LEGACY_NO_SEMI = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg'])

// Windows-1252 meanings of C1 numeric references, as HTML specifies (&#150; is an en dash).
const C1_FIXUP: Record<number, number> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
}

/** Decodes HTML character references (named, decimal, hex); unknown ones stay as written. */
export function decodeHtmlEntities(s: string): string {
  if (s.indexOf('&') < 0) return s
  return s.replace(/&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31})(;?)/g, (whole, ref: string, semi: string) => {
    if (ref.charCodeAt(0) === 35 /* # */) {
      const hex = ref[1] === 'x' || ref[1] === 'X'
      let cp = parseInt(ref.slice(hex ? 2 : 1), hex ? 16 : 10)
      cp = C1_FIXUP[cp] ?? cp
      if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd'
      return String.fromCodePoint(cp)
    }
    const rep = ENTITIES[ref]
    if (rep === undefined) return whole
    if (!semi && !LEGACY_NO_SEMI.has(ref)) return whole
    return rep
  })
}

function newElement(tag: string, parent: HtmlElement | null): HtmlElement {
  return { tag, attrs: Object.create(null) as Record<string, string>, children: [], parent }
}

const ATTR_RE = /([^\s"'<>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g

function parseAttrs(src: string, into: Record<string, string>): void {
  ATTR_RE.lastIndex = 0
  for (let m = ATTR_RE.exec(src); m; m = ATTR_RE.exec(src)) {
    const name = (m[1] as string).toLowerCase()
    if (name in into) continue
    into[name] = decodeHtmlEntities(m[2] ?? m[3] ?? m[4] ?? '')
  }
}

/** Parses any HTML, however broken, into an element tree; never throws on malformed markup. */
export function parseHtmlTree(html: string): HtmlElement {
  const root = newElement('#root', null)
  const stack: HtmlElement[] = [root]
  const top = (): HtmlElement => stack[stack.length - 1] as HtmlElement
  const addText = (t: string): void => {
    if (!t) return
    const kids = top().children
    const last = kids[kids.length - 1]
    if (typeof last === 'string') kids[kids.length - 1] = last + t
    else kids.push(t)
  }
  const popTo = (i: number): void => {
    stack.length = Math.max(1, i)
  }
  const lastIndexOf = (tag: string, stopAt?: Set<string>): number => {
    for (let i = stack.length - 1; i > 0; i--) {
      const t = (stack[i] as HtmlElement).tag
      if (t === tag) return i
      if (stopAt?.has(t)) return -1
    }
    return -1
  }
  const LIST_SCOPE = new Set(['ul', 'ol', 'table', 'div', 'section', 'article'])
  const CELL_SCOPE = new Set(['table'])
  const P_SCOPE = new Set(['table', 'td', 'th', 'button', 'li', 'blockquote', 'figure', 'article', 'section', 'div'])

  const n = html.length
  let pos = 0
  while (pos < n) {
    const lt = html.indexOf('<', pos)
    if (lt < 0) {
      addText(decodeHtmlEntities(html.slice(pos)))
      break
    }
    if (lt > pos) addText(decodeHtmlEntities(html.slice(pos, lt)))
    pos = lt
    const c1 = html.charCodeAt(lt + 1)
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4)
      pos = end < 0 ? n : end + 3
      continue
    }
    if (c1 === 33 /* ! */ || c1 === 63 /* ? */) {
      if (html.startsWith('<![CDATA[', lt)) {
        const end = html.indexOf(']]>', lt + 9)
        addText(html.slice(lt + 9, end < 0 ? n : end))
        pos = end < 0 ? n : end + 3
        continue
      }
      const end = html.indexOf('>', lt + 2)
      pos = end < 0 ? n : end + 1
      continue
    }
    const isClose = c1 === 47 /* / */
    const nameStart = isClose ? lt + 2 : lt + 1
    const nc = html.charCodeAt(nameStart)
    const isLetter = (nc >= 65 && nc <= 90) || (nc >= 97 && nc <= 122)
    if (!isLetter) {
      // A '<' that starts no tag is text ("a < b").
      addText('<')
      pos = lt + 1
      continue
    }
    // The tag ends at the first '>' outside quotes.
    let end = nameStart
    let quote = 0
    for (; end < n; end++) {
      const c = html.charCodeAt(end)
      if (quote) {
        if (c === quote) quote = 0
      } else if (c === 34 || c === 39) {
        // Quotes only open inside an attribute value position (after '=').
        if (/=\s*$/.test(html.slice(Math.max(nameStart, end - 8), end))) quote = c
      } else if (c === 62) break
    }
    if (end >= n) {
      // An unterminated tag at the end of input: drop the rest.
      break
    }
    const inner = html.slice(nameStart, end)
    const nameMatch = /^[^\s/>]+/.exec(inner)
    const tag = (nameMatch ? nameMatch[0] : '').toLowerCase()
    pos = end + 1
    if (isClose) {
      const i = lastIndexOf(tag)
      if (i > 0) popTo(i)
      continue
    }
    if (RAW_DROPPED.has(tag) || RAW_KEPT.has(tag)) {
      const selfClosed = inner.endsWith('/')
      let close = -1
      if (!selfClosed) {
        const re = new RegExp(`</${tag}[\\s>/]`, 'ig')
        re.lastIndex = pos
        const m = re.exec(html)
        close = m ? m.index : -1
      }
      const content = selfClosed ? '' : html.slice(pos, close < 0 ? n : close)
      if (RAW_KEPT.has(tag)) {
        const el = newElement(tag, top())
        parseAttrs(inner.slice(tag.length), el.attrs)
        if (content) el.children.push(decodeHtmlEntities(content))
        top().children.push(el)
      } else if (tag === 'script') {
        // JSON-LD is metadata, not code: keep it (as data, never as text) for the metadata reader.
        const el = newElement(tag, top())
        parseAttrs(inner.slice(tag.length), el.attrs)
        if (/ld\+json/i.test(el.attrs.type ?? '')) {
          el.children.push(content)
          top().children.push(el)
        }
      }
      if (!selfClosed) {
        const gt = close < 0 ? -1 : html.indexOf('>', close)
        pos = gt < 0 ? n : gt + 1
      }
      continue
    }
    // Implied end tags, as browsers apply them.
    if (CLOSES_P.has(tag)) {
      const i = lastIndexOf('p', P_SCOPE)
      if (i > 0) popTo(i)
    }
    if (tag === 'li') {
      const i = lastIndexOf('li', LIST_SCOPE)
      if (i > 0) popTo(i)
    } else if (tag === 'dt' || tag === 'dd') {
      const i = Math.max(lastIndexOf('dt', new Set(['dl'])), lastIndexOf('dd', new Set(['dl'])))
      if (i > 0) popTo(i)
    } else if (tag === 'tr') {
      const i = lastIndexOf('tr', CELL_SCOPE)
      if (i > 0) popTo(i)
    } else if (tag === 'td' || tag === 'th') {
      const i = Math.max(lastIndexOf('td', new Set(['tr', 'table'])), lastIndexOf('th', new Set(['tr', 'table'])))
      if (i > 0) popTo(i)
    } else if (tag === 'option') {
      const i = lastIndexOf('option', new Set(['select']))
      if (i > 0) popTo(i)
    }
    const el = newElement(tag, top())
    parseAttrs(inner.slice(tag.length).replace(/\/\s*$/, ''), el.attrs)
    top().children.push(el)
    const selfClosing = VOID.has(tag) || (inner.endsWith('/') && (tag === 'svg' || tag.includes(':') || !BLOCK_TAGS.has(tag)))
    if (!selfClosing && stack.length < MAX_DEPTH) stack.push(el)
  }
  return root
}

/** Visits elements depth-first, in document order; `visit` returning false skips that element's subtree. */
export function walk(root: HtmlElement, visit: (el: HtmlElement) => boolean | void): void {
  const todo: HtmlElement[] = [root]
  while (todo.length) {
    const el = todo.pop() as HtmlElement
    if (visit(el) === false) continue
    for (let i = el.children.length - 1; i >= 0; i--) {
      const c = el.children[i]
      if (typeof c !== 'string') todo.push(c as HtmlElement)
    }
  }
}

/** All elements under `root` (inclusive) with one of `tags`, in document order. */
export function elementsByTag(root: HtmlElement, ...tags: string[]): HtmlElement[] {
  const set = new Set(tags)
  const out: HtmlElement[] = []
  walk(root, (el) => {
    if (set.has(el.tag)) out.push(el)
  })
  return out
}

/** Collapsed text of an element, without block structure (single spaces, trimmed). */
export function textContent(el: HtmlNode): string {
  if (typeof el === 'string') return el.replace(/\s+/g, ' ').trim()
  const parts: string[] = []
  const stack: HtmlNode[] = [el]
  while (stack.length) {
    const node = stack.pop() as HtmlNode
    if (typeof node === 'string') {
      parts.push(node)
      continue
    }
    if (node.tag === 'script' || node.tag === 'style') continue
    if (node.tag === 'br' || BLOCK_TAGS.has(node.tag) || node.tag === 'td' || node.tag === 'th') parts.push(' ')
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as HtmlNode)
  }
  return parts.join('').replace(/[\s\u00a0]+/g, ' ').trim()
}

export interface BlockTextOptions {
  /** Tags whose whole subtree is left out (e.g. figure, when captions travel separately) */
  skip?: ReadonlySet<string>
}

/** Headings inside a story body: crossheads between its paragraphs. */
const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])

/** One block of text: a paragraph, or the text of a heading element (a crosshead). */
export interface TextBlock {
  kind: 'paragraph' | 'heading'
  text: string
}

/**
 * Splits an element's text into blocks at block boundaries and <br>s; each is whitespace-normalised and
 * non-empty, and is a heading when it is the text of an h1–h6. Table cells of one row stay on one line.
 */
export function blockParts(root: HtmlElement, options: BlockTextOptions = {}): TextBlock[] {
  const out: TextBlock[] = []
  let cur = ''
  let inHeading = 0
  const flush = (): void => {
    const t = cur.replace(/[\s\u00a0]+/g, ' ').trim()
    if (t) out.push({ kind: inHeading > 0 ? 'heading' : 'paragraph', text: t })
    cur = ''
  }
  type Item = HtmlNode | { end: 'cell' | 'block' | 'heading' }
  const stack: Item[] = [root]
  while (stack.length) {
    const item = stack.pop() as Item
    if (typeof item === 'string') {
      cur += item
      continue
    }
    if ('end' in item) {
      if (item.end === 'cell') cur += ' '
      else flush()
      if (item.end === 'heading') inHeading--
      continue
    }
    const el = item
    if (el.tag === 'script' || el.tag === 'style' || options.skip?.has(el.tag)) continue
    if (el.tag === 'br') {
      flush()
      continue
    }
    const isBlock = BLOCK_TAGS.has(el.tag) || HEADING_TAGS.has(el.tag)
    const isCell = el.tag === 'td' || el.tag === 'th'
    if (isBlock) flush()
    if (isCell) cur += ' '
    if (HEADING_TAGS.has(el.tag)) {
      inHeading++
      stack.push({ end: 'heading' })
    } else if (isBlock) stack.push({ end: 'block' })
    else if (isCell) stack.push({ end: 'cell' })
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i] as HtmlNode)
  }
  flush()
  return out
}

/**
 * Splits an element's text into paragraphs at block boundaries and <br>s; each paragraph is
 * whitespace-normalised and non-empty. Table cells of one row stay on one line.
 */
export function blockTexts(root: HtmlElement, options: BlockTextOptions = {}): string[] {
  return blockParts(root, options).map((b) => b.text)
}

/** The blocks of an HTML fragment (a feed's body_html) with its crossheads marked: scripts dropped, entities decoded. */
export function htmlToBlocks(html: string, options: BlockTextOptions = {}): TextBlock[] {
  return blockParts(parseHtmlTree(html), options)
}

/** Paragraph texts of an HTML fragment (a feed's body_html): scripts dropped, entities decoded. */
export function htmlToParagraphs(html: string, options: BlockTextOptions = {}): string[] {
  return blockTexts(parseHtmlTree(html), options)
}

/** True for a class or id attribute value containing `re`. */
export function classAndId(el: HtmlElement): string {
  return `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`
}

/** Removes every element under `root` for which `pred` holds (with its subtree); returns how many. */
export function removeElements(root: HtmlElement, pred: (el: HtmlElement) => boolean): number {
  let removed = 0
  walk(root, (el) => {
    const before = el.children.length
    el.children = el.children.filter((c) => typeof c === 'string' || !pred(c))
    removed += before - el.children.length
  })
  return removed
}
