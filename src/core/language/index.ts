import { GERMAN } from './de'
import type { Language } from './types'

export type { CapitalisedNouns, CuePhrase, Language, MoodReportedSpeech, Pronoun, VerbSecond } from './types'

/*
 * The languages the analysis reads. Each language is one file here:
 * - en.ts: English, the base: reporting verbs, titles, pronouns, source nouns, abbreviations, words that are no name,
 *   number words. Every story is read with it.
 * - de.ts: German, on top of English for a story that reads as German (its GERMAN object).
 * - fold.ts: accent folding, for every language.
 * - types.ts: the Language interface: what the analysis asks a language, each part named after what it decides.
 * The analysis asks languageFor(text) which language a story is in and reads that Language's parts; it never asks
 * which language it is.
 *
 * Adding a language (French, say): write fr.ts exporting a Language (its looks(text), and the parts of types.ts its
 * copy needs: pronouns, reporting verbs, cue phrases such as "selon X", function words, …) and add it to BUILT_IN
 * below. Month names are in
 * core/news/dates.ts, which already reads French and Spanish datelines.
 */

/** The languages other than English that ship with Wiremark, tried in this order. */
const BUILT_IN: readonly Language[] = [GERMAN]

const registered: Language[] = [...BUILT_IN]

/** The languages other than English, tried in this order; the first that claims a text is its language. */
export const LANGUAGES: readonly Language[] = registered

/** English, the base: every story is read with en.ts's lists, and English adds nothing to them. */
export const ENGLISH: Language = { code: 'en', looks: () => true }

/**
 * Adds a language after the built-in ones (a plug-in's, or a test's); gives the function that removes it again.
 * A language whose code is registered already is refused.
 */
export function registerLanguage(language: Language): () => void {
  if (language.code === ENGLISH.code || registered.some((l) => l.code === language.code)) {
    throw new Error(`language "${language.code}" is registered already`)
  }
  registered.push(language)
  return () => {
    const i = registered.indexOf(language)
    if (i >= 0) registered.splice(i, 1)
  }
}

/** The language a story is in: the first in LANGUAGES that claims its text, else English. */
export function languageFor(text: string): Language {
  return registered.find((l) => l.looks(text)) ?? ENGLISH
}

/** The code of the language a story is in ('de', …), 'en' when no other language claims it. */
export function languageOf(text: string): string {
  return languageFor(text).code
}
