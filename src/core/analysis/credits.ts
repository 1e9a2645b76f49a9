import type { Article } from '../article/types'
import { CAPITALS_CREDIT_AGENCIES, creditName, PHOTO_LABEL_AGENCIES, VIA_AGENCIES } from '../news/agencies'
import { bylineNames, withoutClosingAgency } from '../news/bylines'
import { parseCreditLine } from '../news/credits'
import type { Contributor, Credits, PhotoCredit } from './types'

/**
 * Words a credit chain prints where a maker would stand that name no agency and no person: the picture was pooled or
 * handed out. The agencies and picture services are in core/news/agencies.ts.
 */
const NO_MAKER: Readonly<Record<string, string>> = { pool: 'Pool', handout: 'Handout' }

/** Words that mark a segment of a credit chain as a body, not a person. */
const ORG_WORDS_OF_CREDITS = [
  'images?', 'photos?', 'press', 'news', 'agency', 'wire', 'service', 'services', 'ministry', 'office', 'government',
  'police', 'army', 'military', 'forces?', 'tv', 'television', 'media', 'handout', 'pool', 'press office',
  'department', 'council', 'committee', 'party', 'university', 'museum', 'foundation', 'archive', 'archiv', 'club',
  'courtesy', 'social media', 'website', 'via',
]
const ORG_WORD = new RegExp(String.raw`\b(?:${ORG_WORDS_OF_CREDITS.join('|')})\b`, 'i')

/** Trailers that say how the picture was used, not who made it. */
const PHOTO_TRAILER = /[,/]\s*(?:file(?: photo)?|archive|archiv|pool|illustration|dpa-bildfunk)\s*$/i

/** "AP Photo/" opening a credit: the agency prints its pictures under its name and "Photo" (news/agencies.ts). */
const PHOTO_LABEL = new RegExp(String.raw`^(${PHOTO_LABEL_AGENCIES})\s+Photo\s*\/?\s*`, 'i')

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}'’.-]*|(?:van|von|de|der|den|da|di|du|la|le|del|bin|ibn|al-[\p{L}]+|el-[\p{L}]+))`
const PERSON_NAME = new RegExp(String.raw`^\p{Lu}[\p{L}'’.-]*(?:\s+${NAME_WORD}){1,4}$`, 'u')

/** Normalises an agency name to its usual spelling; other strings come back trimmed. */
export function normaliseAgency(name: string): string {
  const t = name.trim().replace(/\s+/g, ' ')
  return creditName(t) ?? NO_MAKER[t.toLowerCase()] ?? t
}

function isAgency(s: string): boolean {
  const t = s.trim()
  return creditName(t) !== null || NO_MAKER[t.toLowerCase()] !== undefined
}

function looksLikePerson(s: string): boolean {
  const t = s.trim()
  return PERSON_NAME.test(t) && !isAgency(t) && !ORG_WORD.test(t)
}

/**
 * Splits one photo credit into photographer, agencies and distributor:
 * "Sputnik/Alexei Nikolskyi/Kremlin via REUTERS" → Alexei Nikolskyi, [Sputnik, Kremlin], Reuters.
 */
export function parsePhotoCredit(raw: string): PhotoCredit {
  let s = raw.trim().replace(/\s+/g, ' ')
  s = s.replace(/\+\+\+.*$/, '').trim()
  if (/^\(.*\)$/.test(s)) s = s.slice(1, -1).trim()
  s = s.replace(/^(?:©|\(c\)|copyright)\s*/i, '')
  s = s.replace(/^(?:photo(?:graph)?s?|picture|pic|image|foto|fotos|bild|credit)\s*(?:by\s*)?:?\s*/i, '')
  let house: string | null = null
  const apPhoto = PHOTO_LABEL.exec(s)
  if (apPhoto?.[1]) {
    house = normaliseAgency(apPhoto[1])
    s = s.slice(apPhoto[0].length)
  }
  while (PHOTO_TRAILER.test(s)) s = s.replace(PHOTO_TRAILER, '').trim()
  s = s.replace(/(?<![.,;])[.,;]+$/, '').trim()

  let distributor: string | null = house
  const via = /\s+via\s+(.+)$/i.exec(s)
  if (via?.[1]) {
    distributor = normaliseAgency(via[1])
    s = s.slice(0, via.index).trim()
  }
  const parts = s
    .split(/\s*\/\s*/)
    .map((p) => p.trim())
    .filter(Boolean)
  if (!distributor && parts.length > 0) {
    const last = parts[parts.length - 1] as string
    const first = parts[0] as string
    if (parts.length > 1 && isAgency(last)) distributor = normaliseAgency(parts.pop() as string)
    else if (parts.length > 1 && isAgency(first) && !isAgency(last)) distributor = normaliseAgency(parts.shift() as string)
    else if (parts.length === 1 && !looksLikePerson(first)) distributor = normaliseAgency(parts.pop() as string)
  }
  let photographer: string | null = null
  const agencies: string[] = []
  for (const p of parts) {
    if (!photographer && looksLikePerson(p)) photographer = p
    else agencies.push(normaliseAgency(p))
  }
  return { credit: raw.trim(), photographer, agencies, distributor, start: null, end: null }
}

