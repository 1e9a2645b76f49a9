import { agencyName, creditName, ROLE_LINE_AGENCIES } from './agencies'

/*
 * Bylines, in one place: import tells a byline paragraph of wire copy from the story (isBylineText, isBylineRole);
 * the page importer (import/html.ts) and the credit analysis (analysis/credits.ts) split a byline into names with
 * bylineNames(), and each then drops what its source adds (a page's dates and links, a wire byline's agency).
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

/** The opener of a byline paragraph of wire copy, as printed (capitalised or upper case). */
const BYLINE_PREFIX = /^(?:By|BY|Von|VON|Par|PAR|Por|POR|Di|Door)\s+(?<rest>\S.*)$/u
const NAME_WORD = /^(?:[\p{Lu}][\p{L}\p{M}.'’-]*,?|and|und|et|y|e|og|och|en|&|,|[a-z]{2,4},?)$/u
/** "AP Sports Writer", "Associated Press", "Reuters correspondent": an agency role line under a byline (the agencies: news/agencies.ts). */
const ROLE_LINE = new RegExp(
  String.raw`^(?:The\s+)?(?:${ROLE_LINE_AGENCIES})(?:\s+[\p{L}-]+){0,3}?(?:\s+(?:Writer|Correspondent|Editor|Reporter|Columnist|Analyst))?$`,
  'iu',
)
/** A capitalised word of a name: "Jane", "O'Neill", "Müller-Lüdenscheidt". */
const NAME_CAPS_WORD = String.raw`[\p{Lu}][\p{L}\p{M}.'’-]+`
/** "Jane Doe, AP Sports Writer": a name and its agency role on one line. */
const NAME_WITH_ROLE = new RegExp(
  String.raw`^${NAME_CAPS_WORD}(?:\s+${NAME_CAPS_WORD}){1,3},\s+(?:The\s+)?(?:${ROLE_LINE_AGENCIES})\b[\p{L} -]{0,30}\b(?:Writer|Correspondent|Editor|Reporter|Columnist)$`,
  'u',
)

/** True for a byline paragraph: "By NAME", "Von NAME, dpa", "NAME, AP Sports Writer". */
export function isBylineText(s: string): boolean {
  const t = s.trim().replace(/=$/, '').trim()
  if (t.length > 120 || /[.!?:;]$/.test(t.replace(/\b\p{Lu}\.$/u, ''))) return false
  if (NAME_WITH_ROLE.test(t)) return true
  const m = BYLINE_PREFIX.exec(t)
  if (!m?.groups?.rest) return false
  const words = m.groups.rest.split(/\s+/)
  if (words.length > 14) return false
  const first = words[0] ?? ''
  if (!/^[\p{Lu}]/u.test(first) && !agencyName(first)) return false
  // After a comma a byline may name the employer in any case ("Tom Krasovic, The San Diego Union-Tribune").
  const beforeComma = m.groups.rest.split(',')[0] ?? ''
  return beforeComma
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => NAME_WORD.test(w) || agencyName(w) !== null)
}

/** True for a short agency role line that belongs to the byline above it ("AP Sports Writer"). */
export function isBylineRole(s: string): boolean {
  const t = s.trim().replace(/=$/, '').trim()
  return t.length <= 60 && ROLE_LINE.test(t)
}
