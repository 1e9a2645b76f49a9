import type { Dateline } from '../article/types'
import { AGENCIES, agencyName } from './agencies'
import { monthNumber } from './dates'

/*
 * Datelines: "BEIJING, April 17 (Reuters) - ", "ATLANTA (AP) _ ", "Berlin (dpa) - ", "WASHINGTON — ". One recogniser,
 * readDateline(), read two ways: import reads a story's dateline (place, date, agency) from its first paragraphs with
 * matchDateline(); the analysis skips one when it splits a paragraph into sentences (datelineLength()).
 */

/** The agency a dateline credit such as "tca/dpa" or "dpa/lni" names, preferring a known agency. */
function agencyOfCredit(credit: string): string | null {
  const parts = credit.split('/').map((p) => p.trim())
  for (const p of parts) {
    const a = agencyName(p)
    if (a) return a
  }
  return null
}

const pad = (n: number): string => String(n).padStart(2, '0')

/** ISO date for a dateline date ("April 17", "21 Nov. 2024"), using the created year when none is printed. */
export function resolveDate(printed: string, created: string | null): string | null {
  const m =
    /^(?<mon>\p{L}{3,9})\.?\s+(?<day>\d{1,2})(?:,?\s+(?<year>\d{4}))?$/u.exec(printed.trim()) ??
    /^(?<day>\d{1,2})\.?\s+(?<mon>\p{L}{3,9})\.?(?:,?\s+(?<year>\d{4}))?$/u.exec(printed.trim())
  if (!m?.groups) return null
  const month = monthNumber(m.groups.mon ?? '')
  const day = Number(m.groups.day)
  if (!month || day < 1 || day > 31) return null
  let year = m.groups.year ? Number(m.groups.year) : null
  if (year === null && created && /^\d{4}-\d{2}-\d{2}/.test(created)) {
    year = Number(created.slice(0, 4))
    // A dateline of late December on a story created in early January belongs to the year before.
    const createdMonth = Number(created.slice(5, 7))
    if (month - createdMonth > 6) year -= 1
  }
  if (year === null) return null
  return `${year}-${pad(month)}-${pad(day)}`
}

const MONTH_DAY = /(?<![\p{L}\d])(?:(\p{L}{3,9})\.?\s+(\d{1,2})(?:,?\s+\d{4})?|(\d{1,2})\.?\s+(\p{L}{3,9})\.?(?:,?\s+\d{4})?)(?![\p{L}\d])/gu

/** The date a printed dateline carries ("March 22", "21 Nov. 2024"), or null when it prints none. */
export function printedDate(text: string): string | null {
  for (const m of text.matchAll(MONTH_DAY)) if (monthNumber(m[1] ?? m[4] ?? '')) return m[0]
  return null
}

/*
 * One recogniser, two readings. Import reads a story's dateline (place, date, agency) and must never take an
 * ordinary sentence for one; the sentence splitter only keeps a dateline out of the first sentence, and skips
 * anything shaped like one. The shapes differ in named parts (below), not in how they are read: reading the
 * analysis's datelines with import's shape changed the analysis of 15 of 2,100 fixture stories (6 of the 84 PolNeAR
 * dev articles, so the eval figures), so the two stay apart until such a change is measured as an improvement.
 */

/** The named parts of a dateline's shape: "PLACE, DATE (CREDIT) DASH" or "PLACE, DATE DASH" with no agency. */
interface DatelineShape {
  /** The place before an agency credit */
  place: string
  /** The place of a dateline without a credit (upper case: "WASHINGTON —") */
  barePlace: string
  /** The printed date after the place */
  date: string
  /** Between the place and the date; between the place or date and the credit's parenthesis */
  beforeDate: string
  beforeCredit: string
  /** The agency inside the parentheses */
  credit: string
  /** The dash after a credit, and after a dateline with none, with what must or may follow */
  creditDash: string
  bareDash: string
  /** A dateline without a credit: what stands between the place and the dash, the date in it */
  bareMiddle: string
  /** Whether a match is a dateline after all, by its credit or its place */
  accept(m: { place: string; credit: string | null }): boolean
}

/** A capitalised word of a place in any script, or a lower-case particle of one ("Rio de Janeiro"). */
const PLACE_WORD = String.raw`(?:[\p{Lu}][\p{L}\p{M}'’.\-]*|de|del|la|le|el|al|am|an|der|upon|on|sur|di|da)`
const PLACE = String.raw`${PLACE_WORD}(?:\s+${PLACE_WORD}){0,4}(?:,\s*${PLACE_WORD}(?:\s+${PLACE_WORD}){0,3})?`
/** An upper-case word of a place: "WASHINGTON", "O'HARE". */
const UPPER_PLACE_WORD = String.raw`[\p{Lu}][\p{Lu}\p{M}'’.\-]+`
/** A printed date, month first or day first, a year maybe: "April 17", "21 Nov. 2024". */
const DATE = String.raw`(?:\p{L}{3,9}\.?\s+\d{1,2}(?:,?\s+\d{4})?|\d{1,2}\.?\s+\p{L}{3,9}\.?(?:,?\s+\d{4})?)`
const DASH = String.raw`(?:_|-{1,2}|—|–)`

/** A credit in a dateline's parentheses: a known agency, or a short lower/upper-case agency code. */
function isAgencyCredit(credit: string): boolean {
  return credit.split('/').every((p) => agencyName(p) !== null || /^(?:[a-z]{2,8}|[A-Z]{2,8})$/.test(p.trim()))
}

