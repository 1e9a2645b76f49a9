import { ImportError } from './errors'

/**
 * A small, safe, non-validating XML parser for wire formats.
 *
 * Safety: it never expands entities declared in a DTD and never fetches anything. A DOCTYPE that declares
 * entities (the "billion laughs" bomb, external SYSTEM/PUBLIC entities) is refused as 'unsafe'; a DOCTYPE
 * that only names an external DTD (`<!DOCTYPE nitf SYSTEM "nitf.dtd">`) is skipped. Undeclared named
 * entities other than the XML and common HTML ones are kept as literal text.
 * Speed: one forward scan with indexOf; no backtracking regular expressions over the input.
 */

export interface XmlElement {
  /** Qualified name as written, e.g. "xhtml:p" */
  name: string
  /** Name without prefix, e.g. "p" */
  local: string
  prefix: string | null
  /** Resolved namespace URI, or null when none is in scope */
  ns: string | null
  /** Attributes keyed by their qualified name as written */
  attrs: Record<string, string>
  children: XmlNode[]
  /** 1-based line of the start tag */
  line: number
}

export type XmlNode = XmlElement | string

export interface XmlDocument {
  root: XmlElement
  /** The DOCTYPE's root name when one was present */
  doctype: string | null
}

export interface XmlParseOptions {
  /** File name for errors */
  file?: string
  /**
   * Close elements left open at end of input instead of failing (tolerant mode for SGML-ish input).
   * Mismatched end tags still fail unless this is set, in which case they close the nearest match.
   */
  lenient?: boolean
}

/** Deeper nesting is refused, so that the recursive helpers below can never overflow the stack. */
const MAX_DEPTH = 1000

const XML_NS = 'http://www.w3.org/XML/1998/namespace'

/** Named entities decoded without any DTD: the XML five and the HTML ones wire copy actually uses. */
const NAMED_ENTITIES: Record<string, string> = {
  lt: '<', gt: '>', amp: '&', quot: '"', apos: "'",
  nbsp: '\u00a0', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', lsquo: '\u2018', rsquo: '\u2019',
  ldquo: '\u201c', rdquo: '\u201d', laquo: '\u00ab', raquo: '\u00bb', sbquo: '\u201a', bdquo: '\u201e',
  copy: '\u00a9', reg: '\u00ae', trade: '\u2122', bull: '\u2022', middot: '\u00b7', deg: '\u00b0',
  euro: '\u20ac', pound: '\u00a3', yen: '\u00a5', cent: '\u00a2', sect: '\u00a7', para: '\u00b6',
  shy: '\u00ad', thinsp: '\u2009', ensp: '\u2002', emsp: '\u2003', zwnj: '\u200c', zwj: '\u200d',
  lrm: '\u200e', rlm: '\u200f', times: '\u00d7', divide: '\u00f7', frac12: '\u00bd', frac14: '\u00bc',
  frac34: '\u00be', auml: '\u00e4', ouml: '\u00f6', uuml: '\u00fc', Auml: '\u00c4', Ouml: '\u00d6',
  Uuml: '\u00dc', szlig: '\u00df', eacute: '\u00e9', egrave: '\u00e8', aacute: '\u00e1', agrave: '\u00e0',
  oacute: '\u00f3', iacute: '\u00ed', uacute: '\u00fa', ntilde: '\u00f1', ccedil: '\u00e7',
  Eacute: '\u00c9', acirc: '\u00e2', ecirc: '\u00ea', ocirc: '\u00f4', icirc: '\u00ee', ucirc: '\u00fb',
}

/** Decodes predefined/common named entities and numeric character references; unknown ones stay literal. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&')
  if (amp < 0) return s
  let out = ''
  let last = 0
  while (amp >= 0) {
    // Entity names are short; a far-away ';' means a bare '&' (looked for only that far: a search to the next ';'
    // from every '&' is quadratic in a text of bare ampersands)
    let semi = -1
    for (let k = amp + 1; k <= amp + 12 && k < s.length; k++) {
      if (s.charCodeAt(k) === 59 /* ; */) {
        semi = k
        break
      }
    }
    if (semi < 0) {
      amp = s.indexOf('&', amp + 1)
      continue
    }
    const name = s.slice(amp + 1, semi)
    let rep: string | undefined
    if (name.charCodeAt(0) === 35 /* # */) {
      const hex = name.charCodeAt(1) === 120 || name.charCodeAt(1) === 88
      const digits = hex ? name.slice(2) : name.slice(1)
      if (digits && (hex ? /^[0-9a-fA-F]+$/ : /^[0-9]+$/).test(digits)) {
        const cp = parseInt(digits, hex ? 16 : 10)
        rep = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : ''
      }
    } else {
      rep = Object.prototype.hasOwnProperty.call(NAMED_ENTITIES, name) ? NAMED_ENTITIES[name] : undefined
    }
    if (rep !== undefined) {
      out += s.slice(last, amp) + rep
      last = semi + 1
      amp = s.indexOf('&', last)
    } else {
      amp = s.indexOf('&', amp + 1)
    }
  }
  return out + s.slice(last)
}

