/// <reference lib="webworker" />
import { analyze } from '../../core/analysis/analyze'
import type { Article } from '../../core/article/types'

// The story's analysis, off the window's thread: one request in, its answer (or its error) out.
self.onmessage = (e: MessageEvent<{ id: number; article: Article }>) => {
  const { id, article } = e.data
  try {
    self.postMessage({ id, analysis: analyze(article) })
  } catch (err) {
    self.postMessage({ id, error: err instanceof Error ? err.message : String(err) })
  }
}
