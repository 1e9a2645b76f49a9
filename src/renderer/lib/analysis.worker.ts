/// <reference lib="webworker" />
import { analyze } from '../../core/analysis/analyze'
import type { AnalyzeOptions } from '../../core/analysis/houseStyle'
import type { Article } from '../../core/article/types'
import type { KnownSpan } from '../../core/annotation/fresh'
import { deskPart } from './deskAnalysis'

// The story's analysis, off the window's thread: one request in, its answer (the desk's part) or its error out.
self.onmessage = (e: MessageEvent<{ id: number; article: Article; known?: KnownSpan[]; options?: AnalyzeOptions }>) => {
  const { id, article, known, options } = e.data
  try {
    self.postMessage({ id, analysis: deskPart(analyze(article, options), article, known) })
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) })
  }
}
