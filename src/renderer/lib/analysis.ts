import { analyze } from '../../core/analysis/analyze'
import type { AnalyzeOptions } from '../../core/analysis/houseStyle'
import type { Article } from '../../core/article/types'
import type { KnownSpan } from '../../core/annotation/fresh'
import { deskPart, type DeskAnalysis } from './deskAnalysis'

type Answer = { id: number; analysis?: DeskAnalysis; error?: string }

let worker: Worker | null | undefined
let next = 1
const waiting = new Map<number, { resolve: (a: DeskAnalysis) => void; reject: (e: Error) => void }>()

/** The analysis worker, started on first use; null where workers are unavailable (jsdom) or failed to start. */
function analysisWorker(): Worker | null {
  if (worker !== undefined) return worker
  if (typeof Worker === 'undefined') return (worker = null)
  try {
    worker = new Worker(new URL('./analysis.worker.ts', import.meta.url), { type: 'module', name: 'wiremark-analysis' })
  } catch (e) {
    console.warn('Wiremark: no analysis worker, analysing on the main thread', e)
    return (worker = null)
  }
  worker.onmessage = (e: MessageEvent<Answer>) => {
    const w = waiting.get(e.data.id)
    if (!w) return
    waiting.delete(e.data.id)
    if (e.data.analysis) w.resolve(e.data.analysis)
    else w.reject(new Error(e.data.error ?? 'the analysis failed'))
  }
  worker.onerror = (e) => {
    // A worker that cannot load (a file:// origin, a CSP) is dropped: pending and later requests run here.
    console.warn('Wiremark: the analysis worker failed; analysing on the main thread', e.message)
    worker?.terminate()
    worker = null
    const pending = [...waiting.values()]
    waiting.clear()
    for (const p of pending) p.reject(new Error('retry'))
  }
  return worker
}

/**
 * Analyses an article in a Web Worker when there is one, else on this thread (the same pure function), with the
 * library's house style and checks switched off (`options`). With `known` (the marks the desk has), the answer
 * carries the suggestions in text none of them covers.
 */
export function analyzeOffThread(article: Article, known: KnownSpan[] | undefined, options: AnalyzeOptions): Promise<DeskAnalysis> {
  const w = analysisWorker()
  if (!w) return Promise.resolve().then(() => deskPart(analyze(article, options), article, known))
  const id = next++
  return new Promise<DeskAnalysis>((resolve, reject) => {
    waiting.set(id, { resolve, reject })
    w.postMessage({ id, article, known, options })
  }).catch((e: unknown) => {
    if (e instanceof Error && e.message === 'retry') return deskPart(analyze(article, options), article, known)
    throw e
  })
}
