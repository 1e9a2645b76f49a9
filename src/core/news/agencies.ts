import { foldCase } from '../language/fold'
import { literal } from '../language/pattern'

/**
 * The wire agencies and picture services, in one table: the canonical name of each, the spellings feeds and credits
 * give for it, and the services credits print under their own name. Import reads a story's source from it
 * (datelines, logo lines, bylines), the library stores the canonical name beside the raw source so the source filter
 * and `source:` search find every story of an agency however its feed spelled it, and the credit analysis tells an
 * agency from a photographer by it.
 */

export interface Agency {
  /** The name the library shows and filters on, and the name import gives a story's source */
  name: string
  /** Spellings seen in feeds and credits, as printed; each stands for `name` */
  spellings: readonly string[]
  /**
   * Services of the agency that a credit prints under their own name ("Reuters TV", "ITAR-TASS"): the credit keeps
   * that name, and the library files a story from one under the agency
   */
  brands?: readonly string[]
  /** The names its staff role lines print after a byline: "AP Sports Writer", "Associated Press Writer" */
  roleNames?: readonly string[]
  /**
   * How its picture credits print, where a credit is found by the agency's name: 'photo' "AP Photo/Name",
   * 'capitals' "REUTERS/Name" (its name in capitals), 'named' any credit that names it ("… /Getty Images")
   */
  pictureCredit?: 'photo' | 'capitals' | 'named'
  /** The names it prints as the distributor of others' pictures: "Name/Kremlin via REUTERS" */
  via?: readonly string[]
  /**
   * The sentence splitter skips a dateline crediting it in mixed case ("Berlin (dpa) -"); any other credit it skips
   * is two to five capitals. (Every agency's name instead is a change of the analysis, not measured yet.)
   */
  splitterCredit?: true
}