function isNameChar(c: number): boolean {
  // Anything but whitespace and the XML delimiters counts as a name character (non-validating).
  return !(c <= 32 || c === 47 || c === 62 || c === 61 || c === 60 || c === 34 || c === 39)
}

function isSpace(c: number): boolean {
  return c === 32 || c === 10 || c === 9 || c === 13
}

/** Parses XML into an element tree. Throws ImportError 'malformed' (with the line) or 'unsafe'. */
export function parseXml(input: string, options: XmlParseOptions = {}): XmlDocument {
  const file = options.file
  const lenient = options.lenient ?? false
  const src = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input
  const n = src.length

  // Line numbers are counted incrementally as the scan moves forward, so the whole parse stays linear.
  let lineAt = 0
  let lineNo = 1
  const lineOf = (pos: number): number => {
    if (pos < lineAt) {
      lineAt = 0
      lineNo = 1
    }
    for (let i = src.indexOf('\n', lineAt); i >= 0 && i < pos; i = src.indexOf('\n', i + 1)) {
      lineNo++
      lineAt = i + 1
    }
    return lineNo
  }
  const fail = (pos: number, msg: string): never => {
    throw new ImportError('malformed', `line ${lineOf(Math.min(pos, n))}: ${msg}`, file)
  }

  const stack: XmlElement[] = []
  const nsStack: Record<string, string>[] = [{ xml: XML_NS }]
  let root: XmlElement | null = null
  let doctype: string | null = null
  let pos = 0

  const addText = (t: string): void => {
    const top = stack[stack.length - 1]
    if (!top) {
      if (t.trim() !== '') {
        if (root) fail(pos, 'text after the root element')
        fail(pos, 'text before the root element')
      }
      return
    }
    const kids = top.children
    const prev = kids[kids.length - 1]
    if (typeof prev === 'string') kids[kids.length - 1] = prev + t
    else kids.push(t)
  }

  while (pos < n) {
    const lt = src.indexOf('<', pos)
    if (lt < 0) {
      addText(decodeEntities(src.slice(pos)))
      pos = n
      break
    }
    if (lt > pos) addText(decodeEntities(src.slice(pos, lt)))
    pos = lt
    const c1 = src.charCodeAt(pos + 1)
    if (c1 === 33 /* ! */) {
      if (src.startsWith('<!--', pos)) {
        const end = src.indexOf('-->', pos + 4)
        if (end < 0) fail(pos, 'unterminated comment')
        pos = end + 3
      } else if (src.startsWith('<![CDATA[', pos)) {
        const end = src.indexOf(']]>', pos + 9)
        if (end < 0) fail(pos, 'unterminated CDATA section')
        if (!stack.length) fail(pos, 'CDATA outside the root element')
        addText(src.slice(pos + 9, end))
        pos = end + 3
      } else if (src.startsWith('<!DOCTYPE', pos) || src.startsWith('<!doctype', pos)) {
        pos = skipDoctype(pos)
      } else {
        fail(pos, 'unexpected "<!"')
      }
    } else if (c1 === 63 /* ? */) {
      const end = src.indexOf('?>', pos + 2)
      if (end < 0) fail(pos, 'unterminated processing instruction')
      pos = end + 2
    } else if (c1 === 47 /* / */) {
      const gt = src.indexOf('>', pos + 2)
      if (gt < 0) fail(pos, 'unterminated end tag')
      const name = src.slice(pos + 2, gt).trim()
      const top = stack[stack.length - 1]
      if (!top) fail(pos, `end tag </${name}> without a start tag`)
      else if (top.name === name) {
        stack.pop()
        nsStack.pop()
      } else if (lenient) {
        let k = stack.length - 1
        while (k >= 0 && stack[k]!.name !== name) k--
        if (k >= 0) {
          stack.length = k
          nsStack.length = k + 1
        }
      } else {
        fail(pos, `end tag </${name}> does not match <${top.name}> (line ${top.line})`)
      }
      pos = gt + 1
    } else {
      pos = readStartTag(pos)
    }
  }
  if (stack.length) {
    if (!lenient) fail(n, `unexpected end of input: <${stack[stack.length - 1]!.name}> is not closed`)
  }
  if (!root) fail(n, 'no root element')
  return { root: root!, doctype }

  function skipDoctype(start: number): number {
    // Find the end of the DOCTYPE, honouring an internal subset in [...] and quoted strings in and out of it.
    let i = start + 9
    let subsetStart = -1
    let inSubset = false
    while (i < n) {
      const c = src.charCodeAt(i)
      if (c === 34 || c === 39) {
        const q = src.indexOf(c === 34 ? '"' : "'", i + 1)
        if (q < 0) fail(start, 'unterminated DOCTYPE')
        i = q + 1
        continue
      }
      if (c === 91 /* [ */ && subsetStart < 0) {
        subsetStart = i
        inSubset = true
      } else if (c === 93 /* ] */) {
        inSubset = false
      } else if (c === 62 /* > */ && !inSubset) {
        break
      }
      i++
    }
    if (i >= n) fail(start, 'unterminated DOCTYPE')
    const head = src.slice(start + 9, subsetStart >= 0 ? subsetStart : i).trim()
    doctype = head.split(/\s/, 1)[0] || null
    // Any entity declaration anywhere in the DOCTYPE is refused: we never expand them, and a file that
    // relies on them is either hostile (bomb, external entity) or would read wrongly without them.
    if (src.slice(start, i).includes('<!ENTITY')) {
      throw new ImportError(
        'unsafe',
        `line ${lineOf(start)}: the DOCTYPE declares entities; entity expansion is refused (XML bomb or external entity)`,
        file,
      )
    }
    return i + 1
  }

  function readStartTag(start: number): number {
    let i = start + 1
    const nameStart = i
    while (i < n && isNameChar(src.charCodeAt(i))) i++
    const name = src.slice(nameStart, i)
    if (!name) fail(start, 'invalid "<" (not a tag)')
    // No prototype: attribute names like "__proto__" or "constructor" are plain keys.
    const attrs: Record<string, string> = Object.create(null) as Record<string, string>
    let selfClosing = false
    for (;;) {
      while (i < n && isSpace(src.charCodeAt(i))) i++
      if (i >= n) fail(start, `unterminated start tag <${name}>`)
      const c = src.charCodeAt(i)
      if (c === 62) {
        i++
        break
      }
      if (c === 47 && src.charCodeAt(i + 1) === 62) {
        selfClosing = true
        i += 2
        break
      }
      const aStart = i
      while (i < n && isNameChar(src.charCodeAt(i))) i++
      const aName = src.slice(aStart, i)
      if (!aName) fail(i, `invalid character in start tag <${name}>`)
      while (i < n && isSpace(src.charCodeAt(i))) i++
      if (src.charCodeAt(i) !== 61 /* = */) {
        if (lenient) {
          attrs[aName] = aName
          continue
        }
        fail(i, `attribute ${aName} of <${name}> has no value`)
      }
      i++
      while (i < n && isSpace(src.charCodeAt(i))) i++
      const q = src.charCodeAt(i)
      if (q === 34 || q === 39) {
        const end = src.indexOf(q === 34 ? '"' : "'", i + 1)
        if (end < 0) fail(i, `unterminated attribute value in <${name}>`)
        const raw = src.slice(i + 1, end)
        if (raw.includes('<') && !lenient) fail(i, `"<" in attribute ${aName} of <${name}>`)
        attrs[aName] = decodeEntities(raw)
        i = end + 1
      } else if (lenient) {
        const vStart = i
        while (i < n && !isSpace(src.charCodeAt(i)) && src.charCodeAt(i) !== 62) i++
        attrs[aName] = decodeEntities(src.slice(vStart, i))
      } else {
        fail(i, `attribute ${aName} of <${name}> is not quoted`)
      }
    }

    // Namespace scope: only copy the map when this element declares something.
    let scope = nsStack[nsStack.length - 1]!
    for (const k in attrs) {
      if (k === 'xmlns' || k.startsWith('xmlns:')) {
        if (scope === nsStack[nsStack.length - 1]) scope = { ...scope }
        scope[k === 'xmlns' ? '' : k.slice(6)] = attrs[k]!
      }
    }
    const colon = name.indexOf(':')
    const prefix = colon > 0 ? name.slice(0, colon) : null
    const el: XmlElement = {
      name,
      local: colon > 0 ? name.slice(colon + 1) : name,
      prefix,
      ns: scope[prefix ?? ''] ?? null,
      attrs,
      children: [],
      line: lineOf(start),
    }
    const parent = stack[stack.length - 1]
    if (parent) parent.children.push(el)
    else if (root) fail(start, `second root element <${name}>`)
    else root = el
    if (!selfClosing) {
      if (stack.length >= MAX_DEPTH) fail(start, `elements nested deeper than ${MAX_DEPTH}`)
      stack.push(el)
      nsStack.push(scope)
    }
    return i
  }
}

