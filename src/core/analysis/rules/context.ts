import type { Article, Block } from '../../article/types'
import { clipExcerpt } from '../../article/excerpt'
import type { SpeechAnalysis } from '../speech'
import type { HouseStyle } from '../houseStyle'
import type { Claim, Credits, Finding, ResolvedDate, RuleId, Severity, Span } from '../types'
import { spanLocator } from '../spans'

export type { SpeechAnalysis } from '../speech'

export interface RuleContext {
  article: Article
  speech: SpeechAnalysis
  claims: Claim[]
  credits: Credits
  dates: ResolvedDate[]
  house: HouseStyle
}

export interface Rule {
  id: RuleId
  /** The usual severity; a finding may be raised or lowered from it */
  severity: Severity
  run(ctx: RuleContext): Finding[]
}

/** How a rule words one finding: a short name for the problem, what the editor can do, and where they differ, more. */
export interface FindingText {
  /** What is wrong, in a few words: "Unsourced number" */
  label: string
  /** What to do about it: "Say who says so or where it comes from." */
  fix?: string
  /** Particulars the quoted words do not show ("carried from Jane Doe, but John Roe is mentioned in between") */
  detail?: string
  /** The words to quote in the message, when not the span's own (null: a story-level finding quotes nothing) */
  words?: string | null
  severity?: Severity
}

/** Longest excerpt a finding carries, in UTF-16 code units. */
export const EXCERPT_MAX = 80

/** The words of [start, end) of `text` as a finding quotes them: whitespace folded, cut at a word within EXCERPT_MAX. */
export function excerptOf(text: string, span: Span): string {
  return clipExcerpt(text.slice(span.start, span.end), EXCERPT_MAX)
}

/**
 * A finding for `rule` over `span`: its message names the problem and quotes its words
 * ("Unsourced number: 'thousands of migrants'"), then any particulars; `excerpt` holds the words, `fix` the remedy.
 */
export function finding(rule: Rule, ctx: Pick<RuleContext, 'article'>, span: Span, text: FindingText): Finding {
  const excerpt = excerptOf(ctx.article.text, span)
  const words = text.words === undefined ? excerpt : text.words
  const message = `${text.label}${words ? `: '${words}'` : ''}${text.detail ? ` — ${text.detail}` : ''}`
  return {
    rule: rule.id,
    severity: text.severity ?? rule.severity,
    message,
    excerpt,
    ...(text.fix ? { fix: text.fix } : {}),
    start: span.start,
    end: span.end,
  }
}

/** The span a story-level finding points at: the headline, else the first block, else the empty start. */
export function storySpan(article: Article): Span {
  const b = article.blocks.find((x) => x.kind === 'headline') ?? article.blocks[0]
  return b ? { start: b.start, end: b.end } : { start: 0, end: 0 }
}

/** Body sentences (within paragraph blocks), each with its text. */
export function bodySentences(ctx: RuleContext): { start: number; end: number; text: string }[] {
  const paras = ctx.article.blocks.filter((b) => b.kind === 'paragraph')
  const out: { start: number; end: number; text: string }[] = []
  const paraOf = spanLocator(paras)
  for (const s of ctx.speech.sentences) {
    if (paraOf(s.start, s.end) < 0) continue
    out.push({ start: s.start, end: s.end, text: ctx.article.text.slice(s.start, s.end) })
  }
  return out
}

export function blocksOf(article: Article, ...kinds: Block['kind'][]): Block[] {
  return article.blocks.filter((b) => kinds.includes(b.kind))
}
