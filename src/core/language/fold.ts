/*
 * Accent folding, in one place (as VS Code keeps it in base/common/normalization.ts): search, the people view, export
 * file names, the agency table and the credit check all compare or print text without its accents through these.
 */

/** Every combining mark NFKD splits off: accents, cedillas, and the marks of other scripts. */
const ANY_MARK = /\p{M}/gu
/** The combining diacritical marks of the Latin script only (U+0300 to U+036F). */
const LATIN_MARK = /[\u0300-\u036f]/g

/**
 * `text` without its accents: compatibility-decomposed (NFKD: "ﬁ" → "fi", full-width "Ａ" → "A"), with every combining
 * mark removed ("Müller" → "Muller", "Nuñez" → "Nunez"). With `marks: 'latin'` only the Latin script's accents go and
 * the result is recomposed (NFC), so the vowel signs an Indic or Arabic word needs stay with it.
 */
export function foldAccents(text: string, marks: 'any' | 'latin' = 'any'): string {
  const decomposed = text.normalize('NFKD')
  return marks === 'any' ? decomposed.replace(ANY_MARK, '') : decomposed.replace(LATIN_MARK, '').normalize('NFC')
}

/** `text` lower-cased and without accents: equal for the same words however they are typed ("MÜLLER", "müller"). */
export function foldCase(text: string): string {
  return foldAccents(text).toLowerCase()
}
