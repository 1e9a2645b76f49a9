import * as chrono from 'chrono-node'
import { itemDay } from '../article/itemDate'
import type { Article, ItemDates } from '../article/types'
import type { ResolvedDate, Span } from './types'
import { spanLocator } from './spans'
import { NUMBER_WORDS } from '../language/en'

export const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'] as const

const DAY_MS = 86_400_000

const RELATIVE = new RegExp(
  [
    String.raw`\b(?:(?:on|last|next|this|this past|this coming|late|early)\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:\s+(?:morning|afternoon|evening|night))?\b`,
    String.raw`\b(?:the\s+)?day\s+(?:before|after)\s+yesterday\b|\b(?:the\s+)?day\s+after\s+tomorrow\b`,
    String.raw`\b(?:yesterday|today|tomorrow|tonight)\b`,
    String.raw`\b(?:last|next|this|earlier this|later this)\s+(?:week|month|year)(?:'s)?\b`,
    String.raw`\b(?:a|${[...NUMBER_WORDS.keys()].join('|')}|\d{1,3})\s+(?:days?|weeks?|months?|years?)\s+ago\b`,
  ].join('|'),
  'gi',
)

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
    const n = ago[1] === 'a' ? 1 : (NUMBER_WORDS.get(ago[1]) ?? Number(ago[1]))
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

