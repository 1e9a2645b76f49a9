import type { Article } from '../article/types'
import { CUE_VERBS } from '../language/cues'
import { AMOUNT_WORDS, NUMBER_WORDS, REPORTED_ONLY, REPORTING_BASES, SOURCE_NOUNS } from '../language/en'
import { overlapLocator, spanLocator } from './spans'
import { oneOf } from '../language/pattern'
import { capitalisedAlternation, ENGLISH_MONTH_STEMS, ENGLISH_MONTHS } from '../news/dates'
import type { Claim, Quote, ReportedSpeech, Span } from './types'

/** What claim finding needs from the speech step. */
export interface ClaimInput {
  sentences: readonly Span[]
  quotes: readonly Quote[]
  reportedSpeech: readonly ReportedSpeech[]
}

/** A spelled-out quantity: a number word ("one" aside: it is as often a pronoun) or a word for an amount. */
const NUMBER_WORD = [...[...NUMBER_WORDS.keys()].filter((w) => w !== 'one'), ...AMOUNT_WORDS].join('|')

/** A year of the last two centuries: 1800 to 2099. */
const YEAR_NUMBER = String.raw`(?:1[89]|20)\d{2}`
/** The English months, and all but May (a verb too: "prices may rise"). */
const MONTH = capitalisedAlternation(ENGLISH_MONTHS)
const MONTH_NOT_MAY = capitalisedAlternation(ENGLISH_MONTHS.filter((m) => m !== 'may'))
/** A month's first three letters, May left out */
const MONTH_STEM_NOT_MAY = capitalisedAlternation(ENGLISH_MONTH_STEMS.filter((m) => m !== 'may'))
/** A word that starts as a month does ("Jan", "Sept.", "December", "Mayor" too: the checks tolerate it) */
const MONTH_WORD = String.raw`(?:${capitalisedAlternation(ENGLISH_MONTH_STEMS)})[a-z]*`

/** Comparatives before "than", and verbs of a change in amount: the comparison signal. */
const COMPARATIVES = ['more', 'less', 'fewer', 'higher', 'lower', 'greater', 'larger', 'smaller', 'bigger', 'cheaper', 'faster', 'slower', 'older', 'younger', 'better', 'worse']
const CHANGE_VERBS = ['rose', 'fell', 'increased', 'decreased', 'doubled', 'tripled', 'halved', 'jumped', 'dropped', 'surged', 'plunged', 'climbed', 'declined', 'grew', 'shrank']

/** Words of wrongdoing and violence: the allegation signal. */
const ALLEGATION_WORDS = [
  'crackdown', 'violent', 'violence', 'killed', 'killing', 'jailed', 'jailing', 'arrested', 'detained', 'tortured?', 'murder(?:ed)?', 'fraud(?:ulent)?', 'rigged', 'corrupt(?:ion)?',
  'bribe(?:s|ry)?', 'embezzle\\w*', 'illegal(?:ly)?', 'abuses?', 'disputed', 'stolen', 'stole', 'war crimes?', 'genocide', 'massacre', 'looted', 'smuggl\\w+', 'laundering', 'sham',
  'misconduct', 'negligen(?:t|ce)', 'careless(?:ly|ness)?', 'cover-?up', 'collu(?:sion|ded)', 'conspir(?:acy|ed)', 'extort(?:ed|ion)?', 'harass(?:ed|ment)', 'assault(?:ed)?',
  'raped?', 'lied', 'breach(?:ed|es)? of',
]

/** Words that characterise: the evaluative signal. */
const CHARACTERISING_WORDS = [
  'prickly', 'tense', 'strained', 'cordial', 'close ties', 'cheap', 'controversial', 'notorious', 'brutal', 'landmark', 'sweeping', 'massive', 'mass', 'huge', 'dramatic',
  'sharp(?:ly)?', 'swift(?:ly)?', 'key', 'major', 'crucial', 'fragile', 'troubled', 'embattled', 'beleaguered', 'hardline', 'authoritarian', 'rogue', 'radical', 'extremist',
]

/** Sources too vague to name anyone, and what they say. */
const VAGUE_SOURCES = ['experts?', 'analysts', 'observers', 'critics', 'officials', 'sources', 'many', 'some', 'people', 'observers']
const VAGUE_VERBS = ['say', 'said', 'believe', 'believed', 'think', 'thought', 'suggest', 'suggested', 'claim', 'claimed']

/** Words that start a kind of source ("Banking sources said"), capitalised only as the sentence's first. */
const SECTOR_WORDS = [
  'the', 'but', 'and', 'some', 'many', 'other', 'senior', 'western', 'eastern', 'industry', 'trade', 'market', 'banking', 'diplomatic', 'government', 'military', 'security',
  'intelligence', 'administration', 'company', 'official', 'political', 'local', 'financial', 'oil', 'shipping', 'grain', 'monetary', 'economic', 'european', 'arab',
  'informed', 'reliable', 'well-placed', 'top', 'two', 'three', 'several',
]

/** The number words a results table spells out. */
const ONE_TO_TEN = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten']

/** What a market report moves, and how. */
const MARKETS = [
  'call money', '(?:interest|money|interbank|deposit|overnight)\\s+rates?', 'shares?', 'stocks?', 'index', 'indices', 'dollar', 'yen', 'euro', 'sterling', 'pound', 'gold', 'crude',
  'futures', 'bonds?', 'yields?', 'prices?', 'Dow', 'Nasdaq', 'Nikkei', 'FTSE', 'DAX', 'CAC', 'S&P', 'Hang Seng', 'bourse',
]
const MARKET_MOVES = [
  'rose', 'fell', 'eased', 'gained', 'lost', 'closed', 'ended', 'opened', 'traded', 'slipped', 'climbed', 'dropped', 'jumped', 'edged', 'firmed', 'weakened', 'stood', 'settled', 'finished',
]

/** Finite verb forms: a regular past, auxiliaries, and the irregular ones news copy uses most. */
const FINITE_FORMS = [
  '[a-z]{2,}ed', 'is', 'was', 'are', 'were', 'has', 'have', 'had', 'will', 'would', 'could', 'may', 'said', 'says', 'rose', 'fell', 'grew', 'made', 'took', 'paid', 'sold',
  'won', 'lost', 'gave', 'got', 'saw', 'set', 'cut', 'put', 'hit', 'left', 'led', 'held', 'kept', 'bought', 'stood', 'came', 'went', 'told', 'shows?', 'rises?', 'falls?',
]

