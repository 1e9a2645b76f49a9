import { createHash } from 'node:crypto'
import { analyze } from '../../core/analysis/analyze'
import type { AnalyzeOptions } from '../../core/analysis/houseStyle'
import type { Analysis } from '../../core/analysis/types'
import type { Article } from '../../core/article/types'

const MAX_ENTRIES = 16
const cache = new Map<string, Analysis>()

/**
 * What the analysis reads: the text, the fields that anchor dates, credits and captions (and tell a feature), and the
 * house style with the checks switched off.
 */
function keyOf(article: Article, options: AnalyzeOptions): string {
  const meta = [article.format, article.headline, article.source, article.section, article.slugline, article.dateline, article.created, article.bylines, article.creditLines, article.captions, article.corrections]
  return createHash('sha1').update(article.text).update('\u0000').update(JSON.stringify(meta)).update('\u0000').update(JSON.stringify(options)).digest('base64')
}

/**
 * analyze() with a small LRU in front: opening a story asks for the same version's analysis several times
 * (the story, its suggestions, its open findings). The analysis is pure, so equal input gives equal output.
 * Callers must not mutate the result.
 */
export function analyzeCached(article: Article, options: AnalyzeOptions = {}): Analysis {
  const key = keyOf(article, options)
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const value = analyze(article, options)
  cache.set(key, value)
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
  return value
}
