import { createHash } from 'node:crypto'
import { analyze } from '../../core/analysis/analyze'
import type { Analysis } from '../../core/analysis/types'
import type { Article } from '../../core/article/types'

const MAX_ENTRIES = 16
const cache = new Map<string, Analysis>()

/** What the analysis reads: the text and the fields that anchor dates, credits and captions. */
function keyOf(article: Article): string {
  const meta = [article.format, article.headline, article.source, article.dateline, article.created, article.bylines, article.creditLines, article.captions, article.corrections]
  return createHash('sha1').update(article.text).update('\u0000').update(JSON.stringify(meta)).digest('base64')
}

/**
 * analyze() with a small LRU in front: opening a story asks for the same version's analysis several times
 * (the story, its suggestions, its open findings). The analysis is pure, so equal input gives equal output.
 * Callers must not mutate the result.
 */
export function analyzeCached(article: Article): Analysis {
  const key = keyOf(article)
  const hit = cache.get(key)
  if (hit) {
    cache.delete(key)
    cache.set(key, hit)
    return hit
  }
  const value = analyze(article)
  cache.set(key, value)
  if (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
  return value
}
