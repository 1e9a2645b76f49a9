import type { Person, PersonKind, Span } from './types'
import type { Para } from './segment'
import {
  CAPTION_LABEL_WORDS,
  GENDERED,
  isAcronym,
  MEDIA_NAMES,
  NAME_PARTICLES,
  NOT_NAME_WORDS,
  ORG_WORDS,
  PLACE_NAMES,
  SUBJECT_PRONOUNS,
  TITLE_WORDS,
} from '../language/en'
import { languageFor, LANGUAGES } from '../language'
import { oneOf } from '../language/pattern'

/** A reference to a person or organisation in the text. */
export interface Mention extends Span {
  kind: 'name' | 'org' | 'pronoun' | 'title'
  /** The name itself, without title or description */
  name: string
  /** Where the name stands (start/end cover the title too) */
  nameSpan: Span
  /** Title before the name or appositive after it, as printed */
  description: string | null
  /** End of the mention including an appositive ("X, a senior adviser to Y,") */
  extEnd: number
  /** Set when this mention sits inside another mention's description: it is not a subject */
  inDescription: boolean
  /** Index into the entity list, or null */
  entity: number | null
  pronoun: 'he' | 'she' | 'they' | 'it' | 'i' | 'we' | null
  para: number
  /** Preceded by in/at/from/near...: a place, not a speaker */
  placeLike: boolean
  possessive: boolean
}

export interface Entity {
  id: string
  name: string
  kind: PersonKind
  description: string | null
  aliases: Set<string>
  pronoun: 'he' | 'she' | 'they' | 'it' | null
  mentions: number[]
  /** Evidence that this is a person (several name words, a title, a speech act) */
  personish: boolean
  placeLike: number
  notPlace: number
}

interface Tok {
  start: number
  end: number
  text: string
  /** Its index in its paragraph's token list */
  at: number
}

/*
 * Tokens are what /[\p{L}\p{N}][\p{L}\p{N}.'’-]*|[^\s\p{L}\p{N}]/gu matches: a word (letters and digits, with inner
 * stops, apostrophes and hyphens) or any other single character that is not a space. The scan below reads them by
 * character code, without a match array per token, and keeps their bounds in typed arrays: a long story has hundreds
 * of thousands of tokens (a fuzzed ANPA file of 1.2 MB has 800,000 punctuation tokens), and only the few tokens
 * around capitalised words are ever read as objects (ParaToks).
 */
/** Bits of a character's class, as the token pattern's own Unicode classes decide it (KNOWN: the class is cached). */
const SPACE = 1
const WORD = 2
const LETTER = 4
const UPPER = 8
const KNOWN = 16
const classOf = (ch: string): number =>
  KNOWN | (/^\s$/u.test(ch) ? SPACE : 0) | (/^[\p{L}\p{N}]$/u.test(ch) ? WORD : 0) | (/^\p{L}$/u.test(ch) ? LETTER : 0) | (/^\p{Lu}$/u.test(ch) ? UPPER : 0)
/** The classes of U+0000 to U+FFFF (a lone surrogate is a character of its own), each found at its first use */
const BMP_CLASS = new Uint8Array(0x10000)
function classAt(cp: number): number {
  if (cp > 0xffff) return classOf(String.fromCodePoint(cp))
  return BMP_CLASS[cp] || (BMP_CLASS[cp] = classOf(String.fromCharCode(cp)))
}
/** The code point at `i` of text[i, to): a surrogate pair counts as one only when both halves lie before `to`. */
function codePointIn(text: string, i: number, to: number): number {
  const c = text.charCodeAt(i)
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < to) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + d - 0xdc00 + 0x10000
  }
  return c
}
const INNER_MARKS = new Set(['.'.charCodeAt(0), "'".charCodeAt(0), '’'.charCodeAt(0), '-'.charCodeAt(0)])
const ABBREVIATION_STOP = /^(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gov|Sen|Sens|Rep|Reps|Gen|Lt|Col|Capt|Sgt|Prof|Rev|Messrs)\.$/
/** What a token starts with: an upper-case letter, another letter, or anything else (a digit, a mark, nothing) */
const T_UPPER = 2
const T_LETTER = 1
const T_OTHER = 0

/** The tokens of all paragraphs, one after another: bounds and kinds in arrays that grow as needed. */
class TokenStore {
  starts = new Int32Array(256)
  ends = new Int32Array(256)
  kinds = new Uint8Array(256)
  length = 0
  push(start: number, end: number, kind: number): void {
    if (this.length === this.starts.length) {
      const starts = new Int32Array(this.length * 2)
      const ends = new Int32Array(this.length * 2)
      const kinds = new Uint8Array(this.length * 2)
      starts.set(this.starts)
      ends.set(this.ends)
      kinds.set(this.kinds)
      this.starts = starts
      this.ends = ends
      this.kinds = kinds
    }
    this.starts[this.length] = start
    this.ends[this.length] = end
    this.kinds[this.length++] = kind
  }
}

/**
 * Adds the tokens of text[from, to) that start outside `skip` to the store. A trailing full stop belongs to a token
 * only for abbreviations and initials ("Mr.", "U.S."): otherwise it is left out of the token's end (a stop alone
 * makes an empty token).
 */
function scanTokens(text: string, from: number, to: number, skip: readonly Span[], store: TokenStore): void {
  let i = from
  while (i < to) {
    const cp = codePointIn(text, i, to)
    const size = cp > 0xffff ? 2 : 1
    const cls = classAt(cp)
    if (cls & SPACE) {
      i += size
      continue
    }
    const s = i
    i += size
    if (cls & WORD) {
      while (i < to) {
        const c = codePointIn(text, i, to)
        if (!(classAt(c) & WORD) && !INNER_MARKS.has(c)) break
        i += c > 0xffff ? 2 : 1
      }
    }
    if (skip.length && skip.some((k) => s >= k.start && s < k.end)) continue
    let end = i
    if (text.charCodeAt(i - 1) === 0x2e) {
      const w = text.slice(s, i)
      if (!/^(?:\p{L}\.)+$/u.test(w) && !ABBREVIATION_STOP.test(w)) end--
    }
    store.push(s, end, end === s || !(cls & LETTER) ? T_OTHER : cls & UPPER || particleJoined(text, s, end) ? T_UPPER : T_LETTER)
  }
}

/** The marks that join a particle to its surname: hyphens and apostrophes. */
const PARTICLE_JOINS: ReadonlySet<number> = new Set([0x2d, 0x2010, 0x2011, 0x27, 0x2019])

