import { itemDay } from '../article/itemDate'
import type { Article, ItemDates } from '../article/types'
import type { ResolvedDate, Span } from './types'
import { spanLocator } from './segment'

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const
export const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
] as const

const DAY_MS = 86_400_000

const RELATIVE = new RegExp(
  [
    String.raw`\b(?:(?:on|last|next|this|this past|this coming|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b`,
    String.raw`\b(?:the\s+)?day\s+(?:before|after)\s+yesterday\b|\b(?:the\s+)?day\s+after\s+tomorrow\b`,
    String.raw`\b(?:yesterday|today|tomorrow|tonight)\b`,
    String.raw`\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year)(?:'s)?\b`,
    String.raw`\b(?:a|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,3})\s+(?:days?|weeks?|months?|years?)\s+ago\b`,
  ].join('|'),
  'gi',
)

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
}

/** A future-tense marker in the words around a weekday: "will meet on Friday", "is due on Monday". */
const FUTURE = /\b(?:will|shall|is due|are due|is set to|are set to|is expected to|are expected to|scheduled|plans? to|planned for|next)\b|'ll\b/i

/**
 * The anchor date (yyyy-mm-dd) relative dates count from: the dateline's date, else the day the item was filed
 * (its metadata's created time, in the feed's own zone), else null.
 */
export function anchorDate(article: Pick<Article, 'dateline' | 'created'> & { dates?: Partial<ItemDates> }): string | null {
  const d = article.dateline?.date
  const m = d ? /^(\d{4})-(\d{2})-(\d{2})/.exec(d) : null
  return m ? `${m[1]}-${m[2]}-${m[3]}` : itemDay(article)
}

function toTime(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number]
  return Date.UTC(y, m - 1, d)
}

function fromTime(t: number): string {
  return new Date(t).toISOString().slice(0, 10)
}

/** Weekday index (0 = Sunday) of an ISO date. */
export function weekdayOf(iso: string): number {
  return new Date(toTime(iso)).getUTCDay()
}

function addMonths(iso: string, n: number): string {
  const [y, m] = iso.split('-').map(Number) as [number, number]
  const total = y * 12 + (m - 1) + n
  return `${Math.floor(total / 12)}-${String((total % 12) + 1).padStart(2, '0')}`
}

/** Resolves one relative expression against an ISO anchor; `future` picks the coming weekday. */
export function resolveRelative(expr: string, anchor: string, future: boolean): string | null {
  const e = expr.toLowerCase().replace(/'s$/, '').replace(/\s+/g, ' ').trim()
  const t = toTime(anchor)
  const year = Number(anchor.slice(0, 4))
  if (/day before yesterday/.test(e)) return fromTime(t - 2 * DAY_MS)
  if (/day after tomorrow/.test(e)) return fromTime(t + 2 * DAY_MS)
  if (/^yesterday$/.test(e)) return fromTime(t - DAY_MS)
  if (/^(?:today|tonight)$/.test(e)) return anchor
  if (/^tomorrow$/.test(e)) return fromTime(t + DAY_MS)
  const wd = WEEKDAYS.findIndex((w) => e.includes(w))
  if (wd >= 0) {
    const cur = weekdayOf(anchor)
    if (/\bnext\b|\bthis coming\b/.test(e) || (future && !/\blast\b|\bthis past\b/.test(e))) {
      const ahead = (wd - cur + 7) % 7
      return fromTime(t + (ahead === 0 && /\bnext\b/.test(e) ? 7 : ahead) * DAY_MS)
    }
    const back = (cur - wd + 7) % 7
    return fromTime(t - (back === 0 && /\blast\b/.test(e) ? 7 : back) * DAY_MS)
  }
  const ago = /^(\w+) (day|week|month|year)s? ago$/.exec(e)
  if (ago?.[1] && ago[2]) {
    const n = NUMBER_WORDS[ago[1]] ?? Number(ago[1])
    if (!Number.isFinite(n)) return null
    if (ago[2] === 'day') return fromTime(t - n * DAY_MS)
    if (ago[2] === 'week') return fromTime(t - 7 * n * DAY_MS)
    if (ago[2] === 'month') return addMonths(anchor, -n)
    return String(year - n)
  }
  const rel = /\b(last|next|this|earlier this|later this) (week|month|year)$/.exec(e)
  if (rel?.[1] && rel[2]) {
    const step = rel[1] === 'last' ? -1 : rel[1] === 'next' ? 1 : 0
    if (rel[2] === 'year') return String(year + step)
    if (rel[2] === 'month') return addMonths(anchor, step)
    // A week resolves to its Monday.
    const monday = t - ((weekdayOf(anchor) + 6) % 7) * DAY_MS
    return fromTime(monday + step * 7 * DAY_MS)
  }
  return null
}

/**
 * Finds relative dates ("on Thursday", "last year", "yesterday", "two weeks ago") in the headline, body and
 * captions, and resolves each against the dateline's date (or the created date). Without an anchor every
 * one has resolved: null.
 */
export function resolveDates(article: Article, sentences: readonly Span[] = []): ResolvedDate[] {
  const anchor = anchorDate(article)
  const out: ResolvedDate[] = []
  // a sentence found by binary search and its tense read once, however many dates it holds
  const sentenceAt = spanLocator(sentences)
  const futureOf = new Map<number, boolean>()
  for (const b of article.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'headline' && b.kind !== 'caption') continue
    RELATIVE.lastIndex = 0
    for (let m = RELATIVE.exec(b.text); m; m = RELATIVE.exec(b.text)) {
      const start = b.start + m.index
      const end = start + m[0].length
      // A weekday that is part of an explicit date ("Thursday, July 13") is not relative.
      const after = b.text.slice(m.index + m[0].length, m.index + m[0].length + 16)
      const explicit = /^,?\s*(?:\(?\s*)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d/i.test(after)
      if (explicit) continue
      const k = sentenceAt(start, start + 1)
      const sentence = sentences[k]
      let future = sentence ? futureOf.get(k) : undefined
      if (future === undefined) {
        future = FUTURE.test(sentence ? article.text.slice(sentence.start, sentence.end) : b.text.slice(Math.max(0, m.index - 80), m.index + m[0].length + 20))
        if (sentence) futureOf.set(k, future)
      }
      out.push({
        start,
        end,
        text: m[0],
        resolved: anchor ? resolveRelative(m[0], anchor, future) : null,
      })
    }
  }
  return out
}
