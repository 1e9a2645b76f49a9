/**
 * The review model shared by the desk (renderer) and the Node side: suggestions from an analysis, the editor's
 * decisions laid over them, the editor's own checks, and the edited article. Pure: data in, data out.
 * Offsets are UTF-16 code units into Article.text, half-open [start, end).
 */
import { BLOCK_SEPARATOR } from '../article/build'
import type { Article, BlockKind, Caption, Block } from '../article/types'
import { excerptOf } from '../analysis/rules/context'
import type { Analysis, Finding, Severity, Span } from '../analysis/types'
import type { Annotation, AnnotationKind, TextQuoteSelector } from './types'

/** Characters of context kept on each side of an anchored quote (as Hypothesis does). */
export const SELECTOR_CONTEXT = 32

/** The W3C TextQuoteSelector for [start, end) of `text`. */
export function textQuote(text: string, start: number, end: number): TextQuoteSelector {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - SELECTOR_CONTEXT), start),
    suffix: text.slice(end, end + SELECTOR_CONTEXT),
  }
}

export interface SuggestionContext {
  storyId: string
  versionId: string
  now: string
  newId: () => string
}

/**
 * Turns an analysis into suggestion records (origin 'auto'): one per quote (with its speaker), one per speaker
 * mention that introduces a quote, one per claim, one per credit. No two suggestions of a kind share a span.
 */
export function suggestionsFromAnalysis(article: Article, analysis: Analysis, ctx: SuggestionContext): Annotation[] {
  const out: Annotation[] = []
  const seen = new Set<string>()
  const add = (kind: AnnotationKind, span: Span, fields: Partial<Annotation>) => {
    if (span.end <= span.start || span.start < 0 || span.end > article.text.length) return
    const key = `${kind}:${span.start}:${span.end}`
    if (seen.has(key)) return
    seen.add(key)
    out.push(
      newAnnotation({ id: ctx.newId(), storyId: ctx.storyId, versionId: ctx.versionId, kind, origin: 'auto', text: article.text, span, author: 'wiremark', at: ctx.now }, fields),
    )
  }
  const people = new Map(analysis.people.map((p) => [p.id, p]))
  for (const q of analysis.quotes) {
    add('quote', q, { status: 'unchecked', speaker: q.speaker, attribution: q.attribution, cue: q.cue })
    const person = q.speakerId ? people.get(q.speakerId) : undefined
    if (!person || !q.cueSpan) continue
    // The speaker mark goes on the mention that introduces this quote: the one nearest its cue, same block.
    const block = blockAt(article, q.start)
    const cue = q.cueSpan
    const near = person.mentions
      .filter((m) => !block || (m.start >= block.start && m.end <= block.end))
      .filter((m) => m.end <= q.start || m.start >= q.end)
      .sort((a, b) => distance(a, cue) - distance(b, cue))[0]
    if (near) add('speaker', near, { speaker: person.name, cue: q.cue })
  }
  for (const c of analysis.claims) {
    add('claim', c, { status: 'unverified', speaker: c.attributedTo, note: null, cue: c.signals.join(', ') || null })
  }
  for (const p of analysis.credits.photo) {
    if (p.start !== null && p.end !== null) add('credit', { start: p.start, end: p.end }, { speaker: p.photographer, cue: 'photo' })
  }
  for (const b of article.blocks) {
    if (b.kind === 'creditLine') add('credit', b, { cue: 'credit line' })
    if (b.kind === 'byline') add('credit', b, { cue: 'byline' })
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end)
}

/** A fresh record over [span) of `text`, with no decision, status, speaker, note or evidence unless `fields` gives them. */
export function newAnnotation(
  base: { id: string; storyId: string; versionId: string; kind: AnnotationKind; origin: Annotation['origin']; text: string; span: Span; author: string; at: string },
  fields: Partial<Annotation> = {},
): Annotation {
  return {
    id: base.id,
    storyId: base.storyId,
    versionId: base.versionId,
    kind: base.kind,
    origin: base.origin,
    start: base.span.start,
    end: base.span.end,
    selector: textQuote(base.text, base.span.start, base.span.end),
    status: null,
    decision: null,
    speaker: null,
    attribution: null,
    cue: null,
    note: null,
    evidence: [],
    suggestionId: null,
    anchor: 'exact',
    author: base.author,
    createdAt: base.at,
    updatedAt: base.at,
    ...fields,
  }
}

const distance = (a: Span, b: Span) => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0)

/** The block that holds offset `at`, or null when it falls between blocks. */
export function blockAt(article: Article, at: number): Block | null {
  return article.blocks.find((b) => at >= b.start && at < b.end) ?? null
}

/**
 * The annotation as the editor sees it: a suggestion with the editor's decision record laid over it, keyed
 * by the suggestion's id (the id its mark carries). Records of the editor's own carry their own id.
 */
