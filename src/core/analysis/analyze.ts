import type { Article } from '../article/types'
import { findClaims } from './claims'
import { extractCredits } from './credits'
import { resolveDates } from './dates'
import { RULES } from './rules'
import { resolveHouseStyle, type AnalyzeOptions } from './houseStyle'
import type { RuleContext } from './rules/context'
import { analyzeSpeech, type SpeechAnalysis } from './speech'
import type { Analysis, Finding } from './types'

export type { AnalyzeOptions, HouseStyle } from './houseStyle'
export { PRESETS } from './houseStyle'

const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 } as const

/** Orders findings by position, then by severity and rule, so the list reads top to bottom. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.rule.localeCompare(b.rule),
  )
}

/**
 * Analyses one article: speech (people, quotes, reported speech), then claims, credits and dates, then every
 * check. Pure: the same article and options always give the same Analysis; findings are sorted by position.
 */
export function analyze(article: Article, options: AnalyzeOptions = {}): Analysis {
  const credits = extractCredits(article)
  const speech: SpeechAnalysis = analyzeSpeech(article, credits)
  const ctx: RuleContext = {
    article,
    speech,
    claims: findClaims(article, speech),
    credits,
    dates: resolveDates(article, speech.sentences),
    house: resolveHouseStyle(options),
  }
  const disabled = new Set(options.disabledRules ?? [])
  const findings: Finding[] = []
  for (const rule of RULES) if (!disabled.has(rule.id)) findings.push(...rule.run(ctx))
  return {
    people: speech.people,
    quotes: speech.quotes,
    reportedSpeech: speech.reportedSpeech,
    claims: ctx.claims,
    credits: ctx.credits,
    dates: ctx.dates,
    findings: sortFindings(findings),
  }
}