/** The child elements of `el`, optionally only those with the given local name. */
export function childElements(el: XmlElement, local?: string): XmlElement[] {
  const out: XmlElement[] = []
  for (const c of el.children) if (typeof c !== 'string' && (local === undefined || c.local === local)) out.push(c)
  return out
}

/** The first child element with the given local name. */
export function child(el: XmlElement | null | undefined, local: string): XmlElement | null {
  if (!el) return null
  for (const c of el.children) if (typeof c !== 'string' && c.local === local) return c
  return null
}

/** Follows a path of local names through first matching children. */
export function path(el: XmlElement | null | undefined, ...locals: string[]): XmlElement | null {
  let cur: XmlElement | null = el ?? null
  for (const l of locals) cur = child(cur, l)
  return cur
}

/** All descendant elements (document order) with the given local name; does not descend into matches. */
export function findAll(el: XmlElement, local: string, out: XmlElement[] = []): XmlElement[] {
  for (const c of el.children) {
    if (typeof c === 'string') continue
    if (c.local === local) out.push(c)
    else findAll(c, local, out)
  }
  return out
}

/** The first descendant element (document order) with the given local name. */
export function find(el: XmlElement | null | undefined, local: string): XmlElement | null {
  if (!el) return null
  for (const c of el.children) {
    if (typeof c === 'string') continue
    if (c.local === local) return c
    const f = find(c, local)
    if (f) return f
  }
  return null
}

