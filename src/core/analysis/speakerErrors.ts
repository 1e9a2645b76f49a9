/**
 * Why a quote's speaker is wrong, sorted into the kinds of issue 14, for `npm run eval`. Pure heuristics over
 * three strings (the predicted speaker, the quote's attribution type and the gold Source mention): they name
 * no fixture, and they are meant to show progress per kind, not to be exact.
 */
import { WEEKDAYS } from './dates'
import { CUE_VERBS } from '../language/cues'
import { MEDIA_NAMES, NAME_PARTICLES, ORG_WORDS, PLACE_NAMES, SUBJECT_PRONOUNS, TITLE_WORDS } from '../language/en'

export type SpeakerErrorKind =
  | 'title'
  | 'organisation'
  | 'described'
  | 'particle'
  | 'pronoun'
  | 'fragment'
  | 'none'
  | 'other'

/** The kinds in the order, with the number and words the eval prints (8 is an extra quote, not a speaker). */
export const SPEAKER_ERROR_KINDS: readonly { kind: SpeakerErrorKind; n: string; label: string }[] = [
  { kind: 'title', n: '1', label: 'title, role or age left in the name' },
  { kind: 'organisation', n: '2', label: 'organisation, country or nationality for a person' },
  { kind: 'described', n: '3', label: 'described source cut short or dropped' },
  { kind: 'particle', n: '4', label: 'name particle lost from the surname' },
  { kind: 'pronoun', n: '5', label: 'pronoun antecedent wrong' },
  { kind: 'fragment', n: '6', label: 'sentence fragment taken for a name' },
  { kind: 'none', n: '7', label: 'no speaker found' },
  { kind: 'other', n: '-', label: 'other wrong person' },
]

/** What a gold Source mention is: a name (with or without title), a description of an unnamed source, a pronoun. */
export type MentionKind = 'name' | 'described' | 'pronoun' | 'none'

// Closed word classes that the heuristics need; none of them is a list of names.
const DETERMINERS = new Set([
  'the', 'a', 'an', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'one',
  'another', 'some', 'several', 'many', 'two', 'three', 'four', 'five', 'other', 'both', 'few', 'most', 'all',
])
const DEFINITE = new Set(['the', 'this', 'that', 'these', 'those', 'his', 'her', 'their', 'its', 'our', 'my', 'your'])
const PREPOSITIONS = new Set([
  'of', 'at', 'for', 'from', 'in', 'inside', 'with', 'to', 'on', 'by', 'about', 'near', 'within', 'under', 'over',
  'who', 'whom', 'whose', 'that', 'which', 'close', 'familiar', 'speaking', 'working',
])
const PRONOUNS = new Set([
  ...SUBJECT_PRONOUNS.keys(), 'you', 'him', 'her', 'his', 'hers', 'them', 'their', 'us', 'me', 'my', 'our', 'its',
  'who', 'whom', 'which', 'that', 'one', 'another', 'someone', 'somebody',
])
/** Words that cannot open a name: prepositions, conjunctions, question words, sentence adverbs. */
const NOT_AT_START = new Set([
  'of', 'to', 'for', 'from', 'by', 'with', 'in', 'on', 'at', 'and', 'but', 'or', 'nor', 'if', 'when', 'while',
  'after', 'before', 'as', 'since', 'because', 'why', 'how', 'what', 'where', 'so', 'then', 'not', 'also', 'still',
  'even', 'just', 'only', 'yet', 'although', 'though', 'however', 'than', 'said', 'says',
])
/** Words that cannot close a name or a description. */
const NOT_AT_END = new Set([
  'of', 'to', 'for', 'from', 'by', 'with', 'in', 'on', 'at', 'and', 'but', 'or', 'the', 'a', 'an', 'that',
  'which', 'who', 'as', 'than', 'his', 'her', 'their', 'its', 'our', 'if', 'when', 'while',
])
const AUXILIARIES = new Set([
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'has', 'have', 'had', 'do', 'does', 'did', 'will',
  'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'not', 'never',
])
const RELATIVES = new Set(['who', 'whom', 'whose', 'which', 'that'])
const TIME_WORDS = new Set(['earlier', 'later', 'yesterday', 'today', 'tonight', 'tomorrow', 'now', 'recently', 'previously'])
const DAYS: ReadonlySet<string> = new Set(WEEKDAYS)

