import { foldCase } from '../language/fold'

/**
 * The wire agencies and the spellings their feeds give for themselves: one canonical name per agency.
 * Import keeps the raw value (Article.source); the library stores the canonical name beside it, so the
 * source filter and `source:` search find every story of an agency however its feed spelled it.
 */

export interface Agency {
  /** The name the library shows and filters on */
  name: string
  /** Spellings seen in feeds, as printed; matched after folding (case, accents, punctuation, web domain) */
  spellings: readonly string[]
}

export const AGENCIES: readonly Agency[] = [
  { name: 'Reuters', spellings: ['Reuters', 'reuters.com', 'Thomson Reuters', 'Reuters News', 'Reuters Staff'] },
  {
    name: 'AP',
    spellings: ['AP', 'Associated Press', 'The Associated Press', 'apnews.com', 'AP Photo', 'AP Exchange'],
  },
  {
    name: 'AFP',
    spellings: ['AFP', 'afp.com', 'Agence France-Presse', 'Agence France Presse', 'AFP Services', 'أ ف ب'],
  },
  {
    name: 'dpa',
    spellings: ['dpa', 'dpa.com', 'dpa-AFX', 'dpa AFX', 'Deutsche Presse-Agentur', 'Deutsche Presse-Agentur GmbH', 'dpa international'],
  },
  { name: 'Bloomberg', spellings: ['Bloomberg', 'Bloomberg News', 'bloomberg.com', 'Bloomberg L.P.'] },
  { name: 'UPI', spellings: ['UPI', 'United Press International', 'upi.com'] },
  { name: 'ANSA', spellings: ['ANSA', 'ansa.it', 'Agenzia ANSA', 'Agenzia Nazionale Stampa Associata'] },
  { name: 'EFE', spellings: ['EFE', 'Agencia EFE', 'efe.com'] },
  { name: 'Xinhua', spellings: ['Xinhua', 'Xinhua News Agency', 'xinhuanet.com', 'news.cn', '新华社'] },
  { name: 'Kyodo', spellings: ['Kyodo', 'Kyodo News', 'kyodonews.net'] },
  { name: 'PA', spellings: ['PA', 'PA Media', 'Press Association', 'PA Wire', 'PA Sport'] },
  { name: 'AAP', spellings: ['AAP', 'Australian Associated Press', 'aap.com.au'] },
  { name: 'APA', spellings: ['APA', 'APA - Austria Presse Agentur', 'Austria Presse Agentur', 'apa.at'] },
  { name: 'ANA-MPA', spellings: ['ANA-MPA', 'ΑΠΕ-ΜΠΕ', 'Athens-Macedonian News Agency'] },
  { name: 'The Canadian Press', spellings: ['The Canadian Press', 'Canadian Press', 'CP', 'thecanadianpress.com'] },
  { name: 'Ritzau', spellings: ['Ritzau', 'ritzau.dk', 'Ritzaus Bureau'] },
  { name: 'NTB', spellings: ['NTB', 'Norsk Telegrambyrå', 'ntb.no'] },
  { name: 'TT', spellings: ['TT', 'TT Nyhetsbyrån', 'tt.se'] },
  { name: 'STT', spellings: ['STT', 'Suomen Tietotoimisto', 'stt.fi'] },
  { name: 'TASS', spellings: ['TASS', 'ITAR-TASS', 'tass.com', 'tass.ru'] },
  { name: 'Interfax', spellings: ['Interfax', 'interfax.com'] },
  { name: 'Yonhap', spellings: ['Yonhap', 'Yonhap News Agency', 'yna.co.kr'] },
  { name: 'PTI', spellings: ['PTI', 'Press Trust of India'] },
  { name: 'Anadolu', spellings: ['Anadolu', 'Anadolu Agency', 'Anadolu Ajansı', 'aa.com.tr'] },
  { name: 'EPA', spellings: ['EPA', 'European Pressphoto Agency', 'EPA-EFE'] },
  { name: 'Getty Images', spellings: ['Getty Images', 'Getty Images Inc.', 'gettyimages.com'] },
]

/** Company forms and web parts that do not make a different agency. */
const NOISE = /^(?:www\.)|\.(?:com|net|org|it|dk|de|at|fr|es|no|se|fi|ru|cn|com\.au|co\.kr|com\.tr)$|\b(?:gmbh|inc|ltd|llc|l\.p|plc|s\.a|ag)\.?$/giu

/** Without trailing spaces and commas ("Reuters, " of "Reuters, Inc."); a loop, as a regex would backtrack on long runs. */
function trimCommas(s: string): string {
  let end = s.length
  while (end > 0 && (s[end - 1] === ',' || /\s/u.test(s[end - 1]!))) end--
  return s.slice(0, end).trim()
}

/** The longest source that can still be an agency's name; a longer one is no agency and is not folded. */
const LONGEST_NAME = 120

/** The spelling of a source as compared: lower case, no accents, no web domain or company form, words split by one space. */
export function agencyKey(raw: string): string {
  let s = foldCase(raw).trim()
  let before: string
  do {
    before = s
    s = trimCommas(s.replace(NOISE, ''))
  } while (s !== before)
  s = s.replace(/^the\s+/u, '')
  return s.replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}

const BY_KEY: ReadonlyMap<string, string> = new Map(
  AGENCIES.flatMap((a) => [a.name, ...a.spellings].map((s) => [agencyKey(s), a.name] as const)),
)

/** The canonical name of the agency a raw source names ("REUTERS", "reuters.com" → "Reuters"), or null for no known agency. */
export function agencyOf(raw: string | null | undefined): string | null {
  const t = raw?.trim()
  return t && t.length <= LONGEST_NAME ? (BY_KEY.get(agencyKey(t)) ?? null) : null
}

/**
 * The name a source is listed under: its agency's canonical name, or, for a source that is no known agency, the
 * source trimmed, as printed; an empty or missing source is null.
 */
export function canonicalAgency(raw: string | null | undefined): string | null {
  return agencyOf(raw) ?? (raw?.trim() || null)
}

/** Every spelling the table knows, lower case as SQLite's lower() gives it (ASCII letters only): for rows stored before. */
export function knownSpellings(): { spelling: string; name: string }[] {
  const asciiLower = (s: string) => s.replace(/[A-Z]/g, (c) => c.toLowerCase())
  return AGENCIES.flatMap((a) => [a.name, ...a.spellings].map((s) => ({ spelling: asciiLower(s), name: a.name })))
}