/** Import's shape: any script, the credit checked against the agency table, the dash followed by a space. */
const STORY_SHAPE: DatelineShape = {
  place: PLACE,
  barePlace: String.raw`${UPPER_PLACE_WORD}(?:\s+${UPPER_PLACE_WORD}){0,3}(?:,\s*${PLACE_WORD}(?:\s+${PLACE_WORD}){0,2})?`,
  date: DATE,
  beforeDate: String.raw`,\s*`,
  beforeCredit: String.raw`\s*`,
  credit: String.raw`[\p{L}][\p{L}\d .&/-]{0,30}`,
  creditDash: String.raw`\s*${DASH}(?=\s)`,
  bareMiddle: String.raw`(?:,\s*(?<bareDate>${DATE}))?\s+`,
  bareDash: String.raw`(?:—|–|--)(?=\s)`,
  accept: ({ place, credit }) => (credit !== null ? isAgencyCredit(credit) : /\p{Lu}{3}/u.test(place)),
}

/** A capitalised word of a place, in ASCII: "WASHINGTON", "St.", "O'Hare". */
const ASCII_PLACE_WORD = String.raw`[A-Z][A-Za-z.'’-]*`
/** A month and a day: "April 17", "Jan. 5". */
const ASCII_MONTH_DAY = String.raw`[A-Z][a-z]{2,8}\.?\s+\d{1,2}`
/** The agencies the splitter knows in mixed case in a dateline's parentheses (the agency table's splitterCredit). */
const MIXED_CASE_CREDITS = AGENCIES.filter((a) => a.splitterCredit).map((a) => a.name)

/**
 * The sentence splitter's shape: ASCII, a single hyphen, any two to five capitals as the credit, no check of the
 * place's words, and the spaces after the dash (what the splitter skips).
 */
const SKIPPED_SHAPE: DatelineShape = {
  place: String.raw`${ASCII_PLACE_WORD}(?:[ ,]+${ASCII_PLACE_WORD})*`,
  barePlace: String.raw`[A-Z][A-Z .'’-]{2,}`,
  date: ASCII_MONTH_DAY,
  beforeDate: String.raw`,\s+`,
  beforeCredit: String.raw`\s+`,
  credit: String.raw`(?:${MIXED_CASE_CREDITS.join('|')}|[A-Z]{2,5})`,
  creditDash: String.raw`\s*[-–—_]+\s*`,
  bareMiddle: String.raw`,?\s*(?:(?<bareDate>${ASCII_MONTH_DAY})\s*)?`,
  bareDash: String.raw`[-–—_]{1,2}\s+`,
  accept: () => true,
}

/** The one pattern of a shape: a credited dateline first, else one without a credit. */
function datelinePattern(shape: DatelineShape): { credited: RegExp; bare: RegExp } {
  return {
    credited: new RegExp(
      String.raw`^(?<place>${shape.place})(?:${shape.beforeDate}(?<date>${shape.date}))?${shape.beforeCredit}\((?<credit>${shape.credit})\)${shape.creditDash}`,
      'u',
    ),
    bare: new RegExp(String.raw`^(?<place>${shape.barePlace})${shape.bareMiddle}${shape.bareDash}`, 'u'),
  }
}

const SHAPES = {
  story: { shape: STORY_SHAPE, ...datelinePattern(STORY_SHAPE) },
  skipped: { shape: SKIPPED_SHAPE, ...datelinePattern(SKIPPED_SHAPE) },
}

/** A dateline at the start of a paragraph, as printed: its length (with what the shape takes after the dash). */
export interface PrintedDateline {
  text: string
  place: string
  /** The date as printed, or null */
  date: string | null
  /** The credit in the parentheses, as printed, or null */
  credit: string | null
}

/**
 * The dateline at the start of a paragraph, or null: the one recogniser. `reading` 'story' is import's (never an
 * ordinary sentence), 'skipped' the sentence splitter's (anything shaped like a dateline; its text includes the
 * spaces after the dash).
 */
export function readDateline(paragraph: string, reading: keyof typeof SHAPES): PrintedDateline | null {
  const { shape, credited, bare } = SHAPES[reading]
  const c = credited.exec(paragraph)
  if (c?.groups?.place && c.groups.credit && shape.accept({ place: c.groups.place, credit: c.groups.credit })) {
    return { text: c[0], place: c.groups.place, date: c.groups.date ?? null, credit: c.groups.credit }
  }
  const b = bare.exec(paragraph)
  if (b?.groups?.place && shape.accept({ place: b.groups.place, credit: null })) {
    return { text: b[0], place: b.groups.place, date: b.groups.bareDate ?? null, credit: null }
  }
  return null
}

/** The dateline at the start of a paragraph, or null; never matches an ordinary sentence. */
export function matchDateline(paragraph: string, created: string | null): (Dateline & { agency: string | null }) | null {
  const d = readDateline(paragraph, 'story')
  if (!d) return null
  return {
    text: d.text.trim(),
    place: d.place.trim(),
    date: d.date ? resolveDate(d.date, created) : null,
    agency: d.credit === null ? null : (agencyOfCredit(d.credit) ?? d.credit.trim()),
  }
}

/** Length of a dateline at the start of a paragraph, with the spaces after it, or 0: what sentence splitting skips. */
export function datelineLength(s: string): number {
  return readDateline(s, 'skipped')?.text.length ?? 0
}
