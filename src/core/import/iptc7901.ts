/* eslint-disable no-control-regex -- these wire formats are framed by control characters (SOH, STX, ETX, EOT) */
import { buildArticle } from '../article/build'
import type { Article, EditorialNote } from '../article/types'
import { ImportError } from './errors'
import { agencyName } from '../news/agencies'
import { matchDateline } from '../news/datelines'
import { monthNumber } from '../news/dates'
import type { ParseResult } from './types'

const STX = '\x02'
const ETX = '\x03'
const EOT = '\x04'

/** SOH, then "eca062 4 i 211 ccccb   dpa 061": service and number, priority, category, word count, source, sequence. */
const HEADER = /\x01(?<service>[a-z]+)(?<number>\d+)\s+(?<priority>\d)\s+(?<category>[a-z]+)\s+(?<words>\d+)\s+(?<rest>[^\n]*)/i

/** True when text has the IPTC 7901 header line and a heading ended by " =" after STX. */
export function looksLikeIptc7901(text: string): boolean {
  const head = text.slice(0, 2000)
  return HEADER.test(head) && head.includes(STX)
}

/** "131137 GMT Nov 13" (day, hour, minute, month, two-digit year) → "2013-11-13T11:37:00Z" */
function etxTime(s: string): string | null {
  const m = /(\d{2})(\d{2})(\d{2})\s+(?:GMT\s+)?(\p{L}{3,})\.?\s+(\d{2})\b/u.exec(s)
  if (!m) return null
  const month = monthNumber(m[4] ?? '')
  if (!month) return null
  return `20${m[5]}-${String(month).padStart(2, '0')}-${m[1]}T${m[2]}:${m[3]}:00Z`
}

const NOTEBOOK = /^#\s*(?:\p{L}+\s+)?(?:NOTEBOOK|Notizblock|Notepad|Notas)\s*$/iu
const NOT_FOR_PUBLICATION = /not (?:intended )?for publication|nicht zur Veröffentlichung/i
const SERVICE_WORD = /^(?:REFILE|EXTRA|URGENT|FLASH|BULLETIN|CORRECTION|CORRECTED|CORRECTS|ROUNDUP|WRAPUP|EILT|\d+(?:ST|ND|RD|TH)\s+(?:LEAD|ADD|WRITETHRU))$/i
const CORRECTION = /^(?:Berichtigung|Korrektur|Correction|Corrects|Corrected|Clarification)\b/i

/** Splits lines into paragraphs at blank lines, joining the wrapped lines of each. */
function paragraphsOf(lines: readonly string[]): string[] {
  const out: string[] = []
  let cur: string[] = []
  for (const l of lines) {
    if (l.trim() === '') {
      if (cur.length) out.push(cur.join(' '))
      cur = []
    } else cur.push(l.trim())
  }
  if (cur.length) out.push(cur.join(' '))
  return out.map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean)
}

