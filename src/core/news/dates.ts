import { foldCase } from '../language/fold'

/*
 * Month names, in one place: the dateline readers of import (inline text, IPTC 7901, digitalwires, SGML) and the
 * analysis (claims, dates, the lexicon's words that are no name) all read them from here.
 */

/** The languages whose month names wire copy prints in datelines and transmission times. */
export type MonthLanguage = 'en' | 'de' | 'fr' | 'es'

interface MonthNames {
  /** The twelve names, January first, lower case as the language writes them */
  names: readonly string[]
  /** Abbreviations and other spellings, with their month (1 to 12), lower case */
  short: Readonly<Record<string, number>>
}

/** Lower case; accents as printed (lookups fold them). */
export const MONTH_NAMES: Readonly<Record<MonthLanguage, MonthNames>> = {
  en: {
    names: ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'],
    short: { jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12 },
  },
  de: {
    names: ['januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'],
    // Austrian "Jänner"; "Maerz" where a feed has no umlauts
    short: { jän: 1, jänner: 1, mär: 3, maerz: 3, okt: 10, dez: 12 },
  },
  fr: {
    names: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
    short: { janv: 1, fév: 2, févr: 2, avr: 4, juil: 7 },
  },
  es: {
    names: ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre', 'octubre', 'noviembre', 'diciembre'],
    short: { ene: 1, abr: 4, ago: 8, dic: 12 },
  },
}

const ALL_LANGUAGES = Object.keys(MONTH_NAMES) as MonthLanguage[]

/** A month word as compared: lower case, no accents, no dots ("Févr." → "fevr"). */
const monthKey = (word: string): string => foldCase(word).replace(/\./g, '')

const BY_LANGUAGE: ReadonlyMap<MonthLanguage, ReadonlyMap<string, number>> = new Map(
  ALL_LANGUAGES.map((lang) => {
    const { names, short } = MONTH_NAMES[lang]
    const entries = [...names.map((n, i) => [n, i + 1] as const), ...Object.entries(short)]
    return [lang, new Map(entries.map(([w, n]) => [monthKey(w), n]))] as const
  }),
)

/**
 * The month (1 to 12) a name or abbreviation stands for, in any of `languages` (all by default): "Nov.", "März",
 * "Maerz", "février", "dic" → its number; null for any other word.
 */
export function monthNumber(word: string, languages: readonly MonthLanguage[] = ALL_LANGUAGES): number | null {
  const key = monthKey(word)
  for (const lang of languages) {
    const n = BY_LANGUAGE.get(lang)?.get(key)
    if (n !== undefined) return n
  }
  return null
}

/** The English month names, January first. */
export const ENGLISH_MONTHS = MONTH_NAMES.en.names

/** The English abbreviations (May has none): jan, feb, …, sep, sept, …, dec. */
export const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = Object.keys(MONTH_NAMES.en.short)

/** The English months' first three letters, which every spelling of the month starts with: jan, feb, …, dec. */
export const ENGLISH_MONTH_STEMS: readonly string[] = ENGLISH_MONTHS.map((m) => m.slice(0, 3))

/** `words` as a regular-expression alternation, each with its first letter upper case ("January|February|…"). */
export function capitalisedAlternation(words: readonly string[]): string {
  return words.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('|')
}
