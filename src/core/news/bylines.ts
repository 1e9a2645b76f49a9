import { creditName } from './agencies'

/*
 * Bylines, in one place: the page importer (import/html.ts) and the credit analysis (analysis/credits.ts) split a
 * byline into names with bylineNames(); each then drops what its source adds (a page's dates and links, a wire
 * byline's agency).
 */

/** The word a byline opens with: English, German, French, Spanish and Portuguese, Italian, Dutch, Scandinavian. */
const OPENERS = ['by', 'von', 'par', 'por', 'di', 'door', 'av']
/** "By", "Written by", "Reported by:" at the start of a byline. */
const OPENER = new RegExp(String.raw`^(?:(?:written|reported)\s+)?(?:${OPENERS.join('|')})\b[:\s]*`, 'i')
/** What joins the names of a byline: a comma, "&", and "and" in English, German, French and Spanish. */
const JOINER = /\s*(?:,|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i
/** "By" or "Von" left before one of the joined names ("Jane Doe and by John Roe"). */
const INNER_OPENER = /^(?:by|von)\s+/i

/** `byline` without the word it opens with ("By", "Von", "Written by:"). */
export function withoutOpener(byline: string): string {
  return byline.replace(OPENER, '')
}

/** The names a byline joins, without its opener: "Jane Doe and John Roe" → ["Jane Doe", "John Roe"]. */
export function joinedNames(names: string): string[] {
  return names
    .split(JOINER)
    .map((x) => x.replace(INNER_OPENER, '').trim())
    .filter((x) => /\p{L}/u.test(x))
}

/**
 * The names of a byline, in order: "By Jane Doe and John Roe" → ["Jane Doe", "John Roe"], "Von Anna Schmidt und Jan
 * Meier" → ["Anna Schmidt", "Jan Meier"]. Only the opener and the joiners go; every part with a letter is kept.
 */
export function bylineNames(byline: string): string[] {
  return joinedNames(withoutOpener(byline.trim()))
}

/** A wire byline's closing agency: "…, Reuters", "… | AP", "… - dpa". */
const CLOSING_PART = /\s*[,|–—-]\s*([^,|–—-]+?)\s*$/

/** `byline` without an agency that closes it ("By Jane Doe, Reuters" → "By Jane Doe"). */
export function withoutClosingAgency(byline: string): string {
  const m = CLOSING_PART.exec(byline)
  return m?.[1] && creditName(m[1]) !== null ? byline.slice(0, m.index) : byline
}

/** Whether a part of a byline is an agency rather than a person: "Reuters", "The Associated Press". */
export const isAgencyName = (part: string): boolean => creditName(part.trim()) !== null
