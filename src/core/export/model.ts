import { KIND_PALETTE } from '../annotation/palette'
import type { Analysis, Severity } from '../analysis/types'
import type { Article, BlockKind } from '../article/types'
import { effectiveAnnotations } from '../annotation/review'
import type { Annotation, AnnotationKind, AnnotationStatus } from '../annotation/types'

/**
 * The one model every report format renders (HTML, PDF, DOCX, Markdown). It is built only from the public
 * parts of an Article: Article.notes (non-public desk notes, feed staff contacts) and Article.clutter are
 * never read here, so no renderer can leak them.
 */

export interface ReportMeta {
  storyId: string
  /** The version shown, e.g. "3" or the agency's "1stLd-Writethru" */
  version: string
  checkedBy: string | null
  /** ISO timestamp */
  checkedAt: string | null
}

export const KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'speaker', 'credit', 'note']

export const KIND_LABEL: Record<AnnotationKind, string> = {
  quote: 'Quote',
  claim: 'Claim',
  speaker: 'Speaker',
  credit: 'Credit',
  note: 'Note',
}

/** Highlight colours by kind (hex RGB without '#'): the desk's palette, light tints for print. */
export const KIND_COLOR = Object.fromEntries(
  Object.entries(KIND_PALETTE).map(([k, c]) => [k, c.tint.slice(1).toUpperCase()]),
) as Record<AnnotationKind, string>

export const STATUS_LABEL: Record<AnnotationStatus, string> = {
  unverified: 'unverified',
  verified: 'verified',
  disputed: 'disputed',
  false: 'false',
  opinion: 'opinion',
  unchecked: 'unchecked',
  confirmed: 'confirmed',
  'wrong-speaker': 'wrong speaker',
  misquoted: 'misquoted',
}

/** An annotation as the report shows it: the record's fields, its exact words, and its number. */
export type ReportAnnotation = Pick<
  Annotation,
  | 'id' | 'kind' | 'origin' | 'start' | 'end' | 'status' | 'decision' | 'speaker' | 'attribution' | 'cue' | 'note'
  | 'evidence' | 'author' | 'createdAt' | 'updatedAt'
> & {
  /** 1-based number shown in the text and in the lists; 0 for orphans */
  n: number
  exact: string
}

/** A run of text with the same set of annotations over it. */
export interface ReportSegment {
  text: string
  start: number
  end: number
  /** Numbers of the annotations covering the run, outermost (earliest start, longest) first */
  marks: number[]
  /** Numbers of the annotations that end with this run (their reference mark goes after it) */
  ends: number[]
}

export interface ReportBlock {
  kind: BlockKind
  start: number
  end: number
  segments: ReportSegment[]
  /** Numbers of annotations with a note that start in this block (shown in the margin beside it) */
  marginNotes: number[]
}

export interface ReportFinding {
  rule: string
  severity: Severity
  message: string
  excerpt: string
}

export interface CreditRow {
  role: string
  name: string
  detail: string
}

export interface ReportModel {
  storyId: string
  version: string
  headline: string | null
  source: string | null
  format: string
  agencyId: string | null
  agencyVersion: string | null
  section: string | null
  dateline: string | null
  bylines: string[]
  created: string | null
  language: string | null
  copyright: string | null
  usageTerms: string | null
  checkedBy: string | null
  checkedAt: string | null
  blocks: ReportBlock[]
  /** Placed annotations, numbered in text order */
  annotations: ReportAnnotation[]
  /** Records whose words are not in this version's text (shown apart, never dropped) */
  orphans: ReportAnnotation[]
  findings: ReportFinding[]
  findingCounts: Record<Severity, number>
  credits: CreditRow[]
  counts: Record<AnnotationKind, number>
}

function excerpt(s: string, max = 90): string {
  const t = s.replace(/\s+/g, ' ').trim()
  return t.length > max ? `${t.slice(0, max - 1)}…` : t
}

/**
 * The records a report shows: each suggestion with the editor's decision laid over it (as the desk shows
 * it, keeping the suggestion's id), the editor's own records, and nothing the editor rejected.
 */
export function exportedAnnotations(records: readonly Annotation[]): Annotation[] {
  return [...effectiveAnnotations(records).values()].filter((a) => a.decision !== 'rejected')
}

function placed(text: string, a: Annotation): boolean {
  if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end > a.start && a.end <= text.length)) return false
  return a.anchor !== 'orphaned' && (a.selector.exact === '' || text.slice(a.start, a.end) === a.selector.exact)
}

function toReport(a: Annotation, n: number): ReportAnnotation {
  return {
    n,
    id: a.id,
    kind: a.kind,
    origin: a.origin,
    start: a.start,
    end: a.end,
    exact: a.selector.exact,
    status: a.status,
    decision: a.decision,
    speaker: a.speaker,
    attribution: a.attribution,
    cue: a.cue,
    note: a.note,
    evidence: a.evidence,
    author: a.author,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  }
}

