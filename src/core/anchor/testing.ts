/**
 * Deterministic edit generators for the re-anchoring tests and the bench: a seeded random source, word-level
 * edits of a text, and annotations spread over it. Pure.
 */
import { textQuote } from '../annotation/review'
import type { AnchorInput } from './reanchor'

/** A small seeded PRNG (mulberry32): the same seed gives the same edits on every run. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const REPLACEMENTS = ['officials', 'reported', 'Tuesday', 'nearly', 'government', 'said', 'the', 'new', 'about', 'percent']

/**
 * Changes about `fraction` of the words of `text`: each chosen word is replaced, deleted, or gets a word
 * inserted after it, in equal shares.
 */
export function editWords(text: string, fraction: number, random: () => number): string {
  return text.replace(/[\p{L}\p{N}]+/gu, (word) => {
    if (random() >= fraction) return word
    const r = random()
    const other = REPLACEMENTS[Math.floor(random() * REPLACEMENTS.length)] as string
    if (r < 1 / 3) return other === word ? `${other}s` : other
    if (r < 2 / 3) return ''
    return `${word} ${other}`
  })
}

/** `count` annotations of 3 to 12 words at word boundaries spread over the text, with TextQuote selectors. */
export function spreadAnnotations(text: string, count: number, random: () => number): AnchorInput[] {
  const words = [...text.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ start: m.index, end: m.index + m[0].length }))
  const out: AnchorInput[] = []
  for (let i = 0; i < count && words.length > 12; i++) {
    const first = Math.floor(random() * (words.length - 12))
    const last = first + 2 + Math.floor(random() * 10)
    const start = (words[first] as { start: number }).start
    const end = (words[last] as { end: number }).end
    out.push({ id: `a${i}`, start, end, selector: textQuote(text, start, end) })
  }
  return out
}
