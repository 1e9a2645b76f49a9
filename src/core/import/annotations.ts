import type {
  AnchorState,
  Annotation,
  AnnotationKind,
  AnnotationStatus,
  TextQuoteSelector,
} from '../annotation/types'
import { ImportError } from './errors'

/**
 * Reads annotations made elsewhere back onto a story: W3C Web Annotation JSON-LD (one Annotation, a page,
 * a collection, or a list) and Hypothesis API JSON (one annotation or a search response). Each record is
 * re-attached to the story's text by its TextQuoteSelector (exact + prefix + suffix) with the
 * TextPositionSelector as a hint; what cannot be found is returned as an orphan, never dropped.
 */

export type AnnotationSource = 'w3c' | 'hypothesis'

export interface ImportedAnnotations {
  source: AnnotationSource
  /** Records placed in the text (anchor: exact, moved or changed) */
  annotations: Annotation[]
  /** Records whose words are not in the text (anchor: orphaned; start = end = 0) */
  orphans: Annotation[]
  warnings: string[]
}

export interface AttachTarget {
  text: string
  storyId: string
  versionId: string
  /** Author for records that name none */
  defaultAuthor?: string
  /** ISO timestamp for records without dates */
  now: string
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const asArray = (v: unknown): unknown[] => (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v])
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)

const KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'speaker', 'credit', 'note']
const STATUSES: readonly AnnotationStatus[] = [
  'unverified',
  'verified',
  'disputed',
  'false',
  'opinion',
  'unchecked',
  'confirmed',
  'wrong-speaker',
  'misquoted',
]

export interface Anchor {
  start: number
  end: number
  anchor: AnchorState
}

function commonSuffixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++
  return n
}

function commonPrefixLength(a: string, b: string): number {
  let n = 0
  while (n < a.length && n < b.length && a[n] === b[n]) n++
  return n
}

