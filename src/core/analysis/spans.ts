import type { Span } from './types'

/*
 * Span helpers shared by the speech analysis (speech.ts, reported.ts), the claims and dates and the checks in rules/.
 * They depend on nothing in the analysis but its Span type, so any module may import them without a cycle.
 */

/**
 * A lookup of the first span that holds [start, end), or -1 (as `spans.findIndex`): by binary search when the spans
 * are in order and apart (paragraphs are), so a lookup per sentence stays n log n; otherwise by a scan.
 */
export function spanLocator(spans: readonly Span[]): (start: number, end: number) => number {
  let ordered = true
  for (let k = 0; k < spans.length && ordered; k++) ordered = spans[k]!.start <= spans[k]!.end && (k === 0 || spans[k - 1]!.end <= spans[k]!.start)
  const scan = (start: number, end: number): number => spans.findIndex((p) => start >= p.start && end <= p.end)
  if (!ordered) return scan
  return (start, end) => {
    if (start >= end) return scan(start, end)
    let lo = 0
    let hi = spans.length - 1
    let at = -1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      if (spans[mid]!.start <= start) {
        at = mid
        lo = mid + 1
      } else hi = mid - 1
    }
    // a non-empty [start, end) can lie only in the last span that starts at or before it
    return at >= 0 && end <= spans[at]!.end ? at : -1
  }
}

/**
 * A lookup of the spans that overlap [start, end) (span.end > start and span.start < end), in the order `spans` has
 * them, as `spans.filter` would give them: by binary search over the spans sorted by start, so that a lookup per
 * sentence stays near n log n on a long story where a filter per sentence was quadratic (the fuzz's 1.2 MB inputs).
 */
export function overlapLocator<T extends Span>(spans: readonly T[]): (start: number, end: number) => T[] {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start || a - b)
  // reach[k]: the furthest end among the first k + 1 spans by start; no span at or before k overlaps past it
  const reach: number[] = []
  for (let k = 0; k < order.length; k++) reach.push(Math.max(k > 0 ? reach[k - 1]! : -Infinity, spans[order[k]!]!.end))
  return (start, end) => {
    // the spans that start before `end`: the first `lo` in `order`
    let lo = 0
    let hi = order.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (spans[order[mid]!]!.start < end) lo = mid + 1
      else hi = mid
    }
    const found: number[] = []
    for (let k = lo - 1; k >= 0 && reach[k]! > start; k--) if (spans[order[k]!]!.end > start) found.push(order[k]!)
    return found.sort((a, b) => a - b).map((i) => spans[i]!)
  }
}

const locators = new WeakMap<readonly Span[], (start: number, end: number) => number>()

/** True when `pos` lies inside one of the quotes' spans (by binary search, the spans being in order). */
export function insideQuote(quotes: readonly Span[], pos: number): boolean {
  let at = locators.get(quotes)
  if (!at) {
    at = spanLocator(quotes)
    locators.set(quotes, at)
  }
  return at(pos, pos + 1) >= 0
}

/** Every match of a global regex in `text`, shifted by `offset`. */
export function matchAll(re: RegExp, text: string, offset = 0): { start: number; end: number; text: string; m: RegExpExecArray }[] {
  const out: { start: number; end: number; text: string; m: RegExpExecArray }[] = []
  const g = re.global ? re : new RegExp(re.source, re.flags + 'g')
  g.lastIndex = 0
  for (let m = g.exec(text); m; m = g.exec(text)) {
    if (m[0] === '') {
      g.lastIndex++
      continue
    }
    out.push({ start: offset + m.index, end: offset + m.index + m[0].length, text: m[0], m })
  }
  return out
}