/** Function words that open a sentence with a capital. */
const SENTENCE_OPENERS = [
  'The', 'A', 'An', 'In', 'On', 'At', 'As', 'But', 'And', 'It', 'This', 'That', 'These', 'Those', 'When', 'While', 'After', 'Before', 'If', 'Since', 'Though', 'Although',
  'Because', 'Yet', 'So', 'Or', 'Nor', 'For', 'With', 'By', 'From', 'To', 'Of', 'Some', 'Many', 'Most', 'Several', 'Other', 'Others', 'Both', 'All', 'Each', 'Every',
  'No', 'Not', 'There', 'Here', 'Then', 'Now', 'Still', 'Also', 'Even', 'Only',
]

/** Conjunctions that open a clause of time, reason or comparison, and what may stand between its subject and a cue. */
const SUBORDINATORS = ['when', 'after', 'before', 'as', 'because', 'since', 'while', 'although', 'though', 'if', 'until', 'once']
const AUXILIARIES_AND_ADVERBS = ['has', 'had', 'have', 'also', 'later', 'first', 'sometimes', 'repeatedly', 'once', 'previously']

/** Words of opinion, feeling and speculation. */
const OPINION_WORDS = [
  'think', 'thinks', 'believe[sd]?', 'feel(?:s|ings?)?', 'felt', 'hope[sd]?', 'hoping', 'fears?', 'feared', 'worr(?:y|ies|ied)', 'wonder(?:s|ed)?', 'optimistic', 'pessimistic',
  'skeptic\\w*', 'sceptic\\w*', 'opinion', 'perspective', 'seem(?:s|ed)?', 'appears? to', 'apparently', 'perhaps',
  // "is likely to", "will likely" guess; "the league's likely champion" names someone
  "(?<!(?:the|a|an|their|his|her|its|['’]s)\\s)(?:un)?likely", 'surely', 'certainly', 'clearly',
  'obviously', 'marvel(?:l?ed|s)?', 'deserves?', 'ought', 'wish(?:es|ed)?', 'expects?', 'predicted', 'predicts?', 'wants?', 'wanted', 'desired', 'expected', 'unclear',
  'not (?:immediately |yet )?(?:clear|known)',
]

/** Words that judge, in lower case. */
const JUDGING_WORDS = [
  'sad', 'great', 'wonderful', 'terrible', 'awful', 'brilliant', 'incredible', 'amazing', 'devastating', 'troubling', 'disappointing', 'shameful', 'outrageous',
  'ridiculous', 'absurd', 'lousy', 'smart', 'stupid', 'mistake', 'nonsense', 'garbage', 'proud', 'happy', 'thankful', 'grateful', 'sorry', 'surprised', 'shocked',
  'overwhelmed', 'excited', 'uncomfortable', 'cordial', 'muddled', 'pointedly', 'bluntly', 'neatly', 'good reason', 'shaky', 'ready', 'prepared',
]

/** The verbs of a closing attribution, and the times that may follow them. */
const TRAILING_VERBS = ['said', 'says', 'added', 'reported', 'stated', 'announced', 'estimated', 'told\\s+\\S+']
const TRAILING_TIMES = ['on', 'in', 'late', 'early', 'last', 'this', 'today', 'yesterday', '\\p{Lu}[\\p{L}]*', '[a-z]+day']

/** Acts of speech the lexicon has no reporting verb for. */
const SPEECH_ACTS = [
  'call(?:s|ed|ing)\\s+(?:for|on)', 'blast(?:s|ed)', 'slamm?(?:s|ed)', 'criticized', 'criticised', 'characteri[sz]ed', 'urg(?:es|ed)', 'demand(?:s|ed)', 'vow(?:s|ed)',
  'pledg(?:es|ed)', 'propos(?:es|ed)', 'ripp(?:s|ed)', 'trash(?:es|ed)', 'lash(?:es|ed)\\s+out', 'hit\\s+out', 'denounc(?:es|ed)', 'condemn(?:s|ed)', 'made\\s+clear',
  'took\\s+to\\s+(?:Twitter|Facebook|social media)',
]

/** What stands before "record" when it is a history, not a record broken ("his voting record", "on the record"). */
const RECORD_HISTORY = ['track', 'voting', 'criminal', 'public', 'court', 'medical', 'police', 'service', 'his', 'her', 'their', 'its', 'our', 'my', 'your', '(?:on|off|for) the']