/** Where the particle of text[s, end) ends ("al" of "al-Nasser"): the join mark's index, or -1 when it has none. */
function particleJoinAt(text: string, s: number, end: number): number {
  for (let k = s + 1; k < Math.min(end - 1, s + 5); k++) {
    if (PARTICLE_JOINS.has(text.charCodeAt(k))) return NAME_PARTICLES.has(text.slice(s, k).toLowerCase()) ? k : -1
  }
  return -1
}

/** A surname without the particle joined to it ("nasser" for "al-nasser"); the word itself when it has none. */
function withoutJoinedParticle(word: string): string {
  const k = particleJoinAt(word, 0, word.length)
  return k < 0 ? word : word.slice(k + 1)
}

/**
 * A lower-case particle joined to a capitalised surname ("al-Nasser", "el-Masri", "bin-Saleh"): a name's word, read as if
 * it were capitalised, so that "Karim al-Nasser" is one name and not "Karim" and a lower-case word.
 */
function particleJoined(text: string, s: number, end: number): boolean {
  const k = particleJoinAt(text, s, end)
  return k >= 0 && /\p{Lu}/u.test(text.charAt(k + 1))
}

const codes = (chars: string): ReadonlySet<number> => new Set([...chars].map((c) => c.charCodeAt(0)))
/** Marks that end a sentence, or open a quote after which a capital starts one */
const STOP_MARKS = codes('.!?:"“”')
/** What a sentence may start after: a stop, a quotation mark, a bracket or a dash, as the token before … */
const OPENING_MARKS = codes('.!?:"“”‘\'(—–-')
/** … or as the last mark between the word and the token before (the same, less the apostrophe) */
const OPENING_MARKS_BUT_APOSTROPHE = codes('.!?:"“”‘(—–-')
/** Whether text[from, to) ends with one of `marks` and then nothing but spaces (as /[marks]\s*$/ would test). */
function endsWithMark(text: string, from: number, to: number, marks: ReadonlySet<number>): boolean {
  let k = to
  while (k > from && classAt(text.charCodeAt(k - 1)) & SPACE) k--
  return k > from && marks.has(text.charCodeAt(k - 1))
}

