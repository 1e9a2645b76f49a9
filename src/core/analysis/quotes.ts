import type { Span } from './types'
import type { Para } from './segment'

/** A span inside paired quotation marks, before deciding whether it is a quote or a label. */
export interface QuoteSpan extends Span {
  /** Offset of the opening mark */
  open: number
  /** Offset of the closing mark, or null when the quote ran to a paragraph end without closing */
  close: number | null
  /** Words without marks; paragraphs of a multi-paragraph quote joined with one space */
  text: string
  /** Index of the paragraph the quote opens in, and the one it closes in */
  para: number
  endPara: number
  /** "double" for " “ ” « » „ `` ''; "single" for ‘ ’ ' */
  family: 'double' | 'single'
  /** Marks of a continuation paragraph ("…\n\n“more…"), not part of the text */
  innerMarks: number[]
}

export interface MarkScan {
  /** Top-level quoted spans (double marks, or single marks used as quotation marks) */
  spans: QuoteSpan[]
  /** Quoted spans nested inside another quote (titles and phrases quoted within a quote) */
  nested: QuoteSpan[]
  /** Marks that pair with nothing */
  unbalanced: Span[]
}

type Role = 'open' | 'close' | 'either'
interface Mark {
  at: number
  len: number
  family: 'double' | 'single'
  /** the closing character(s) that pair with this opener; '*' for any closer of the family */
  kind: string
  role: Role
}