export const AGENCIES: readonly Agency[] = [
  {
    name: 'Reuters',
    splitterCredit: true,
    spellings: ['Reuters', 'reuters.com', 'Thomson Reuters', 'Reuters News', 'Reuters Staff'],
    brands: ['Reuters TV'],
    roleNames: ['Reuters'],
    pictureCredit: 'capitals',
    via: ['REUTERS', 'Reuters'],
  },
  {
    name: 'AP',
    spellings: ['AP', 'Associated Press', 'The Associated Press', 'apnews.com', 'AP Photo', 'AP Exchange'],
    roleNames: ['Associated Press', 'AP'],
    pictureCredit: 'photo',
    via: ['AP'],
  },
  {
    name: 'AFP',
    spellings: ['AFP', 'afp.com', 'Agence France-Presse', 'Agence France Presse', 'AFP Services', 'أ ف ب'],
    roleNames: ['AFP'],
    pictureCredit: 'photo',
    via: ['AFP'],
  },
  {
    name: 'dpa',
    splitterCredit: true,
    spellings: ['dpa', 'dpa.com', 'dpa-AFX', 'dpa AFX', 'Deutsche Presse-Agentur', 'Deutsche Presse-Agentur GmbH', 'dpa international'],
    brands: ['dpa-Zentralbild'],
    roleNames: ['dpa'],
    pictureCredit: 'photo',
  },
  { name: 'Bloomberg', spellings: ['Bloomberg', 'Bloomberg News', 'bloomberg.com', 'Bloomberg L.P.'], roleNames: ['Bloomberg'], splitterCredit: true },
  { name: 'UPI', spellings: ['UPI', 'United Press International', 'upi.com'] },
  { name: 'ANSA', spellings: ['ANSA', 'ansa.it', 'Agenzia ANSA', 'Agenzia Nazionale Stampa Associata'] },
  { name: 'EFE', spellings: ['EFE', 'Agencia EFE', 'efe.com'] },
  { name: 'Xinhua', spellings: ['Xinhua', 'Xinhua News Agency', 'xinhuanet.com', 'news.cn', '新华社'], splitterCredit: true },
  { name: 'Kyodo', spellings: ['Kyodo', 'Kyodo News', 'kyodonews.net'] },
  { name: 'PA', spellings: ['PA', 'PA Media', 'Press Association', 'PA Sport'], brands: ['PA Wire'] },
  { name: 'AAP', spellings: ['AAP', 'Australian Associated Press', 'aap.com.au'] },
  { name: 'APA', spellings: ['APA', 'APA - Austria Presse Agentur', 'Austria Presse Agentur', 'apa.at'], brands: ['APA-Images'] },
  { name: 'ANA-MPA', spellings: ['ANA-MPA', 'ANA', 'ΑΠΕ-ΜΠΕ', 'Athens-Macedonian News Agency'] },
  { name: 'The Canadian Press', spellings: ['The Canadian Press', 'Canadian Press', 'CP', 'thecanadianpress.com'] },
  { name: 'Ritzau', spellings: ['Ritzau', 'ritzau.dk', 'Ritzaus Bureau'] },
  { name: 'NTB', spellings: ['NTB', 'Norsk Telegrambyrå', 'ntb.no'] },
  { name: 'TT', spellings: ['TT', 'TT Nyhetsbyrån', 'tt.se'] },
  { name: 'STT', spellings: ['STT', 'Suomen Tietotoimisto', 'stt.fi'] },
  { name: 'TASS', spellings: ['TASS', 'tass.com', 'tass.ru'], brands: ['ITAR-TASS'] },
  { name: 'Interfax', spellings: ['Interfax', 'interfax.com'] },
  { name: 'Yonhap', spellings: ['Yonhap', 'Yonhap News Agency', 'yna.co.kr'] },
  { name: 'PTI', spellings: ['PTI', 'Press Trust of India'] },
  { name: 'Anadolu', spellings: ['Anadolu', 'Anadolu Ajansı', 'aa.com.tr'], brands: ['Anadolu Agency'] },
  { name: 'EPA', spellings: ['EPA', 'European Pressphoto Agency'], brands: ['EPA-EFE'], pictureCredit: 'photo' },
  { name: 'Getty Images', spellings: ['Getty Images', 'Getty Images Inc.', 'gettyimages.com', 'Getty'], pictureCredit: 'named', via: ['Getty Images'] },
  { name: 'Europa Press', spellings: ['Europa Press'] },
  { name: 'KNA', spellings: ['KNA'] },
  { name: 'epd', spellings: ['epd'] },
  { name: 'SDA', spellings: ['SDA', 'Keystone-SDA'], brands: ['Keystone'] },
  { name: 'Belga', spellings: ['Belga'] },
  { name: 'ANP', spellings: ['ANP'] },
  { name: 'PAP', spellings: ['PAP'] },
  { name: 'Sputnik', spellings: ['Sputnik'] },
  { name: 'KCNA', spellings: ['KCNA'] },
  { name: 'picture alliance', spellings: ['picture alliance', 'picture-alliance'] },
  { name: 'Imago', spellings: ['Imago'] },
  { name: 'Shutterstock', spellings: ['Shutterstock'], brands: ['Rex/Shutterstock'] },
  { name: 'NurPhoto', spellings: ['NurPhoto'] },
  { name: 'SOPA Images', spellings: ['SOPA Images'] },
  { name: 'ZUMA', spellings: ['ZUMA'], brands: ['ZUMA Press', 'ZUMA Wire'] },
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

/** Every name an agency goes by: its own, its spellings and its services. */
const namesOf = (a: Agency): string[] => [a.name, ...a.spellings, ...(a.brands ?? [])]

const BY_KEY: ReadonlyMap<string, string> = new Map(
  AGENCIES.flatMap((a) => namesOf(a).map((s) => [agencyKey(s), a.name] as const)),
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
  return AGENCIES.flatMap((a) => namesOf(a).map((s) => ({ spelling: asciiLower(s), name: a.name })))
}

/** A name as printed, for the lookups by spelling: lower case, whitespace folded to one space. */
const printedKey = (s: string): string => s.trim().replace(/\s+/g, ' ').toLowerCase()

/** Spelling as printed (lower case) → the agency's name, or the service's own name for a service. */
const BY_SPELLING: ReadonlyMap<string, { agency: string; printed: string }> = new Map(
  AGENCIES.flatMap((a) => [
    ...[a.name, ...a.spellings].map((s) => [printedKey(s), { agency: a.name, printed: a.name }] as const),
    ...(a.brands ?? []).map((b) => [printedKey(b), { agency: a.name, printed: b }] as const),
  ]),
)

/**
 * The agency a printed name spells exactly (case and runs of spaces aside, nothing else folded), or null: what
 * import asks of a logo line, a dateline's credit or a byline's word, where "(Reuters)" and "Reuters Ltd" are not
 * the bare name. A service ("Reuters TV") gives its agency.
 */
export function agencyBySpelling(printed: string): string | null {
  return BY_SPELLING.get(printedKey(printed))?.agency ?? null
}

/**
 * The name a credit prints for an agency or service it spells exactly: the agency's name for one of its spellings
 * ("the associated press" → "AP"), a service's own name for a service ("itar-tass" → "ITAR-TASS"); null for a name
 * the table does not know.
 */
export function creditName(printed: string): string | null {
  return BY_SPELLING.get(printedKey(printed))?.printed ?? null
}

/**
 * The agency a whole printed line names (a logo line, a logo's alt text, a dateline's credit), trailing dots and
 * colons aside: "REUTERS." → "Reuters"; null for anything else.
 */
export function agencyName(s: string): string | null {
  // Agency names are short; a long line is never one (and is not worth normalising).
  if (s.length > 80) return null
  return agencyBySpelling(s.trim().replace(/[.:]+$/, ''))
}

/*
 * Pattern parts built from the table, for the patterns that find an agency by how it prints its name: the byline's
 * role line, the picture credits of captions. Each is a regex alternation of the names, escaped.
 */

const alternation = (names: readonly string[]): string => names.map(literal).join('|')

/** "Associated Press|AP|Reuters|…": the names staff role lines print ("AP Sports Writer"). */
export const ROLE_LINE_AGENCIES = alternation(AGENCIES.flatMap((a) => a.roleNames ?? []))
/** "AP|AFP|dpa|EPA": agencies whose picture credits read "AP Photo/Name". */
export const PHOTO_LABEL_AGENCIES = alternation(AGENCIES.filter((a) => a.pictureCredit === 'photo').map((a) => a.name))
/** "REUTERS": agencies whose picture credits print their name in capitals ("REUTERS/Name"). */
export const CAPITALS_CREDIT_AGENCIES = alternation(AGENCIES.filter((a) => a.pictureCredit === 'capitals').map((a) => a.name.toUpperCase()))
/** "REUTERS|Getty Images": names that make a caption's closing words a picture credit wherever they stand in it. */
export const NAMED_CREDIT_AGENCIES = alternation(
  AGENCIES.flatMap((a) => (a.pictureCredit === 'capitals' ? [a.name.toUpperCase()] : a.pictureCredit === 'named' ? [a.name] : [])),
)
/** "REUTERS|Reuters|AP|AFP|Getty Images": the distributors a credit names after "via". */
export const VIA_AGENCIES = alternation(AGENCIES.flatMap((a) => a.via ?? []))
