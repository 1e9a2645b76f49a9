import { reanchor, type AnchorResult } from '../anchor/reanchor'
import { textQuote } from '../annotation/review'
import type { Annotation, AnnotationKind, AnnotationStatus, TextQuoteSelector } from '../annotation/types'
import { ImportError } from './errors'

/**
 * Reads annotations made elsewhere back onto a story: W3C Web Annotation JSON-LD (one Annotation, a page,
 * a collection, or a list) and Hypothesis API JSON (one annotation or a search response). Each record is
 * placed by the re-anchoring engine that carries annotations onto a new version (core/anchor/reanchor: its
 * TextQuoteSelector, exact + prefix + suffix, with the TextPositionSelector as the hint); what cannot be found
 * is returned as an orphan, never dropped.
 */

export type AnnotationSource = 'w3c' | 'hypothesis'

export interface ImportedAnnotations {
  source: AnnotationSource
  /** What the file says its annotations were made on (a collection's label, a page's title or address), else null */
  madeOn: string | null
  /** Records placed in the text (anchor: exact, moved or changed) */
  annotations: Annotation[]
  /** Records whose words are not in the text (anchor: orphaned; an empty range where they were looked for) */
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

function detect(doc: unknown): { source: AnnotationSource; items: Obj[]; madeOn: string | null } | null {
  const list = Array.isArray(doc) ? doc : [doc]
  const items: Obj[] = []
  let source: AnnotationSource | null = null
  let madeOn: string | null = null
  for (const d of list) {
    if (!isObj(d)) continue
    const t = asArray(d.type)
    if (t.includes('AnnotationCollection')) {
      const first = d.first
      if (isObj(first)) items.push(...asArray(first.items).filter(isObj))
      madeOn ??= str(d.label)
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
  if (!source) return null
  return { source, items, madeOn: madeOn ?? items.map(madeOnOf).find((m) => m !== null) ?? null }
}

/** What one record says it annotates: a Hypothesis page's title or address, a W3C target's source. */
function madeOnOf(a: Obj): string | null {
  const doc = isObj(a.document) ? a.document : null
  const title = doc ? asArray(doc.title).find((x): x is string => typeof x === 'string') : undefined
  if (title) return title
  if (typeof a.uri === 'string') return a.uri
  const target = asArray(a.target).find(isObj)
  return target ? str(target.source) : null
}

/**
 * Where one record goes on `text`: placed by reanchor(), the one matcher (versions use it too), with the file's
 * TextPositionSelector as the hint. A record without one was made on another document, so none of our offsets can
 * be its own: a match there is 'moved' at best. A record with only a position takes the words now there.
 */
function place(text: string, id: string, selector: TextQuoteSelector | null, position: { start: number; end: number } | null): AnchorResult | null {
  let sel = selector
  if (!sel || sel.exact === '') {
    if (!position || position.start < 0 || position.end <= position.start || position.end > text.length) return null
    sel = textQuote(text, position.start, position.end)
  }
  const start = position ? position.start : text.length + 1
  const hint = position ? Math.max(0, Math.min(position.start, text.length)) : 0
  return reanchor(text, { id, start, end: start + sel.exact.length, selector: sel }, hint)
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
    // (A byte-order mark is not JSON, but editors write one.)
    doc = JSON.parse(json.replace(/^\uFEFF/, ''))
  } catch (e) {
    throw new ImportError('malformed', `not JSON (${(e as Error).message})`)
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
    const placed = place(target.text, raw.id, raw.selector, raw.position)
    const state = placed?.state ?? 'orphaned'
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
      selector: state === 'orphaned' ? (raw.selector ?? placed?.selector ?? { exact: '', prefix: '', suffix: '' }) : (placed as AnchorResult).selector,
      status: raw.status,
      decision: raw.facts.decision === 'accepted' || raw.facts.decision === 'rejected' ? raw.facts.decision : null,
      speaker: raw.speaker,
      attribution: raw.facts.attribution ?? null,
      cue: raw.facts.cue ?? null,
      note: raw.tags.length ? [raw.note, `Tags: ${raw.tags.join(', ')}`].filter(Boolean).join('\n\n') : raw.note,
      evidence: raw.evidence,
      suggestionId: null,
      anchor: state,
      author: raw.author ?? target.defaultAuthor ?? 'unknown',
      createdAt: created,
      updatedAt: raw.modified && ISO.test(raw.modified) ? raw.modified : created,
    }
    if (state !== 'orphaned') annotations.push(rec)
    else {
      orphans.push(rec)
      if (raw.selector) warnings.push(`annotation ${raw.id}: “${raw.selector.exact.slice(0, 60)}” is not in this story; kept as an orphan`)
    }
  })
  return { source: found.source, madeOn: found.madeOn, annotations, orphans, warnings }
}
