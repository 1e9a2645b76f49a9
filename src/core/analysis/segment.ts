import type { Article, BlockKind } from '../article/types'
import type { Span } from './types'
import { ABBREVIATIONS, SENTENCE_STARTERS } from '../language/en'
import { datelineLength } from '../news/datelines'

/** One block of the article that analysis reads: a paragraph, the headline or a caption. */
export interface Para extends Span {
  kind: BlockKind
  index: number
}

/** The blocks analysis reads, in text order: headline, body paragraphs and captions (not bylines or credits). */
export function paragraphsOf(article: Article): Para[] {
  const out: Para[] = []
  for (const b of article.blocks) {
    if (b.kind === 'paragraph' || b.kind === 'headline' || b.kind === 'caption') {
      out.push({ kind: b.kind, start: b.start, end: b.end, index: out.length })
    }
  }
  return out
}

const LOWER_OK = new Set(['etc', 'vs', 'v', 'approx', 'e.g', 'i.e', 'cf', 'ca', 'pp', 'p', 'vol', 'no', 'nos', 'est'])

/** Whether a full stop at `dot` (text[dot] === '.') ends a sentence. */
function stopEnds(text: string, dot: number, from: number): boolean {
  // the token before the dot
  let i = dot
  while (i > from && /[A-Za-z.]/.test(text[i - 1] ?? '')) i--
  const tok = text.slice(i, dot)
  if (!tok) return true
  // next word after the dot (skipping closing marks and spaces)
  let j = dot + 1
  while (j < text.length && /["'”’)\]»]/.test(text[j] ?? '')) j++
  const closedQuote = j > dot + 1
  while (j < text.length && text[j] === ' ') j++
  let k = j
  while (k < text.length && /[A-Za-z]/.test(text[k] ?? '')) k++
  const next = text.slice(j, k)
  const nextLower = next.toLowerCase()
  if (closedQuote) return true
  const lower = tok.toLowerCase()
  // initials and dotted abbreviations: "J.", "U.S.", "a.m."
  const dotted = /^(?:[A-Za-z]\.)+[A-Za-z]?$/.test(tok) || /^[A-Z]$/.test(tok)
  if (dotted) {
    if (/^(?:a\.m|p\.m)$/i.test(tok)) return /^[A-Z]/.test(next) && SENTENCE_STARTERS.has(nextLower)
    return SENTENCE_STARTERS.has(nextLower) && /^[A-Z]/.test(next)
  }
  if (ABBREVIATIONS.has(lower) && (/^[A-Z]/.test(tok) || LOWER_OK.has(lower))) {
    if (lower === 'no' || lower === 'nos') return !/^\s*\d/.test(text.slice(dot + 1, dot + 4))
    return false
  }
  return true
}

/**
 * Sentences of text[start, end): spans that never cross the range, trimmed, with datelines left out.
 * Knows news abbreviations (U.S., Gov., Jan., No. 3, St., Jr.) and initials.
 */
export function splitSentences(text: string, start: number, end: number): Span[] {
  const out: Span[] = []
  let s = start + datelineLength(text.slice(start, Math.min(end, start + 120)))
  let i = s
  const push = (a: number, b: number): void => {
    while (a < b && /\s/.test(text[a] ?? '')) a++
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--
    if (b > a) out.push({ start: a, end: b })
  }
  while (i < end) {
    const c = text[i]
    if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1
      while (j < end && /[.!?…]/.test(text[j] ?? '')) j++
      while (j < end && /["'”’)\]»“]/.test(text[j] ?? '')) {
        // an opening mark after the stop starts the next sentence
        if (text[j] === '“') break
        if ((text[j] === '"' || text[j] === "'") && /\S/.test(text[j + 1] ?? '') && text[j - 1] === ' ') break
        j++
      }
      const atSpace = j >= end || /\s/.test(text[j] ?? '')
      if (atSpace) {
        let k = j
        while (k < end && /\s/.test(text[k] ?? '')) k++
        const nextCh = text[k] ?? ''
        const startsUpper = k >= end || /[A-Z0-9"“‘'«„([]/.test(nextCh)
        const ok = c !== '.' || stopEnds(text, i, s)
        if (startsUpper && ok) {
          push(s, j)
          s = k
          i = k
          continue
        }
      }
      i = j
      continue
    }
    i++
  }
  push(s, end)
  return out
}

/** All sentences of the article's readable blocks, in order. */
export function sentencesOf(article: Article, paras: Para[] = paragraphsOf(article)): Span[] {
  const out: Span[] = []
  for (const p of paras) out.push(...splitSentences(article.text, p.start, p.end))
  return out
}
