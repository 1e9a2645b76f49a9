/* eslint-disable no-control-regex -- these wire formats are framed by control characters (SOH, STX, ETX, EOT) */
import { buildArticle } from '../article/build'
import type { Article, EditorialNote } from '../article/types'
import { ImportError } from './errors'
import { isBylineRole, isBylineText } from '../news/bylines'
import { isEndMark } from './inline'
import type { ParseResult } from './types'

const SOH = '\x01'
const STX = '\x02'
const ETX = '\x03'
const EOT = '\x04'

/** True when text carries an ANPA-1312 header: SOH, a story number, and a slug line with a filing date. */
export function looksLikeAnpa(text: string): boolean {
  const head = text.slice(0, 600)
  return /\x01[a-z]?\d{4}/i.test(head) && head.includes(STX) && /\b[a-z]{2}-[\w.-]+/i.test(head)
}

/** ANPA `` '' quote pairs and ` ' single quotes to typographic quotation marks. */
export function anpaQuotes(s: string): string {
  return s
    .replace(/``/g, '“')
    .replace(/''/g, '”')
    .replace(/`([^`'‘’]*)'(?!\p{L})/gu, '‘$1’')
    .replace(/`/g, '‘')
}

/** Drops ANPA typesetting codes from a line: control characters, the ^ line marks, end-of-line < and =. */
function cleanLine(line: string): string {
  return line
    .replace(/[\x00-\x08\x0b-\x1f\x7f]/g, ' ')
    .replace(/^\s*\^/, '')
    // trimEnd first: /\s*[<=]\s*$/ is quadratic on a long run of spaces (found by the fuzzer)
    .trimEnd()
    .replace(/[<=]$/, '')
    .replace(/\s+/g, ' ')
    .trim()
}

/** "AP-WF-02-20-16 0337GMT" → "2016-02-20T03:37:00Z" */
function trailerTime(s: string): string | null {
  const m = /(\d{2})-(\d{2})-(\d{2}) (\d{2})(\d{2}) ?GMT/.exec(s)
  if (!m) return null
  return `20${m[3]}-${m[1]}-${m[2]}T${m[4]}:${m[5]}:00Z`
}

const EDS = /^\(?\s*(?:Eds|EDS|Editors?)\s*:/
const PHOTO_REFS = /^AP (?:Photos?|Video|Graphics?)\b[\s\w,]*$/

function parseOne(chunk: string, file: string, warnings: string[]): Article | null {
  const stx = chunk.indexOf(STX)
  if (stx < 0) return null
  const etx = chunk.indexOf(ETX, stx)
  const header = chunk.slice(0, stx)
  const content = chunk.slice(stx + 1, etx < 0 ? undefined : etx)
  const trailer = etx < 0 ? '' : chunk.slice(etx + 1)
  if (etx < 0) warnings.push(`${file}: no ETX, the transmission may be truncated`)

  // Line 1: SOH + story number + US + routing; line 2: priority, category, slug, version, date, word count.
  const storyNumber = /\x01([a-z]?\d{4})/i.exec(header)?.[1] ?? null
  const slugLine = /(?:^|\n)([a-z])\s([a-z])[\x13\x14]?[\x11\x12]?\s*([a-z]{2}-[^\s]+)\s*(.*?)\s+(\d{1,2})-(\d{1,2})\s*(\d{0,4})\s*$/im.exec(header)
  const tabular = /[\x12]/.test(header)
  let version = slugLine?.[4]?.trim() || null

  const lines = content.split('\n')
  const headerLines: string[] = []
  const bodyLines: string[] = []
  const clutter: string[] = []
  for (const raw of lines) {
    // A header-marked end mark ("^END<") closes the copy: it is no header line, least of all the headline.
    if (/^\s*\^/.test(raw) && isEndMark(cleanLine(raw))) clutter.push(cleanLine(raw))
    else if (/^\s*\^/.test(raw)) headerLines.push(cleanLine(raw))
    else if (/^[\t\x08]/.test(raw) || (tabular && /^\s*\S/.test(raw))) bodyLines.push(cleanLine(raw))
  }

  // The first header line is the keyword line: "BC-BKN--Heat-Hawks, 1st Ld-Writethru,416".
  // (a keyword line may close on a comma with no word count: "BC-WEA--Regional Forecast-Celsius,")
  const keyword = (headerLines.shift() ?? '').replace(/,\s*$/, '')
  const kw = /(?:^|\s)\^?(?<slug>[A-Z]{2}-[^,<]+?)(?:,\s*(?<version>[^,]*?(?:Ld|Writethru|Sub|Correction|Adv)[^,]*))?(?:,\s*\d+)?$/i.exec(keyword)
  const slugline = kw?.groups?.slug?.trim() ?? slugLine?.[3] ?? null
  if (!version && kw?.groups?.version) version = kw.groups.version.replace(/\s+/g, '')

  const notes: EditorialNote[] = []
  const bylines: string[] = []
  let headline: string | null = null
  const extra: string[] = []
  for (const h of headerLines) {
    if (!h) continue
    if (EDS.test(h)) notes.push({ kind: 'eds', text: h.replace(/^\(|\)$/g, '') })
    else if (/^EDITOR'?S NOTE\b/i.test(h)) notes.push({ kind: 'editors-note', text: h })
    else if (PHOTO_REFS.test(h)) notes.push({ kind: 'media', text: h })
    else if (isBylineText(h) || /^By\s/.test(h)) bylines.push(h)
    else if (bylines.length && isBylineRole(h)) bylines[bylines.length - 1] += `, ${h}`
    else if (headline === null) headline = h
    else extra.push(h)
  }
  // A long sentence among the header lines is the story's summary; short ones are table or list heads.
  const summaries = extra.filter((h) => h.length > 100 && /[.!?]$/.test(h))
  for (const s of summaries) notes.push({ kind: 'summary', text: s })
  let paragraphs = bodyLines.filter(Boolean)
  if (paragraphs.length === 0) paragraphs = extra.filter((h) => !summaries.includes(h))
  paragraphs = paragraphs.map(anpaQuotes)
  // With no headline line, the keyword line's title ("BC-WEA--Regional Forecast-Celsius" → "Regional
  // Forecast-Celsius") names a story of several paragraphs; a one-paragraph flash is its own headline (extractInline).
  if (headline === null && paragraphs.length > 1 && slugline) headline = slugline.replace(/^[A-Z]{2,3}-[A-Z]{2,4}--/, '').trim() || null

  const created = trailerTime(trailer)
  const slugKey = slugline?.replace(/\s+/g, ' ') ?? null
  const date = slugLine ? `${slugLine[5]?.padStart(2, '0')}-${slugLine[6]?.padStart(2, '0')}` : null
  return buildArticle({
    format: 'anpa',
    // Write-throughs of one story keep the slug and filing date but get new transmission numbers.
    agencyId: slugKey ? `${slugKey}${date ? ` ${date}` : ''}` : storyNumber,
    version,
    headline: headline ? anpaQuotes(headline) : null,
    source: /^\s*AP-/.test(trailer) ? 'AP' : null,
    slugline,
    bylines,
    created,
    corrections: version ? [version] : [],
    paragraphs,
    notes,
    clutter,
  })
}

/** Parses one or more ANPA-1312 transmissions; guarantees at least one article or an ImportError. */
export function parseAnpa(text: string, file: string): ParseResult {
  const warnings: string[] = []
  const articles: Article[] = []
  for (const chunk of text.split(EOT)) {
    if (!chunk.includes(STX)) continue
    const a = parseOne(chunk.slice(Math.max(0, chunk.indexOf(SOH))), file, warnings)
    if (a) articles.push(a)
  }
  if (articles.length === 0) throw new ImportError('malformed', `${file}: no ANPA story (STX ... ETX) found`, file)
  return { articles, warnings }
}
