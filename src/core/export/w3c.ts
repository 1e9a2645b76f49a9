import type { Annotation } from '../annotation/types'
import { effectiveAnnotations, textQuote } from '../annotation/review'
import { STATUS_LABEL, type ReportDecision, type ReportModel } from './model'
import type { ExportInput } from './types'
import { ANNO_CONTEXT, isIri } from './w3cValidate'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** The IRI of a story version: the target source every exported annotation points at. */
export function storySourceIri(storyId: string, version: string): string {
  return `urn:wiremark:story:${encodeURIComponent(storyId)}:v${encodeURIComponent(version)}`
}

/** A stable IRI for an annotation record. */
export function annotationIri(id: string): string {
  return UUID.test(id) ? `urn:uuid:${id.toLowerCase()}` : `urn:wiremark:annotation:${encodeURIComponent(id)}`
}

type Body = Record<string, unknown>

function motivationOf(a: Annotation): string {
  if (a.kind === 'note' || (a.note && a.kind !== 'claim' && a.kind !== 'speaker')) return 'commenting'
  if (a.kind === 'claim') return 'assessing'
  if (a.evidence.length > 0 && !a.speaker && !a.status) return 'linking'
  if (!a.speaker && !a.status) return 'highlighting'
  return 'identifying'
}

function textual(value: string, purpose: string, language?: string | null): Body {
  const b: Body = { type: 'TextualBody', purpose, value, format: 'text/plain' }
  if (language) b.language = language
  return b
}

/**
 * Converts one record into a W3C Annotation (without @context; the collection carries it). The editor's decision goes
 * into the describing body ("decision: accepted; decided_by: …; decided_at: <ISO>; changes: …"), beside the origin.
 */
export function toWebAnnotation(a: Annotation, text: string, source: string, language: string | null, decided?: ReportDecision): Record<string, unknown> {
  const placed = a.anchor !== 'orphaned' && a.end <= text.length && text.slice(a.start, a.end) === a.selector.exact
  const sel = placed ? textQuote(text, a.start, a.end) : a.selector
  const selectors: Record<string, unknown>[] = [{ type: 'TextQuoteSelector', exact: sel.exact, prefix: sel.prefix, suffix: sel.suffix }]
  if (placed) selectors.push({ type: 'TextPositionSelector', start: a.start, end: a.end })
  const body: Body[] = [textual(`wiremark:${a.kind}`, 'tagging')]
  if (a.speaker) body.push(textual(a.speaker, 'identifying'))
  if (a.status) body.push({ ...textual(a.status, 'assessing'), label: STATUS_LABEL[a.status] })
  if (a.note) body.push(textual(a.note, 'commenting', language))
  for (const ev of a.evidence) {
    body.push(isIri(ev) ? { type: 'SpecificResource', purpose: 'linking', source: ev } : textual(ev, 'linking'))
  }
  const state = decided?.state ?? (a.decision ?? 'open')
  const facts = [
    `origin: ${a.origin}`,
    state !== 'open' ? `decision: ${state}` : '',
    decided?.by ? `decided_by: ${decided.by}` : '',
    decided?.at ? `decided_at: ${decided.at}` : '',
    decided?.changes.length ? `changes: ${decided.changes.join(', ')}` : '',
    a.attribution ? `attribution: ${a.attribution}` : '',
    a.cue ? `cue: ${a.cue}` : '',
    a.anchor !== 'exact' ? `anchor: ${a.anchor}` : '',
  ].filter(Boolean)
  body.push(textual(facts.join('; '), 'describing'))
  return {
    id: annotationIri(a.id),
    type: 'Annotation',
    motivation: motivationOf(a),
    creator: { type: a.origin === 'auto' ? 'Software' : 'Person', name: a.author },
    created: a.createdAt,
    modified: a.updatedAt,
    generator: { type: 'Software', name: 'Wiremark' },
    body,
    target: { type: 'SpecificResource', source, selector: selectors },
  }
}

/**
 * W3C Web Annotation JSON-LD: one AnnotationCollection holding one Annotation per record as the editor left it (a
 * suggestion with the editor's decision laid over it, rejected ones included and saying so), each with a
 * TextQuoteSelector and (when it is placed in this version) a TextPositionSelector.
 */
export function renderW3c(input: ExportInput, m: ReportModel): string {
  const { article, meta } = input
  const source = storySourceIri(meta.storyId, meta.version)
  const decisions = new Map([...m.annotations, ...m.rejected, ...m.orphans].map((a) => [a.id, a.decided]))
  const items = [...effectiveAnnotations(input.annotations).values()]
    .sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id))
    .map((a) => toWebAnnotation(a, article.text, source, article.language, decisions.get(a.id)))
  const doc = {
    '@context': ANNO_CONTEXT,
    id: `${source}:annotations`,
    type: 'AnnotationCollection',
    label: article.headline ?? 'Untitled story',
    total: items.length,
    first: { id: `${source}:annotations:page1`, type: 'AnnotationPage', startIndex: 0, items },
  }
  return `${JSON.stringify(doc, null, 2)}\n`
}