function creditRows(analysis: Analysis): CreditRow[] {
  const c = analysis.credits
  const rows: CreditRow[] = []
  const roleLabel = {
    byline: 'Byline',
    reporting: 'Reporting',
    writing: 'Writing',
    editing: 'Editing',
    additionalReporting: 'Additional reporting',
    compiledBy: 'Compiled by',
  } as const
  if (c.contributors && c.contributors.length > 0) {
    for (const p of c.contributors) rows.push({ role: roleLabel[p.role], name: p.name, detail: p.location ?? '' })
  } else {
    const lists: [keyof typeof roleLabel, string[]][] = [
      ['byline', c.bylines],
      ['reporting', c.reporting],
      ['writing', c.writing],
      ['editing', c.editing],
      ['additionalReporting', c.additionalReporting],
      ['compiledBy', c.compiledBy],
    ]
    for (const [role, names] of lists) for (const name of names) rows.push({ role: roleLabel[role], name, detail: '' })
  }
  for (const p of c.photo) {
    const detail = [p.agencies.length ? `agencies: ${p.agencies.join(', ')}` : '', p.distributor ? `distributed by ${p.distributor}` : '']
      .filter(Boolean)
      .join('; ')
    rows.push({ role: 'Photo', name: p.photographer ?? p.credit, detail: detail || p.credit })
  }
  for (const cr of c.copyright) rows.push({ role: 'Copyright', name: cr, detail: '' })
  return rows
}

/**
 * Builds the report model: numbers the placed annotations in text order, cuts every block into runs with
 * the same marks, and keeps what cannot be placed as orphans. Deterministic for the same input.
 */
export function buildReportModel(
  article: Article,
  annotations: readonly Annotation[],
  analysis: Analysis,
  meta: ReportMeta,
): ReportModel {
  const text = article.text
  const live = exportedAnnotations(annotations)
  const good = live.filter((a) => placed(text, a)).sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id))
  const list = good.map((a, i) => toReport(a, i + 1))
  const orphans = live.filter((a) => !placed(text, a)).map((a) => toReport(a, 0))

  const blocks: ReportBlock[] = article.blocks.map((b) => {
    const cuts = new Set<number>([b.start, b.end])
    for (const a of list) {
      if (a.start > b.start && a.start < b.end) cuts.add(a.start)
      if (a.end > b.start && a.end < b.end) cuts.add(a.end)
    }
    const points = [...cuts].sort((x, y) => x - y)
    const segments: ReportSegment[] = []
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i] as number
      const e = points[i + 1] as number
      const over = list.filter((a) => a.start < e && a.end > s)
      // An annotation that runs past the block ends (for this block) with the block's last run.
      const ends = over.filter((a) => a.end === e || (e === b.end && a.end > b.end)).map((a) => a.n)
      segments.push({ text: text.slice(s, e), start: s, end: e, marks: over.map((a) => a.n), ends })
    }
    const marginNotes = list.filter((a) => a.start >= b.start && a.start < b.end && (a.note || a.kind === 'note')).map((a) => a.n)
    return { kind: b.kind, start: b.start, end: b.end, segments, marginNotes }
  })

  const counts: Record<AnnotationKind, number> = { quote: 0, claim: 0, speaker: 0, credit: 0, note: 0 }
  for (const a of list) counts[a.kind]++
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const f of analysis.findings) findingCounts[f.severity]++

  return {
    storyId: meta.storyId,
    version: meta.version,
    headline: article.headline,
    source: article.source,
    format: article.format,
    agencyId: article.agencyId,
    agencyVersion: article.version,
    section: article.section,
    dateline: article.dateline?.text ?? null,
    bylines: article.bylines,
    created: article.created,
    language: article.language,
    copyright: article.copyright,
    usageTerms: article.usageTerms,
    checkedBy: meta.checkedBy,
    checkedAt: meta.checkedAt,
    blocks,
    annotations: list,
    orphans,
    findings: analysis.findings.map((f) => ({
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      excerpt: excerpt(text.slice(f.start, f.end)),
    })),
    findingCounts,
    credits: creditRows(analysis),
    counts,
  }
}

/** One line describing an annotation's record: kind, speaker, status, origin (the same words in every format). */
export function describe(a: ReportAnnotation): string {
  const parts = [KIND_LABEL[a.kind]]
  if (a.speaker) parts.push(a.kind === 'claim' ? `source: ${a.speaker}` : `speaker: ${a.speaker}`)
  else if (a.kind === 'quote') parts.push('speaker: none found')
  if (a.status) parts.push(`status: ${STATUS_LABEL[a.status]}`)
  if (a.attribution && a.kind === 'quote') parts.push(`attribution: ${a.attribution}${a.cue ? ` (“${a.cue}”)` : ''}`)
  parts.push(a.origin === 'auto' ? 'suggested by analysis' : `by ${a.author}`)
  return parts.join(' · ')
}

export const reportExcerpt = excerpt