/**
 * Nationalities and groups of people named after a place. The regular ones are made from PLACE_NAMES
 * (Russia → Russian, Japan → Japanese, Iraq → Iraqi); the irregular ones are listed.
 */
const DEMONYMS: ReadonlySet<string> = (() => {
  const out = new Set([
    'british', 'french', 'dutch', 'swiss', 'greek', 'greeks', 'thai', 'welsh', 'scottish', 'irish', 'spanish',
    'danish', 'swedish', 'finnish', 'polish', 'norwegian', 'norwegians', 'filipino', 'filipinos', 'hispanic',
    'hispanics', 'latino', 'latinos', 'latina', 'latinas', 'arab', 'arabs', 'afghan', 'afghans', 'saudi',
    'saudis', 'kurdish', 'kurds', 'german', 'germans', 'turkish', 'turks', 'english', 'peruvian', 'peruvians',
  ])
  for (const place of PLACE_NAMES) {
    const w = place.split(' ').pop() ?? ''
    if (w.length < 4 || !/^\p{L}+$/u.test(w)) continue
    const stem = w.replace(/[aeiouy]$/, '')
    for (const f of [`${w}n`, `${w}an`, `${w}ian`, `${w}ese`, `${w}i`, `${stem}an`, `${stem}ian`, `${stem}ean`, `${stem}ese`, `${stem}i`]) {
      out.add(f)
      if (!f.endsWith('ese')) out.add(`${f}s`)
    }
  }
  return out
})()

interface Token {
  /** As printed, without the punctuation around it ("Sen." is "Sen", "U.S." is "U.S") */
  raw: string
  lower: string
  cap: boolean
}

function tokens(s: string): Token[] {
  return s
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+/u, '').replace(/[^\p{L}\p{N}]+$/u, ''))
    .filter((w) => /[\p{L}\p{N}]/u.test(w))
    .map((raw) => ({ raw, lower: raw.toLowerCase(), cap: /^\p{Lu}/u.test(raw) }))
}

const noParens = (s: string) => s.replace(/\([^)]*\)/g, ' ')
const isTitle = (t: Token) => TITLE_WORDS.has(t.lower) || TITLE_WORDS.has(t.lower.replace(/s$/, ''))
const isParticle = (t: Token) => NAME_PARTICLES.has(t.lower) || /^(?:al|el|ad|as|ash|at|az|an|ar|bin|ibn|abu|ben)-\p{L}/u.test(t.lower)
/** A capitalised word that can be part of a name: not a title, determiner, place or organisation word. */
const isNameWord = (t: Token) =>
  t.cap && !isTitle(t) && !DETERMINERS.has(t.lower) && !ORG_WORDS.has(t.lower) && !PLACE_NAMES.has(t.lower) && !PRONOUNS.has(t.lower)

/** A run of capitalised words (particles and initials allowed inside), as a name is printed. */
function isProperName(s: string): boolean {
  const ts = tokens(noParens(s))
  if (!ts.length || DETERMINERS.has(ts[0]!.lower) || PRONOUNS.has(ts[0]!.lower)) return false
  const inner = (t: Token, i: number) => i > 0 && i < ts.length - 1 && (t.lower === 'and' || t.lower === '&')
  return ts.every((t, i) => t.cap || isParticle(t) || inner(t, i)) && ts.some((t) => t.cap)
}

/** The words before the first preposition or relative word: "a senior official" of "a senior official at X". */
function headPhrase(ts: readonly Token[]): Token[] {
  const cut = ts.findIndex((t, i) => i > 0 && !t.cap && PREPOSITIONS.has(t.lower))
  return cut < 0 ? [...ts] : ts.slice(0, cut)
}

/**
 * Whether the part ends in a name of two or more capitalised words that belongs to the speaker: "Former
 * secretary of state Hillary Rodham Clinton" does, "an adviser to opposition leader Jane Doe" and "One aide
 * inside Trump Tower" do not (a preposition other than a bare "of" comes before it, or "of the ...").
 */
function endsInOwnName(ts: readonly Token[]): boolean {
  let i = ts.length
  while (i > 0 && (ts[i - 1]!.cap || (isParticle(ts[i - 1]!) && i < ts.length))) i--
  const run = ts.slice(i)
  if (run.filter(isNameWord).length < 2) return false
  for (let k = 0; k < i; k++) {
    const t = ts[k]!
    if (t.cap || !PREPOSITIONS.has(t.lower)) continue
    if (t.lower !== 'of') return false
    if (DETERMINERS.has(ts[k + 1]?.lower ?? '')) return false
  }
  return true
}