const isWordChar = (c: string | undefined): boolean => !!c && /[\p{L}\p{N}]/u.test(c)
const isSpaceOrStart = (c: string | undefined): boolean => !c || /[\s([{\u2014\u2013\-/]/.test(c)

/** Contractions that start with an apostrophe: not opening marks. */
const LEADING_APOSTROPHE = /^(?:\d\ds?\b|n\b|em\b|til\b|cause\b|tis\b|twas\b|bout\b|round\b|nuff\b|s\b)/i

function findMarks(text: string, start: number, end: number): Mark[] {
  const marks: Mark[] = []
  for (let i = start; i < end; i++) {
    const c = text[i]
    const prev = i > start ? text[i - 1] : undefined
    const next = i + 1 < end ? text[i + 1] : undefined
    switch (c) {
      case '“':
        marks.push({ at: i, len: 1, family: 'double', kind: '“', role: 'either' })
        break
      case '”':
        marks.push({ at: i, len: 1, family: 'double', kind: '”', role: isSpaceOrStart(prev) && isWordChar(next) ? 'open' : 'close' })
        break
      case '„':
        marks.push({ at: i, len: 1, family: 'double', kind: '„', role: 'open' })
        break
      case '«':
        marks.push({ at: i, len: 1, family: 'double', kind: '«', role: 'either' })
        break
      case '»':
        marks.push({ at: i, len: 1, family: 'double', kind: '»', role: 'either' })
        break
      case '"': {
        const role: Role = isSpaceOrStart(prev) || prev === '‘' ? (next && /\s/.test(next) ? 'either' : 'open')
          : !next || /[\s.,;:!?)\]’'—–-]/.test(next) ? 'close' : 'either'
        marks.push({ at: i, len: 1, family: 'double', kind: '"', role })
        break
      }
      case '`':
        if (next === '`') {
          marks.push({ at: i, len: 2, family: 'double', kind: '``', role: 'open' })
          i++
        }
        break
      case "'":
      case '’':
      case '‘': {
        if (c === "'" && next === "'" && !isWordChar(text[i + 2])) {
          // ANPA closing ''
          marks.push({ at: i, len: 2, family: 'double', kind: "''", role: 'close' })
          i++
          break
        }
        if (c === "'" && next === "'") {
          // '' opens nothing: only `` opens in the ANPA convention
          if (!isSpaceOrStart(prev)) marks.push({ at: i, len: 2, family: 'double', kind: "''", role: 'close' })
          i++
          break
        }
        const before = isWordChar(prev)
        const after = isWordChar(next)
        if (before && after) break // Russia's, don't
        const prevSpace = isSpaceOrStart(prev) || /["“„«]/.test(prev ?? '')
        if (prevSpace && (after || c === '‘')) {
          // 'quoted', but not '90s or rock 'n' roll
          if (c !== '‘' && LEADING_APOSTROPHE.test(text.slice(i + 1, i + 6))) break
          marks.push({ at: i, len: 1, family: 'single', kind: c, role: 'open' })
          break
        }
        if (c !== '‘' && !prevSpace && !after) {
          // a closer ("word'" or ",'"), or a plural possessive (players')
          marks.push({ at: i, len: 1, family: 'single', kind: c, role: 'close' })
        }
        break
      }
      default:
        break
    }
  }
  return marks
}

function closes(opener: Mark, m: Mark): boolean {
  if (m.family !== opener.family) return false
  if (m.role === 'open') return false
  switch (opener.kind) {
    case '“':
      return m.kind === '”' || m.kind === '"' || m.kind === '“'
    case '„':
    case '”':
      return m.kind === '“' || m.kind === '”' || m.kind === '"'
    case '«':
      return m.kind === '»'
    case '»':
      return m.kind === '«'
    case '``':
      return m.kind === "''" || m.kind === '"' || m.kind === '”'
    case '"':
      return m.kind === '"' || m.kind === '”' || m.kind === "''"
    case "''":
      return m.kind === "''"
    case '‘':
    case "'":
    case '’':
      return m.kind === '’' || m.kind === "'"
    default:
      return false
  }
}

function canOpen(m: Mark): boolean {
  return m.role !== 'close'
}

/** Does a paragraph open with a quotation mark (the multi-paragraph continuation convention)? */
function opensWithMark(text: string, p: Span): Mark | null {
  const c = text[p.start]
  if (c === '"' || c === '“' || c === '«' || c === '„' || c === '»') {
    return { at: p.start, len: 1, family: 'double', kind: c, role: 'open' }
  }
  if (c === '`' && text[p.start + 1] === '`') return { at: p.start, len: 2, family: 'double', kind: '``', role: 'open' }
  return null
}

/**
 * Pairs quotation marks paragraph by paragraph. A double quote left open at a paragraph's end continues
 * into the next paragraph when that one opens with a mark (wire convention); otherwise its mark is
 * reported as unbalanced and no quote is made of it. Single marks pair only when both ends are found.
 */
export function scanQuotes(text: string, paras: Para[]): MarkScan {
  const spans: QuoteSpan[] = []
  const nested: QuoteSpan[] = []
  const unbalanced: Span[] = []

  let carry: { opener: Mark; para: number; pieces: Span[]; innerMarks: number[] } | null = null

  for (let pi = 0; pi < paras.length; pi++) {
    const p = paras[pi]
    if (!p) continue
    const marks = findMarks(text, p.start, p.end)
    let outer: { opener: Mark; para: number; pieces: Span[]; innerMarks: number[]; segStart: number } | null = null
    let startIdx = 0
    if (carry) {
      const first = marks[0]
      if (first && first.at === p.start && first.family === 'double') {
        outer = { ...carry, segStart: first.at + first.len }
        carry.innerMarks.push(first.at)
        startIdx = 1
      } else {
        unbalanced.push({ start: carry.opener.at, end: carry.opener.at + carry.opener.len })
      }
      carry = null
    }
    // what follows each mark, counted once per paragraph from its end (a scan of the rest per mark is quadratic)
    const doubleClosersFrom = new Array<number>(marks.length + 1).fill(0)
    for (let k = marks.length - 1; k >= 0; k--) doubleClosersFrom[k] = doubleClosersFrom[k + 1]! + (marks[k]!.family === 'double' && marks[k]!.role !== 'open' ? 1 : 0)
    const closerAfterByKind = new Map<string, boolean[]>()
    /** For an opener of this kind: is there a closer for it at or after each index? */
    const closerAfter = (kind: string, opener: Mark): boolean[] => {
      let after = closerAfterByKind.get(kind)
      if (!after) {
        after = new Array<boolean>(marks.length + 1).fill(false)
        for (let k = marks.length - 1; k >= 0; k--) {
          const n = marks[k]!
          after[k] = after[k + 1]! || (closes(opener, n) && !(n.role === 'close' && n.kind === '’' && isWordChar(text[n.at + 1])))
        }
        closerAfterByKind.set(kind, after)
      }
      return after
    }
    let inner: Mark | null = null
    const finishOuter = (closeMark: Mark | null, endAt: number): void => {
      if (!outer) return
      const pieces = [...outer.pieces, { start: outer.segStart, end: endAt }]
      const first = pieces[0]
      const last = pieces[pieces.length - 1]
      if (!first || !last) return
      const words = pieces.map((s) => text.slice(s.start, s.end).trim()).filter(Boolean).join(' ')
      spans.push({
        start: first.start,
        end: last.end,
        open: outer.opener.at,
        close: closeMark ? closeMark.at : null,
        text: words,
        para: outer.para,
        endPara: pi,
        family: outer.opener.family,
        innerMarks: outer.innerMarks,
      })
      outer = null
    }
    for (let mi = startIdx; mi < marks.length; mi++) {
      const m = marks[mi]
      if (!m) continue
      if (!outer) {
        if (canOpen(m)) {
          if (m.family === 'single') {
            // a single mark opens a top-level quote only if a closer follows in this paragraph
            if (!closerAfter(`${m.family} ${m.kind}`, m)[mi + 1]) continue
          }
          outer = { opener: m, para: pi, pieces: [], innerMarks: [], segStart: m.at + m.len }
        } else if (m.family === 'double') {
          unbalanced.push({ start: m.at, end: m.at + m.len })
        }
        continue
      }
      // inside a quote
      if (inner) {
        if (closes(inner, m)) {
          nested.push({
            start: inner.at + inner.len,
            end: m.at,
            open: inner.at,
            close: m.at,
            text: text.slice(inner.at + inner.len, m.at),
            para: pi,
            endPara: pi,
            family: inner.family,
            innerMarks: [],
          })
          inner = null
          continue
        }
        if (m.family === 'single') continue
        if (inner.family === 'double') continue
        // a double mark while a single is open: the single was an apostrophe after all
        inner = null
      }
      if (closes(outer.opener, m) && !(outer.opener.family === 'single' && m.kind === '’' && isWordChar(text[m.at + 1]))) {
        finishOuter(m, m.at)
        continue
      }
      if (m.family !== outer.opener.family && canOpen(m)) {
        inner = m
        continue
      }
      if (m.family === 'double' && m.role === 'open' && outer.opener.family === 'double') {
        // a double inside a double ("The "United States" is"): nested when two closers still follow
        if (doubleClosersFrom[mi + 1]! >= 2) {
          inner = m
          continue
        }
        // a new opener while one is open: the first never closed
        unbalanced.push({ start: outer.opener.at, end: outer.opener.at + outer.opener.len })
        outer = { opener: m, para: pi, pieces: [], innerMarks: [], segStart: m.at + m.len }
      }
    }
    if (outer) {
      const o = outer as { opener: Mark; para: number; pieces: Span[]; innerMarks: number[]; segStart: number }
      const next = paras[pi + 1]
      const nextOpen = next && next.kind === p.kind ? opensWithMark(text, next) : null
      if (o.opener.family === 'double' && nextOpen) {
        // the quote's pieces grow in place: copied per paragraph, a quote carried over many would copy quadratically
        o.pieces.push({ start: o.segStart, end: p.end })
        carry = { opener: o.opener, para: o.para, pieces: o.pieces, innerMarks: o.innerMarks }
      } else {
        unbalanced.push({ start: o.opener.at, end: o.opener.at + o.opener.len })
      }
    }
  }
  if (carry) unbalanced.push({ start: carry.opener.at, end: carry.opener.at + carry.opener.len })
  spans.sort((a, b) => a.start - b.start)
  return { ...nestInDoubledApostrophes(text, paras, spans, nested), unbalanced }
}

/**
 * Copy that writes every double mark as two apostrophes (''…'', as some archives convert `` '') opens no quote here,
 * since '' opens nothing in the ANPA convention; but a single-quoted span inside such a pair is a quote within a
 * quote ("''He told me, 'We will be fine.' '' she said"), not a quote of the reporter's: it is moved to `nested`.
 */
function nestInDoubledApostrophes(text: string, paras: Para[], spans: QuoteSpan[], nested: QuoteSpan[]): { spans: QuoteSpan[]; nested: QuoteSpan[] } {
  if (!spans.some((q) => q.family === 'single')) return { spans, nested }
  // the pairs, in one pass over the '' of each paragraph: an opening '' at the start or after a space, before a word
  // (or a third mark, as in '''Title'''); the next '' not before a letter closes it. One search runs on through
  // the paragraphs: started afresh in each, a search for a '' found only near the end of the text read the rest of
  // the text once per paragraph
  const regions: Span[] = []
  let i = paras.length > 0 ? text.indexOf("''", paras[0]!.start) : -1
  for (const p of paras) {
    if (i < 0) break
    if (i < p.start) i = text.indexOf("''", p.start)
    let open = -1
    for (; i >= 0 && i + 2 <= p.end; i = text.indexOf("''", i + 2)) {
      const next = i + 2 < p.end ? text[i + 2] : undefined
      if (open < 0) {
        if (isSpaceOrStart(i > p.start ? text[i - 1] : undefined) && (isWordChar(next) || next === "'")) open = i
      } else if (!next || !/\p{L}/u.test(next)) {
        regions.push({ start: open, end: i + 2 })
        open = -1
      }
    }
  }
  if (regions.length === 0) return { spans, nested }
  // spans and regions are both in text order: one walk over the two
  const kept: QuoteSpan[] = []
  const moved: QuoteSpan[] = []
  let r = 0
  for (const q of spans) {
    while (r < regions.length && regions[r]!.end <= q.open) r++
    const region = regions[r]
    if (q.family === 'single' && region && region.start < q.open && q.end <= region.end) moved.push(q)
    else kept.push(q)
  }
  return { spans: kept, nested: moved.length ? [...nested, ...moved] : nested }
}

/** Number of words in a quoted span. */
export function wordCount(s: string): number {
  const t = s.trim()
  return t ? t.split(/\s+/).length : 0
}

/** Whether a quoted span reads like a title or name ("Learning Together", "Pride and Prejudice"). */
export function looksLikeTitle(s: string): boolean {
  const words = s.replace(/(?<![.,!?;:])[.,!?;:]+$/, '').trim().split(/\s+/).filter(Boolean)
  if (words.length === 0) return true
  if (/[.!?;:]["'”’]?$/.test(s.trim()) && words.length > 3) return false
  if (/[?!]\s/.test(s)) return false
  const small = /^(?:a|an|the|of|and|or|in|on|at|to|for|vs\.?|v\.?|de|la|le|with|by|from|is|my|our)$/i
  let caps = 0
  let content = 0
  for (const w of words) {
    if (small.test(w)) continue
    content++
    if (/^[\p{Lu}\p{N}]/u.test(w)) caps++
  }
  return content > 0 && caps === content
}