/** Future-tense markers of the other languages chrono reads: "wird … am Freitag", "se réunira vendredi", "se reunirá el viernes". */
const FUTURE_IN: Record<string, RegExp> = {
  de: /\b(?:wird|werde|werden|soll|sollen|will|wollen|plant|planen|geplant|kommende[nmrs]?|nächste[nmrs]?|voraussichtlich)\b/i,
  fr: /\b(?:va|vont|sera|seront|doit|doivent|devrait|devraient|prochaine?|prévue?s?)\b|\b\w+(?:era|eront|ira|iront)\b/iu,
  es: /\b(?:va a|van a|será|serán|próxim[oa]|prevé|prevista?|está previst[oa])\b|\b\w+(?:rá|rán)\b/iu,
}
/** Where a clause ends: punctuation, or "que" / "dass" opening reported speech ("a déclaré mardi que … lundi"). */
const CLAUSE_BREAK = /[,;:.!?]|\b(?:que|qu['’]|dass|daß)\b/giu
/** Words that fix a weekday's direction whatever the tense: "vendredi prochain", "letzten Freitag", "el pasado martes". */
const NEXT_WORD = /\b(?:next|nächste[nmrs]?|kommende[nmrs]?|prochaine?|próxim[oa]|que viene)\b/iu
const LAST_WORD = /\b(?:last|letzte[nmrs]?|vergangene[nmrs]?|dernière?|pasad[oa])\b/iu

/** A month name or abbreviation next to a day number: the cheap test for an absolute English date in a block. */
const EN_DATE_HINT = /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)/i

const iso = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`

/** The weekday `wd` (0 = Sunday) nearest the anchor in the direction the tense or a next/last word gives. */
function resolveWeekday(anchor: string, wd: number, future: boolean, next: boolean, last: boolean): string {
  const t = toTime(anchor)
  const cur = weekdayOf(anchor)
  if (next || (future && !last)) {
    const ahead = (wd - cur + 7) % 7
    return fromTime(t + (ahead === 0 && next ? 7 : ahead) * DAY_MS)
  }
  const back = (cur - wd + 7) % 7
  return fromTime(t - (back === 0 && last ? 7 : back) * DAY_MS)
}

/**
 * A yearless day ("21 March") in the year that puts it nearest the anchor, moved a year on when the sentence
 * speaks of the future and it would fall before the anchor, or a year back when it speaks of the past and it
 * would fall more than a month after it.
 */
function yearFor(anchor: string, month: number, day: number, future: boolean): string {
  const year = Number(anchor.slice(0, 4))
  const a = toTime(anchor)
  const candidates = [year - 1, year, year + 1].map((y) => ({ y, t: Date.UTC(y, month - 1, day) }))
  let best = candidates.reduce((p, c) => (Math.abs(c.t - a) < Math.abs(p.t - a) ? c : p))
  if (future && best.t < a) best = candidates.find((c) => c.y === best.y + 1) ?? best
  if (!future && best.t > a + 31 * DAY_MS) best = candidates.find((c) => c.y === best.y - 1) ?? best
  return iso(best.y, month, day)
}

type ChronoParser = Pick<typeof chrono.strict, 'parse'>
/** A second reference, only to tell dates that move with the reference from those that do not. */
const OTHER_REF = new Date('2001-06-15T12:00:00Z')

/** The chrono parser for a story's language: strict English (absolute dates only: relative English is ours), or
 * German, French or Spanish (absolute dates and their relative phrases, "am Dienstag", "mardi", "el martes"). */
function chronoFor(language: string | null): { parser: ChronoParser; lang: string } {
  const lang = (language ?? 'en').slice(0, 2).toLowerCase()
  if (lang === 'de') return { parser: chrono.de, lang }
  if (lang === 'fr') return { parser: chrono.fr, lang }
  if (lang === 'es') return { parser: chrono.es, lang }
  return { parser: chrono.strict, lang: 'en' }
}

/**
 * Finds relative dates ("on Thursday", "last year", "yesterday", "two weeks ago", "am Dienstag", "mardi") and
 * absolute ones ("Nov. 3, 2020", "21 March", "am 3. November 2020") in the headline, body and captions, and
 * resolves each against the dateline's date (or the item's filing day). Tense is Wiremark's own ("will meet on
 * Monday" is the coming Monday); chrono-node finds the dates it knows but ignores tense. Without an anchor every
 * relative or yearless date has resolved: null. In text order.
 */
export function resolveDates(article: Article, sentences: readonly Span[] = []): ResolvedDate[] {
  const anchor = anchorDate(article)
  const out: ResolvedDate[] = []
  // a sentence found by binary search and its tense read once, however many dates it holds
  const sentenceAt = spanLocator(sentences)
  const futureOf = new Map<number, boolean>()
  const { parser, lang } = chronoFor(article.language)
  const futureWords = lang === 'en' ? FUTURE : (FUTURE_IN[lang] as RegExp)
  const isFuture = (b: { text: string; start: number }, at: number, len: number): boolean => {
    if (lang !== 'en') {
      // German, French and Spanish reported speech puts past and future in one sentence ("sagte am Dienstag, die
      // Regierung werde am Freitag entscheiden"): their tense is read in the clause that holds the date.
      // (within 300 characters either side, so a huge block costs no more per date than a paragraph)
      const lo = Math.max(0, at - 300)
      let from = lo
      for (const m of b.text.slice(lo, at).matchAll(CLAUSE_BREAK)) from = lo + (m.index ?? 0) + m[0].length
      const after = b.text.slice(at + len, at + len + 300)
      const stop = after.search(CLAUSE_BREAK)
      return futureWords.test(b.text.slice(from, at + len + (stop < 0 ? after.length : stop)))
    }
    const k = sentenceAt(b.start + at, b.start + at + 1)
    const sentence = sentences[k]
    let future = sentence ? futureOf.get(k) : undefined
    if (future === undefined) {
      future = futureWords.test(sentence ? article.text.slice(sentence.start, sentence.end) : b.text.slice(Math.max(0, at - 80), at + len + 20))
      if (sentence) futureOf.set(k, future)
    }
    return future
  }
  // chrono needs a reference instant: noon UTC of the anchor is the same calendar day in every zone within ±11 h
  const ref = new Date(anchor ? `${anchor}T12:00:00Z` : '2000-01-01T12:00:00Z')
  // the spans our own English patterns found, per block start: chrono's results that overlap them are dropped
  const oursOf = new Map<number, [number, number][]>()
  for (const b of article.blocks) {
    if (b.kind !== 'paragraph' && b.kind !== 'headline' && b.kind !== 'caption' && b.kind !== 'heading') continue
    const ours: [number, number][] = []
    oursOf.set(b.start, ours)
    RELATIVE.lastIndex = 0
    for (let m = RELATIVE.exec(b.text); m; m = RELATIVE.exec(b.text)) {
      const start = b.start + m.index
      const end = start + m[0].length
      // A weekday that is part of an explicit date ("Thursday, July 13") is not relative.
      const after = b.text.slice(m.index + m[0].length, m.index + m[0].length + 16)
      const explicit = /^,?\s*(?:\(?\s*)?(?:\d{1,2}\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s*\d/i.test(after)
      if (explicit) continue
      ours.push([m.index, m.index + m[0].length])
      const future = isFuture(b, m.index, m[0].length)
      out.push({ start, end, text: m[0], resolved: anchor ? resolveRelative(m[0], anchor, future) : null })
    }
    for (const piece of chronoPieces(b.text)) {
      // English pieces without a month next to a number hold no absolute date: chrono is not run on them (it costs
      // about 2.5 ms on 800 words; most paragraphs have none).
      if (lang === 'en' && !EN_DATE_HINT.test(piece.text)) continue
      const results = parser.parse(piece.text, ref).map((r) => Object.assign(r, { index: r.index + piece.at }))
      // Without an anchor a date that moves with the reference ("gestern", "hier") is relative: it stays open.
      const moved = new Set<number>()
      if (!anchor && results.length) {
        const other = new Map(parser.parse(piece.text, OTHER_REF).map((r) => [r.index + piece.at, r.start.date().getTime()]))
        for (const r of results) if (other.get(r.index) !== r.start.date().getTime()) moved.add(r.index)
      }
      addChrono(b, results, moved)
    }
  }
  return out.sort((x, y) => x.start - y.start)

  function addChrono(b: { text: string; start: number }, results: chrono.ParsedResult[], moved: ReadonlySet<number>): void {
    const ours = oursOf.get(b.start) ?? []
    for (const r of results) {
      const from = r.index
      // chrono keeps a trailing comma or stop ("am Dienstag,"); the date is the words only
      const to = r.index + r.text.replace(/[\s,;:.]+$/, '').length
      if (ours.some(([s, e]) => from < e && s < to)) continue
      const c = r.start
      let resolved: string | null
      if (c.isCertain('day') && c.isCertain('month')) {
        const y = c.get('year')
        const m = c.get('month')
        const d = c.get('day')
        if (y === null || m === null || d === null) continue
        if (moved.has(from)) resolved = null
        else if (c.isCertain('year')) resolved = iso(y, m, d)
        else resolved = anchor ? yearFor(anchor, m, d, isFuture(b, from, r.text.length)) : null
      } else if (c.isCertain('weekday') && lang !== 'en') {
        const wd = c.get('weekday')
        if (wd === null) continue
        const around = b.text.slice(Math.max(0, from - 12), to + 12)
        resolved = anchor ? resolveWeekday(anchor, wd, isFuture(b, from, to - from), NEXT_WORD.test(around), LAST_WORD.test(around)) : null
      } else continue
      out.push({ start: b.start + from, end: b.start + to, text: b.text.slice(from, to), resolved })
    }
  }
}

/**
 * The pieces of a block chrono reads: sentences of at most 400 characters, with runs of seven or more digits and
 * tokens over 40 characters blanked (same length, so offsets hold). chrono's patterns slow down without bound on
 * those (the import fuzz found a paragraph with a 9,000-digit number that took minutes); no date is in them.
 */
function chronoPieces(text: string): { text: string; at: number }[] {
  const safe = text.replace(/\d{7,}|\S{41,}/g, (m) => ' '.repeat(m.length))
  const out: { text: string; at: number }[] = []
  let at = 0
  while (at < safe.length) {
    let end = Math.min(safe.length, at + 400)
    if (end < safe.length) {
      // the last sentence end in the window; a stop after a number is an ordinal ("am 3. November"), not an end
      let stop = -1
      for (const m of safe.slice(at, end).matchAll(/(?<!\d)[.!?]\s/g)) stop = m.index ?? -1
      const space = safe.lastIndexOf(' ', end)
      end = stop > 0 ? at + stop + 1 : space > at ? space : end
    }
    const piece = safe.slice(at, end)
    if (piece.trim()) out.push({ text: piece, at })
    at = end
  }
  return out
}
