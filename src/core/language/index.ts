import { looksGerman } from './de'

/*
 * The languages the analysis reads. Each language is one file here:
 * - en.ts: English, the base: reporting verbs, titles, pronouns, source nouns, abbreviations, words that are no name.
 *   Every story is read with it.
 * - de.ts: German, on top of English for a story that reads as German: its pronouns, function words, title and role
 *   compounds, organisation nouns, reporting verbs, "laut X" and the subjunctive of reported speech.
 * - fold.ts: accent folding, for every language.
 * The analysis asks languageOf(text) which language a story is in, and the language's file for its words.
 *
 * Adding a language (French, say): write fr.ts with its word lists, named as de.ts names German's (pronouns, function
 * words, title words, reporting verbs, "selon X") and a looksFrench(text); add it to LANGUAGES below; then let the
 * analysis read fr.ts's lists where it reads de.ts's for a story whose languageOf() is 'fr' (people.ts, attribution.ts,
 * reported.ts and speech.ts ask languageOf(); search them for "'de'"). Month names are in core/news/dates.ts, which
 * already reads French and Spanish datelines.
 */

/** A language the analysis can tell a story is in, besides English. */
export interface Language {
  /** ISO 639-1 code, as languageOf() gives it */
  code: string
  /** Whether a story's text reads as this language (its first few thousand characters are enough) */
  looks(text: string): boolean
}

/** The languages other than English, tried in this order; the first that claims a text is its language. */
export const LANGUAGES: readonly Language[] = [{ code: 'de', looks: looksGerman }]

/** The language a story is in: the code of the first language in LANGUAGES that claims it, else 'en'. */
export function languageOf(text: string): string {
  return LANGUAGES.find((l) => l.looks(text))?.code ?? 'en'
}
