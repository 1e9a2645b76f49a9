/**
 * What the report writers need to know about a text's writing system: which way it runs, which of the
 * shipped fonts draws it, and which language to declare when the story names none. One home for the three
 * formats, so that the HTML, the PDF and the Word file agree on every block.
 */

export type Direction = 'ltr' | 'rtl'

/** The font families shipped for reports: Latin, Greek and Cyrillic; Arabic; Hebrew; Chinese. */
export type FontFamily = 'sans' | 'arabic' | 'hebrew' | 'cjk'

// Scripts written right to left (their letters are of the Unicode bidi classes R and AL).
const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}\p{Script=Adlam}]/u
const LETTER = /\p{L}/u
const ARABIC = /\p{Script=Arabic}/u
const HEBREW = /\p{Script=Hebrew}/u
// Han, kana and bopomofo, plus CJK punctuation and full-width forms, which only the CJK font draws well.
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Bopomofo}\u3000-\u303f\uff00-\uffef]/u

/**
 * True when the text has a character of a right-to-left script (letters, and the Arabic-Indic digits, which are in
 * the Arabic script). A shaping engine lays such a run out right to left; Word sets it as complex script.
 */
export function hasRtlScript(text: string): boolean {
  return RTL_LETTER.test(text)
}

/**
 * The direction of a paragraph by its first strong letter (the rule of the Unicode bidi algorithm and of
 * HTML's dir="auto"); left to right when it has no letter at all.
 */
export function directionOf(text: string): Direction {
  for (const ch of text) {
    if (!LETTER.test(ch)) continue
    return RTL_LETTER.test(ch) ? 'rtl' : 'ltr'
  }
  return 'ltr'
}

/** The family that draws a character, or null for one any family can draw (spaces, digits, Latin punctuation). */
export function familyOf(ch: string): FontFamily | null {
  const cp = ch.codePointAt(0) as number
  if (cp < 0x80) return /[A-Za-z]/.test(ch) ? 'sans' : null
  if (ARABIC.test(ch)) return 'arabic'
  if (HEBREW.test(ch)) return 'hebrew'
  if (CJK.test(ch)) return 'cjk'
  return LETTER.test(ch) ? 'sans' : null
}

// Scripts that name one language well enough for spell-checking and screen readers when the story says nothing.
const LANGUAGE_BY_SCRIPT: [RegExp, string][] = [
  [/\p{Script=Arabic}/u, 'ar'],
  [/\p{Script=Hebrew}/u, 'he'],
  [/\p{Script=Greek}/u, 'el'],
  [/\p{Script=Cyrillic}/u, 'ru'],
  [/[\p{Script=Han}]/u, 'zh'],
]

/**
 * The language a report declares: the story's own (from the wire format) when it has one, else a guess from
 * the script most of its letters are in (Arabic "ar", Hebrew "he", Greek "el", Cyrillic "ru", Chinese "zh"),
 * else null. Latin text is not guessed: too many languages share it.
 */
export function storyLanguage(declared: string | null, text: string): string | null {
  if (declared && /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(declared)) return declared
  const counts = new Map<string, number>()
  let letters = 0
  for (const ch of text) {
    if (!LETTER.test(ch)) continue
    letters++
    for (const [re, lang] of LANGUAGE_BY_SCRIPT) {
      if (re.test(ch)) {
        counts.set(lang, (counts.get(lang) ?? 0) + 1)
        break
      }
    }
  }
  let best: string | null = null
  let most = 0
  for (const [lang, n] of counts) if (n > most) [best, most] = [lang, n]
  return best && most * 2 > letters ? best : null
}

/** The primary language subtag, lower case: "ar" for "ar-EG". */
export function primaryLanguage(lang: string): string {
  return (lang.split('-')[0] ?? lang).toLowerCase()
}

/** True for a language written right to left. */
export function isRtlLanguage(lang: string): boolean {
  return ['ar', 'he', 'iw', 'fa', 'ur', 'ps', 'yi', 'dv', 'ckb', 'sd', 'ug'].includes(primaryLanguage(lang))
}

/** True for Chinese, Japanese and Korean, which Word sets with its East Asian font and language. */
export function isCjkLanguage(lang: string): boolean {
  return ['zh', 'ja', 'ko'].includes(primaryLanguage(lang))
}
