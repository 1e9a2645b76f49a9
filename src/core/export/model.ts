import { KIND_PALETTE } from '../annotation/palette'
import type { Analysis, Severity } from '../analysis/types'
import type { Article, Block, BlockKind } from '../article/types'
import { clipExcerpt } from '../article/excerpt'
import { isPublicRecord } from '../annotation/deskNotes'
import { effectiveAnnotations, reviewFindings, type ReviewFinding } from '../annotation/review'
import type { Annotation, AnnotationKind, AnnotationStatus } from '../annotation/types'
import { claimNoun, FINDING_REQUEST } from './requests'
import { directionOf, storyLanguage, type Direction } from './script'
import { formatLocalTime, localTimeZone } from './time'

/**
 * The one model every report format renders (HTML, PDF, DOCX, Markdown). It is built only from the public
 * parts of an Article: Article.notes (non-public desk notes, feed staff contacts) and Article.clutter are
 * never read here, and neither are the non-public note records, so no renderer can leak them.
 */

/** A story's review state, and who set it and when (null where the audit trail does not say). */
export interface ReviewRecord {
  state: 'new' | 'in_review' | 'checked'
  by: string | null
  /** ISO timestamp */
  at: string | null
}

/** A finding the editor dismissed: the finding's key (rule and words, see findingKey), the reason, who and when. */
export interface DismissedRecord {
  key: string
  reason: string
  by: string | null
  /** ISO timestamp */
  at: string
}

export interface ReportMeta {
  storyId: string
  /** The version shown, e.g. "3" or the agency's "1stLd-Writethru" */
  version: string
  /** The checker's name (Settings, or the CLI's --checked-by); null when none is set */
  checkedBy: string | null
  /** ISO timestamp */
  checkedAt: string | null
  review: ReviewRecord
  /** The IANA zone the reports show times in; the machine's own when absent */
  timeZone?: string
}

export const KINDS: readonly AnnotationKind[] = ['quote', 'claim', 'speaker', 'credit', 'note']

export const KIND_LABEL: Record<AnnotationKind, string> = {
  quote: 'Quote',
  claim: 'Claim',
  speaker: 'Person',
  credit: 'Credit',
  note: 'Note',
}

/** Severities in the desk's words: an 'info' finding is a note there, and so in every report. */
export const SEVERITY_LABEL: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'note' }

/** "1 error, 6 warnings, 2 notes": the open findings counted as the desk counts them. */
export function findingCountPhrase(c: Record<Severity, number>): string {
  const one = (n: number, s: Severity) => `${n} ${SEVERITY_LABEL[s]}${n === 1 ? '' : 's'}`
  return `${one(c.error, 'error')}, ${one(c.warning, 'warning')}, ${one(c.info, 'info')}`
}