export function effectiveAnnotations(records: readonly Annotation[]): Map<string, Annotation> {
  const decisions = new Map<string, Annotation>()
  for (const r of records) if (r.origin === 'editor' && r.suggestionId) decisions.set(r.suggestionId, r)
  const out = new Map<string, Annotation>()
  for (const r of records) {
    if (r.origin === 'editor' && r.suggestionId) continue
    const d = r.origin === 'auto' ? decisions.get(r.id) : undefined
    out.set(r.id, d ? { ...d, id: r.id, start: r.start, end: r.end, selector: r.selector, anchor: r.anchor } : r)
  }
  return out
}

/** Whether the annotation counts as the editor's: accepted suggestions and hand-made marks. */
export const isAccepted = (a: Annotation) => a.decision === 'accepted' || (a.origin === 'editor' && a.decision !== 'rejected')

export type EditorRuleId = 'accepted-quote-without-speaker' | 'disputed-claim-without-evidence'

export interface ReviewFinding extends Omit<Finding, 'rule'> {
  rule: Finding['rule'] | EditorRuleId
  /** Stable across edits elsewhere in the text: rule and the words it is about */
  key: string
  /** The annotation the finding is about, for the editor's own rules */
  annotationId: string | null
}

/** The dismissal key of a finding: its rule and the words it covers (offsets move, words mostly don't). */
export function findingKey(rule: string, text: string, span: Span): string {
  return `${rule}|${text.slice(span.start, span.end).slice(0, 160)}`
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 }

/**
 * Every open finding: the analysis's own, then the editor's rules over the effective annotations (an accepted
 * quote without a speaker, a disputed claim without evidence), minus the dismissed keys. Ordered so that a
 * rule's findings stand together: rules by their worst severity, then by where their first finding is; within a
 * rule by severity, then position. The checks panel groups them in this order, and J/K walk it.
 */
export function reviewFindings(
  text: string,
  analysisFindings: readonly Finding[],
  annotations: Iterable<Annotation>,
  dismissed: ReadonlySet<string>,
  /** A rule whose findings are listed first whatever their severity (the checks panel's "Speakers to confirm first") */
  first: ReviewFinding['rule'] | null = null,
): ReviewFinding[] {
  // A quote the editor has decided on (accepted, or a speaker set by hand) has a speaker someone confirmed.
  const confirmed = new Set<string>()
  const anns = [...annotations]
  for (const a of anns) if (a.kind === 'quote' && a.anchor !== 'orphaned' && (a.decision !== null || a.origin === 'editor')) confirmed.add(`${a.start}:${a.end}`)
  // A claim the editor rejected is no claim: "unsourced" no longer applies to its words (the finding sits on the claim's
  // own span). A claim kept, even with a source set in its card, still reads unsourced in the copy: that finding stays.
  const notClaims = new Set<string>()
  for (const a of anns) if (a.kind === 'claim' && a.decision === 'rejected') notClaims.add(`${a.start}:${a.end}`)
  const out: ReviewFinding[] = analysisFindings
    .filter((f) => f.rule !== 'doubtful-speaker' || !confirmed.has(`${f.start}:${f.end}`))
    .filter((f) => f.rule !== 'unattributed-claim' || !notClaims.has(`${f.start}:${f.end}`))
    .map((f) => ({ ...f, key: findingKey(f.rule, text, f), annotationId: null }))
  for (const a of anns) {
    if (a.anchor === 'orphaned' || a.decision === 'rejected') continue
    if (a.kind === 'quote' && isAccepted(a) && !a.speaker) {
      const excerpt = excerptOf(text, a)
      out.push({
        rule: 'accepted-quote-without-speaker',
        severity: 'error',
        message: `Accepted quote without a speaker: '${excerpt}'`,
        excerpt,
        fix: 'Say who said it (S) or reject the quote (X).',
        start: a.start,
        end: a.end,
        key: findingKey('accepted-quote-without-speaker', text, a),
        annotationId: a.id,
      })
    }
    if (a.kind === 'claim' && a.status === 'disputed' && a.evidence.length === 0) {
      const excerpt = excerptOf(text, a)
      out.push({
        rule: 'disputed-claim-without-evidence',
        severity: 'warning',
        message: `Disputed claim without evidence: '${excerpt}'`,
        excerpt,
        fix: 'Add a link to what disputes it in the claim card.',
        start: a.start,
        end: a.end,
        key: findingKey('disputed-claim-without-evidence', text, a),
        annotationId: a.id,
      })
    }
  }
  const open = out.filter((f) => !dismissed.has(f.key))
  const ruleRank = new Map<string, { severity: number; start: number }>()
  for (const f of open) {
    const r = ruleRank.get(f.rule)
    const severity = SEVERITY_RANK[f.severity]
    if (!r) ruleRank.set(f.rule, { severity, start: f.start })
    else ruleRank.set(f.rule, { severity: Math.min(r.severity, severity), start: Math.min(r.start, f.start) })
  }
  const rankOf = (f: ReviewFinding) => ruleRank.get(f.rule) ?? { severity: 0, start: 0 }
  return open.sort((a, b) => {
    const ra = rankOf(a)
    const rb = rankOf(b)
    return (
      Number(b.rule === first) - Number(a.rule === first) ||
      ra.severity - rb.severity ||
      ra.start - rb.start ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0) ||
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.start - b.start ||
      a.end - b.end
    )
  })
}

