import { isTitleWord } from '../../core/analysis/people'
import { LANGUAGES } from '../../core/language'
import { foldCase } from '../../core/language/fold'

/** Courtesy titles of other languages that stand before a name ("Herr Scholz", "Monsieur Macron"). */
const FOREIGN_HONORIFICS: ReadonlySet<string> = new Set([
  'herr', 'frau', 'monsieur', 'madame', 'mme', 'senor', 'senora', 'signor', 'signora', 'sig', 'gospodin', 'pan', 'pani',
])

/**
 * One spelling of a name word across transliterations: German and English spellings of Russian and Ukrainian names
 * ("Wladimir"/"Vladimir", "Sergej"/"Sergey", "Dmitrij"/"Dmitry", "Chodorkowski"/"Khodorkovsky", "Schoigu"/"Shoigu").
 */
function spellingOf(word: string): string {
  return word
    .replace(/tsch/g, 'ch')
    .replace(/sch/g, 'sh')
    .replace(/kh/g, 'ch')
    .replace(/w/g, 'v')
    .replace(/j/g, 'y')
    .replace(/x/g, 'ks')
    .replace(/(?:iy|yy|ii)$/, 'y')
    .replace(/(?<=[aeiou])i$/, 'y')
    .replace(/(?<=[^aeiouy])i$/, 'y')
}

/** The words of a name without the titles in front of it ("Präsident Wladimir Petrov" → "Wladimir Petrov"); never empty. */
export function withoutTitles(name: string): string[] {
  const words = name.split(/\s+/).filter(Boolean)
  let i = 0
  while (i < words.length - 1) {
    const w = words[i]!
    if (!(isTitleWord(w) || LANGUAGES.some((l) => l.nouns?.isRoleWord(w)) || FOREIGN_HONORIFICS.has(foldCase(w).replace(/\.$/, '')))) break
    i++
  }
  return words.slice(i)
}

/**
 * The key that folds the spellings of one name together: titles stripped, accents folded, lower case, and the
 * common transliteration variants made one (w/v, j/y, ch/kh, "-ij"/"-y"). Two names with the same key are taken
 * as one person; names whose first names differ keep different keys.
 */
export function nameFoldKey(name: string): string {
  return withoutTitles(name)
    .map((w) => foldCase(w).replace(/[^\p{L}\p{N}]+/gu, ''))
    .filter(Boolean)
    .map(spellingOf)
    .join(' ')
}

/** Whether two printed names clearly name the same person (see nameFoldKey). */
export const sameName = (a: string, b: string): boolean => {
  const ka = nameFoldKey(a)
  return ka !== '' && ka === nameFoldKey(b)
}
