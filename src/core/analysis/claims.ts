import type { Article } from '../article/types'
import { CUE_VERBS, REPORTING_BASES } from './lexicon'
import { spanLocator } from './segment'
import type { Claim, Quote, ReportedSpeech, Span } from './types'

/** What claim finding needs from the speech step. */
export interface ClaimInput {
  sentences: readonly Span[]
  quotes: readonly Quote[]
  reportedSpeech: readonly ReportedSpeech[]
}

const NUMBER_WORD =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|half|quarter|third|double|triple|twice'

/** Each signal of a checkable statement with its weight toward checkworthiness. */
const SIGNALS: { name: string; weight: number; re: RegExp }[] = [
  { name: 'percentage', weight: 0.35, re: /\d\s*(?:%|per ?cent\b|percentage points?\b)/i },
  {
    name: 'money',
    weight: 0.35,
    re: /[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:dollars|euros|pounds|yen|yuan|roubles|rubles|francs|rupees)\b|\b(?:USD|EUR|GBP)\s?\d/i,
  },
  { name: 'number', weight: 0.3, re: /(?<!\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s)\b(?!(?:1[89]|20)\d{2}\b)\d[\d,.]*\b(?!\s*(?:%|per ?cent|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|(?:a\.m|p\.m)\.|GMT|EDT|EST|BST|CET))|\b(?:hundreds|thousands|millions|billions|trillions|dozens)\b|\b(?:million|billion|trillion)\b/i },
  { name: 'quantity', weight: 0.2, re: new RegExp(String.raw`\b(?:${NUMBER_WORD})\b`, 'i') },
  {
    name: 'date',
    weight: 0.15,
    re: /\b(?:(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b|(?:in|since|by|until|of)\s+(?:1[89]|20)\d{2}\b|(?:in|since|by|until|from|last|next|early|late|mid-)\s*(?:January|February|March|April|June|July|August|September|October|November|December)\b|(?:last|next|this)\s+(?:week|month|year)|yesterday|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|over the (?:past|last) \w+|over the years|(?:1[89]|20)\d{2})\b/i,
  },
  {
    name: 'comparison',
    weight: 0.2,
    re: /\b(?:more|less|fewer|higher|lower|greater|larger|smaller|bigger|cheaper|faster|slower|older|younger|better|worse)\s+than\b|\b(?:rose|fell|increased|decreased|doubled|tripled|halved|jumped|dropped|surged|plunged|climbed|declined|grew|shrank)\b|\bcompared (?:with|to)\b|\bup from\b|\bdown from\b/i,
  },
  {
    name: 'superlative',
    weight: 0.25,
    re: /\b(?:biggest|largest|highest|lowest|smallest|worst|best|fastest|slowest|oldest|youngest|deadliest|longest|shortest|richest|poorest|strongest|weakest|greatest|most|least)\b/i,
  },
  { name: 'record', weight: 0.3, re: /\b(?:record(?:-\w+)?(?!ed|ing)|all-time|unprecedented|never before|historic)\b/i },
  { name: 'first', weight: 0.25, re: /\b(?:the first|for the first time|first-ever|the only|the last time)\b/i },
  {
    name: 'cause',
    weight: 0.2,
    re: /\b(?:because(?: of)?|due to|as a result of|led to|leading to|caused|causing|resulted in|thanks to|blamed (?:on|for)|prompted|triggered|in response to|driven by)\b/i,
  },
  {
    name: 'allegation',
    weight: 0.25,
    re: /\b(?:crackdown|violent|violence|killed|killing|jailed|jailing|arrested|detained|tortured?|murder(?:ed)?|fraud(?:ulent)?|rigged|corrupt(?:ion)?|bribe(?:s|ry)?|embezzle\w*|illegal(?:ly)?|abuses?|disputed|stolen|stole|war crimes?|genocide|massacre|looted|smuggl\w+|laundering|sham)\b/i,
  },
  {
    name: 'evaluative',
    weight: 0.15,
    re: /\b(?:prickly|tense|strained|cordial|close ties|cheap|controversial|notorious|brutal|landmark|sweeping|massive|mass|huge|dramatic|sharp(?:ly)?|swift(?:ly)?|key|major|crucial|fragile|troubled|embattled|beleaguered|hardline|authoritarian|rogue|radical|extremist)\b/i,
  },
]

/** Vague attributions count as none (RULES §16). */
const VAGUE = /\b(?:experts?|analysts|observers|critics|officials|sources|many|some|people|observers)\s+(?:say|said|believe|believed|think|thought|suggest|suggested|claim|claimed)\b|\breportedly\b|\bit is (?:believed|understood|thought|said)\b|\bis said to\b|\bare said to\b|\bwidely (?:seen|believed|regarded)\b/i

/** "officials said" after a named institution ("Treasury officials", "Bank of Japan officials") names its source. */
const INSTITUTION_SOURCES = /\b((?:\p{Lu}[\p{L}.&'’-]*\s+(?:of\s+)?){1,4})(?:officials|sources|spokesmen|executives)\s+(?:say|said|told)\b/gu
const NATIONALITY = /(?:an|ese|ish|ch|i|ic)$/
/** A capital that only starts the sentence: a kind of source, not an institution ("Banking sources said"). */
const SECTOR =
  /^(?:the|but|and|some|many|other|senior|western|eastern|industry|trade|market|banking|diplomatic|government|military|security|intelligence|administration|company|official|political|local|financial|oil|shipping|grain|monetary|economic|european|arab|informed|reliable|well-placed|top|two|three|several)$/i

/** Vague attribution (RULES §16), unless the officials or sources belong to a named institution. */
function isVague(plain: string): boolean {
  const m = VAGUE.exec(plain)
  if (!m) return false
  if (!/^(?:officials|sources)\s/i.test(m[0])) return true
  // "company officials", "ministry officials": the institution the story is about
  if (/\b(?:company|ministry|bank|agency|department|embassy|police|army|military|government|administration|exchange|union|airline|court|council|commission|party|firm)\s+$/i.test(plain.slice(0, m.index))) return false
  INSTITUTION_SOURCES.lastIndex = 0
  for (let x = INSTITUTION_SOURCES.exec(plain); x; x = INSTITUTION_SOURCES.exec(plain)) {
    const words = x[1]!.trim().split(/\s+/).filter((w) => w !== 'of')
    const last = words[words.length - 1]!
    if (x.index + x[0].length >= m.index + m[0].length - 1 && !(words.length === 1 && (NATIONALITY.test(last) || SECTOR.test(last)))) return false
  }
  return true
}

const ACCORDING_TO = /\baccording to\s+((?:the\s+|a\s+|an\s+)?[^,.;]+?)(?=[,.;]|$)/i

/**
 * Numbers that are public record or the reporter's own observation, not claims to source: game scores and
 * box-score statistics, results-table rows ("Shr 66 cts vs 18 cts") and market prices.
 */
const STAT_RE =
  /\b\d[\d,.]*(?:-\d+)?\s+(?:straight\s+|consecutive\s+|more\s+|of\s+(?:his|her|their|its)\s+)?(?:points?|rebounds?|assists?|steals?|blocked shots|blocks|turnovers?|goals?|saves?|yards?|touchdowns?|runs?|hits?|innings|strikeouts?|wickets?|laps?|birdies|bogeys|aces|shots?|tackles|RBIs?|homers?|home runs?|3-pointers?|3s|free throws?|seconds (?:remaining|left)|minutes? (?:remaining|left|played)|under par|over par)\b|\b\d{1,3}\s*(?:-|:)\s*(?:\d{1,3}|all)\b(?![/\d])|\b\d-pointers?\b|\b\d+(?:st|nd|rd|th)\s+(?:start|game|goal|win|loss|quarter|period|inning|round|hole|minute|lap|set|season)\b/gi
const TABLE_ROW_RE = /(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)[^.;]*\bvs\.?\s+(?:a\s+)?(?:loss|profit|gain)?\s*[-$€£]?(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)/i
const MARKET_RE =
  /\b(?:call money|(?:interest|money|interbank|deposit|overnight)\s+rates?|shares?|stocks?|index|indices|dollar|yen|euro|sterling|pound|gold|crude|futures|bonds?|yields?|prices?|Dow|Nasdaq|Nikkei|FTSE|DAX|CAC|S&P|Hang Seng|bourse)\b[^.;]{0,80}\b(?:rose|fell|eased|gained|lost|closed|ended|opened|traded|slipped|climbed|dropped|jumped|edged|firmed|weakened|stood|settled|finished)\b[^.;]{0,40}\b(?:to|at)\s+[$€£]?\d/i
const SPORTS_CONTEXT = /\b(?:points|rebounds|assists|goals?|innings|touchdowns?|halftime|half-time|quarter|period|match|game|season|scored|coach|league|tournament|championship|cup|set|inning|lap|race|win|won|beat|defeated)\b/i

const FINITE_VERB =
  /\b(?:[a-z]{2,}ed|is|was|are|were|has|have|had|will|would|could|may|said|says|rose|fell|grew|made|took|paid|sold|won|lost|gave|got|saw|set|cut|put|hit|left|led|held|kept|bought|stood|came|went|told|shows?|rises?|falls?)\b/

/** The clause with public-record numbers blanked, and whether any were. */
function withoutPublicRecord(clause: string, sporty: boolean): { text: string; removed: boolean } {
  const words = clause.split(/\s+/).length
  // a results-table or term-sheet row: "Oper shr loss eight cts vs profit 20 cts", "- 8 pct bonds due 1990"
  // ... or a row of figures with no verb at all ("Seattle 3.07 3.08 -- 3.10 3.70")
  const figures = (clause.match(/\d[\d,./]*/g) ?? []).length
  const verbless = ((words <= 12 && figures >= 2) || (words <= 6 && figures >= 1)) && !FINITE_VERB.test(clause)
  // a results note ("NOTE: Net includes …") or a dot-leader line ("Govts bought outright....193,374")
  const note = /^note\s*:/i.test(clause) || /(?<!\.)\.{3,}\s*\d/.test(clause) || /\bvs\.?\s+(?:same|nil)\b/i.test(clause)
  // (a row is short: a 16-"word" clause of thousands of characters would make the row search quadratic)
  if ((words <= 16 && clause.length <= 400 && TABLE_ROW_RE.test(clause)) || verbless || note || (words <= 10 && /^(?:[-–]\s*)?\d/.test(clause) && !/\b(?:said|says|will|would|is|was|are|were)\b/.test(clause))) {
    return { text: clause.replace(/\d[\d,.]*/g, '_').replace(/\b(?:one|two|three|four|five|six|seven|eight|nine|ten|mln|bln|million|billion|trillion|thousand)\b/gi, '_'), removed: true }
  }
  let text = clause
  if (MARKET_RE.test(text) || /\b(?:rose|fell|gained|lost|jumped|dropped|slipped|climbed|eased|added|firmed|was up|was down)\s+\d[\d/.-]*\s+(?:points?\s+)?to\s+\d/i.test(text)) text = text.replace(/[$€£]?\d[\d,.]*\s*(?:p|pct|%|cents?|cts|dlrs|yen)?/gi, '_')
  if (sporty) text = text.replace(STAT_RE, '_')
  return { text, removed: text !== clause }
}

const CLAIM_THRESHOLD = 0.35
// " and" is tried only where a run of spaces starts (or after a comma): from inside a run it could only match where
// the run's start does, and trying each of its spaces is quadratic in a long run.
const CLAUSE_SPLIT = /;\s+|(?:,|(?<!\s))\s+and\s+(?=(?:has|have|had|was|were|is|are|will|would|also|then|later|subsequently)\b)|,\s+(?:but|while|whereas)\s+/gi

/** Signals a stretch of text carries. */
export function claimSignals(text: string): string[] {
  const out: string[] = []
  for (const s of SIGNALS) if (s.re.test(text)) out.push(s.name)
  return out
}

/** Signals whose words are the figure itself ("7.5%", "thousands"), read with the words after them. */
const FIGURE_SIGNALS = new Set(['percentage', 'money', 'number', 'quantity'])

/**
 * The words that carry a signal in `text`, as a finding quotes them: the match, widened to the whole figure
 * ("7.5%", "$4 million") or the word before it ("violent crackdown"), and up to two words after a figure, three after
 * other words, within the clause ("thousands of migrants"). Null when the signal is not in the text. Offsets are into `text`.
 */
export function signalWords(text: string, name: string): { start: number; end: number } | null {
  const signal = SIGNALS.find((s) => s.name === name)
  const m = signal?.re.exec(text)
  if (!m) return null
  let start = m.index
  let end = m.index + m[0].length
  if (FIGURE_SIGNALS.has(name)) {
    while (start > 0 && /[\d.,$€£¥]/.test(text[start - 1]!)) start--
    while (end < text.length && (/[\d%]/.test(text[end]!) || (/[.,]/.test(text[end]!) && /\d/.test(text[end + 1] ?? '')))) end++
    end += /^-\p{L}+/u.exec(text.slice(end))?.[0].length ?? 0 // a figure joined to its unit: "2-kilometre"
  } else {
    const before = /(?:^|[\s(])([\p{L}'’-]+\s+)$/u.exec(text.slice(Math.max(0, start - 40), start))
    if (before?.[1]) start -= before[1].length
  }
  const words = FIGURE_SIGNALS.has(name) ? /^(?:\s+[^\s,.;:!?"“”]+){0,2}/ : /^(?:\s+[^\s,.;:!?"“”]+){0,3}/
  const after = words.exec(text.slice(end))?.[0] ?? ''
  return { start, end: end + after.length }
}

/** Checkworthiness in [0, 1] for a set of signals. */
export function checkworthiness(signals: readonly string[]): number {
  let score = 0.15
  for (const name of signals) score += SIGNALS.find((s) => s.name === name)?.weight ?? 0
  return Math.min(1, Math.round(score * 100) / 100)
}

function masked(text: string, start: number, quotes: readonly Span[]): string {
  // the blanked ranges in order, merged, then one pass (rebuilding the string per quote is quadratic)
  const ranges = quotes
    .map((q) => [Math.max(0, q.start - start), Math.min(text.length, q.end - start)] as const)
    .filter(([a, b]) => b > a)
    .sort((x, y) => x[0] - y[0])
  const parts: string[] = []
  let at = 0
  for (const [a, b] of ranges) {
    if (b <= at) continue
    const from = Math.max(a, at)
    parts.push(text.slice(at, from), ' '.repeat(b - from))
    at = b
  }
  parts.push(text.slice(at))
  return parts.join('')
}

/** The reporting verb of a sentence outside quotes, with its position, or null. */
function findCue(text: string): { index: number; word: string } | null {
  const re = /\b[a-z]+\b/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const base = CUE_VERBS.get(m[0])
    if (!base || !REPORTING_BASES.has(base)) continue
    // Require a verb form that reports: said, says, told, added, reported, announced ... (not "report" the noun).
    if (m[0] === base && !/^(?:say|tell)$/.test(base)) continue
    if (/ing$/.test(m[0])) continue
    return { index: m.index, word: m[0] }
  }
  return null
}

/** The words that name who speaks around a cue: "police said" → "police"; "said Jane Doe" → "Jane Doe". */
function cueSubject(text: string, cue: { index: number; word: string }): string | null {
  // Only the words just before the cue can be its subject; the whole prefix made this quadratic (found by the fuzzer).
  const before = text.slice(Math.max(0, cue.index - 240), cue.index).trim()
  const after = text.slice(cue.index + cue.word.length).trim()
  const inverted = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(after)
  if (inverted?.[1] && /[,."”]\s*$/.test(before)) return inverted[1]
  const subj = /((?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)\s*$/u.exec(before.replace(/\s+(?:on|also|had|has|have|later|earlier|previously)\s*$/i, ''))
  return subj?.[1] ? subj[1] : null
}

/**
 * Finds claims: body sentences (or their clauses) that state checkable facts, outside direct quotes.
 * Each gets signals, a checkworthiness in [0, 1] and attributedTo: the source when the sentence carries a
 * reporting cue or reported speech, else null (the reporter's own voice; vague attributions count as null).
 */
export function findClaims(article: Article, speech: ClaimInput): Claim[] {
  const paras = article.blocks.filter((b) => b.kind === 'paragraph')
  const claims: Claim[] = []
  // a sports report: a score in the headline, or several game words in the body
  const head = article.blocks.find((b) => b.kind === 'headline')
  const headText = head ? article.text.slice(head.start, head.end) : ''
  const sporty = /\b\d{1,3}-\d{1,3}\b/.test(headText) || (article.text.match(new RegExp(SPORTS_CONTEXT.source, 'gi')) ?? []).length >= 4
  // each body sentence with its paragraph and own attribution, so a figure can lean on its neighbours' source
  const body: (Neighbour & { s: Span; text: string; plain: string; quoted: number })[] = []
  const paraOf = spanLocator(paras)
  for (const s of speech.sentences) {
    const para = paraOf(s.start, s.end)
    if (para < 0) continue
    const text = article.text.slice(s.start, s.end)
    const inQuotes = speech.quotes.filter((q) => q.end > s.start && q.start < s.end)
    const quoted = inQuotes.reduce((n, q) => n + Math.min(q.end, s.end) - Math.max(q.start, s.start), 0)
    const plain = masked(text, s.start, inQuotes)
    const own = attribution(plain, s, speech, inQuotes)
    const figures = own !== null && /\d/.test(plain) && claimSignals(plain).some((x) => FIGURES.has(x))
    body.push({ s, para, text, plain, own, trailing: own !== null && TRAILING_CUE.test(plain), vague: isVague(plain), quoted, figures })
  }
  body.forEach((row, bi) => {
    const { s, text, plain } = row
    if (row.quoted / text.length >= 0.5) return
    const carried = row.own || row.vague ? null : neighbourSource(body, bi)
    CLAUSE_SPLIT.lastIndex = 0
    const cuts: number[] = [0]
    for (let m = CLAUSE_SPLIT.exec(plain); m; m = CLAUSE_SPLIT.exec(plain)) cuts.push(m.index, m.index + m[0].length)
    cuts.push(plain.length)
    for (let i = 0; i + 1 < cuts.length; i += 2) {
      let a = cuts[i] as number
      let b = cuts[i + 1] as number
      while (a < b && /[\s"“”'‘’]/.test(plain[a] ?? '')) a++
      while (b > a && /[\s.,;:!?"“”'‘’]/.test(plain[b - 1] ?? '')) b--
      const clause = plain.slice(a, b)
      if (clause.trim().split(/\s+/).length < 4) continue
      const pr = withoutPublicRecord(clause, sporty)
      const signals = claimSignals(pr.text)
      if (pr.removed) signals.push('public-record')
      if (row.vague && !signals.includes('vague-attribution')) signals.push('vague-attribution')
      const score = checkworthiness(signals)
      if (score < CLAIM_THRESHOLD) continue
      // an allegation is sourced in its own paragraph (RULES §15): an earlier paragraph's source does not cover it
      const attributedTo = row.own ?? (carried && (!carried.far || (!signals.includes('allegation') && signals.some((x) => FIGURES.has(x)))) ? carried.source : null)
      claims.push({
        start: s.start + a,
        end: s.start + b,
        text: text.slice(a, b),
        attributedTo,
        checkworthiness: score,
        signals,
      })
    }
  })
  return claims
}

/** A closing attribution that covers what went before it in the paragraph: "…, the company said." */
const TRAILING_CUE =
  /,\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’.&-]+\s+){0,5}?(?:said|says|added|reported|stated|announced|estimated|told\s+\S+)(?:\s+(?:on|in|late|early|last|this|today|yesterday|\p{Lu}[\p{L}]*|[a-z]+day)){0,3}[\s.,"”]*$/u

/**
 * The source a sentence's figures rest on when it names none itself: an earlier sentence of the same paragraph
 * with a named (not vague) source, or a closing "…, the company said" later in that paragraph. Wire copy states
 * the source once per paragraph; a figure with neither in its paragraph stays in the reporter's voice.
 */
interface Neighbour {
  para: number
  own: string | null
  /** The attribution closes the sentence ("…, the company said") */
  trailing: boolean
  vague: boolean
  /** An attributed report of figures: only such a report covers figures in the paragraphs after it */
  figures: boolean
}
const FIGURES = new Set(['number', 'percentage', 'money'])

function neighbourSource(body: readonly Neighbour[], i: number): { source: string; far: boolean } | null {
  const para = body[i]!.para
  // back through this paragraph, then (for a figure that only continues a sourced report) up to two before it
  for (let k = i - 1; k >= 0 && body[k]!.para >= para - CARRY_PARAS; k--) {
    const b = body[k]!
    if (b.vague) return null
    if (b.own) return b.para === para || b.figures ? { source: b.own, far: b.para !== para } : null
  }
  for (let k = i + 1; k < body.length && body[k]!.para === para; k++) {
    const b = body[k]!
    if (b.vague) return null
    if (b.own) return b.trailing ? { source: b.own, far: false } : null
  }
  return null
}
/** How many paragraphs back a sourced report still covers the figures that follow it. */
const CARRY_PARAS = 2

function attribution(plain: string, s: Span, speech: ClaimInput, inQuotes: readonly Quote[]): string | null {
  if (isVague(plain)) return null
  const rs = speech.reportedSpeech.find((r) => r.end > s.start && r.start < s.end)
  if (rs) return rs.source ?? rs.cue
  const acc = ACCORDING_TO.exec(plain)
  if (acc?.[1]) return acc[1].trim()
  // "a senior Polish banker was quoted as saying", "Grain Marketing Board figures show"
  // The cheap literal test first: the word-run patterns are quadratic on a long run of letters (found by the fuzzer).
  const quotedAs = /\bquoted\s+as\s+saying\b/.test(plain)
    ? /((?:(?:the|a|an)\s+)?(?:[\p{L}'’.-]+\s+){0,4}?[\p{L}'’.-]+)\s+(?:was|were|is|are)\s+quoted\s+as\s+saying\b/u.exec(plain)
    : null
  if (quotedAs?.[1]) return quotedAs[1]
  const shows = /\b(?:figures|data|statistics|records)\s+(?:show|showed|indicate|indicated)\b/u.test(plain)
    ? /((?:\p{Lu}[\p{L}'’.&-]*\s+){1,5}(?:figures|data|statistics|records))\s+(?:show|showed|indicate|indicated)\b/u.exec(plain)
    : null
  if (shows?.[1]) return shows[1]
  const cue = findCue(plain)
  if (!cue) return null
  const q = inQuotes.find((x) => x.speaker)
  if (q?.speaker) return q.speaker
  return cueSubject(plain, cue) ?? cue.word
}
