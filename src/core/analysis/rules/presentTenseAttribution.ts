import type { Article } from '../../article/types'
import type { Finding, Span } from '../types'
import { blocksOf, finding, type Rule } from './context'
import { matchAll, spanLocator } from '../spans'

const SAYS = /^(?:says|say)$/i
const SAYS_IN = /\b(?:says|say)\b/gi
const FEATURE = /\bfeatures?\b/i

/**
 * Whether the story is a feature: its section or slugline says so, or its headline opens with "FEATURE" (Reuters'
 * "FEATURE-…"). The desk and the formats give no other sign.
 */
export function isFeature(article: Pick<Article, 'section' | 'slugline' | 'headline'>): boolean {
  return FEATURE.test(article.section ?? '') || FEATURE.test(article.slugline ?? '') || /^\s*FEATURE\b/.test(article.headline ?? '')
}

/**
 * RULES §11: "said" is the neutral default, "says" allowed in features where the house allows it (AP, Guardian), and
 * everywhere in a house that writes in the present tense (BBC). Body paragraphs only: headlines are written in the
 * present tense in every style.
 */
export const presentTenseAttribution: Rule = {
  id: 'present-tense-attribution',
  severity: 'info',
  run(ctx) {
    const says = ctx.house.says
    if (says === 'always') return []
    const feature = isFeature(ctx.article)
    if (says === 'features' && feature) return []
    const paraOf = spanLocator(blocksOf(ctx.article, 'paragraph'))
    const spans: Span[] = []
    for (const q of ctx.speech.quotes) if (q.cue && q.cueSpan && SAYS.test(q.cue.trim())) spans.push(q.cueSpan)
    for (const r of ctx.speech.reportedSpeech) {
      if (!SAYS.test(r.cue.trim())) continue
      const m = matchAll(SAYS_IN, ctx.article.text.slice(r.start, r.end), r.start)[0]
      if (m) spans.push(m)
    }
    const seen = new Set<number>()
    const out: Finding[] = []
    for (const s of spans.sort((a, b) => a.start - b.start)) {
      if (seen.has(s.start) || paraOf(s.start, s.end) < 0) continue
      seen.add(s.start)
      out.push(
        finding(this, ctx, s, {
          label: 'Present-tense attribution',
          detail: says === 'features' ? 'house style keeps "says" for features' : 'house style attributes with "said"',
          fix: 'Use "said".',
        }),
      )
    }
    return out
  },
}
