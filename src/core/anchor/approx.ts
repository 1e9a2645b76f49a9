/**
 * Bounded approximate string matching: Myers' bit-parallel edit-distance algorithm (1999) in Hyyrö's
 * multi-block form, 32 pattern characters per block. Pure; strings are compared by UTF-16 code unit.
 */

const W = 32

interface Compiled {
  blocks: number
  /** Bit masks of the pattern's positions for each code unit: peq.get(c)[b] */
  peq: Map<number, Int32Array>
  empty: Int32Array
  /** The bit of the pattern's last row inside the last block */
  lastBit: number
  length: number
}

function compile(pattern: string): Compiled {
  const blocks = Math.max(1, Math.ceil(pattern.length / W))
  const peq = new Map<number, Int32Array>()
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charCodeAt(i)
    let masks = peq.get(c)
    if (!masks) {
      masks = new Int32Array(blocks)
      peq.set(c, masks)
    }
    const b = (i / W) | 0
    masks[b] = (masks[b] as number) | (1 << (i % W))
  }
  return { blocks, peq, empty: new Int32Array(blocks), lastBit: 1 << ((pattern.length - 1) % W), length: pattern.length }
}

/**
 * One column of the edit-distance matrix for the pattern against the next text character. `hin` is the
 * horizontal difference entering the top row (0 for a search that may start anywhere, +1 for an alignment
 * anchored at the text's first character). Returns the difference of the bottom row's cell.
 */
function column(p: Compiled, P: Int32Array, M: Int32Array, eqs: Int32Array, hin: number): number {
  let h = hin
  const last = p.blocks - 1
  for (let b = 0; b <= last; b++) {
    const pv = P[b] as number
    const mv = M[b] as number
    let eq = eqs[b] as number
    if (h < 0) eq |= 1
    const xv = eq | mv
    const xh = (((eq & pv) + pv) ^ pv) | eq
    let ph = mv | ~(xh | pv)
    let mh = pv & xh
    const bit = b === last ? p.lastBit : 1 << (W - 1)
    const hout = ph & bit ? 1 : mh & bit ? -1 : 0
    ph <<= 1
    mh <<= 1
    if (h < 0) mh |= 1
    else if (h > 0) ph |= 1
    P[b] = mh | ~(xv | ph)
    M[b] = ph & xv
    h = hout
  }
  return h
}

export interface ApproxMatch {
  start: number
  end: number
  errors: number
}

/**
 * Every place in `text[from, to)` where `pattern` matches with at most `maxErrors` edits (Levenshtein), one per
 * local minimum of the error count, best first (fewest errors, then leftmost), at most `limit` of them.
 * Work is O(blocks × window): a 100-character quote in a 5,000-character window costs 20,000 word steps.
 */
export function approxSearch(
  text: string,
  pattern: string,
  maxErrors: number,
  from = 0,
  to = text.length,
  limit = 16,
): ApproxMatch[] {
  if (pattern.length === 0) return []
  const p = compile(pattern)
  const P = new Int32Array(p.blocks).fill(-1)
  const M = new Int32Array(p.blocks)
  let score = pattern.length
  const ends: { end: number; errors: number }[] = []
  let prev = Infinity
  let falling = false
  for (let j = Math.max(0, from); j < Math.min(to, text.length); j++) {
    score += column(p, P, M, p.peq.get(text.charCodeAt(j)) ?? p.empty, 0)
    // A local minimum: the count stopped falling (a run of equal scores ends at its last column).
    if (score > prev && falling && prev <= maxErrors) ends.push({ end: j, errors: prev })
    if (score < prev) falling = true
    else if (score > prev) falling = false
    prev = score
  }
  if (falling && prev <= maxErrors) ends.push({ end: Math.min(to, text.length), errors: prev })
  ends.sort((a, b) => a.errors - b.errors || a.end - b.end)
  const out: ApproxMatch[] = []
  for (const e of ends.slice(0, limit)) {
    const start = matchStart(text, pattern, e.end, e.errors, from)
    out.push({ start, end: e.end, errors: e.errors })
  }
  return out
}

/**
 * The start of a match that ends at `end` with `errors` edits: the reversed pattern aligned against the text
 * read backwards from `end`, anchored there. Of the starts with the fewest edits, the one that keeps the match
 * closest to the pattern's length.
 */
function matchStart(text: string, pattern: string, end: number, errors: number, floor: number): number {
  const rev = compile(pattern.split('').reverse().join(''))
  const P = new Int32Array(rev.blocks).fill(-1)
  const M = new Int32Array(rev.blocks)
  let score = pattern.length // D[m][0]: the whole pattern deleted
  let best = end
  let bestScore = score
  let bestGap = pattern.length
  const lowest = Math.max(floor, end - pattern.length - errors - 1)
  for (let j = end - 1, n = 1; j >= lowest; j--, n++) {
    score += column(rev, P, M, rev.peq.get(text.charCodeAt(j)) ?? rev.empty, 1)
    const gap = Math.abs(n - pattern.length)
    if (score < bestScore || (score === bestScore && gap < bestGap)) {
      best = j
      bestScore = score
      bestGap = gap
    }
  }
  return best
}

/** Levenshtein distance between two whole strings (both ends anchored), bit-parallel. */
export function editDistance(a: string, b: string): number {
  if (a.length === 0) return b.length
  if (b.length === 0) return a.length
  const p = compile(a)
  const P = new Int32Array(p.blocks).fill(-1)
  const M = new Int32Array(p.blocks)
  let score = a.length
  for (let j = 0; j < b.length; j++) score += column(p, P, M, p.peq.get(b.charCodeAt(j)) ?? p.empty, 1)
  return score
}

/** 1 for equal strings, 0 for nothing in common: 1 - distance / the longer length. */
export function similarity(a: string, b: string): number {
  const n = Math.max(a.length, b.length)
  return n === 0 ? 1 : 1 - editDistance(a, b) / n
}