/** What the checks panel calls each rule's group: "Unattributed claims". */
export const RULE_TITLE: Record<ReviewFinding['rule'], string> = {
  'quote-without-speaker': 'Quotes without a speaker',
  'doubtful-speaker': 'Speakers to confirm',
  'speaker-not-introduced': 'Speakers not introduced',
  'pronoun-before-name': 'Pronouns before a name',
  'anonymous-source': 'Anonymous sources',
  'loaded-verb': 'Loaded verbs',
  'insertion-in-quote': 'Insertions in quotes',
  'unbalanced-quotes': 'Unpaired quotation marks',
  'unattributed-claim': 'Unattributed claims',
  'missing-credit': 'Missing credits',
  'caption-without-credit': 'Captions without a credit',
  'credit-mismatch': 'Credit mismatches',
  'no-dateline': 'No dateline',
  'relative-date-conflict': 'Dates that disagree',
  'carried-attribution': 'Carried attributions',
  'late-attribution': 'Late attributions',
  'double-attribution': 'Double attributions',
  'fragment-quote': 'Scare quotes',
  'plural-source': 'One source made plural',
  'anon-declined-comment': 'Declined to comment, quoted anonymously',
  'borrowed-material-credit': 'Borrowed material without credit',
  'correction-notice': 'Correction notices',
  'quote-introduction': 'Quote introductions',
  'present-tense-attribution': 'Present-tense attributions',
  'courtesy-title': 'Courtesy titles',
  'accepted-quote-without-speaker': 'Accepted quotes without a speaker',
  'disputed-claim-without-evidence': 'Disputed claims without evidence',
}

export interface FindingGroup {
  rule: ReviewFinding['rule']
  title: string
  /** Index of the group's first finding in the list, and how many follow it (the list's order keeps them together) */
  first: number
  count: number
  counts: Record<Severity, number>
}

/**
 * The findings' groups by rule, in list order: each group is a run of consecutive findings of one rule (which
 * reviewFindings' order makes one run per rule), so that walking the list walks the groups in turn.
 */
export function groupFindings(findings: readonly Pick<ReviewFinding, 'rule' | 'severity'>[]): FindingGroup[] {
  const out: FindingGroup[] = []
  findings.forEach((f, i) => {
    let g = out.at(-1)
    if (!g || g.rule !== f.rule) {
      g = { rule: f.rule, title: RULE_TITLE[f.rule], first: i, count: 0, counts: { error: 0, warning: 0, info: 0 } }
      out.push(g)
    }
    g.count++
    g.counts[f.severity]++
  })
  return out
}

/** Open findings by severity. */
export function severityCounts(findings: readonly Pick<ReviewFinding, 'severity'>[]): Record<Severity, number> {
  const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++
  return counts
}

export interface EditedBlock {
  kind: BlockKind
  text: string
}

/**
 * The article after the editor changed its text: the same metadata over the new blocks, with offsets, text,
 * paragraphs, captions, headline, bylines and credit lines recomputed. Empty blocks are dropped; newlines
 * inside a block become spaces so that offsets keep their meaning.
 */
export function articleWithBlocks(article: Article, edited: readonly EditedBlock[]): Article {
  const blocks: Block[] = []
  let text = ''
  for (const e of edited) {
    const t = e.text.replace(/[\n\r]/g, ' ')
    if (t.trim() === '') continue
    if (blocks.length > 0) text += BLOCK_SEPARATOR
    blocks.push({ kind: e.kind, text: t, start: text.length, end: text.length + t.length })
    text += t
  }
  const of = (k: BlockKind) => blocks.filter((b) => b.kind === k)
  const oldCaptions = article.captions
  const captions: Caption[] = of('caption').map((b, i) => {
    const old = oldCaptions[i]
    const credit = old?.credit && b.text.endsWith(old.credit) ? old.credit : null
    return {
      text: credit ? b.text.slice(0, b.text.length - credit.length).trim() : b.text,
      credit,
      creditLine: old?.creditLine ?? null,
      start: b.start,
      end: b.end,
    }
  })
  const datelineBlock = of('dateline')[0]
  return {
    ...article,
    headline: of('headline')[0]?.text ?? null,
    dateline: datelineBlock && article.dateline ? { ...article.dateline, text: datelineBlock.text } : article.dateline,
    bylines: of('byline').map((b) => b.text),
    creditLines: of('creditLine').map((b) => b.text),
    blocks,
    text,
    paragraphs: of('paragraph').map((b) => b.text),
    captions,
  }
}