/** What a gold Source mention is: "Jane Doe, a senior adviser" and "House Speaker Jane Doe" are names, "a senior official at the ministry" is described. */
export function mentionKind(mention: string): MentionKind {
  const m = noParens(mention).trim()
  const all = tokens(m)
  if (!all.length) return 'none'
  if (all.length === 1 && PRONOUNS.has(all[0]!.lower.replace(/['’](?:s|ve|re|ll|d|m)$/, ''))) return 'pronoun'
  const parts = m.split(',').map((p) => p.trim()).filter((p) => tokens(p).length > 0)
  if (parts.some((p) => isProperName(p) || endsInOwnName(tokens(p)))) return 'name'
  const first = tokens(parts[0] ?? m)
  const head = headPhrase(first)
  const last = head[head.length - 1]
  if (!last || !last.cap) return 'described'
  // "the Wisconsin Republican", "Leaders of the group": a capitalised role word heads a description
  if (isTitle(last) && (head.length === 1 || DETERMINERS.has(head[0]!.lower))) return 'described'
  return 'name'
}

/** "the minister", "his spokesman", "Trump's aide": a description that may refer back to a named person. */
export function isDefiniteDescription(mention: string): boolean {
  const ts = tokens(mention)
  return ts.length > 0 && (DEFINITE.has(ts[0]!.lower) || /['’]s?$/.test(mention.trim().split(/\s+/)[0] ?? ''))
}

/** Whether a phrase names an organisation, a place or a nationality rather than a person. */
export function isOrganisationLike(phrase: string): boolean {
  const p = noParens(phrase).split(',')[0] ?? ''
  const ts = tokens(p)
  const content = ts.filter((t) => !DETERMINERS.has(t.lower))
  if (!content.length) return false
  if (PLACE_NAMES.has(content.map((t) => t.lower).join(' '))) return true
  if (content.length === 1 && /^\p{Lu}[\p{Lu}.&]+$/u.test(content[0]!.raw) && content[0]!.raw.replace(/\./g, '').length <= 6) return true
  if (content.every((t) => t.cap && DEMONYMS.has(t.lower))) return true
  const head = headPhrase(ts).filter((t) => !DETERMINERS.has(t.lower))
  const h = head[head.length - 1]
  if (!h) return false
  return ORG_WORDS.has(h.lower) || MEDIA_NAMES.has(h.lower) || (h.cap && PLACE_NAMES.has(h.lower))
}

/** Whether the predicted speaker is a piece of a sentence rather than a name or a description. */
export function looksLikeFragment(predicted: string): boolean {
  const ts = tokens(predicted)
  const first = ts[0]
  if (!first) return false
  const letters = ts.filter((t) => /\p{L}{2}/u.test(t.raw))
  if (letters.length >= 2 && letters.every((t) => t.raw === t.raw.toUpperCase())) return true // a heading in capitals
  if (NOT_AT_START.has(first.lower) && (!first.cap || ts.length > 1)) return true
  if (ts.length > 1 && NOT_AT_END.has(ts[ts.length - 1]!.lower)) return true
  // A relative clause may describe a source ("a person who asked not to be named"): read up to it.
  const rel = ts.findIndex((t, i) => i > 0 && RELATIVES.has(t.lower))
  for (const t of rel < 0 ? ts : ts.slice(0, rel)) {
    if (DAYS.has(t.lower)) return true
    if (t.cap) continue
    if (AUXILIARIES.has(t.lower) || /n['’]t$/.test(t.lower) || TIME_WORDS.has(t.lower)) return true
    const base = CUE_VERBS.get(t.lower)
    if (base && base !== t.lower && !/(?:s|ing)$/.test(t.lower)) return true // "said", "told", "warned"
  }
  return false
}

/** The gold name's surname when it carries particles ("von der Leyen", "al-Assad"), else null. */
function particleSurname(mention: string): Token[] | null {
  for (const part of noParens(mention).split(',')) {
    const ts = tokens(part)
    for (let i = 0; i < ts.length; i++) {
      const t = ts[i]!
      if (!isParticle(t) || (i > 0 && !ts[i - 1]!.cap)) continue
      const attached = t.lower.includes('-') && !NAME_PARTICLES.has(t.lower)
      // At the start a capitalised particle is usually a first name ("Ben", "Al"); "de Blasio" is not.
      if (i === 0 && t.cap && !attached) continue
      let end = i + 1
      while (!attached && end < ts.length && isParticle(ts[end]!) && !ts[end]!.cap) end++
      if (!attached && !ts[end]?.cap) continue
      while (end < ts.length && ts[end]!.cap) end++
      return ts.slice(i, end)
    }
  }
  return null
}

const words = (s: string) => tokens(s).map((t) => t.lower)
const containsRun = (hay: readonly string[], needle: readonly string[]) =>
  needle.length > 0 && hay.some((_, i) => needle.every((w, k) => hay[i + k] === w))

/** The predicted speaker keeps the surname's core but lost its particle: "Leyen" or "Assad" for "von der Leyen", "al-Assad". */
export function lostParticle(predicted: string, mention: string): boolean {
  const sur = particleSurname(mention)
  if (!sur) return false
  const p = words(predicted)
  const s = sur.map((t) => t.lower)
  if (containsRun(p, s)) return false
  const core = (s[s.length - 1] ?? '').replace(/^\p{L}+-/u, '')
  return p.includes(core)
}

/** A title, a role or an age is still part of the predicted name: "Secretary-General Jane Doe", "17-year-old Jane", "Jane Doe, 17". */
export function hasTitleRoleOrAge(predicted: string): boolean {
  if (/\b\d{1,3}[-‐ ]year[-‐ ]old\b/i.test(predicted) || /\baged?\s+\d{1,3}\b/i.test(predicted)) return true
  if (/,\s*\d{1,3}\s*(?:,|$)/.test(predicted)) return true
  const [name = '', ...rest] = predicted.split(/,|\s[-–—:]\s/)
  const ts = tokens(name)
  const firstName = ts.findIndex(isNameWord)
  if (firstName < 0) return false
  if (rest.some((r) => tokens(r).some((t) => isTitle(t) && !t.cap))) return true // "Jane Doe, the minister"
  // The title stands right before the name: "one of the advisers to Jane Doe" describes someone else.
  const before = ts.slice(0, firstName)
  return before.some(isTitle) && !before.some((t) => !t.cap && PREPOSITIONS.has(t.lower))
}

/** The predicted description is the gold one, whole: "a senior official at the ministry", not "a senior official". */
export function keepsDescription(predicted: string | null, mention: string): boolean {
  if (!predicted) return false
  const strip = (s: string) => {
    const w = words(s)
    return (w[0] === 'the' || w[0] === 'a' || w[0] === 'an' ? w.slice(1) : w).join(' ')
  }
  return strip(predicted) === strip(mention)
}

export interface SpeakerCase {
  /** The speaker `wiremark analyze --json` gave, null when none */
  predicted: string | null
  /** The quote's attribution type: explicit, pronoun, carried, none */
  attribution: string | null
  /** The gold Source mention as annotated */
  mention: string
}

/** The kind of a speaker already judged wrong; every wrong speaker gets exactly one kind. */
export function speakerErrorKind(c: SpeakerCase): SpeakerErrorKind {
  const mk = mentionKind(c.mention)
  const predicted = c.predicted?.trim() ?? ''
  if (!predicted) return mk === 'described' ? 'described' : 'none'
  if (c.attribution === 'pronoun') return 'pronoun'
  if (looksLikeFragment(predicted)) return 'fragment'
  if ((mk === 'name' || mk === 'described') && isOrganisationLike(predicted) && !isOrganisationLike(c.mention)) return 'organisation'
  if (mk === 'described') return 'described'
  if (lostParticle(predicted, c.mention)) return 'particle'
  if (hasTitleRoleOrAge(predicted)) return 'title'
  return 'other'
}

/**
 * For a speaker the surname check passes: the kinds that check cannot see, a title, role or age kept in the
 * name (1) or a particle lost from it (4). Null when the name is clean.
 */
export function nameFormError(predicted: string | null, mention: string): 'title' | 'particle' | null {
  if (!predicted || mentionKind(mention) !== 'name') return null
  if (lostParticle(predicted, mention)) return 'particle'
  if (!isOrganisationLike(predicted) && hasTitleRoleOrAge(predicted)) return 'title'
  return null
}