function parseOne(chunk: string, file: string, warnings: string[]): Article | null {
  const stx = chunk.indexOf(STX)
  if (stx < 0) return null
  const etx = chunk.indexOf(ETX, stx)
  if (etx < 0) warnings.push(`${file}: no ETX, the message may be truncated`)
  const header = chunk.slice(0, stx)
  const content = chunk.slice(stx + 1, etx < 0 ? undefined : etx).replace(/[\x00-\x08\x0b-\x1f\x7f]/g, '')
  const h = HEADER.exec(header)?.groups

  // Lines between the header and STX are the keyword (slug) line, "Germany-politics/".
  const keywords = header
    .split('\n')
    .slice(1)
    .map((l) => l.trim())
    .filter(Boolean)
    .join('')
  const slugline = keywords.replace(/(?<!\/)\/+$/, '') || null

  // The heading runs from STX to the first line that ends in "=".
  const lines = content.split('\n')
  let headEnd = lines.findIndex((l) => /(?:^|\s)=\s*$/.test(l))
  if (headEnd < 0) {
    warnings.push(`${file}: no heading line ending in " =" found`)
    headEnd = -1
  }
  const headingLines = lines.slice(0, headEnd + 1).map((l, i) => (i === headEnd ? withoutEndMark(l) : l).trim())
  const corrections: string[] = []
  const notes: EditorialNote[] = []
  const bylines: string[] = []
  const headlineParts: string[] = []
  let version: string | null = null
  // A parenthesised note may run over several lines: gather it whole.
  let paren: string[] | null = null
  for (const line of headingLines) {
    if (!line) continue
    if (paren) {
      paren.push(line)
      if (line.endsWith(')')) {
        const text = paren.join(' ').slice(1, -1).trim()
        if (CORRECTION.test(text)) corrections.push(text)
        else notes.push({ kind: 'heading', text })
        paren = null
      }
      continue
    }
    if (line.startsWith('(') && !headlineParts.length) {
      paren = [line]
      if (line.endsWith(')')) {
        const text = line.slice(1, -1).trim()
        if (CORRECTION.test(text)) corrections.push(text)
        else notes.push({ kind: 'heading', text })
        paren = null
      }
      continue
    }
    if (SERVICE_WORD.test(line) && !headlineParts.length) {
      corrections.push(line)
      if (/LEAD|WRITETHRU/i.test(line)) version = line
      continue
    }
    if (/^(?:By|Von|Par|Por|Di)\s+\S/.test(line)) {
      bylines.push(line)
      continue
    }
    if (line.startsWith('(') && line.endsWith(')')) {
      notes.push({ kind: 'heading', text: line.slice(1, -1).trim() })
      continue
    }
    headlineParts.push(line)
  }

  // The body ends where the notebook starts; everything from there on is for the desk only.
  const bodyLines = lines.slice(headEnd + 1)
  let nb = bodyLines.findIndex((l) => NOTEBOOK.test(l.trim()))
  if (nb < 0) {
    // Without a heading, the non-public block is announced by its own sentence after a "* * * *" line.
    const np = bodyLines.findIndex((l) => NOT_FOR_PUBLICATION.test(l))
    if (np >= 0) nb = np > 0 && /^[*\s]+$/.test(bodyLines[np - 1] ?? '') ? np - 1 : np
  }
  const storyLines = nb >= 0 ? bodyLines.slice(0, nb) : bodyLines
  if (nb >= 0) {
    const text = bodyLines.slice(nb).join('\n').trim()
    if (text) notes.push({ kind: 'notebook', text })
  }
  let paragraphs = paragraphsOf(storyLines)
  // The closing signature ("dpa abc xyz npr": agency and staff initials) is a desk note, not copy.
  const last = paragraphs.at(-1)
  if (last && /^[a-z][\w-]*(?:\s+[a-z0-9/]{1,8}){1,8}$/.test(last)) {
    notes.push({ kind: 'signature', text: last })
    paragraphs = paragraphs.slice(0, -1)
  }

  // A paragraph set above the one that opens with the dateline ("Peine (dpa/lni) - …") is the agency's teaser, which
  // its JSON and G2 renderings mark as such: the item's summary, not its first paragraph.
  let summary: string | null = null
  const [first, second] = paragraphs
  if (first !== undefined && second !== undefined && matchDateline(second, null)?.agency && !matchDateline(first, null)) {
    summary = first
    paragraphs = paragraphs.slice(1)
  }

  const headerSource = h?.rest?.trim().split(/\s+/).at(-2) ?? null
  const source = headerSource ? (agencyName(headerSource) ?? agencyName(headerSource.split('-')[0] ?? '')) : null
  return buildArticle({
    format: 'iptc7901',
    // The message number identifies a transmission, not the story: each lead gets a new one.
    agencyId: null,
    version,
    headline: headlineParts.join(' ') || null,
    source,
    slugline,
    bylines,
    created: etx >= 0 ? etxTime(chunk.slice(etx + 1)) : null,
    corrections,
    paragraphs,
    summary,
    notes,
  })
}

/** Parses one or more IPTC 7901 messages; the notebook goes to notes and never into the text. */
export function parseIptc7901(text: string, file: string): ParseResult {
  const warnings: string[] = []
  const articles: Article[] = []
  for (const chunk of text.split(EOT)) {
    if (!chunk.includes(STX)) continue
    const a = parseOne(chunk, file, warnings)
    if (a) articles.push(a)
  }
  if (articles.length === 0) throw new ImportError('malformed', `${file}: no IPTC 7901 message (STX ... ETX) found`, file)
  return { articles, warnings }
}

/** A heading line without its closing "=" (read from the end: a search for "\\s*=\\s*$" retries every space of a
 * long run of spaces). */
function withoutEndMark(line: string): string {
  const t = line.trimEnd()
  return t.endsWith('=') ? t.slice(0, -1) : line
}
