import { anchorDate, WEEKDAYS, weekdayOf } from '../dates'
import { ENGLISH_MONTHS } from '../../news/dates'
import type { Finding } from '../types'
import { blocksOf, finding, type Rule } from './context'
import { matchAll } from '../spans'

const WEEKDAY = 'Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday'
const MONTH = 'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?'
/** "Thursday, July 13", "Thursday (July 13, 2021)", "Thursday 13 July". */
const WEEKDAY_DATE = new RegExp(
  String.raw`\b(${WEEKDAY}),?\s*\(?\s*(?:(${MONTH})\.?\s+(\d{1,2})|(\d{1,2})\s+(${MONTH}))(?:,?\s+(\d{4}))?`,
  'g',
)
/** "election last year" / "last year's election" */
const NOUN_LAST_YEAR = /\b([a-z]{4,})\s+(?:held\s+|that\s+took\s+place\s+)?(last|this|next) year\b|\b(last|this|next) year's\s+([a-z]{4,})/g
/** "the August 2020 election", "the 2020 election", "the election in 2020" */
const NOUN_YEAR = /\b(?:(?:[A-Z][a-z]+|the|a)\s+)?((?:19|20)\d{2})\s+(?:[a-z]+\s+)?([a-z]{4,})\b|\b([a-z]{4,})\s+(?:in|of)\s+((?:19|20)\d{2})\b/g

const STOP_NOUNS = new Set(['when', 'year', 'than', 'from', 'with', 'that', 'this', 'said', 'were', 'been', 'have', 'since', 'until'])

function monthIndex(name: string): number {
  const n = name.toLowerCase().slice(0, 3)
  return ENGLISH_MONTHS.findIndex((m) => m.startsWith(n))
}

function iso(y: number, m: number, d: number): string {
  return `${y}-${String(m + 1).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * RULES §20: relative dates must agree with explicit ones. A weekday printed with a date that falls on another
 * day, "today (Friday)" on a Thursday dateline, and "last year" for an event the story elsewhere dates to
 * another year are conflicts.
 */
export const relativeDateConflict: Rule = {
  id: 'relative-date-conflict',
  severity: 'warning',
  run(ctx) {
    const a = ctx.article
    const anchor = anchorDate(a)
    const out: Finding[] = []
    const blocks = blocksOf(a, 'headline', 'dateline', 'paragraph', 'caption')
    for (const b of blocks) {
      for (const m of matchAll(WEEKDAY_DATE, b.text, b.start)) {
        const [, wd, mon1, day1, day2, mon2, yr] = m.m
        const month = monthIndex((mon1 ?? mon2) as string)
        const day = Number(day1 ?? day2)
        const year = yr ? Number(yr) : anchor ? Number(anchor.slice(0, 4)) : null
        if (year === null || month < 0 || day < 1 || day > 31) continue
        const actual = weekdayOf(iso(year, month, day))
        const stated = WEEKDAYS.indexOf((wd as string).toLowerCase() as (typeof WEEKDAYS)[number])
        if (actual !== stated) {
          const real = WEEKDAYS[actual] as string
          out.push(
            finding(this, ctx, m, {
              label: 'Weekday and date disagree',
              detail: `that date falls on a ${real[0]?.toUpperCase()}${real.slice(1)}${yr ? '' : ` in ${year}`}`,
              fix: 'Check which is right and fix the other.',
            }),
          )
        }
      }
    }
    if (a.dateline?.date) {
      const wd = weekdayOf(a.dateline.date)
      const m = new RegExp(String.raw`\b(${WEEKDAY})\b`).exec(a.dateline.text)
      if (m?.[1] && WEEKDAYS.indexOf(m[1].toLowerCase() as (typeof WEEKDAYS)[number]) !== wd) {
        out.push(
          finding(this, ctx, blocks.find((b) => b.kind === 'dateline') ?? { start: 0, end: 0 }, {
            label: 'Dateline weekday is wrong',
            detail: `it says ${m[1]} but ${a.dateline.date} is a ${WEEKDAYS[wd]}`,
            fix: 'Fix the dateline.',
          }),
        )
      }
      for (const b of blocks) {
        for (const t of matchAll(new RegExp(String.raw`\btoday,?\s*\(?(${WEEKDAY})\)?`, 'gi'), b.text, b.start)) {
          const said = (t.m[1] as string).toLowerCase()
          if (WEEKDAYS.indexOf(said as (typeof WEEKDAYS)[number]) !== wd) {
            out.push(
              finding(this, ctx, t, {
                label: 'Weekday contradicts the dateline',
                detail: `${a.dateline.date} is a ${WEEKDAYS[wd]}`,
                fix: 'Use the right weekday (and avoid "today" in wire copy).',
              }),
            )
          }
        }
      }
    }
    // "last year" against an explicit year for the same event noun.
    if (anchor) {
      const year = Number(anchor.slice(0, 4))
      const explicit = new Map<string, number>()
      for (const b of blocks) {
        for (const m of matchAll(NOUN_YEAR, b.text, b.start)) {
          const y = Number(m.m[1] ?? m.m[4])
          const noun = (m.m[2] ?? m.m[3] ?? '').toLowerCase()
          if (noun && !STOP_NOUNS.has(noun) && !explicit.has(noun)) explicit.set(noun, y)
        }
      }
      for (const b of blocks) {
        for (const m of matchAll(NOUN_LAST_YEAR, b.text, b.start)) {
          const noun = (m.m[1] ?? m.m[4] ?? '').toLowerCase()
          const which = (m.m[2] ?? m.m[3] ?? '').toLowerCase()
          const rel = year + (which === 'last' ? -1 : which === 'next' ? 1 : 0)
          const stated = explicit.get(noun)
          if (stated !== undefined && stated !== rel) {
            out.push(
              finding(this, ctx, m, {
                label: 'Relative year disagrees',
                detail: `it means ${rel} on this story's date (${anchor}), but the story elsewhere dates the ${noun} to ${stated}`,
                fix: 'Use the explicit year, or correct one of them.',
              }),
            )
          }
        }
      }
    }
    return out
  },
}