/** A credit printed at the end of a caption, when the import left it in the caption text. */
const TRAILING_CREDIT = new RegExp(
  [
    String.raw`\((?:${PHOTO_LABEL_AGENCIES}) Photo\/[^)]*\)`,
    String.raw`\((?:Photo|Photograph|Picture|Image)s? (?:by|:)[^)]*\)`,
    String.raw`\b(?:Foto|Photo|Bild):\s*[^.]*`,
    String.raw`\b(?:${CAPITALS_CREDIT_AGENCIES})\/[\p{L} .'’\-]+(?:\/[\p{L} .'’\-]+)*`,
    // at most 12 more words before "via": a run of any length is tried from each of its capitals (quadratic). Words
    // are split by spaces and slashes only: a hyphen belongs to words, and one that could also split them made a run
    // of hyphens exponential (a fuzzed 23 KB story took minutes)
    String.raw`(?:\p{Lu}[\p{L}'’.-]*(?:[ /]+[\p{L}'’.-]+){0,12})\s+via\s+(?:${VIA_AGENCIES})`,
  ].join('|'),
  'u',
)

/** Finds the credit at the end of a caption's text, or null. */
export function trailingCaptionCredit(text: string): { credit: string; index: number } | null {
  let best: { credit: string; index: number } | null = null
  const g = new RegExp(TRAILING_CREDIT.source, 'gu')
  for (let m = g.exec(text); m; m = g.exec(text)) {
    const tail = text.slice(m.index + m[0].length).trim()
    if (tail === '' || /^[.)]$/.test(tail)) best = { credit: m[0].trim(), index: m.index }
  }
  if (!best) return null
  // "Name/Org via REUTERS" may have swallowed caption words before the chain: keep the chain only.
  const viaChain = /(?:^|[.!?]\s+|\d{4}\.?\s+)([^.]*?\/[^.]*\svia\s.+)$/u.exec(best.credit)
  if (viaChain?.[1] && viaChain[1] !== best.credit) {
    return { credit: viaChain[1].trim(), index: best.index + best.credit.lastIndexOf(viaChain[1]) }
  }
  return best
}

/** "By Jane Doe and John Roe, Reuters" → ["Jane Doe", "John Roe"]. */
export function parseByline(line: string): string[] {
  return bylineNames(withoutClosingAgency(line.trim().replace(/\s+/g, ' '))).filter((x) => !isAgency(x))
}

const COPYRIGHT = /^(?:©|\(c\)\s|copyright\b)/i
const BYLINE_PARAGRAPH = /^By\s+\p{Lu}[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4}(?:\s*(?:,|and)\s*\p{Lu}[\p{L}'’.-]+(?:\s+[\p{L}'’.-]+){0,4})*$/u

/**
 * Collects every credit in the article: bylines, the reporting/writing/editing line (from creditLines or
 * a body paragraph), photo credits with their chains, and copyright lines. Photo credit offsets point into
 * Article.text when the credit is printed there, else null.
 */
export function extractCredits(article: Article): Credits {
  const credits: Credits = {
    contributors: [],
    bylines: [],
    reporting: [],
    writing: [],
    editing: [],
    additionalReporting: [],
    compiledBy: [],
    photo: [],
    copyright: [],
  }
  const contributors = credits.contributors as Contributor[]
  const addBylines = (line: string) => {
    for (const name of parseByline(line)) {
      if (credits.bylines.includes(name)) continue
      credits.bylines.push(name)
      contributors.push({ name, role: 'byline', location: null })
    }
  }
  for (const b of article.bylines) addBylines(b)
  const paragraphs = article.blocks.filter((b) => b.kind === 'paragraph')
  const first = paragraphs[0]
  if (first && BYLINE_PARAGRAPH.test(first.text) && first.text.length < 80) addBylines(first.text)

  const lines = [
    ...article.blocks.filter((b) => b.kind === 'creditLine').map((b) => b.text),
    ...article.creditLines,
    ...paragraphs.slice(-3).map((b) => b.text),
  ]
  const seenLines = new Set<string>()
  for (const line of lines) {
    if (seenLines.has(line)) continue
    seenLines.add(line)
    for (const c of parseCreditLine(line)) {
      if (contributors.some((x) => x.name === c.name && x.role === c.role)) continue
      contributors.push(c)
      if (c.role !== 'byline') credits[c.role].push(c.name)
    }
    if (COPYRIGHT.test(line) && !credits.copyright.includes(line)) credits.copyright.push(line)
  }
  if (article.copyright && !credits.copyright.includes(article.copyright)) credits.copyright.push(article.copyright)

  for (const cap of article.captions) {
    const block = article.text.slice(cap.start, cap.end)
    let credit = cap.credit
    let at = credit ? block.lastIndexOf(credit) : -1
    if (!credit) {
      const t = trailingCaptionCredit(block)
      if (t) {
        credit = t.credit
        at = t.index
      }
    }
    if (credit) {
      const pc = parsePhotoCredit(credit)
      if (at >= 0) {
        pc.start = cap.start + at
        pc.end = pc.start + credit.length
      }
      credits.photo.push(pc)
    } else if (cap.creditLine) {
      credits.photo.push(parsePhotoCredit(cap.creditLine))
    }
  }
  return credits
}