/** What each kind of mark means, for the legends. */
export const KIND_MEANING: Record<AnnotationKind, string> = {
  quote: 'words in quotation marks',
  claim: 'a statement of fact to check',
  speaker: 'who is speaking',
  credit: 'byline, photo or agency credit',
  note: 'the editor’s note',
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

/** What the story summary is called in every report and in the desk: the agency's teaser, kept out of the checked text. */
export const STORY_SUMMARY_LABEL = 'Summary (the agency’s teaser, not part of the checked text)'

export const REVIEW_LABEL: Record<ReviewRecord['state'], string> = { new: 'New', in_review: 'In review', checked: 'Checked' }

/**
 * What became of a mark: `open`, a suggestion nobody decided on; `accepted` / `rejected`, the editor's decision on a
 * suggestion; `edited`, a suggestion the editor changed (speaker, status, kind, evidence) without accepting it;
 * `added`, a mark the editor made.
 */
export type DecisionState = 'open' | 'accepted' | 'rejected' | 'edited' | 'added'

export const DECISION_LABEL: Record<DecisionState, string> = {
  open: 'not reviewed',
  accepted: 'accepted',
  rejected: 'rejected',
  edited: 'edited',
  added: 'added',
}

export interface ReportDecision {
  state: DecisionState
  /** Who decided (the record's author); null for an open suggestion */
  by: string | null
  /** ISO timestamp of the decision */
  at: string | null
  /** The same time as the reports show it: local, with the time zone */
  atText: string | null
  /** What the editor changed on the suggestion, e.g. 'speaker: “A” to “B”' (words the PDF's fonts can draw) */
  changes: string[]
  /** The whole decision in words, the same in every report: "accepted by Dana, 7 Dec 2026, 14:05 CET (UTC+01:00)" */
  text: string
}

/** An annotation as the report shows it: the record's fields, its exact words, its number and what was decided. */
export type ReportAnnotation = Pick<
  Annotation,
  'id' | 'kind' | 'origin' | 'start' | 'end' | 'speaker' | 'attribution' | 'cue' | 'note' | 'evidence' | 'author' | 'createdAt' | 'updatedAt'
> & {
  /** 1-based number shown in the text and in the lists; 0 for orphans and rejected marks */
  n: number
  /** Suggested by the analysis (decided on or not); false for a mark the editor made */
  suggested: boolean
  exact: string
  /** The status as the report shows it: an accepted quote or claim is no longer "unchecked" or "unverified" */
  status: AnnotationStatus | null
  decided: ReportDecision
  /** updatedAt as the reports show it: local, with the time zone */
  updatedAtText: string
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
  /** Which way the block runs, by its first strong letter: every format lays it out so */
  dir: Direction
  segments: ReportSegment[]
  /** Numbers of annotations with a note that start in this block (shown in the margin beside it) */
  marginNotes: number[]
}

export interface ReportFinding {
  rule: string
  severity: Severity
  message: string
  excerpt: string
  start: number
  end: number
  /** The dismissal key (rule and words) */
  key: string
  /** The finding as a request to the reporter (Word comments) */
  request: string
}

export interface ReportDismissed {
  rule: string
  severity: Severity | null
  /** The check's message; empty when the finding no longer shows in this version */
  message: string
  excerpt: string
  reason: string
  by: string | null
  at: string
  atText: string
}

export interface CreditRow {
  role: string
  name: string
  detail: string
}

export interface ReportSummary {
  openFindings: Record<Severity, number>
  /** Suggestions (placed in this version) that nobody accepted, rejected or edited */
  openSuggestions: number
  accepted: number
  rejected: number
  edited: number
  added: number
  dismissed: number
  /** "Open: …" and "Decided: …", the same words in every report */
  openText: string
  decidedText: string
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
  /** The story's language: the format's own, else guessed from the script (see storyLanguage); null when unknown */
  language: string | null
  /** Which way the story runs (its first strong letter): the direction of the Word document and of the story column */
  dir: Direction
  copyright: string | null
  usageTerms: string | null
  checkedBy: string | null
  /** The checker's name, or words saying where to set it */
  checkedByText: string
  checkedAt: string | null
  checkedAtText: string
  timeZone: string
  review: ReviewRecord & { label: string; atText: string | null; text: string }
  summary: ReportSummary
  /**
   * The agency's teaser or summary (Article.summary): shown above the story, apart from its text, as the desk shows
   * it; no mark or check is on it. Null when the item has none.
   */
  storySummary: { text: string; dir: Direction } | null
  blocks: ReportBlock[]
  /** Placed annotations (not rejected), numbered in text order */
  annotations: ReportAnnotation[]
  /** Suggestions the editor rejected (not marked in the text; listed with the decision) */
  rejected: ReportAnnotation[]
  /** Records whose words are not in this version's text (shown apart, never dropped) */
  orphans: ReportAnnotation[]
  /** Open findings: the analysis' and the editor's rules, minus the dismissed */
  findings: ReportFinding[]
  findingCounts: Record<Severity, number>
  dismissed: ReportDismissed[]
  credits: CreditRow[]
  counts: Record<AnnotationKind, number>
}

/** Shown where the checker's name belongs and none is set. */
export const NAME_NOT_SET = '(name not set: Settings)'

/** Longest excerpt a report quotes. */
const REPORT_EXCERPT = 90

/**
 * The records a report shows: each suggestion with the editor's decision laid over it (as the desk shows
 * it, keeping the suggestion's id), the editor's own records, and nothing the editor rejected.
 */
export function exportedAnnotations(records: readonly Annotation[]): Annotation[] {
  return [...effectiveAnnotations(records.filter(isPublicRecord)).values()].filter((a) => a.decision !== 'rejected')
}

function placed(text: string, a: Annotation): boolean {
  if (!(Number.isInteger(a.start) && Number.isInteger(a.end) && a.start >= 0 && a.end > a.start && a.end <= text.length)) return false
  return a.anchor !== 'orphaned' && (a.selector.exact === '' || text.slice(a.start, a.end) === a.selector.exact)
}

const quoted = (v: string | null) => (v === null ? 'none' : `“${v}”`)

/** What a decision record changed on its suggestion, in words. */
function changesOf(suggestion: Annotation, d: Annotation): string[] {
  const out: string[] = []
  if (d.kind !== suggestion.kind) out.push(`kind: ${KIND_LABEL[suggestion.kind].toLowerCase()} to ${KIND_LABEL[d.kind].toLowerCase()}`)
  if (d.speaker !== suggestion.speaker) out.push(`${d.kind === 'claim' ? 'source' : 'speaker'}: ${quoted(suggestion.speaker)} to ${quoted(d.speaker)}`)
  if (d.status !== suggestion.status && d.status !== null) {
    out.push(`status: ${suggestion.status ? STATUS_LABEL[suggestion.status] : 'none'} to ${STATUS_LABEL[d.status]}`)
  }
  if (d.attribution !== suggestion.attribution && d.attribution !== null) out.push(`attribution: ${d.attribution}`)
  // (Evidence taken away, or put in another order, is no change: the report names the links the editor added.)
  if (d.evidence.some((e) => !suggestion.evidence.includes(e))) out.push('evidence added')
  return out
}

/**
 * The decision on an effective annotation (see effectiveAnnotations): its record against the suggestion it decides
 * on. A record that only adds a note leaves the suggestion open.
 */
function decisionOf(a: Annotation, suggestions: ReadonlyMap<string, Annotation>, zone: string): ReportDecision {
  const make = (state: DecisionState, changes: string[] = []): ReportDecision => {
    const by = state === 'open' ? null : a.author
    const at = state === 'open' ? null : a.updatedAt
    const atText = at ? formatLocalTime(at, zone) : null
    const text =
      state === 'open'
        ? 'suggested by the analysis, not reviewed'
        : `${DECISION_LABEL[state]}${by ? ` by ${by}` : state === 'added' ? ' by the editor' : ''}${atText ? `, ${atText}` : ''}${changes.length ? ` (${changes.join('; ')})` : ''}`
    return { state, by, at, atText, changes, text }
  }
  if (a.origin === 'auto') return make('open')
  const suggestion = a.suggestionId ? suggestions.get(a.suggestionId) : undefined
  if (!suggestion) return make(a.decision === 'rejected' ? 'rejected' : 'added')
  const changes = changesOf(suggestion, a)
  if (a.decision === 'accepted') return make('accepted', changes)
  if (a.decision === 'rejected') return make('rejected')
  return changes.length > 0 ? make('edited', changes) : make('open')
}

/** An accepted quote or claim is the editor's: "unchecked" and "unverified" no longer describe it. */
function shownStatus(a: Annotation, d: ReportDecision): AnnotationStatus | null {
  if (d.state === 'accepted' && (a.status === 'unchecked' || a.status === 'unverified')) return null
  return a.status
}

/**
 * One annotation of the report. A suggestion the editor decided on (or only added a note to) is still the analysis's:
 * it stays `suggested` with the suggestion's creation time, and who decided when is in `decided`; `origin` and
 * `author` are those of the record that holds the editor's fields (the note, the changes).
 */
function toReport(a: Annotation, n: number, decided: ReportDecision, zone: string, suggestion: Annotation | undefined): ReportAnnotation {
  const made = suggestion ?? a
  return {
    n,
    id: a.id,
    kind: a.kind,
    origin: a.origin,
    suggested: made.origin === 'auto',
    start: a.start,
    end: a.end,
    exact: a.selector.exact,
    status: shownStatus(a, decided),
    decided,
    speaker: a.speaker,
    attribution: a.attribution,
    cue: a.cue,
    note: a.note,
    evidence: a.evidence,
    author: a.author,
    createdAt: made.createdAt,
    updatedAt: a.updatedAt,
    updatedAtText: formatLocalTime(a.updatedAt, zone),
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

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`
}

function summaryOf(findingCounts: Record<Severity, number>, placedList: readonly ReportAnnotation[], rejected: number, dismissed: number): ReportSummary {
  const count = (s: DecisionState) => placedList.filter((a) => a.decided.state === s).length
  // (A suggestion with only a note on it is still open: a note is no decision.)
  const openSuggestions = placedList.filter((a) => a.suggested && a.decided.state === 'open').length
  const [accepted, edited, added] = [count('accepted'), count('edited'), count('added')]
  const fc = findingCounts
  const checks = fc.error + fc.warning + fc.info
  const bySeverity = [plural(fc.error, 'error'), plural(fc.warning, 'warning'), plural(fc.info, 'note')].filter((s) => !s.startsWith('0 '))
  const open = [
    checks ? `${plural(checks, 'check')} (${bySeverity.join(', ')})` : '',
    openSuggestions ? `${plural(openSuggestions, 'suggestion')} not reviewed` : '',
  ].filter(Boolean)
  const decided = [
    accepted ? `${accepted} accepted` : '',
    rejected ? `${rejected} rejected` : '',
    edited ? `${edited} edited` : '',
    added ? `${plural(added, 'mark')} added by the editor` : '',
    dismissed ? `${plural(dismissed, 'check')} dismissed` : '',
  ].filter(Boolean)
  return {
    openFindings: fc,
    openSuggestions,
    accepted,
    rejected,
    edited,
    added,
    dismissed,
    openText: `Open: ${open.length ? open.join(', ') : 'nothing'}.`,
    decidedText: `Decided: ${decided.length ? decided.join(', ') : 'nothing yet'}.`,
  }
}

/**
 * Builds the report model: numbers the placed annotations in text order, cuts every block into runs with
 * the same marks, keeps what cannot be placed as orphans, says what the editor decided on every mark and
 * finding, and sums it up. Deterministic for the same input (and time zone).
 */
export function buildReportModel(
  article: Article,
  stored: readonly Annotation[],
  analysis: Analysis,
  meta: ReportMeta,
  dismissedRecords: readonly DismissedRecord[] = [],
): ReportModel {
  const text = article.text
  // Desk-only notes never reach a report, whoever builds the model.
  const annotations = stored.filter(isPublicRecord)
  const zone = meta.timeZone ?? localTimeZone()
  const time = (iso: string | null) => (iso ? formatLocalTime(iso, zone) : null)
  // A decision's suggestionId names its suggestion's record (only the analysis's records are decided on).
  const suggestions = new Map(annotations.map((a) => [a.id, a]))
  const effective = [...effectiveAnnotations(annotations).values()]
  const decided = new Map(effective.map((a) => [a.id, decisionOf(a, suggestions, zone)]))
  // (An effective annotation keeps its suggestion's id: a decided suggestion is found under it.)
  const report = (a: Annotation, n: number) => toReport(a, n, decided.get(a.id) as ReportDecision, zone, a.suggestionId ? suggestions.get(a.suggestionId) : undefined)
  const live = effective.filter((a) => a.decision !== 'rejected')
  const good = live.filter((a) => placed(text, a)).sort((a, b) => a.start - b.start || b.end - a.end || a.id.localeCompare(b.id))
  const list = good.map((a, i) => report(a, i + 1))
  const orphans = live.filter((a) => !placed(text, a)).map((a) => report(a, 0))
  const rejected = effective
    .filter((a) => a.decision === 'rejected')
    .sort((a, b) => a.start - b.start || a.id.localeCompare(b.id))
    .map((a) => report(a, 0))

  const blocks: ReportBlock[] = article.blocks.map((b, i) => {
    // Every mark's ends, held to the block (one outside it cuts at the block's own ends, already there).
    const inBlock = (p: number) => Math.min(Math.max(p, b.start), b.end)
    const cuts = new Set<number>([b.start, b.end, ...list.flatMap((a) => [inBlock(a.start), inBlock(a.end)])])
    const points = [...cuts].sort((x, y) => x - y)
    const segments: ReportSegment[] = []
    for (let i = 0; i + 1 < points.length; i++) {
      const s = points[i] as number
      const e = points[i + 1] as number
      const over = list.filter((a) => a.start < e && a.end > s)
      // Every mark over the block's last run ends there, for this block: one that runs past the block goes on in the next.
      const ends = over.filter((a) => a.end === e || e === b.end).map((a) => a.n)
      segments.push({ text: text.slice(s, e), start: s, end: e, marks: over.map((a) => a.n), ends })
    }
    // A note is in the margin of the block it starts in; one that starts between two blocks, in the one after.
    const from = i > 0 ? (article.blocks[i - 1] as Block).end : 0
    const marginNotes = list.filter((a) => a.start >= from && a.start < b.end && (a.note || a.kind === 'note')).map((a) => a.n)
    return { kind: b.kind, start: b.start, end: b.end, dir: directionOf(text.slice(b.start, b.end)), segments, marginNotes }
  })

  const counts: Record<AnnotationKind, number> = { quote: 0, claim: 0, speaker: 0, credit: 0, note: 0 }
  for (const a of list) counts[a.kind]++

  // Every finding, open or not (the editor's rules included); then the dismissed keys take theirs out.
  const all = reviewFindings(text, analysis.findings, effective, new Set())
  const dismissedByKey = new Map(dismissedRecords.map((d) => [d.key, d]))
  const claimSignals = new Map(effective.filter((a) => a.kind === 'claim').map((a) => [`${a.start}:${a.end}`, a.cue]))
  const toFinding = (f: ReviewFinding): ReportFinding => {
    const words = clipExcerpt(text.slice(f.start, f.end), 70)
    return {
      rule: f.rule,
      severity: f.severity,
      message: f.message,
      excerpt: clipExcerpt(text.slice(f.start, f.end), REPORT_EXCERPT),
      start: f.start,
      end: f.end,
      key: f.key,
      request: FINDING_REQUEST[f.rule](words, claimNoun(claimSignals.get(`${f.start}:${f.end}`) ?? null)),
    }
  }
  const findings = all.filter((f) => !dismissedByKey.has(f.key)).map(toFinding)
  const findingCounts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const f of findings) findingCounts[f.severity]++
  const dismissed: ReportDismissed[] = dismissedRecords.map((d) => {
    const f = all.find((x) => x.key === d.key)
    const [rule = '', words = ''] = d.key.split(/\|(.*)/s)
    return {
      rule: f?.rule ?? rule,
      severity: f?.severity ?? null,
      message: f?.message ?? '',
      excerpt: clipExcerpt(f ? text.slice(f.start, f.end) : words, REPORT_EXCERPT),
      reason: d.reason,
      by: d.by,
      at: d.at,
      atText: formatLocalTime(d.at, zone),
    }
  })

  const review = meta.review
  const reviewAt = time(review.at)
  const reviewText = `${REVIEW_LABEL[review.state]}${review.by || reviewAt ? ` (set${review.by ? ` by ${review.by}` : ''}${reviewAt ? `${review.by ? ',' : ''} ${reviewAt}` : ''})` : ''}`

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
    language: storyLanguage(article.language, text),
    dir: directionOf(text),
    copyright: article.copyright,
    usageTerms: article.usageTerms,
    checkedBy: meta.checkedBy,
    checkedByText: meta.checkedBy ?? NAME_NOT_SET,
    checkedAt: meta.checkedAt,
    checkedAtText: time(meta.checkedAt) ?? 'not recorded',
    timeZone: zone,
    review: { ...review, label: REVIEW_LABEL[review.state], atText: reviewAt, text: reviewText },
    summary: summaryOf(findingCounts, list, rejected.length, dismissed.length),
    storySummary: article.summary ? { text: article.summary, dir: directionOf(article.summary) } : null,
    blocks,
    annotations: list,
    rejected,
    orphans,
    findings,
    findingCounts,
    dismissed,
    credits: creditRows(analysis),
    counts,
  }
}

/**
 * One line describing an annotation's record: kind, speaker, status and (unless left out, for a format that gives it a
 * line of its own) the decision. The same words in every format.
 */
export function describe(a: ReportAnnotation, opts: { decision?: boolean } = {}): string {
  const parts = [KIND_LABEL[a.kind]]
  if (a.speaker) parts.push(a.kind === 'claim' ? `source: ${a.speaker}` : `speaker: ${a.speaker}`)
  else if (a.kind === 'quote') parts.push('speaker: none found')
  if (a.status) parts.push(`status: ${STATUS_LABEL[a.status]}`)
  if (a.attribution && a.kind === 'quote') parts.push(`attribution: ${a.attribution}${a.cue ? ` (“${a.cue}”)` : ''}`)
  if (opts.decision !== false) parts.push(a.decided.text)
  return parts.join(' · ')
}