/** An attribute by local name (ignoring its prefix); exact qualified names win. */
export function attr(el: XmlElement | null | undefined, name: string): string | null {
  if (!el) return null
  const direct = el.attrs[name]
  if (direct !== undefined) return direct
  for (const k in el.attrs) {
    const colon = k.indexOf(':')
    if (colon > 0 && k.slice(colon + 1) === name && !k.startsWith('xmlns:')) return el.attrs[k]!
  }
  return null
}

/** The concatenated text of an element and its descendants, as in the DOM's textContent. */
export function textContent(el: XmlElement | null | undefined): string {
  if (!el) return ''
  let out = ''
  const walk = (e: XmlElement): void => {
    for (const c of e.children) {
      if (typeof c === 'string') out += c
      else walk(c)
    }
  }
  walk(el)
  return out
}

/** textContent with whitespace collapsed and trimmed; null when empty. */
export function textOf(el: XmlElement | null | undefined): string | null {
  const t = textContent(el).replace(/\s+/g, ' ').trim()
  return t === '' ? null : t
}

/** The local part of a QCode or role ("drol:caption" → "caption"). */
export function codeLocal(code: string | null | undefined): string {
  if (!code) return ''
  const i = code.lastIndexOf(':')
  return i >= 0 ? code.slice(i + 1) : code
}

/** Cheap sniff: the local name of the first element in the text, without parsing the whole document. */
export function firstElementName(text: string, limit = 4096): string | null {
  const head = text.slice(0, limit)
  let i = 0
  for (;;) {
    const lt = head.indexOf('<', i)
    if (lt < 0 || lt + 1 >= head.length) return null
    const c = head.charCodeAt(lt + 1)
    if (c === 63 || c === 33) {
      // <?xml ...?>, <!-- -->, <!DOCTYPE ...>
      const end = head.startsWith('<!--', lt) ? head.indexOf('-->', lt) : head.indexOf('>', lt)
      if (end < 0) return null
      i = end + 1
      continue
    }
    let j = lt + 1
    while (j < head.length && isNameChar(head.charCodeAt(j))) j++
    const name = head.slice(lt + 1, j)
    const colon = name.indexOf(':')
    return colon >= 0 ? name.slice(colon + 1) : name
  }
}
