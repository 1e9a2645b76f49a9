import type { Article, Block } from '../../article/types'
import type { SpeechAnalysis } from '../speech'
import type { Claim, Credits, Finding, ResolvedDate, RuleId, Severity, Span } from '../types'
import { spanLocator } from '../segment'

export type { SpeechAnalysis } from '../speech'

/** House-style settings the checks read. */
export interface HouseStyle {
  preset: 'reuters' | 'ap'
  /** The bracket the house uses when it must insert words into a quote */
  insertionMark: '(' | '['
  /** A trailing attribution after more than this many quoted words, in a quote of several sentences, is late */
  lateAttributionWords: number
  /** Whether a person's first reference must carry a title or role */
  titleAtFirstReference: boolean
}

export interface AnalyzeOptions extends Partial<HouseStyle> {
  /** Checks to leave out */
  disabledRules?: RuleId[]
}

export const PRESETS: Record<HouseStyle['preset'], HouseStyle> = {
  reuters: { preset: 'reuters', insertionMark: '(', lateAttributionWords: 25, titleAtFirstReference: true },
  ap: { preset: 'ap', insertionMark: '(', lateAttributionWords: 25, titleAtFirstReference: true },
}

/** The preset named by options (Reuters by default) with the options' own settings on top. */
export function resolveHouseStyle(options: AnalyzeOptions = {}): HouseStyle {
  const base = PRESETS[options.preset ?? 'reuters']
  return {
    preset: base.preset,
    insertionMark: options.insertionMark ?? base.insertionMark,
    lateAttributionWords: options.lateAttributionWords ?? base.lateAttributionWords,
    titleAtFirstReference: options.titleAtFirstReference ?? base.titleAtFirstReference,
  }
}

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

/** A finding for `rule` over `span`. */
export function finding(rule: Rule, span: Span, message: string, severity: Severity = rule.severity): Finding {
  return { rule: rule.id, severity, message, start: span.start, end: span.end }
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

const locators = new WeakMap<readonly Span[], (start: number, end: number) => number>()

/** True when `pos` lies inside one of the quotes' spans (by binary search, the spans being in order). */
export function insideQuote(quotes: readonly Span[], pos: number): boolean {
  let at = locators.get(quotes)
  if (!at) {
    at = spanLocator(quotes)
    locators.set(quotes, at)
  }
  return at(pos, pos + 1) >= 0
}

/** Every match of a global regex in `text`, shifted by `offset`. */
export function matchAll(re: RegExp, text: string, offset = 0): { start: number; end: number; text: string; m: RegExpExecArray }[] {
  const out: { start: number; end: number; text: string; m: RegExpExecArray }[] = []
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g')
  g.lastIndex = 0
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0] === '') {
      g.lastIndex++
      continue
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], m })
  }
  return out
}