/** One paragraph's tokens, read from the store: a Tok is made when first asked for, and the same one is given after. */
class ParaToks {
  readonly length: number
  /** the tokens made so far, by index: a map, as a paragraph may hold a million tokens and only a few are read */
  private readonly made = new Map<number, Tok>()
  constructor(
    private readonly source: string,
    private readonly store: TokenStore,
    private readonly from: number,
    to: number,
  ) {
    this.length = to - from
  }
  /** T_UPPER, T_LETTER or T_OTHER (outside the paragraph: T_OTHER) */
  kind(i: number): number {
    return i >= 0 && i < this.length ? this.store.kinds[this.from + i]! : T_OTHER
  }
  start(i: number): number {
    return this.store.starts[this.from + i]!
  }
  end(i: number): number {
    return this.store.ends[this.from + i]!
  }
  /** The text of the i-th token (in the paragraph) */
  text(i: number): string {
    return this.made.get(i)?.text ?? this.source.slice(this.start(i), this.end(i))
  }
  /** The i-th token, or undefined outside the paragraph */
  get(i: number): Tok | undefined {
    if (i < 0 || i >= this.length) return undefined
    let t = this.made.get(i)
    if (!t) {
      const start = this.start(i)
      const end = this.end(i)
      t = { start, end, text: this.source.slice(start, end), at: i }
      this.made.set(i, t)
    }
    return t
  }
}
const cap = (w: string): boolean => /^\p{Lu}/u.test(w)
const stripPoss = (w: string): string => w.replace(/['’]s?$/u, '')
const isCaptionLabel = (w: string): boolean => CAPTION_LABEL_WORDS.has(w.toLowerCase())
/** An age as a modifier: "17-year-old", "six-month-old". */
const AGE_RE = /^(?:\d{1,3}|[a-z]+(?:-[a-z]+)?)-(?:year|month|week|day)s?-old$/
const OCCUPATION_RE = /(?:caster|writer|maker|player|singer|dancer|reporter|producer|director|developer|designer|founder|leader|manager|officer|researcher|teacher|member|worker|ist|ician|ologist|grapher|naut|ssor|tor)$/
/** A title word, also in the plural or as the last part of a compound ("Sens.", "All-Stars", "Democrats"). */
export function isTitleWord(w: string): boolean {
  const l = w.toLowerCase().replace(/\.$/, '')
  if (TITLE_WORDS.has(l)) return true
  const tail = l.includes('-') ? l.slice(l.lastIndexOf('-') + 1) : l
  if (tail !== l && TITLE_WORDS.has(tail)) return true
  if (/[^s]s$/.test(tail) && tail.length > 3 && TITLE_WORDS.has(tail.slice(0, -1))) return true
  // compounds that end in their title: "Bundeskanzlerin", "Vereinschef", "Polizeisprecher"
  return LANGUAGES.some((lang) => lang.endsInTitle?.(l))
}
/** Sports positions and single bare letters printed before a player's name ("G Kirk Hinrich", "QB Tom Brady"). */
const POSITION_RE = /^(?:\p{Lu}|PG|SG|SF|PF|QB|RB|WR|TE|LB|DB|CB|DE|DT|OL|DL|LHP|RHP|SS|OF|DH|GK|LW|RW)$/u
const POSSESSIVE_NOUNS = new Set(['people', 'women', 'men', 'children', 'sheriff', 'workers', 'veterans', 'citizens', 'farmers', 'teachers', 'nurses', 'doctors', 'lawyers', 'writers', 'players', 'voters', 'consumers', 'mothers', 'fathers'])
const PLACE_PREPS = new Set(['in', 'at', 'near', 'from', 'across', 'into', 'outside', 'inside', 'around', 'to', 'of', 'throughout', 'toward', 'towards'])
const DETERMINERS = new Set(['a', 'an', 'the', 'his', 'her', 'their', 'its', 'our', 'my', 'your', 'this', 'that'])
const STOP_BACK = new Set([
  ...DETERMINERS, 'to', 'of', 'for', 'by', 'with', 'from', 'and', 'or', 'but', 'in', 'on', 'at', 'as',
  'said', 'says', 'told', 'when', 'while', 'after', 'before', 'is', 'was', 'are', 'were', 'be', 'been',
  'has', 'have', 'had', 'who', 'which', 'that', 'than', 'like', 'about',
])
/** Word endings of a modifier before a title: "elected", "federal", "Iranian", "leading" ("-ian", "-ing", …). */
const MODIFIER_ENDINGS: readonly string[] = [
  'ed', 'al', 'an', 'ic', 'ist', 'ive', 'ary', 'ior', 'ern', 'ish', 'ese', 'ial', 'ous', 'ble', 'ful', 'ent',
  'ant', 'ing', 'ian',
]
/** Modifiers before a title that have none of those endings: "former", "deputy", "opposition", "football". */
const MODIFIER_WORDS: readonly string[] = [
  'former', 'ex', 'then', 'acting', 'interim', 'deputy', 'senior', 'junior', 'chief', 'top', 'prime',
  'opposition', 'foreign', 'defense', 'defence', 'state', 'party', 'world', 'national', 'local', 'federal',
  'regional', 'vice', 'assistant', 'associate', 'general', 'police', 'health', 'finance', 'trade', 'justice',
  'interior', 'security', 'team', 'club', 'press', 'news', 'campaign', 'union', 'government', 'army', 'navy',
  'air', 'film', 'music', 'pop', 'rock', 'tv', 'jazz', 'soccer', 'football', 'tennis', 'golf', 'rugby', 'cricket',
  'basketball', 'baseball', 'hockey', 'olympic', 'marathon', 'star', 'head', 'executive', 'managing', 'technical',
  'research', 'science', 'space', 'climate', 'human', 'rights', 'civil', 'labor', 'labour', 'lead', 'co',
]
const MODIFIER_RE = new RegExp(String.raw`^(?:[a-z]+(?:${MODIFIER_ENDINGS.join('|')})|${MODIFIER_WORDS.join('|')})$`)

/** Months that are given names too ("Jan de Vries", "April Ryan", "June Carter"). Lower case. */
const MONTH_GIVEN_NAMES: ReadonlySet<string> = new Set(['jan', 'april', 'june'])
/** Words before a month that make it a date ("in April", "since June", "last Jan"). Lower case. */
const BEFORE_A_MONTH: ReadonlySet<string> = new Set(['in', 'on', 'since', 'by', 'from', 'until', 'till', 'to', 'through', 'during', 'of', 'last', 'next', 'early', 'late', 'mid', 'this', 'that', 'each', 'every', 'and', 'or', 'between'])

/**
 * Whether a run led by a month is a given name and a surname: "Jan de Vries said", not "Jan Smith" after "in"
 * ("in Jan Smith said" is not written), nor a month before a date or a weekday.
 */
function monthAsGivenName(run: readonly Tok[], before: Tok | undefined): boolean {
  const [m, next] = run
  if (!m || !next || !MONTH_GIVEN_NAMES.has(m.text.toLowerCase())) return false
  if (before && (BEFORE_A_MONTH.has(before.text.toLowerCase()) || /^\d/.test(before.text))) return false
  const n = next.text.toLowerCase()
  return NAME_PARTICLES.has(n) ? run.length >= 3 : cap(next.text) && !NOT_NAME_WORDS.has(stripPoss(n)) && !TITLE_WORDS.has(n) && !ORG_WORDS.has(n)
}

/** Mentions of people, organisations and pronouns, in text order. `skip` ranges are not read (credits). */
export function findMentions(text: string, paras: Para[], skip: Span[] = []): Mention[] {
  const lang = languageFor(text)
  // A language that capitalises every noun starts runs with articles and prepositions ("Die Reporter")
  const notName = (w: string): boolean => NOT_NAME_WORDS.has(w) || !!lang.functionWords?.has(w)
  const store = new TokenStore()
  const bounds: number[] = [0]
  const midCaps = new Set<string>()
  for (const p of paras) {
    const from = store.length
    scanTokens(text, p.start, p.end, skip, store)
    bounds.push(store.length)
    if (p.kind === 'headline') continue
    // capitalised words that do not follow a sentence's end: a name, not a capital of the sentence start
    const { starts, ends, kinds } = store
    for (let k = from + 1; k < store.length; k++) {
      if (kinds[k] !== T_UPPER) continue
      const ps = starts[k - 1]!
      const pe = ends[k - 1]!
      if (pe - ps === 1 && STOP_MARKS.has(text.charCodeAt(ps))) continue
      if (endsWithMark(text, pe, starts[k]!, STOP_MARKS)) continue
      const word = stripPoss(text.slice(starts[k]!, ends[k]!))
      midCaps.add(word)
      // the surname of "al-Nasser" is "Nasser" too, when it stands alone ("Nasser said")
      const bare = withoutJoinedParticle(word)
      if (bare !== word) midCaps.add(bare)
    }
  }
  // the longest pronoun: a longer word in lower case is looked up in no pronoun list
  let pronounLength = 0
  for (const w of [...SUBJECT_PRONOUNS.keys(), ...(lang.pronouns?.keys() ?? [])]) pronounLength = Math.max(pronounLength, w.length)

  const out: Mention[] = []
  paras.forEach((p, pi) => {
    const toks = new ParaToks(text, store, bounds[pi]!, bounds[pi + 1]!)
    let i = 0
    while (i < toks.length) {
      const kind = toks.kind(i)
      // only words are pronouns or names: a mark or a number is read no further
      if (kind === T_OTHER || (kind === T_LETTER && toks.end(i) - toks.start(i) > pronounLength)) {
        i++
        continue
      }
      const word = toks.text(i)
      const lw = word.toLowerCase()
      // pronouns
      const gp = lang.pronouns?.get(lw)
      const pr = gp ?? SUBJECT_PRONOUNS.get(lw)
      if (pr && (lw !== 'i' || word === 'I' || gp)) {
        const t = toks.get(i)!
        out.push(mk('pronoun', gp ?? word, t, t, null, pi, pr))
        i++
        continue
      }
      if (kind !== T_UPPER) {
        i++
        continue
      }
      const t = toks.get(i)!
      const prev = toks.get(i - 1)
      const sentenceStart = !prev || (prev.end - prev.start === 1 && OPENING_MARKS.has(text.charCodeAt(prev.start))) || endsWithMark(text, prev.end, t.start, OPENING_MARKS_BUT_APOSTROPHE)
      // a run of capitalised tokens (with particles and "of" inside)
      let j = i
      const run: Tok[] = []
      // whether the run holds an organisation word so far: kept as it grows (a long run would be rescanned per word)
      let orgSoFar = false
      const push = (u: Tok) => {
        run.push(u)
        if (!orgSoFar && ORG_WORDS.has(u.text.toLowerCase())) orgSoFar = true
      }
      while (j < toks.length) {
        const u = toks.get(j)
        if (!u) break
        const gap = run.length ? text.slice(run[run.length - 1]!.end, u.start) : ''
        if (run.length && gap !== ' ') break
        const ul = u.text.toLowerCase()
        if (toks.kind(j) === T_UPPER) {
          if (run.length && notName(stripPoss(ul)) && !TITLE_WORDS.has(ul)) break
          push(u)
          j++
          if (/['’]s$/.test(u.text)) {
            // possessive: continues into an organisation word ("Sheriff's Office") or after a common noun ("People's Vote")
            const nx = toks.get(j)
            const common = POSSESSIVE_NOUNS.has(stripPoss(ul))
            if (!(nx && toks.kind(j) === T_UPPER && (ORG_WORDS.has(nx.text.toLowerCase()) || common) && text.slice(u.end, nx.start) === ' ')) break
          }
          continue
        }
        if (run.length && !lang.nameParticle && NAME_PARTICLES.has(ul) && NAME_PARTICLES.has(toks.get(j + 1)?.text ?? '') && toks.kind(j + 2) === T_UPPER &&
          text.slice(u.end, toks.get(j + 1)!.start) === ' ' && text.slice(toks.get(j + 1)!.end, toks.get(j + 2)!.start) === ' ') {
          // two particles before a surname: "van den Broek", "de la Cruz"
          push(u)
          push(toks.get(j + 1)!)
          j += 2
          continue
        }
        if (run.length && ((lang.nameParticle ? lang.nameParticle(ul, run[run.length - 1]!.text) : NAME_PARTICLES.has(ul)) || ul === 'of' || ul === 'for' || ul === 'and' || ul === '&' || (orgSoFar && (ul === 'on' || ul === 'in')))) {
          const nx = toks.get(j + 1)
          if (nx && toks.kind(j + 1) === T_UPPER && text.slice(u.end, nx.start) === ' ' && (ul !== 'and' || ORG_WORDS.has(nx.text.toLowerCase()) || /^(?:&)$/.test(ul))) {
            push(u)
            j++
            continue
          }
        }
        break
      }
      if (run.length === 0) {
        i++
        continue
      }
      // drop leading function words ("The", "But", "In")
      // ... but "New York", "New Zealand" keep their "New"
      while (run.length && notName(run[0]!.text.toLowerCase()) && !TITLE_WORDS.has(run[0]!.text.toLowerCase())) {
        if (run[0]!.text === 'New' && run[1] && cap(run[1].text) && !TITLE_WORDS.has(run[1].text.toLowerCase())) break
        if (monthAsGivenName(run, toks.get(run[0]!.at - 1))) break
        run.shift()
        // a particle left in front ("Angaben von X") leads nothing
        while (run.length > 1 && /^\p{Ll}/u.test(run[0]!.text)) run.shift()
      }
      // and trailing dates, particles and connectors
      while (run.length) {
        const last = run[run.length - 1]!.text.toLowerCase()
        if (notName(last) || NAME_PARTICLES.has(last) || last === 'of' || last === 'for' || last === 'and' || last === 'on' || last === 'in') run.pop()
        else break
      }
      // Caption labels ("FILE PHOTO: …", "AP Photo", "Handout") name no one: dropped in front of a name, and a run of
      // nothing but labels and an agency's name is no mention at all
      while (run.length > 1 && isCaptionLabel(run[0]!.text)) run.shift()
      if (run.some((r) => isCaptionLabel(r.text)) && run.every((r) => isCaptionLabel(r.text) || MEDIA_NAMES.has(r.text.toLowerCase()))) {
        i = j
        continue
      }
      // "John Sifton von Human Rights Watch": where the language's name gives way to its bearer's body
      if (lang.nameLength) run.length = lang.nameLength(run.map((r) => r.text))
      if (run.length === 0) {
        i = j
        continue
      }
      // "Shares of X", "Leaders of Y": a common noun capitalised only by the sentence start, then "of", leads nothing
      if (run.length >= 3 && run[0] === t && sentenceStart && run[1]!.text === 'of' && !midCaps.has(stripPoss(t.text)) &&
        !ORG_WORDS.has(t.text.toLowerCase()) && !isTitleWord(t.text) && !MEDIA_NAMES.has(t.text.toLowerCase())) {
        run.splice(0, 2)
      }
      const firstTok = run[0]!
      const isStart = firstTok === t ? sentenceStart : false
      const isHeadline = p.kind === 'headline'
      if (isHeadline) {
        // headlines capitalise every word: keep only words the body capitalises too
        while (run.length && !midCaps.has(stripPoss(run[0]!.text)) && !TITLE_WORDS.has(run[0]!.text.toLowerCase())) run.shift()
        const cut = run.findIndex((r) => !midCaps.has(stripPoss(r.text)) && !TITLE_WORDS.has(r.text.toLowerCase()))
        if (cut >= 0) run.length = cut
        if (run.length === 0) {
          i = j
          continue
        }
      }
      if (run.length === 1 && (isStart || isHeadline) && !midCaps.has(stripPoss(firstTok.text)) && !TITLE_WORDS.has(firstTok.text.toLowerCase()) && !(isStart && PLACE_NAMES.has(stripPoss(firstTok.text).toLowerCase()))) {
        i = j
        continue
      }
      const before = toks.get(firstTok.at - 1)
      const placeLike = !!before && PLACE_PREPS.has(before.text.toLowerCase())
      // "the Atlanta Hawks", "The Heat": a person's name takes no article (titles aside: "the Rev. X")
      // ("the Trump administration" is a modifier, not the name of a team: only a verb or a stop may follow)
      const lastTok = run[run.length - 1]!
      const follow = /^\s*(\p{Ll}+)/u.exec(text.slice(lastTok.end, lastTok.end + 30))?.[1] ?? ''
      const articled = !!before && /^the$/i.test(before.text) && text.slice(before.end, firstTok.start) === ' ' &&
        (!follow || /^(?:\p{Ll}+ed|said|says|won|lost|beat|had|has|have|is|are|was|were|will|would|could|can|did|does|made|took|got|led|scored|trailed|held|left)$/u.test(follow))
      const m = classifyRun(text, run, toks, pi, isStart || (firstTok !== t && sentenceStart && run[0] === toks.get(i + 1)), midCaps)
      // A language that capitalises every noun: one word after an article ("mit den Worten", "dem Interview") is a
      // common noun unless it is a title, an organisation word or an acronym
      const nouns = lang.nouns
      if (m && nouns && run.length === 1 && before && nouns.determiner.test(before.text) && !isTitleWord(firstTok.text) && !nouns.isRoleWord(firstTok.text) && !isAcronym(stripPoss(firstTok.text)) && !nouns.isOrgWord(firstTok.text)) {
        i = j
        continue
      }
      if (m) {
        m.placeLike = placeLike && m.kind !== 'title' && m.description === null
        if (m.kind === 'name' && ((m.description === null && articled) || PLACE_NAMES.has(m.name.toLowerCase()))) m.kind = 'org'
        out.push(m)
        attachAppositive(text, m, p.end)
      }
      i = j
    }
  })
  const kept = dropSwallowed(out)
  // names inside someone's description are not subjects: those whose name starts in (nameSpan.end, extEnd)
  for (const m of kept) {
    if (m.description && m.extEnd > m.nameSpan.end) {
      for (let k = firstNameFrom(kept, m.nameSpan.end + 1); k < kept.length && kept[k]!.nameSpan.start < m.extEnd; k++) {
        const n = kept[k]!
        if (n !== m && n.start > m.nameSpan.end && n.end <= m.extEnd) n.inDescription = true
      }
    }
  }
  return kept

  function mk(kind: Mention['kind'], name: string, a: Tok, b: Tok, description: string | null, pi: number, pronoun: Mention['pronoun'] = null): Mention {
    return {
      kind, name, start: a.start, end: b.end, nameSpan: { start: a.start, end: b.end }, description, extEnd: b.end,
      inDescription: false, entity: null, pronoun, para: pi, placeLike: false, possessive: false,
    }
  }
}

/**
 * Mentions come in text order of their names (nameSpan.start strictly increasing); a mention's start may reach back
 * over lower-case title words and an earlier mention ("UCL astronomer X").
 * The index of the first mention whose name starts at or after `pos` (binary search).
 */
export function firstNameFrom(ms: readonly Mention[], pos: number): number {
  let lo = 0
  let hi = ms.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (ms[mid]!.nameSpan.start < pos) lo = mid + 1
    else hi = mid
  }
  return lo
}

/**
 * Drops a mention swallowed by a later one's title ("UCL" in "UCL astronomer X" is part of that description): one
 * that a kept mention starts at or before and whose name starts at or after its end. Decided from the last mention
 * back, as only a later mention can swallow an earlier one: with the least start of the kept mentions from each
 * index on, each check is one binary search, so the whole is n log n.
 */
function dropSwallowed(out: Mention[]): Mention[] {
  const keep = new Array<boolean>(out.length).fill(true)
  const minStartFrom = new Array<number>(out.length + 1).fill(Infinity)
  for (let k = out.length - 1; k >= 0; k--) {
    const n = out[k]!
    const from = firstNameFrom(out, n.end)
    if (from > k && minStartFrom[from]! <= n.start) keep[k] = false
    minStartFrom[k] = keep[k] ? Math.min(n.start, minStartFrom[k + 1]!) : minStartFrom[k + 1]!
  }
  return out.filter((_, k) => keep[k])
}

function classifyRun(text: string, runIn: Tok[], toks: ParaToks, pi: number, atStart: boolean, midCaps: Set<string>): Mention | null {
  let run = runIn
  // "Broadcaster Piers Morgan", "Co-developer Jing Wang": an occupation capitalised only by the sentence start
  let occupation: Tok | null = null
  if (atStart && run.length >= 3 && !midCaps.has(run[0]!.text) && (OCCUPATION_RE.test(run[0]!.text) || run[0]!.text.includes('-')) && !ORG_WORDS.has(run[0]!.text.toLowerCase())) {
    occupation = run[0]!
    run = run.slice(1)
  }
  const words = run.map((r) => r.text)
  // "(D-Conn.)", "R-Texas": a party and state label, not a name
  if (run.length === 1 && /^[DRI]-\p{Lu}/u.test(words[0]!)) return null
  const lower = words.map((w) => stripPoss(w.toLowerCase()))
  const last = run[run.length - 1]!
  const possessive = /['’]s?$/.test(last.text) && !ORG_WORDS.has(lower[lower.length - 1] ?? '')
  // title split: everything up to the last title word is description
  let ti = -1
  // "Alachua Sheriff's Office", "People's Vote": a possessive inside an organisation's name
  const possOrg = run.length >= 2 && run.slice(0, -1).some((r) => /['’]s$/.test(r.text)) && (ORG_WORDS.has(lower[lower.length - 1]!) || POSSESSIVE_NOUNS.has(lower[0]!))
  for (let k = 0; k < (possOrg ? 0 : run.length - 1); k++) if (TITLE_WORDS.has(lower[k]!) || isTitleWord(words[k]!)) ti = k
  // "G Kirk Hinrich": a box score's position letter before a two-word name
  if (ti < 0 && run.length >= 3 && POSITION_RE.test(words[0]!) && !/\.$/.test(words[0]!)) ti = 0
  let nameFrom = ti + 1
  // "Secretary of State Mike Pompeo", "Mayor of London Sadiq Khan"
  while (ti >= 0 && nameFrom < run.length - 2 && (lower[nameFrom] === 'of' || lower[nameFrom] === 'for')) nameFrom += 2
  if (nameFrom > 0 && nameFrom < run.length && (lower[nameFrom] === 'of' || lower[nameFrom] === 'for')) nameFrom = 0
  // "United Nations Nikki Haley", "Amnesty International Man-kei Tam": an organisation before a personal name
  let orgPrefix = false
  if (nameFrom === 0 || ti < 0) {
    let oi = -1
    for (let k = 0; k < run.length; k++) if (ORG_WORDS.has(lower[k]!) || MEDIA_NAMES.has(lower[k]!)) oi = k
    const tail = lower.slice(oi + 1)
    if (oi >= 0 && tail.length >= 2 && tail.length <= 3 && !tail.some((w) => w === 'of' || w === 'for' || w === 'and' || NAME_PARTICLES.has(w) && w !== 'de')) {
      nameFrom = oi + 1
      orgPrefix = true
    }
  }
  // "Democratic Party", "Labour Party": a party word before an organisation word is its name
  if (nameFrom === run.length - 1 && ORG_WORDS.has(lower[nameFrom]!)) nameFrom = 0
  let nameToks = run.slice(nameFrom)
  const descToks = run.slice(0, nameFrom)
  // "Doug Collins of Georgia", "Sheldon Yett of UNICEF": a person's name, then where they are from
  const ofAt = nameToks.findIndex((r) => r.text === 'of' || r.text === 'for')
  let ofTail: string | null = null
  if (ofAt >= 2) {
    const head = nameToks.slice(0, ofAt).map((r) => r.text.toLowerCase())
    if (!head.some((w) => ORG_WORDS.has(w) || MEDIA_NAMES.has(w) || TITLE_WORDS.has(w)) && head.length <= 3) {
      ofTail = text.slice(nameToks[ofAt]!.start, nameToks[nameToks.length - 1]!.end)
      nameToks = nameToks.slice(0, ofAt)
    }
  }
  if (nameToks.length === 0) return null
  const nameLower = nameToks.map((r) => stripPoss(r.text.toLowerCase()))
  const isOrg = nameLower.some((w) => ORG_WORDS.has(w) || MEDIA_NAMES.has(w)) || (nameToks.length === 1 && isAcronym(stripPoss(nameToks[0]!.text)))
  const first = nameToks[0]!
  const lastTok = nameToks[nameToks.length - 1]!
  let name = text.slice(first.start, lastTok.end)
  if (possessive) name = name.replace(/['’]s?$/, '')
  // a lone title word with no name ("President", "Minister") is a title mention
  if (nameToks.length === 1 && TITLE_WORDS.has(nameLower[0]!) && descToks.length === 0) {
    return {
      kind: 'title', name, start: first.start, end: lastTok.end, nameSpan: { start: first.start, end: lastTok.end },
      description: null, extEnd: lastTok.end, inDescription: false, entity: null, pronoun: null, para: pi, placeLike: false, possessive,
    }
  }
  let description = descToks.length ? text.slice(descToks[0]!.start, descToks[descToks.length - 1]!.end) : null
  if (occupation) description = description ? `${occupation.text} ${description}` : occupation.text
  if (ofTail) description = description ? `${description} ${ofTail}` : ofTail
  let start = orgPrefix ? first.start : occupation ? occupation.start : run[0]!.start
  if (!isOrg) {
    // lower-case title words before the name: "exiled opposition leader X", "oceanographer X"
    const idx = (occupation ?? run[0]!).at
    let k = orgPrefix ? -1 : idx - 1
    const pre: Tok[] = []
    while (k >= 0 && pre.length < 5) {
      const u = toks.get(k)!
      const ul = u.text.toLowerCase()
      if (text.slice(u.end, (pre[0] ?? run[0]!).start) !== ' ') break
      if (STOP_BACK.has(ul)) break
      // an age before the name is part of its description: "17-year-old X"
      const titleish = TITLE_WORDS.has(ul) || TITLE_WORDS.has(ul.replace(/s$/, '')) || AGE_RE.test(ul)
      if (pre.length === 0 && !titleish) break
      if (!(titleish || MODIFIER_RE.test(ul) || (cap(u.text) && /^\p{L}/u.test(u.text)) || /^\p{Lu}{2,}$/u.test(u.text))) break
      pre.unshift(u)
      k--
    }
    // "Department of Transportation official X": the organisation's words stay with the organisation
    while (pre.length && cap(pre[0]!.text) && /^(?:of|for)$/i.test(toks.get(pre[0]!.at - 1)?.text ?? '')) pre.shift()
    if (pre.length && !(pre.length === 1 && /^(?:mr|mrs|ms|dr)\.?$/i.test(pre[0]!.text))) {
      description = text.slice(pre[0]!.start, descToks.length ? descToks[descToks.length - 1]!.end : pre[pre.length - 1]!.end)
      start = pre[0]!.start
    }
  }
  return {
    kind: isOrg || possOrg ? 'org' : 'name', name, start, end: ofTail ? lastTok.end : last.end, nameSpan: { start: first.start, end: lastTok.end },
    description, extEnd: last.end, inDescription: false, entity: null, pronoun: null, para: pi, placeLike: false, possessive,
  }
}

const APPOS_START = /^,\s+(?:\d{1,3},\s+)?(?=(?:a|an|the|his|her|its|their|one|who's|[a-z]|[A-Z][a-z]+(?:['’]s)?\s))/
/** Words after "X," that start a clause or a verb phrase, not an appositive: "X, who …", "X, said …", "X, in …" */
const APPOS_NOT_WORDS = [
  'who', 'which', 'that', 'and', 'but', 'or', 'said', 'says', 'told', 'added', 'was', 'is', 'has', 'had', 'where', 'when',
  'while', 'as', 'if', 'because', 'although', 'though', 'according', 'however', 'meanwhile', 'so', 'then', 'also', 'he',
  'she', 'they', 'it', 'we', 'i', 'you', 'speaking', 'saying', 'adding', 'would', 'will', 'could', 'should', 'can', 'may',
  'might', 'must', 'did', 'does', 'do', 'have', 'are', 'were', 'be', 'been', 'being', 'not', 'never', 'both', 'each',
  'all', 'too', 'whose', 'whom', 'in', 'on', 'at', 'for', 'with', 'from', 'by', 'to', 'of', 'after', 'before', 'during',
  'since', 'until', '[a-z]+ed',
]
const APPOS_NOT = new RegExp(String.raw`^,\s+(?:\d{1,3},\s+)?${oneOf(APPOS_NOT_WORDS)}\b`, 'i')

/** Irregular past tenses (regular ones end in -ed and are caught by APPOS_NOT): a verb, never an appositive. */
const IRREGULAR_PAST = new Set([
  'beat', 'won', 'lost', 'led', 'took', 'made', 'got', 'gave', 'came', 'went', 'ran', 'hit', 'held', 'kept', 'left',
  'met', 'paid', 'put', 'set', 'sent', 'shot', 'sold', 'spent', 'stood', 'struck', 'threw', 'wrote', 'began', 'broke',
  'brought', 'built', 'bought', 'caught', 'chose', 'drew', 'drove', 'fell', 'felt', 'fought', 'found', 'flew', 'grew',
  'heard', 'knew', 'laid', 'meant', 'rose', 'saw', 'sat', 'sought', 'spoke', 'stole', 'taught', 'thought', 'became',
  'forced', 'let', 'cut', 'quit', 'won', 'swept', 'overcame', 'withdrew', 'upset', 'outscored',
])

/** "X, a senior adviser to Y," → description "a senior adviser to Y" up to the next comma or sentence end. */
function attachAppositive(text: string, m: Mention, paraEnd: number): void {
  if (m.kind === 'pronoun' || m.kind === 'title') return
  const rest = text.slice(m.end, Math.min(paraEnd, m.end + 200))
  if (!APPOS_START.test(rest) || APPOS_NOT.test(rest)) return
  const head = /^,\s+(?:\d{1,3},\s+)?/.exec(rest)
  if (!head) return
  const body = rest.slice(head[0].length)
  // the appositive must start like a noun phrase, not a name list ("X, Y and Z")
  const firstWord = /^[\p{L}'’-]+/u.exec(body)?.[0] ?? ''
  const fl = firstWord.toLowerCase()
  if (cap(firstWord) && !TITLE_WORDS.has(fl) && !/['’]s$/.test(firstWord) && !MODIFIER_RE.test(fl)) {
    // Capitalised start: accept only a nationality/title phrase followed by a title word
    if (!/^[\p{Lu}][\p{L}-]+\s+(?:[a-z]+\s+)?[a-z]+/u.test(body)) return
  }
  const endM = /[,;.!?:"“”()]|\s[-–—]\s|\s(?:said|says|told|added|wrote|tweeted)\b/.exec(body)
  let len = endM ? endM.index : body.length
  // an abbreviation stop ("U.S.") does not end it
  while (endM && body[len] === '.' && /(?:\b\p{Lu}|\bU\.S|\bSt|\bNo|\bDr|\bJr|\bInc)$/u.test(body.slice(0, len))) {
    const again = /[,;!?:"“”()]|\.\s|\s(?:said|says|told)\b/.exec(body.slice(len + 1))
    len = again ? len + 1 + again.index : body.length
  }
  // "… and Chris Bosh, beat the Atlanta Hawks": the comma closed a phrase and the sentence's verb follows
  if (IRREGULAR_PAST.has(fl)) return
  const desc = body.slice(0, len).trim()
  if (!desc || desc.split(/\s+/).length > 20) return
  const words = desc.split(/\s+/)
  // a verb phrase is not an appositive ("X, speaking at ...", "X, both of whom")
  if (words.length === 1 && !TITLE_WORDS.has(fl) && !/(?:er|or|ist|ian|ant|ent)$/.test(fl)) return
  if (!m.description || m.description.length < 3) m.description = desc
  // otherwise keep the title; the appositive is extra (kept below as `appositive`)
  m.extEnd = m.end + head[0].length + len
  if (m.description !== desc) (m as Mention & { appositive?: string }).appositive = desc
}

/** Builds one entity per person or organisation and links every mention to it (pronouns stay unlinked). */
export function buildEntities(mentions: Mention[]): Entity[] {
  const ents: Entity[] = []
  // each entity's name split into words once, kept with it: split again for every mention, a name of 20,000 words
  // (a fuzzed feed's run of capitalised words) was read thousands of times
  const wordsOf: string[][] = []
  /** an organisation's initials, made when first compared (an organisation keeps its name) */
  const initials: (string | undefined)[] = []
  const byKey = new Map<string, number>()
  mentions.forEach((m, mi) => {
    if (m.kind === 'pronoun' || m.kind === 'title') return
    const name = m.name
    const key = name.toLowerCase()
    let e = byKey.get(key)
    const parts = name.split(/\s+/)
    if (e === undefined && m.kind === 'name') {
      // a surname (or a fuller form of an earlier surname)
      for (let k = ents.length - 1; k >= 0; k--) {
        const en = ents[k]!
        if (en.kind !== 'person') continue
        const ep = wordsOf[k]!
        const eLast = ep[ep.length - 1]!.toLowerCase()
        const mLast = parts[parts.length - 1]!.toLowerCase()
        if (parts.length === 1 && (eLast === key || ep.slice(1).join(' ').toLowerCase() === key || withoutJoinedParticle(eLast) === key)) { e = k; break }
        // a surname with its particles, capitalised at a sentence start: "Van den Broek" for "Maria van den Broek"
        if (parts.length >= 2 && NAME_PARTICLES.has(parts[0]!.toLowerCase()) && ep.length > parts.length && ep.slice(ep.length - parts.length).join(' ').toLowerCase() === key) { e = k; break }
        if (parts.length >= 2 && ep.length === 1 && ep[0]!.toLowerCase() === mLast) { e = k; break }
        if (parts.length >= 2 && ep.length >= 2 && eLast === mLast && ep[0]!.toLowerCase() === parts[0]!.toLowerCase()) { e = k; break }
        if (parts.length >= 2 && ep.length >= 2 && eLast === mLast && /^\p{Lu}\.?$/u.test(parts[0]!)) { e = k; break }
      }
      if (e === undefined && parts.length === 1) {
        // a first name alone that matches exactly one person's first name
        const hits = ents.map((en, k) => ({ en, k })).filter(({ en, k }) => en.kind === 'person' && wordsOf[k]!.length >= 2 && wordsOf[k]![0]!.toLowerCase() === key)
        if (hits.length === 1) e = hits[0]!.k
      }
    }
    if (e === undefined && m.kind === 'name' && parts.length === 1) {
      // "Sorg" after "Sorg Inc", "Hawks" after "the Atlanta Hawks": the short form of an organisation
      for (let k = ents.length - 1; k >= 0; k--) {
        const en = ents[k]!
        if (en.kind !== 'organisation') continue
        const ep = wordsOf[k]!
        if (ep.length < 2 || PLACE_NAMES.has(key)) continue
        const rest = ep.slice(1).map((w) => w.toLowerCase())
        const coreFirst = ep[0]!.toLowerCase() === key && rest.every((w) => ORG_WORDS.has(w) || /^(?:&|and|co\.?|corp\.?|inc\.?|ltd\.?|plc|ag|sa|nv|gmbh)$/.test(w))
        const team = (ep[ep.length - 1]!.toLowerCase() === key || ep[0]!.toLowerCase() === key) && !ep.some((w) => ORG_WORDS.has(w.toLowerCase()) || MEDIA_NAMES.has(w.toLowerCase()))
        if (coreFirst || team) { e = k; break }
      }
    }
    if (e === undefined && m.kind === 'org') {
      const acronym = acronymOf(parts)
      for (let k = ents.length - 1; k >= 0; k--) {
        const en = ents[k]!
        if (en.kind !== 'organisation') continue
        if (en.aliases.has(name) || (initials[k] ??= acronymOf(wordsOf[k]!)) === name || acronym === en.name) { e = k; break }
      }
    }
    if (e === undefined) {
      e = ents.length
      wordsOf.push(parts)
      ents.push({
        id: `p${ents.length + 1}`, name, kind: m.kind === 'org' ? 'organisation' : 'person', description: null,
        aliases: new Set(), pronoun: null, mentions: [], personish: false, placeLike: 0, notPlace: 0,
      })
    }
    const en = ents[e]!
    if (name !== en.name) {
      if (en.kind === 'person' && parts.length > wordsOf[e]!.length) {
        en.aliases.add(en.name)
        en.name = name
        wordsOf[e] = parts
      } else en.aliases.add(name)
    }
    byKey.set(key, e)
    en.mentions.push(mi)
    m.entity = e
    if (m.description && !en.description) en.description = m.description
    if (parts.length >= 2 || m.description) en.personish = true
    if (m.placeLike) en.placeLike++
    else en.notPlace++
    const g = genderOf(m.description) ?? genderOf(m.name)
    if (g && !en.pronoun) en.pronoun = g
  })
  for (const en of ents) {
    if (en.placeLike > 0 && en.placeLike >= en.notPlace && !en.description) en.personish = false
  }
  return ents
}

/** Words after "X's" that only an organisation has: "Merrill Lynch's shares", "the firm's chairman". */
const CORPORATE_POSSESSIONS = [
  'shares', 'stock', 'stockholders', 'shareholders', 'net', 'earnings', 'profits?', 'revenues?', 'sales', 'board',
  'subsidiary', 'units?', 'divisions?', 'chairman', 'chief executive', 'president', 'spokesman', 'spokeswoman',
  'spokesperson', 'headquarters', 'employees', 'workers', 'plants?', 'factories', 'stores', 'takeover', 'merger',
]
const CORPORATE_POSSESSION = new RegExp(String.raw`^['’]s?\s+(?:(?:common|preferred|outstanding)\s+)?${oneOf(CORPORATE_POSSESSIONS)}\b`, 'i')
const CORPORATE_BEFORE =
  /\b(?:shares (?:of|in)|stock of|stake in|acquire[ds]?|acquisition of|merger (?:with|of)|bid for|takeover of|offer for|unit of|subsidiary of|division of|customers of|employees of|analysts at)\s+$/i
/** What follows only a company's name: its legal form, its shares moving, its results, its business */
const CORPORATE_AFTER = new RegExp(
  String.raw`^\s+` +
    oneOf([
      String.raw`(?:Inc|Corp|Co|Ltd|Plc|LLC|AG|SA|NV|Group|Holdings)\b`, // "X Inc"
      String.raw`shares?\s+(?:rose|fell|gained|lost|closed|were|was|jumped|dropped)`, // "X shares rose"
      String.raw`(?:earned|posted|reported)\s+(?:a\s+)?(?:net|profit|loss|earnings|record|first|fourth|third|second|income|revenue|sales)`,
      String.raw`said\s+(?:in\s+a\s+(?:statement|filing|release)|its\s+(?:board|net|profit|earnings|shares|unit|subsidiary))`,
      String.raw`(?:,\s+)?which\s+(?:makes|owns|operates|sells|employs|has\s+\d)`, // "X, which makes …"
      '>', // the end of a ticker link
      String.raw`\s*<\p{Lu}[\p{Lu}.]*>`, // "X <XYZ.N>": a Reuters ticker
      String.raw`(?:subsidiary|unit|division|affiliate)\b`,
    ]),
  'u',
)
const CORPORATE_SUFFIX = /^(?:(?:Co|Corp|Corporation|Inc|Ltd|Plc|PLC|LLC|AG|SA|NV|GmbH|Group|Holdings?|Cos|Company|International|Industries|of\s+\p{Lu}\S*)\.?\s*)+$/u
const SAID_IT = /^\s+(?:said|says|added|reported|announced)\s+(?:that\s+)?it\s+(?:has|had|would|will|was|is|expects|plans|agreed|intends|sees|may|could|did)\b/

/**
 * A capitalised pair with no organisation word ("Merrill Lynch", "Four Seasons Hotels" aside) is read as a person
 * unless the text around its mentions says otherwise: "shares of X", "X's shares", "X earned", "X said it
 * would", "X said in a statement". Such an entity becomes an organisation when it has no person evidence: no
 * title or gendered description, and no later reference by its last word alone.
 */
export function reclassifyOrganisations(text: string, ents: Entity[], mentions: Mention[]): void {
  for (const en of ents) {
    if (en.kind !== 'person') continue
    const parts = en.name.split(/\s+/)
    const lastWord = parts[parts.length - 1]!.toLowerCase()
    let surnameLater = false
    let titled = false
    let score = 0
    for (const mi of en.mentions) {
      const m = mentions[mi]!
      if (parts.length >= 2 && m.name.toLowerCase() === lastWord) surnameLater = true
      if (m.description && m.description.split(/\s+/).some((w) => isTitleWord(w) && !ORG_WORDS.has(w.toLowerCase()))) titled = true
      const after = text.slice(m.nameSpan.end, m.nameSpan.end + 60)
      const before = text.slice(Math.max(0, m.start - 30), m.start)
      if (CORPORATE_POSSESSION.test(after) || CORPORATE_BEFORE.test(before) || CORPORATE_AFTER.test(after) || /<$/.test(before)) score += 2
      else if (SAID_IT.test(after)) score += 1
    }
    // "U.S. Lines", "Texaco Canada": a place as the first or last word names a firm, a body or a market, not a person
    // "Du Pont" beside "The Du Pont Co", "McDonnell Douglas" beside "McDonnell Douglas Corp": the firm's short form
    const full = en.name.toLowerCase() + ' '
    if (ents.some((o) => o.kind === 'organisation' && o.name.toLowerCase().startsWith(full) && CORPORATE_SUFFIX.test(o.name.slice(full.length)))) score += 2
    const placeWord = parts.length >= 2 && (PLACE_NAMES.has(parts[0]!.toLowerCase()) || PLACE_NAMES.has(lastWord))
    if (placeWord && !titled) score += 2
    if (score >= 2 && !titled && !surnameLater && en.pronoun === null) en.kind = 'organisation'
  }
}

/** The initials of a name's capitalised words (`words`: the name split at whitespace). */
function acronymOf(words: string[]): string {
  return words.filter((w) => cap(w)).map((w) => w[0]).join('')
}

function genderOf(s: string | null): 'he' | 'she' | null {
  if (!s) return null
  for (const w of s.toLowerCase().split(/[\s,]+/)) {
    const g = GENDERED.get(w)
    if (g) return g
  }
  return null
}

/** The article's people for output, persons with evidence and every speaker. */
export function toPersons(ents: Entity[], mentions: Mention[], speakers: Set<number>): Person[] {
  const out: Person[] = []
  ents.forEach((en, k) => {
    if (!speakers.has(k) && !(en.kind === 'person' && en.personish)) return
    out.push({
      id: en.id,
      name: en.name,
      description: en.description,
      aliases: [...en.aliases],
      kind: en.kind,
      pronoun: en.pronoun,
      mentions: en.mentions.map((i) => ({ start: mentions[i]!.start, end: mentions[i]!.end })),
    })
  })
  return out
}
