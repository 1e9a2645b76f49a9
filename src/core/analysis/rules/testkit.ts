/**
 * Builders for rule tests: small hand-made articles and speech results, so each check can be tested without
 * the speech step. Pure, like the rest of core.
 */
import { buildArticle, type ArticleParts } from '../../article/build'
import type { Article } from '../../article/types'
import { findClaims } from '../claims'
import { extractCredits } from '../credits'
import { resolveDates } from '../dates'
import { sentencesOf } from '../segment'
import type { Attribution, Finding, Person, Quote, Span } from '../types'
import { resolveHouseStyle, type AnalyzeOptions } from '../houseStyle'
import type { Rule, RuleContext, SpeechAnalysis } from './context'

export function article(paragraphs: string[], parts: Partial<ArticleParts> = {}): Article {
  return buildArticle({ format: 'text', ...parts, paragraphs })
}

/** The span of the n-th occurrence of `needle` in the article's text; throws when absent. */
export function spanOf(a: Article, needle: string, nth = 0): Span {
  let at = -1
  for (let i = 0; i <= nth; i++) {
    at = a.text.indexOf(needle, at + 1)
    if (at < 0) throw new Error(`not in text: ${needle}`)
  }
  return { start: at, end: at + needle.length }
}

/** A quote over the words `inner` (without marks), which must stand between marks in the text. */
export function quote(
  a: Article,
  inner: string,
  q: { speaker?: string | null; speakerId?: string | null; attribution?: Attribution; cue?: string | null; cueAt?: string; continues?: number | null } = {},
): Quote {
  const s = spanOf(a, inner)
  const cueSpan = q.cueAt ? spanOf(a, q.cueAt) : null
  return {
    ...s,
    text: inner,
    speaker: q.speaker ?? null,
    speakerId: q.speakerId ?? null,
    attribution: q.attribution ?? (q.speaker ? 'explicit' : 'none'),
    cue: q.cue ?? (q.cueAt ?? null),
    cueSpan,
    open: s.start - 1,
    close: s.end,
    continues: q.continues ?? null,
    speakerConfidence: q.speaker ? 1 : 0,
    speakerBasis: null,
  }
}

/** A person with the given mentions (each the first occurrence of the string after the previous one). */
export function person(a: Article, id: string, name: string, mentions: string[], p: Partial<Person> = {}): Person {
  let from = 0
  const spans: Span[] = []
  for (const m of mentions) {
    const at = a.text.indexOf(m, from)
    if (at < 0) throw new Error(`mention not in text: ${m}`)
    spans.push({ start: at, end: at + m.length })
    from = at + m.length
  }
  return { id, name, description: null, aliases: [], kind: 'person', pronoun: null, ...p, mentions: spans }
}

/** A full rule context: sentences from the segmenter, claims, credits and dates from the real steps. */
export function context(a: Article, speech: Partial<SpeechAnalysis> = {}, options: AnalyzeOptions = {}): RuleContext {
  const full: SpeechAnalysis = {
    people: [],
    quotes: [],
    reportedSpeech: [],
    unbalanced: [],
    fragments: [],
    sentences: sentencesOf(a),
    ...speech,
  }
  return {
    article: a,
    speech: full,
    claims: findClaims(a, full),
    credits: extractCredits(a),
    dates: resolveDates(a, full.sentences),
    house: resolveHouseStyle(options),
  }
}

/** Runs a rule and returns the text each finding points at, with its severity. */
export function run(rule: Rule, ctx: RuleContext): (Finding & { at: string })[] {
  return rule.run(ctx).map((f) => ({ ...f, at: ctx.article.text.slice(f.start, f.end) }))
}