/** Folds what differs between copies of the same words: quote-mark style, dashes, spacing, case. */
function fold(s: string): { text: string; map: number[] } {
  let text = ''
  const map: number[] = []
  let lastSpace = false
  for (let i = 0; i < s.length; i++) {
    let c = s[i] as string
    if (/\s/.test(c)) {
      if (lastSpace) continue
      c = ' '
      lastSpace = true
    } else lastSpace = false
    if (/[\u2018\u2019\u201a\u201b\u2032`´]/.test(c)) c = "'"
    else if (/[\u201c\u201d\u201e\u201f\u2033\u00ab\u00bb]/.test(c)) c = '"'
    else if (/[\u2010-\u2015\u2212]/.test(c)) c = '-'
    text += c.toLowerCase()
    map.push(i)
  }
  map.push(s.length)
  return { text, map }
}

function best(text: string, exact: string, sel: TextQuoteSelector, hint: number | null): number | null {
  let bestAt: number | null = null
  let bestScore = -Infinity
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const pre = commonSuffixLength(text.slice(Math.max(0, at - sel.prefix.length), at), sel.prefix)
    const suf = commonPrefixLength(text.slice(at + exact.length, at + exact.length + sel.suffix.length), sel.suffix)
    const distance = hint === null ? 0 : Math.min(Math.abs(at - hint) / Math.max(text.length, 1), 1)
    const score = pre + suf - distance * 8
    if (score > bestScore) {
      bestScore = score
      bestAt = at
    }
  }
  return bestAt
}

/**
 * Finds a TextQuoteSelector in `text`: at the hinted position when the words are still there ('exact'),
 * else the occurrence whose prefix and suffix fit best, nearest the hint ('moved'), else the same words
 * with other quote marks, dashes, spacing or case ('changed'); null when they are not in the text.
 */
export function anchorQuote(text: string, sel: TextQuoteSelector, position: { start: number; end: number } | null): Anchor | null {
  if (sel.exact === '') {
    if (position && position.start >= 0 && position.end > position.start && position.end <= text.length) {
      return { start: position.start, end: position.end, anchor: 'exact' }
    }
    return null
  }
  if (position && text.slice(position.start, position.end) === sel.exact) return { start: position.start, end: position.end, anchor: 'exact' }
  const at = best(text, sel.exact, sel, position?.start ?? null)
  if (at !== null) return { start: at, end: at + sel.exact.length, anchor: 'moved' }
  const ft = fold(text)
  const fe = fold(sel.exact).text.trim()
  if (fe === '') return null
  const fsel = { exact: fe, prefix: fold(sel.prefix).text, suffix: fold(sel.suffix).text }
  const hint = position ? ft.map.findIndex((i) => i >= position.start) : null
  const fat = best(ft.text, fe, fsel, hint === -1 ? null : hint)
  if (fat === null) return null
  return { start: ft.map[fat] as number, end: ft.map[fat + fe.length] as number, anchor: 'changed' }
}

interface Raw {
  id: string
  selector: TextQuoteSelector | null
  position: { start: number; end: number } | null
  kind: AnnotationKind | null
  motivation: string[]
  status: AnnotationStatus | null
  speaker: string | null
  note: string | null
  evidence: string[]
  tags: string[]
  author: string | null
  created: string | null
  modified: string | null
  facts: Record<string, string>
}

function selectorsOf(target: unknown): { selector: TextQuoteSelector | null; position: { start: number; end: number } | null } {
  let selector: TextQuoteSelector | null = null
  let position: { start: number; end: number } | null = null
  const visit = (s: unknown) => {
    if (!isObj(s)) return
    const t = asArray(s.type)
    if (t.includes('TextQuoteSelector') && typeof s.exact === 'string' && !selector) {
      selector = { exact: s.exact, prefix: str(s.prefix) ?? '', suffix: str(s.suffix) ?? '' }
    }
    if (t.includes('TextPositionSelector') && Number.isInteger(s.start) && Number.isInteger(s.end) && !position) {
      position = { start: s.start as number, end: s.end as number }
    }
    if (s.refinedBy) visit(s.refinedBy)
  }
  for (const tg of asArray(target)) {
    if (!isObj(tg)) continue
    for (const s of asArray(tg.selector)) visit(s)
  }
  return { selector, position }
}

function fromW3c(a: Obj, i: number): Raw {
  const { selector, position } = selectorsOf(a.target)
  const raw: Raw = {
    id: str(a.id) ?? `w3c-${i + 1}`,
    selector,
    position,
    kind: null,
    motivation: asArray(a.motivation).filter((m): m is string => typeof m === 'string'),
    status: null,
    speaker: null,
    note: null,
    evidence: [],
    tags: [],
    author: null,
    created: str(a.created),
    modified: str(a.modified),
    facts: {},
  }
  const creator = asArray(a.creator)[0]
  raw.author = isObj(creator) ? (str(creator.name) ?? str(creator.nickname) ?? str(creator.id)) : str(creator)
  const bodies = [...asArray(a.body)]
  if (typeof a.bodyValue === 'string') bodies.push({ type: 'TextualBody', value: a.bodyValue })
  const notes: string[] = []
  for (const b of bodies) {
    if (typeof b === 'string') {
      raw.evidence.push(b)
      continue
    }
    if (!isObj(b)) continue
    const purpose = asArray(b.purpose).filter((p): p is string => typeof p === 'string')
    const value = str(b.value)
    if (value === null) {
      const link = str(b.source) ?? str(b.id)
      if (link) raw.evidence.push(link)
      continue
    }
    if (purpose.includes('tagging')) {
      const kind = value.replace(/^wiremark:/, '') as AnnotationKind
      if (KINDS.includes(kind) && value.startsWith('wiremark:')) raw.kind = kind
      else raw.tags.push(value)
    } else if (purpose.includes('assessing') && (STATUSES as readonly string[]).includes(value)) raw.status = value as AnnotationStatus
    else if (purpose.includes('identifying')) raw.speaker = value
    else if (purpose.includes('linking')) raw.evidence.push(value)
    else if (purpose.includes('describing') && /^origin: /.test(value)) {
      for (const part of value.split('; ')) {
        const m = /^(\w+): (.*)$/.exec(part)
        if (m) raw.facts[m[1] as string] = m[2] as string
      }
    } else notes.push(value)
  }
  raw.note = notes.length ? notes.join('\n\n') : null
  return raw
}

function fromHypothesis(a: Obj, i: number): Raw {
  const { selector, position } = selectorsOf(a.target)
  const tags = asArray(a.tags).filter((t): t is string => typeof t === 'string')
  const kindTag = tags.find((t) => (KINDS as readonly string[]).includes(t.replace(/^wiremark:/, '')))
  const info = isObj(a.user_info) ? str(a.user_info.display_name) : null
  const user = str(a.user)
  const account = user ? /^acct:([^@]+)@/.exec(user)?.[1] ?? user : null
  const text = str(a.text)
  return {
    id: str(a.id) ?? `hypothesis-${i + 1}`,
    selector,
    position,
    kind: kindTag ? (kindTag.replace(/^wiremark:/, '') as AnnotationKind) : null,
    motivation: text ? ['commenting'] : ['highlighting'],
    status: null,
    speaker: null,
    note: text && text.trim() ? text : null,
    evidence: [],
    tags: tags.filter((t) => t !== kindTag),
    author: info ?? account,
    created: str(a.created),
    modified: str(a.updated),
    facts: {},
  }
}

function kindOf(r: Raw): AnnotationKind {
  if (r.kind) return r.kind
  if (r.motivation.includes('assessing')) return 'claim'
  if (r.speaker && r.motivation.includes('identifying')) return 'quote'
  return 'note'
}

function detect(doc: unknown): { source: AnnotationSource; items: Obj[] } | null {
  const list = Array.isArray(doc) ? doc : [doc]
  const items: Obj[] = []
  let source: AnnotationSource | null = null
  for (const d of list) {
    if (!isObj(d)) continue
    const t = asArray(d.type)
    if (t.includes('AnnotationCollection')) {
      const first = d.first
      if (isObj(first)) items.push(...asArray(first.items).filter(isObj))
      source = 'w3c'
    } else if (t.includes('AnnotationPage')) {
      items.push(...asArray(d.items).filter(isObj))
      source = 'w3c'
    } else if (t.includes('Annotation')) {
      items.push(d)
      source = 'w3c'
    } else if (Array.isArray(d.rows)) {
      items.push(...d.rows.filter(isObj))
      source = 'hypothesis'
    } else if (Array.isArray(d.target) && ('user' in d || 'uri' in d)) {
      items.push(d)
      source = 'hypothesis'
    }
  }
  return source ? { source, items } : null
}

/** Our own exported ids come back as they were stored; other ids are kept as given. */
function localId(iri: string): string {
  const m = /^urn:(?:uuid|wiremark:annotation):(.+)$/.exec(iri)
  if (!m) return iri
  try {
    return decodeURIComponent(m[1] as string)
  } catch {
    // A stray "%" that is not an escape: the id is still usable as written.
    return m[1] as string
  }
}

const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}/

/** Parses W3C or Hypothesis annotation JSON and re-attaches every record to `target.text`. */
export function importAnnotations(json: string, target: AttachTarget): ImportedAnnotations {
  let doc: unknown
  try {
    doc = JSON.parse(json)
  } catch (e) {
    throw new ImportError('malformed', `annotation file is not JSON: ${(e as Error).message}`)
  }
  const found = detect(doc)
  if (!found) throw new ImportError('unknown_format', 'not W3C Web Annotation or Hypothesis annotation JSON')
  const warnings: string[] = []
  const annotations: Annotation[] = []
  const orphans: Annotation[] = []
  found.items.forEach((item, i) => {
    const raw = found.source === 'w3c' ? fromW3c(item, i) : fromHypothesis(item, i)
    if (!raw.selector && !raw.position) {
      warnings.push(`annotation ${raw.id}: no TextQuoteSelector or TextPositionSelector; it targets no words`)
    }
    const sel: TextQuoteSelector = raw.selector ?? { exact: '', prefix: '', suffix: '' }
    const placed = raw.selector || raw.position ? anchorQuote(target.text, sel, raw.position) : null
    const created = raw.created && ISO.test(raw.created) ? raw.created : target.now
    const origin = raw.facts.origin === 'auto' ? 'auto' : 'editor'
    const rec: Annotation = {
      id: localId(raw.id),
      storyId: target.storyId,
      versionId: target.versionId,
      kind: kindOf(raw),
      origin,
      start: placed?.start ?? 0,
      end: placed?.end ?? 0,
      selector: placed
        ? {
            exact: target.text.slice(placed.start, placed.end),
            prefix: target.text.slice(Math.max(0, placed.start - 32), placed.start),
            suffix: target.text.slice(placed.end, placed.end + 32),
          }
        : sel,
      status: raw.status,
      decision: raw.facts.decision === 'accepted' || raw.facts.decision === 'rejected' ? raw.facts.decision : null,
      speaker: raw.speaker,
      attribution: raw.facts.attribution ?? null,
      cue: raw.facts.cue ?? null,
      note: raw.tags.length ? [raw.note, `Tags: ${raw.tags.join(', ')}`].filter(Boolean).join('\n\n') : raw.note,
      evidence: raw.evidence,
      suggestionId: null,
      anchor: placed?.anchor ?? 'orphaned',
      author: raw.author ?? target.defaultAuthor ?? 'unknown',
      createdAt: created,
      updatedAt: raw.modified && ISO.test(raw.modified) ? raw.modified : created,
    }
    if (placed) annotations.push(rec)
    else {
      orphans.push(rec)
      if (raw.selector) warnings.push(`annotation ${raw.id}: “${raw.selector.exact.slice(0, 60)}” is not in this story; kept as an orphan`)
    }
  })
  return { source: found.source, annotations, orphans, warnings }
}