/** Each signal of a checkable statement with its weight toward checkworthiness. */
const SIGNALS: { name: string; weight: number; re: RegExp }[] = [
  { name: 'percentage', weight: 0.35, re: /\d\s*(?:%|per ?cent\b|percentage points?\b)/i },
  {
    name: 'money',
    weight: 0.35,
    re: /[$€£¥]\s?\d|\b\d[\d,.]*\s*(?:dollars|euros|pounds|yen|yuan|roubles|rubles|francs|rupees)\b|\b(?:USD|EUR|GBP)\s?\d/i,
  },
  {
    name: 'number',
    weight: 0.3,
    re: new RegExp(
      [
        // a figure that is no date, year or time: not after a month ("March 3"), not a year, not before a month or a zone,
        // and not one of figures joined by a slash or a colon: a date or a name ("9/11", "5/12/2019", "24/7"), a clock ("10:30")
        String.raw`(?<!\b${MONTH_WORD}\.?\s|\b${MONTH_WORD}\.?\s\d{1,2}\s?(?:-|–|to|and)\s?|\d[/:])\b(?!${YEAR_NUMBER}\b)\d[\d,.]*\b(?![/:]\d|\s*(?:%|per ?cent|${MONTH_WORD}\b|(?:a\.m|p\.m)\.|GMT|EDT|EST|BST|CET|[\s-]+(?:hours?|days?|weeks?)\b))`,
        // ... but a fraction of something is a figure: "1/3 of the vote"
        String.raw`\b\d/\d{1,2}(?=\s+of\b)`,
        String.raw`\b(?:hundreds|thousands|millions|billions|trillions|dozens)\b`,
        String.raw`\b(?:million|billion|trillion)\b`,
      ].join('|'),
      'i',
    ),
  },
  { name: 'quantity', weight: 0.2, re: new RegExp(String.raw`\b(?:${NUMBER_WORD})\b`, 'i') },
  {
    name: 'date',
    weight: 0.15,
    re: new RegExp(
      String.raw`\b(?:${[
        String.raw`(?:${MONTH_STEM_NOT_MAY})[a-z]*\.?\s+\d{1,2}\b`, // "Jan. 5", "March 3" ("may 5" is a verb)
        String.raw`\d{1,2}\s+(?:${MONTH})\b`, // "5 January"
        String.raw`(?:in|since|by|until|of)\s+${YEAR_NUMBER}\b`,
        String.raw`(?:in|since|by|until|from|last|next|early|late|mid-)\s*(?:${MONTH_NOT_MAY})\b`, // "since March"
        String.raw`(?:last|next|this)\s+(?:week|month|year)`,
        String.raw`\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})`, // "5/12/2019"
        String.raw`\d+[\s-]+(?:hours?|days?|weeks?)`, // a span of time: "in the 48 hours after"
        'yesterday',
        String.raw`(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`,
        String.raw`over the (?:past|last) \w+`,
        'over the years',
        YEAR_NUMBER,
      ].join('|')})\b`,
      'i',
    ),
  },
  {
    name: 'comparison',
    weight: 0.2,
    re: new RegExp(String.raw`\b${oneOf(COMPARATIVES)}\s+than\b|\b(?:more|less)\s+[a-z]{3,}\s+than\b|\b${oneOf(CHANGE_VERBS)}\b|\bcompared (?:with|to)\b|\bup from\b|\bdown from\b`, 'i'),
  },
  {
    name: 'superlative',
    weight: 0.25,
    re: /\b(?:biggest|largest|highest|lowest|smallest|worst|best|fastest|slowest|oldest|youngest|deadliest|longest|shortest|richest|poorest|strongest|weakest|greatest|(?<!\bat\s)(?:most|least)(?!\s+of\b))\b/i, // not "at least 5", "most of the city"
  },
  // (a record broken, not a history: "his voting record", "a long record of advocacy", "on the record")
  {
    name: 'record',
    weight: 0.3,
    re: new RegExp(String.raw`\b(?:(?<!\b${oneOf(RECORD_HISTORY)}\s)record(?:-\w+)?(?!ed|ing|\s+of\b)|all-time|unprecedented|never before|historic)\b`, 'i'),
  },
  // (a first of its kind, "the first woman to ...", "the first since 1990"; not an ordinal, "the first step is a survey")
  { name: 'first', weight: 0.25, re: /\b(?:the first(?=\s+time\b|(?:\s+[\p{L}'’-]+){0,4}?\s+(?:to|since|ever|where|in)\b)|for the first time|first-ever|the only|the last time)\b/iu },
  {
    name: 'cause',
    weight: 0.2,
    re: /\b(?:because(?: of)?|due to|as a result of|led to|leading to|caused|causing|resulted in|thanks to|blamed (?:on|for)|prompted|triggered|in response to|driven by)\b/i,
  },
  {
    name: 'allegation',
    weight: 0.25,
    re: new RegExp(String.raw`\b${oneOf(ALLEGATION_WORDS)}\b`, 'i'),
  },
  {
    name: 'evaluative',
    weight: 0.15,
    re: new RegExp(String.raw`\b${oneOf(CHARACTERISING_WORDS)}\b`, 'i'),
  },
]

/** Vague attributions count as none (RULES §16). */
const VAGUE = new RegExp(
  String.raw`\b${oneOf(VAGUE_SOURCES)}\s+${oneOf(VAGUE_VERBS)}\b|\breportedly\b|\bit is (?:believed|understood|thought|said)\b|\bis said to\b|\bare said to\b|\bwidely (?:seen|believed|regarded)\b`,
  'i',
)

/** "officials said" after a named institution ("Treasury officials", "Bank of Japan officials") names its source. */
const INSTITUTION_SOURCES = /\b((?:\p{Lu}[\p{L}.&'’-]*\s+(?:of\s+)?){1,4})(?:officials|sources|spokesmen|executives)\s+(?:say|said|told)\b/gu
const NATIONALITY = /(?:an|ese|ish|ch|i|ic)$/
/** A capital that only starts the sentence: a kind of source, not an institution ("Banking sources said"). */
const SECTOR =
  new RegExp(`^${oneOf(SECTOR_WORDS)}$`, 'i')

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

/** A report or finding in the passive, with who made it: "was announced on Friday by the university". */
const PUBLISHED_BY =
  /\b(?:published|released|announced|reported|issued|confirmed|described|found|estimated|stated|disclosed|revealed)\b[^,.;:]{0,40}?\bby\s+((?:the\s+|a\s+|an\s+)?[^,.;:]{2,80}?)(?=[,.;:]|$)/u
const ACCORDING_TO = /\baccording to\s+((?:the\s+|a\s+|an\s+)?[^,.;]+?)(?=[,.;]|$)/i

/**
 * Numbers that are public record or the reporter's own observation, not claims to source: game scores and
 * box-score statistics, results-table rows ("Shr 66 cts vs 18 cts") and market prices.
 */
/** What a box score counts: "24 points", "three straight goals", "112 yards", "2 minutes remaining". */
const STAT_UNIT = [
  'points?|rebounds?|assists?|steals?|blocked shots|blocks|turnovers?|goals?|saves?|yards?|touchdowns?|runs?|hits?|innings',
  'strikeouts?|wickets?|laps?|birdies|bogeys|aces|shots?|tackles|RBIs?|homers?|home runs?|3-pointers?|3s|free throws?',
  'seconds (?:remaining|left)|minutes? (?:remaining|left|played)|under par|over par',
].join('|')
/** What an ordinal counts in a season or a match: "3rd start", "2nd quarter". */
const STAT_ORDINAL_OF = 'start|game|goal|win|loss|quarter|period|inning|round|hole|minute|lap|set|season'
const STAT_RE = new RegExp(
  [
    // "24 points", "3 straight wins": a figure and what it counts
    String.raw`\b\d[\d,.]*(?:-\d+)?\s+(?:straight\s+|consecutive\s+|more\s+|of\s+(?:his|her|their|its)\s+)?(?:${STAT_UNIT})\b`,
    // a score: "3-1", "2:2", "7-all"
    String.raw`\b\d{1,3}\s*(?:-|:)\s*(?:\d{1,3}|all)\b(?![/\d])`,
    String.raw`\b\d-pointers?\b`,
    String.raw`\b\d+(?:st|nd|rd|th)\s+(?:${STAT_ORDINAL_OF})\b`,
  ].join('|'),
  'gi',
)
const TABLE_ROW_RE = new RegExp(String.raw`(?:\d|\b${oneOf(ONE_TO_TEN)}\b)[^.;]*\bvs\.?\s+(?:a\s+)?(?:loss|profit|gain)?\s*[-$€£]?(?:\d|${ONE_TO_TEN.join('|')})`, 'i')
const MARKET_RE =
  new RegExp(String.raw`\b${oneOf(MARKETS)}\b[^.;]{0,80}\b${oneOf(MARKET_MOVES)}\b[^.;]{0,40}\b(?:to|at)\s+[$€£]?\d`, 'i')
/** The words of a game's report. */
const SPORTS_WORDS = [
  'points', 'rebounds', 'assists', 'goals?', 'innings', 'touchdowns?', 'halftime', 'half-time', 'quarter', 'period', 'match', 'game', 'season',
  'scored', 'coach', 'league', 'tournament', 'championship', 'cup', 'set', 'inning', 'lap', 'race', 'win', 'won', 'beat', 'defeated',
]
const SPORTS_CONTEXT = new RegExp(String.raw`\b${oneOf(SPORTS_WORDS)}\b`, 'i')

const FINITE_VERB =
  new RegExp(String.raw`\b${oneOf(FINITE_FORMS)}\b`)

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

/** A sentence scoring this much is a claim worth checking. */
const CLAIM_THRESHOLD = 0.5
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
    // figures joined by a dash or a slash are quoted whole: a vote of "7-2", a fraction "1/3"
    while (/[-–/]/.test(text[end] ?? '') && /\d/.test(text[end + 1] ?? '')) for (end++; /\d/.test(text[end] ?? ''); end++);
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

/** Verbs of the mind: "X believes", "X fears" say what someone thinks, and do not source a fact. */
const MENTAL_BASES: ReadonlySet<string> = new Set(['believe', 'think', 'hope', 'fear', 'wonder', 'worry', 'expect', 'know', 'understand', 'feel', 'learn', 'continue', 'agree', 'doubt', 'wish'])
const LOOSE_BASES: ReadonlySet<string> = new Set(REPORTED_ONLY.values())
const FINDING_BASES: ReadonlySet<string> = new Set(['find', 'show', 'conclude', 'document', 'forecast', 'project', 'accuse', 'blame', 'vow', 'label', 'threaten'])
/** Words that can end a source's description: "the company", "police", "a spokesman for the ministry". */
const SOURCE_END = new RegExp(String.raw`(?:^|\s)(?:he|she|they|${[...SOURCE_NOUNS].join('|')})$`, 'i')
/** Function words that start a sentence with a capital and are no name. */
const NOT_A_NAME = new RegExp(`^${oneOf(SENTENCE_OPENERS)}$`)

/** Whether the words before a cue can be who speaks: a name, a pronoun or a source noun, the last word deciding. */
function isSource(subject: string): boolean {
  const words = subject.replace(/[,;:()—–-]+/g, ' ').trim().split(/\s+/)
  const last = words[words.length - 1] ?? ''
  if (SOURCE_END.test(last.replace(/['’]s$/, '')) || SOURCE_END.test(last.replace(/s$/i, ''))) return true
  return /^\p{Lu}/u.test(last) && !NOT_A_NAME.test(last)
}

/** The words before a cue that open a clause of time, reason or comparison: "when she", "a day after he", "as Sanders has". */
const SUBORDINATE_CUE = new RegExp(String.raw`\b${oneOf(SUBORDINATORS)}\s+(?:he|she|they|it|[\p{Lu}][\p{L}'’.-]*)\s+(?:${oneOf(AUXILIARIES_AND_ADVERBS)}\s+)*$`, 'u')
/** A verb form that reports: said, says, told, added, announced (not "report" the noun, nor "reporting", nor "believes"). */
function isReportingForm(word: string): boolean {
  const w = word.toLowerCase()
  const base = CUE_VERBS.get(w) ?? REPORTED_ONLY.get(w)
  if (!base || !REPORTING_BASES.has(base) || MENTAL_BASES.has(base)) return false
  // of the looser verbs, only those that report a finding or a charge name a source ("opposed", "declined" do not)
  if (LOOSE_BASES.has(base) && !FINDING_BASES.has(base)) return false
  return (w !== base || /^(?:say|tell)$/.test(base)) && !/ing$/.test(w)
}

/** Whether every use of the cue in the sentence stands in a clause of time or reason ("drew criticism when he said"). */
function inSubordinateClause(plain: string, cue: string): boolean {
  const word = cue.split(/\s+/)[0]
  if (!word) return false
  let seen = false
  for (const m of plain.matchAll(new RegExp(String.raw`\b${word.replace(/[^\p{L}]/gu, '')}\b`, 'gu'))) {
    if (!SUBORDINATE_CUE.test(plain.slice(Math.max(0, m.index - 60), m.index))) return false
    seen = true
  }
  return seen
}

/** The reporting verbs of a sentence outside quotes, in order, with their positions. */
function* findCues(text: string): Generator<{ index: number; word: string }> {
  const re = /\b[a-z]+\b/g
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (!CUE_VERBS.has(m[0]) && !REPORTED_ONLY.has(m[0])) continue
    if (!isReportingForm(m[0])) continue
    // a passive without its agent names nobody: "residents were told", "it was announced"
    if (/\b(?:was|were|been|being|is|are|be)\s+(?:[a-z]+\s+)?$/.test(text.slice(Math.max(0, m.index - 30), m.index)) && !/^\s+by\s/.test(text.slice(m.index + m[0].length))) continue
    // a cue in a clause of time or reason sources that clause, not the sentence: "drew criticism when he said"
    if (SUBORDINATE_CUE.test(text.slice(Math.max(0, m.index - 60), m.index))) continue
    yield { index: m.index, word: m[0] }
  }
}

/** The words that name who speaks around a cue: "police said" → "police"; "said Jane Doe" → "Jane Doe". */
function cueSubject(text: string, cue: { index: number; word: string }): string | null {
  // Only the words just before the cue can be its subject; the whole prefix made this quadratic (found by the fuzzer).
  const before = text.slice(Math.max(0, cue.index - 120), cue.index).trim()
  // (and only the words just after it can be an inverted subject: the whole rest made each cue linear in the text)
  const after = text.slice(cue.index + cue.word.length, cue.index + cue.word.length + 120).trim()
  const inverted = /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/u.exec(after)
  if (inverted?.[1] && /[,."”]\s*$/.test(before)) return inverted[1]
  // "Jane Doe of the foundation, which ran the contest, noted ...": the name that opens the sentence, before its appositive
  if (/,\s*$/.test(before)) {
    const opening = /^\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s*(?:,|\s+of\s)/u.exec(text)
    if (opening?.[1] && !NOT_A_NAME.test(opening[1].split(/\s+/)[0]!)) return opening[1]
  }
  // a second verb of the same subject: "the Syrian Democratic Forces (SDF) opposed the withdrawal and said ..."
  if (/\s(?:and|but)$/.test(before)) {
    const first = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})(?:\s*\([^()]{1,20}\))?,?\s+(?:[a-z]+ly\s+)?[a-z]{3,}ed\s[^,;:]{1,80}\s(?:and|but)$/u.exec(before)
    if (first?.[1] && !NOT_A_NAME.test(first[1].split(/\s+/)[0]!)) return first[1]
  }
  const subj = /((?:(?:the|a|an|his|her|their)\s+)?(?:[\p{L}'’.-]+\s+){0,3}[\p{L}'’.-]+)\s*$/u.exec(before.replace(/(?:\s+(?:on|also|had|has|have|later|earlier|previously|is|are|was|were|[a-z]+ly))+\s*$/i, ''))
  return subj?.[1] ? subj[1] : null
}

/** The kind of check a claim needs; a claim's first signal names it. */
export type ClaimKind = 'number' | 'allegation' | 'causal' | 'comparison' | 'date' | 'event'

/** Which signals make which kind, in order of precedence: a figure is checked first, then an allegation ... */
const KIND_OF_SIGNAL: readonly (readonly [ClaimKind, readonly string[]])[] = [
  // a count word alone ("the two leaders") is no statistic: only figures and hundreds, thousands, millions ...
  ['number', ['percentage', 'money', 'number']],
  ['allegation', ['allegation']],
  ['causal', ['cause']],
  ['comparison', ['record', 'first', 'superlative', 'comparison']],
  ['date', ['date']],
]
const KINDS: ReadonlySet<string> = new Set(['number', 'allegation', 'causal', 'comparison', 'date', 'event'])

/** The kind of a claim: its first signal (findClaims puts it there). */
export function claimKind(claim: { signals: readonly string[] }): ClaimKind {
  const first = claim.signals[0]
  return first !== undefined && KINDS.has(first) ? (first as ClaimKind) : kindOf(claim.signals)
}

function kindOf(signals: readonly string[]): ClaimKind {
  for (const [kind, names] of KIND_OF_SIGNAL) if (names.some((n) => signals.includes(n))) return kind
  return 'event'
}

// Word classes that tell a checkable statement of fact from an opinion or an aside (docs/claims.md).
const IRREGULAR_PAST =
  'said|told|made|took|gave|got|went|came|saw|found|won|lost|left|led|held|kept|met|paid|sold|bought|brought|began|became|broke|built|caught|chose|drew|drove|fell|fled|fought|flew|grew|hit|knew|laid|meant|ran|rose|sent|shot|shut|spent|spoke|stood|struck|stole|swore|taught|threw|wrote|beat|sought|sank|slid|stuck|swung|tore|withdrew|overtook|undertook|forgave|froze|hid|rode|rang|sang|sat|slept|spun|stank|strove|thrust|wept|wound|arose|awoke|bore|bound|bred|dealt|dug|fed|felt|forbade|forgot|lent|lit|overcame|shook|shrank|slew|sold|split|swept|upheld|won'
/** A finite verb of something that happened or was done: a past tense, a perfect, a passive. */
const EVENT_VERB = new RegExp(
  String.raw`\b(?:${IRREGULAR_PAST})\b|\b(?!(?:need|speed|seed|feed|breed|bleed|indeed|creed|greed|steed|shed|bed|red|fed|wed|led|sled|hundred|kindred|sacred|naked|wicked|ragged|rugged|jagged|wretched|beloved|aged|alleged|supposed|so-called|united|limited|detailed|interested|concerned|related|based|advanced|experienced|talented|varied|unprecedented|skilled|noted|ed)\b)[a-z]{2,}(?:ied|ed)\b|\b(?:has|have|had)\s+(?:(?:not|also|already|since|now|just|recently|previously|repeatedly|never)\s+)*(?:been|[a-z]+(?:ed|en|wn|un|ught|ung|elt|ept|ade|ost|id|one|ot))\b`,
  // lower case only: "Ahmed", "Alfred" are names, not past tenses
)
/** A passive of a standing state or a possibility, not of an event: "is needed", "are counted", "can be removed". */
const STATE_PASSIVE = /\b(?:(?:is|are)\s+(?:not\s+|also\s+|often\s+|usually\s+)?|(?:can|could|may|might|must|should|will|would)\s+(?:not\s+|then\s+|also\s+)?be\s+)[a-z]+(?:ed|en|wn)\b/gi
/** A participle after a comma names or describes (", called a DRY process,", ", seen as a relief"): it is no event. */
const APPOSITIVE_PARTICIPLE = /,\s+(?:both\s+|all\s+)?[a-z]{2,}ed\s+(?:as|a|an|the|by|in|on|to)\b/g
/** A finite verb of any tense (lower case: "Protesters", "Jones" are none): without one the "sentence" is a heading,
 * a caption or a fragment. */
const ANY_FINITE =
  /\b(?:is|are|was|were|has|have|had|do|does|did|will|would|can|could|may|might|must|shall|should)\b|\b[a-z]{2,}(?:ed|es|s)\b/
/** Opinion, feeling and speculation words: the sentence says what someone thinks, not what happened. */
const OPINION =
  new RegExp(String.raw`\b${oneOf(OPINION_WORDS)}\b`, 'i')
/** Saying what someone or something is like: "described him as ...", "characterized the call as ...". */
const CHARACTERIZE =
  /\b(?:describ(?:ed|es)|characteri[sz](?:ed|es)|regard(?:ed|s)|view(?:ed|s)|look(?:ed|s) (?:at|on)|hail(?:ed|s)|prais(?:ed|es)|brand(?:ed|s)|label(?:l?ed|s)|dub(?:bed|s))\b[^.;]{0,80}?\bas\b/i
/** Judging words a reporter does not state as fact (lower case: "Great Britain", "the Great Recession" are names). */
const EVALUATIVE =
  new RegExp(String.raw`\b${oneOf(JUDGING_WORDS)}\b`)
/** Modals of duty and of possibility: a demand, a guess or a forecast (lower case: "May" is also a month). */
const MODAL = /\b(?:should|must|ought to|needs? to|has to|have to|could|might|may|can)\b/
/** Something under way or about to happen: "is calling for", "will hold", "would switch". */
const ONGOING = /\b(?:is|are)\s+(?:now\s+|also\s+|still\s+)?[a-z]{3,}ing\b|\b(?:will|would)\s+(?:also\s+|further\s+|not\s+)?(?!be\b)[a-z]{3,}\b/i
/** The words that make a claim of a demand or a promise: what someone will do that matters to the story. */
const PLEDGE =
  /\b(?:call(?:s|ed|ing)? (?:for|on)|urg(?:es|ed|ing)|propos(?:es|ed|ing)|pledg(?:es|ed|ing)|vow(?:s|ed|ing)|announc(?:es|ed|ing)|suggest(?:s|ed)|plans?|planned|scheduled|set to|due to)\b/i
/** A definition or a standing description rather than an event: "X is a system that ...", "known as". */
const DEFINITION_START =
  /^(?:[\p{L}\d'’().-]+\s+){1,6}(?:is|are)\s+(?:a|an|the|one of)\s+(?:[\p{L}'’-]+\s+){0,5}?(?:that|which|by which|where|who|of|for|used)\b/iu
// (a name given in passing, "the Islamic State, also known as ISIS", defines nothing)
const DEFINITION_WORDS = /\b(?:is|are|was|were)\s+(?:also\s+|commonly\s+|widely\s+)?known as\b|\brefers? to\b|\bis made (?:of|from)\b|\bconsists? of\b|\bis defined\b/i
/** Split in two: one regular expression with the anchored part as an alternative is tried at every position. */
const isDefinition = (text: string): boolean => DEFINITION_START.test(text) || DEFINITION_WORDS.test(text)
/** First and second person outside quotes: a column's voice, not a report. */
const FIRST_PERSON = /\b(?:I(?!-)|we|We|us|our|Our|my|My|you|You|your|Your)\b/
/** "I" as a speaker says it; not the party of "Sen. Jo Park (I-Vt.)". */
const FIRST_PERSON_I = /\bI\b(?!-)/
/** An obituary: its lead reports a death, and what follows is career background (docs/claims.md). */
const DEATH = /\b(?:died|dies|dead|death|passed away|obituary)\b/i
/** What only an obituary tells: a birth, a life's work, the survivors. */
const LIFE_STORY = /\b(?:was born|is survived by|survived by|career|early life|grew up)\b/i
const DEATH_OR_ILLNESS = /\b(?:died|dies|dead|death|funeral|memorials?|burial|cause of death|pneumonia|cancer|illness|disease|ill health|heart attack|stroke|survived by)\b/i
/** "according to reports", "by reports", "reports indicate": the reporter's voice (the scheme counts these as none). */
const REPORTS = new RegExp(
  [
    String.raw`\baccording to (?:\w+\s+)?reports\b`,
    String.raw`\bby reports\b`,
    String.raw`\baccording to (?:a|one|another) (?:source|report)\b(?!\s+(?:by|from|in|of|on)\s)`,
    String.raw`\breports (?:indicate|say|suggest|said)\b`,
    String.raw`\bstatistics (?:indicate|show|suggest)\b`,
  ].join('|'),
  'i',
)

const YEAR = /\b(?:1[89]|20)\d{2}\b/g
/** How many years before the story's newest year a sentence's years make it history. */
const HISTORY_YEARS = 15

/** What still makes a sentence of public-record figures a claim: a figure beyond the record, or an allegation. */
const PUBLIC_RECORD_KEEPS: ReadonlySet<string> = new Set(['number', 'percentage', 'money', 'record', 'allegation'])

/** What a sentence tells about itself, quotes blanked. */
interface Assessment {
  score: number
  signals: string[]
}

/** How check-worthy one sentence's own words are (quotes blanked out), with the signals that say why. */
function assess(plain: string, sporty: boolean, attributed: boolean, quoted = '', newestYear = 0): Assessment | null {
  const words = plain.trim().split(/\s+/).filter((w) => /[\p{L}\d]/u.test(w))
  if (words.length < 5 || !(ANY_FINITE.test(plain) || EVENT_VERB.test(plain))) return null
  const pr = withoutPublicRecord(plain, sporty)
  const signals = claimSignals(pr.text)
  if (pr.removed) {
    // a score, a results row or a price is public record, and in-game detail is no claim (docs/claims.md)
    if (!signals.some((x) => PUBLIC_RECORD_KEEPS.has(x))) return null
    signals.push('public-record')
  }
  let score = checkworthiness(signals)
  const event = EVENT_VERB.test(pr.text.replace(APPOSITIVE_PARTICIPLE, ', _').replace(STATE_PASSIVE, '_'))
  if (event) score += 0.35
  else if (ONGOING.test(plain)) score += 0.2
  if (attributed) score += 0.15
  if (PLEDGE.test(plain)) score += 0.15
  // a record, a first or a superlative is check-worthy in itself ("was the largest protest since 1990")
  if (signals.some((x) => x === 'record' || x === 'first' || x === 'superlative')) score += 0.15
  if (/\s\p{Lu}/u.test(plain)) score += 0.05
  // what makes it an opinion, a question or an aside
  if (/\?\s*["”’']*\s*$/.test(plain)) score -= 0.6
  if (FIRST_PERSON.test(plain)) score -= 0.35
  if (OPINION.test(plain)) score -= 0.3
  if (CHARACTERIZE.test(plain)) score -= 0.25
  if (EVALUATIVE.test(plain)) score -= 0.25
  // (what may have happened is still a claim about what happened: "may have struck", "could have requested")
  if (MODAL.test(plain.replace(/\b(?:may|might|could)\s+have\s+(?=[a-z]+(?:ed|en|wn|uck|ught)\b)/g, '')) && !(attributed && PLEDGE.test(plain))) score -= 0.15
  if (isDefinition(plain)) score -= 0.3
  // history: every year it names lies long before the story's own, so it is background, not the news
  const years = [...plain.matchAll(YEAR)].map((m) => Number(m[0]))
  if (years.length > 0 && years.every((y) => y <= newestYear - HISTORY_YEARS)) score -= 0.25
  // the quoted words carry the content of "X called it 'a great day'": an opinion in them makes the sentence one
  if (quoted && isOpinion(quoted)) score -= 0.25
  // a standing state in the negative present: "the data do not include", "the law does not allow"
  if (/\b(?:do|does)\s+not\b|\b(?:don|doesn)['’]t\b/.test(plain) && !signals.some((x) => FIGURES.has(x))) score -= 0.2
  return { score: Math.round(score * 100) / 100, signals }
}

/** Whether quoted words give an opinion, a feeling or a question rather than a fact. */
function isOpinion(words: string): boolean {
  return OPINION.test(words) || /\b(?:good|bad|fine|right|wrong|love|hate)\b/i.test(words) || EVALUATIVE.test(words) || FIRST_PERSON.test(words) || /[?!]/.test(words) || MODAL.test(words)
}

/** A plan or an act under way in quoted words: what someone will do is a claim (docs/claims.md). */
const QUOTED_PLAN = /\b(?:will\b|(?:is|are|am)\s+going\s+to\b|['’]re\s+going\s+to\b|(?:is|are|am)\s+(?:now\s+)?(?!going\b)[a-z]{3,}ing\b)/
/** Signals strong enough to make a quoted sentence a claim of its own: figures, records, allegations. */
const QUOTED_HARD = new Set(['percentage', 'money', 'number', 'record', 'first', 'allegation'])

/**
 * Finds claims: one per body sentence that states a check-worthy fact (docs/claims.md): a figure, a date, a record or
 * comparison, a cause, an allegation, or what someone did or will do. Opinions, questions, feelings, definitions and
 * an obituary's career background are left out. Each claim's signals start with its kind (claimKind); attributedTo
 * is the source: the sentence's own cue or reported speech, the speaker of a quoted figure, or a source in the
 * sentence before; null in the reporter's own voice (vague attributions and "according to reports" count as null).
 * Checkworthiness ranks them: an unsourced figure above a sourced event.
 */
export function findClaims(article: Article, speech: ClaimInput): Claim[] {
  const paras = article.blocks.filter((b) => b.kind === 'paragraph')
  const claims: Claim[] = []
  // a sports report: a score in the headline, or several game words in the body
  const head = article.blocks.find((b) => b.kind === 'headline')
  const headText = head ? article.text.slice(head.start, head.end) : ''
  const sporty = /\b\d{1,3}-\d{1,3}\b/.test(headText) || (article.text.match(new RegExp(SPORTS_CONTEXT.source, 'gi')) ?? []).length >= 4
  // each body sentence with its paragraph and own attribution, so a figure can lean on its neighbours' source
  const body: (Neighbour & { s: Span; text: string; plain: string; quoted: number; quotedWords: string; speaker: string | null })[] = []
  const paraOf = spanLocator(paras)
  const quotesOver = overlapLocator(speech.quotes)
  const reportedOver = overlapLocator(speech.reportedSpeech)
  for (const s of speech.sentences) {
    const para = paraOf(s.start, s.end)
    if (para < 0) continue
    const text = article.text.slice(s.start, s.end)
    const inQuotes = quotesOver(s.start, s.end)
    const quoted = inQuotes.reduce((n, q) => n + Math.min(q.end, s.end) - Math.max(q.start, s.start), 0)
    const plain = masked(text, s.start, inQuotes)
    const vague = isVague(plain) || REPORTS.test(plain)
    const own = vague ? null : attribution(plain, reportedOver(s.start, s.end), inQuotes)
    const figures = own !== null && /\d/.test(plain) && claimSignals(plain).some((x) => FIGURES.has(x))
    const speaker = inQuotes.find((q) => q.speaker)?.speaker ?? null
    const quotedWords = inQuotes.map((q) => article.text.slice(Math.max(q.start, s.start), Math.min(q.end, s.end))).join(' ')
    body.push({ s, para, text, plain, own, trailing: own !== null && quoted / text.length < 0.5 && TRAILING_CUE.test(plain), vague, quoted, quotedWords, figures, speaker })
  }
  // the story's own year, as near as the text tells: the newest year it names (a dateline or a date line among them)
  let newestYear = 0
  for (const m of article.text.matchAll(YEAR)) newestYear = Math.max(newestYear, Number(m[0]))
  // an obituary: the lead reports a death, and only the death itself is news; the rest is career background
  const obituary = (DEATH.test(headText) || (body[0] !== undefined && DEATH.test(body[0].plain))) && LIFE_STORY.test(article.text)
  body.forEach((row, bi) => {
    const { s, text, plain } = row
    let a = 0
    let b = text.length
    while (a < b && /[\s"“”'‘’]/.test(text[a] ?? '')) a++
    while (b > a && /[\s.,;:!?"“”'‘’]/.test(text[b - 1] ?? '')) b--
    if (b - a < 2) return
    let signals: string[]
    let score: number
    let attributedTo: string | null
    if (row.quoted / text.length >= 0.5) {
      // a quoted sentence is a claim of its speaker's only when it gives a figure, a record or an allegation
      if (!row.speaker || /\?\s*["”’']*\s*$/.test(text) || FIRST_PERSON_I.test(text) || OPINION.test(text) || EVALUATIVE.test(text) || MODAL.test(text)) return
      const found = claimSignals(withoutPublicRecord(text, sporty).text)
      // ... or says what someone will do or is doing: "we're going to release our records", "is going ahead with a review"
      if (!found.some((x) => QUOTED_HARD.has(x)) && !QUOTED_PLAN.test(text)) return
      signals = found
      score = checkworthiness(found) + 0.15
      attributedTo = row.speaker
    } else {
      if (obituary && !DEATH_OR_ILLNESS.test(plain)) return
      const carried = row.own || row.vague ? null : neighbourSource(body, bi)
      const assessed = assess(plain, sporty, row.own !== null, row.quotedWords, newestYear)
      if (!assessed || assessed.score < CLAIM_THRESHOLD) return
      signals = assessed.signals
      score = assessed.score
      if (row.vague && !signals.includes('vague-attribution')) signals.push('vague-attribution')
      // an allegation is sourced in its own paragraph (RULES §15): an earlier paragraph's source does not cover it
      attributedTo = row.own ?? (carried && (!carried.far || (!signals.includes('allegation') && signals.some((x) => FIGURES.has(x)))) ? carried.source : null)
    }
    const kind = kindOf(signals)
    // unsourced figures and allegations rank first; a sourced event last
    const rank = score + (attributedTo === null ? 0.1 : 0) + (kind === 'event' ? -0.1 : 0)
    claims.push({
      start: s.start + a,
      end: s.start + b,
      text: text.slice(a, b),
      attributedTo,
      checkworthiness: Math.max(0, Math.min(1, Math.round(rank * 100) / 100)),
      signals: [kind, ...signals.filter((x) => x !== kind)],
    })
  })
  return claims
}

/** Claims in order of checkworthiness, most worth checking first (ties keep text order). */
export function byCheckworthiness<T extends Pick<Claim, 'checkworthiness' | 'start'>>(claims: readonly T[]): T[] {
  return [...claims].sort((x, y) => y.checkworthiness - x.checkworthiness || x.start - y.start)
}

/** A closing attribution that covers what went before it in the paragraph: "…, the company said." */
const TRAILING_CUE =
  new RegExp(
  String.raw`,\s+(?:(?:the|a|an|its|his|her|their)\s+)?(?:[\p{L}'’.&-]+\s+){0,5}?${oneOf(TRAILING_VERBS)}(?:\s+${oneOf(TRAILING_TIMES)}){0,3}[\s.,"”]*$`,
  'u',
)

/** What neighbourSource needs to know of each body sentence. */
interface Neighbour {
  para: number
  own: string | null
  /** The attribution closes the sentence ("…, the company said"), and does not just tag a quote ("“…,” she said") */
  trailing: boolean
  vague: boolean
  /** An attributed report of figures: only such a report covers figures in the paragraphs after it */
  figures: boolean
  /** The sentence with quotes blanked */
  plain: string
}
const FIGURES = new Set(['number', 'percentage', 'money'])

/**
 * The source a sentence rests on when it names none itself: the sentence just before, when this one continues it
 * (opening on a personal pronoun); for figures, a sourced report of figures earlier in the paragraph or up to two
 * paragraphs back (`far`); or a closing "…, the company said" later in the paragraph. A vague source on the way
 * stops the search. Otherwise the sentence stays in the reporter's voice.
 */
function neighbourSource(body: readonly Neighbour[], i: number): { source: string; far: boolean } | null {
  const para = body[i]!.para
  // the sentence just before, when this one continues its account by opening on a pronoun (RULES §15: a source in
  // the same or the previous sentence covers it; a fresh statement after a sourced one is the reporter's again);
  // further back in this paragraph or up to two before it, only a sourced report of figures, for figures that continue it
  for (let k = i - 1; k >= 0 && body[k]!.para >= para - CARRY_PARAS; k--) {
    const b = body[k]!
    if (b.vague) return null
    if (b.own) {
      const next = k === i - 1 && ANAPHOR.test(body[i]!.plain) && !DESCRIPTION.test(body[i]!.plain)
      return next ? { source: b.own, far: false } : b.figures ? { source: b.own, far: b.para !== para || k !== i - 1 } : null
    }
  }
  for (let k = i + 1; k < body.length && body[k]!.para === para; k++) {
    const b = body[k]!
    if (b.vague) return null
    if (b.own) return b.trailing ? { source: b.own, far: false } : null
  }
  return null
}
/** A sentence that opens on a personal pronoun continues the account of the one before ("It added ...", "They also found ...");
 * a demonstrative ("This is the first ...") more often opens the reporter's comment on it. */
const ANAPHOR = /^\s*["“]?\s*(?:It|Its|They|Their|He|His|She|Her)\b/
/** A pronoun and a copula open the reporter's own description of what went before ("It's a reward for ...",
 * "He was 87 ..."), not more of the source's account ("It also closed ...", "They found ...", "He was charged ..."). */
const DESCRIPTION = /^\s*["“]?\s*(?:It|They|He|She)(?:\s+(?:is|was|are|were)|['’]s)\s+(?!(?:also\s+|later\s+|then\s+|not\s+)?[a-z]+(?:ed|en|wn)\b)/
/** How many paragraphs back a sourced report still covers the figures that follow it. */
const CARRY_PARAS = 2

/** The sentence's own source: `reported` is the reported speech that overlaps it. */
function attribution(plain: string, reported: readonly ReportedSpeech[], inQuotes: readonly Quote[]): string | null {
  if (isVague(plain)) return null
  // reported speech with a source; a verb of the mind ("X believes") reports no source of a fact
  const rs = reported.find(
    (r) => r.source !== null && !r.guessed && isSource(r.source) && isReportingForm(r.cue.split(/\s+/)[0] ?? '') && !inSubordinateClause(plain, r.cue),
  )
  if (rs?.source) return rs.source
  const acc = ACCORDING_TO.exec(plain)
  if (acc?.[1]) return acc[1].trim()
  // a report in the passive with its agent: "findings published Tuesday by a team of scientists"
  const agent = PUBLISHED_BY.exec(plain)
  if (agent?.[1] && isSource(agent[1].split(/\s+(?:of|from|for|at|in)\s+/)[0]!)) return agent[1].trim()
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
  // a poll, a survey or a study is a described source ("surveys suggested", "the polling ... showed")
  const study = /\b((?:(?:the|a|an|new|recent|exit|opinion|little)\s+)*(?:polls?|polling|surveys?|study|studies|census))\b[^.;:]{0,80}?\b(?:show(?:s|ed)?|suggest(?:s|ed)?|indicat(?:es|ed)|f(?:ound|inds?))\b/iu.exec(plain)
  if (study?.[1]) return study[1]
  let tried = 0
  for (const cue of findCues(plain)) {
    // a sentence names its source in its first few cues; a run of cue words must not make this quadratic
    if (++tried > MAX_CUES) break
    const q = inQuotes.find((x) => x.speaker)
    if (q?.speaker) return q.speaker
    const agent = /^\s+by\s+((?:the\s+)?(?:\p{Lu}[\p{L}'’.&-]*\s*){1,6})/u.exec(plain.slice(cue.index + cue.word.length))
    if (agent?.[1]) return agent[1].trim()
    const subject = relativeAntecedent(plain, cue.index) ?? cueSubject(plain, cue)
    // "it" speaks only for an organisation's statement ("it said"); "it declined" is a figure falling
    if (subject && (isSource(subject) || (/(?:^|\s)it$/i.test(subject) && /^(?:said|says|added|told)$/.test(cue.word)))) return subject
  }
  // a parenthetical attribution by pronoun: "Inventions like it, they reason, could ..."
  const aside = /,\s+(he|she|they)\s+[a-z]+(?:s|ed)\s*,/i.exec(plain)
  if (aside?.[1]) return aside[1]
  // a speech act ("is calling for", "blasted", "characterized") or a participle of speech after the main clause
  // (", telling CBS that ...", ", saying ...") names its subject as the source
  const act = SPEECH_ACT.exec(plain)
  if (act) {
    const subject = cueSubject(plain, { index: act.index, word: act[0] })
    if (subject && isSource(subject)) return subject
  }
  const participle = SPEECH_PARTICIPLE.exec(plain)
  if (participle) {
    for (const m of plain.slice(0, participle.index).matchAll(NAME_RUN)) if (!NOT_A_NAME.test(m[1]!.split(/\s+/)[0]!)) return m[1]!
  }
  return null
}

/** Acts of speech that are no reporting verb of the lexicon's: what someone demands, attacks or calls something. */
const SPEECH_ACT =
  new RegExp(String.raw`\b(?:(?:is|are|was|were)\s+)?${oneOf(SPEECH_ACTS)}\b`)
/** A participle of speech closing the main clause: ", telling CBS that", ", saying". */
const SPEECH_PARTICIPLE = /,\s+(?:telling|saying|adding|writing|arguing|announcing|insisting|warning)\b/
const NAME_RUN = /(?:^|[^\p{L}])(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3})/gu

/** How many reporting verbs of one sentence are tried for a source. */
const MAX_CUES = 6

/** The name a relative clause hangs on when the cue's subject is "who": "Priebus, who has said" gives "Priebus". */
function relativeAntecedent(text: string, cueIndex: number): string | null {
  const before = text.slice(Math.max(0, cueIndex - 120), cueIndex)
  const m = /(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,3}),\s+who\s+(?:(?:has|had|have|also|later|previously)\s+)*$/u.exec(before)
  return m?.[1] ?? null
}
