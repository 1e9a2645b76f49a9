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
