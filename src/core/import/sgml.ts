import { buildArticle } from '../article/build'
import type { Article, Dateline } from '../article/types'
import { monthNumber } from '../news/dates'
import { ImportError } from './errors'
import { plainTextParagraphs } from './nitf'
import type { ParseResult } from './types'
import { decodeEntities } from './xml'

/*
 * Reuters-21578 SGML: many <REUTERS> stories in one file. It is SGML, not XML, so it is read with a
 * tolerant forward scan (indexOf only): unknown or unclosed tags never stop the import.
 */

/** Cheap sniff: an SGML file of <REUTERS> stories. */
export function looksLikeReutersSgml(text: string): boolean {
  const head = text.slice(0, 4096)
  return /<REUTERS[\s>]/.test(head) && /<(TEXT|DATE|TITLE|BODY)[\s>]/.test(text.slice(0, 16384))
}

/** Content of the first <TAG ...>...</TAG> in [from, to), or null. */
function tagContent(s: string, tag: string, from: number, to: number): string | null {
  const open = s.indexOf(`<${tag}`, from)
  if (open < 0 || open >= to) return null
  const after = s.charCodeAt(open + tag.length + 1)
  if (after !== 62 /* > */ && after !== 32 && after !== 9 && after !== 10) return tagContent(s, tag, open + 1, to)
  const gt = s.indexOf('>', open)
  if (gt < 0 || gt >= to) return null
  const close = s.indexOf(`</${tag}>`, gt)
  return s.slice(gt + 1, close < 0 || close > to ? to : close)
}

function attrOf(openTag: string, name: string): string | null {
  const i = openTag.indexOf(`${name}="`)
  if (i < 0) return null
  const end = openTag.indexOf('"', i + name.length + 2)
  return end < 0 ? null : openTag.slice(i + name.length + 2, end)
}

/** Tags dropped, entities decoded, control characters (the wire's &#2; &#3; &#5; ...) removed. */
function cleanText(raw: string): string {
  // Tags go before entities are decoded: "&lt;Texas Commerce Bancshares Inc>" is text, not a tag.
  const untagged = raw.includes('<') ? raw.replace(/<\/?[A-Za-z][^<>]*>/g, '') : raw
  // eslint-disable-next-line no-control-regex
  return decodeEntities(untagged).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')
}

/** "02" for "FEB" or "Feb": the corpus writes English abbreviations only. */
function monthOf(abbreviation: string): string | undefined {
  const n = monthNumber(abbreviation, ['en'])
  return n === null ? undefined : String(n).padStart(2, '0')
}

/** "26-FEB-1987 15:01:01.79" → "1987-02-26T15:01:01.79" (no zone: the corpus gives none). */
export function sgmlDate(raw: string | null): string | null {
  const m = raw ? /(\d{1,2})-([A-Za-z]{3})-(\d{4})\s+(\d{2}):(\d{2}):(\d{2})(\.\d+)?/.exec(raw) : null
  if (!m) return null
  const month = monthOf(m[2]!)
  if (!month) return null
  return `${m[3]}-${month}-${m[1]!.padStart(2, '0')}T${m[4]}:${m[5]}:${m[6]}${m[7] ?? ''}`
}

/** "SALVADOR, Feb 26 - " → text "SALVADOR, Feb 26 -", place "SALVADOR", date in the story's year. */
function readDateline(raw: string | null, created: string | null): Dateline | null {
  const text = raw ? cleanText(raw).replace(/\s+/g, ' ').trim() : ''
  if (!text) return null
  const place = text.split(',', 1)[0]!.trim() || null
  let date: string | null = null
  const m = /\b([A-Za-z]{3})[a-z]*\.?\s+(\d{1,2})\b/.exec(text.slice(place?.length ?? 0))
  const month = m ? monthOf(m[1]!) : undefined
  if (m && month && created) date = `${created.slice(0, 4)}-${month}-${m[2]!.padStart(2, '0')}`
  return { text, place, date }
}

/** The wire signature at the end of a story (" Reuter", "REUTER"), removed from the body. */
const SIGNATURE = /^reuters?$/i

/**
 * Parses a Reuters-21578 SGML file into one Article per <REUTERS> story (NEWID as agencyId). Stories whose
 * body cannot be read are reported in warnings; a file without any story is an ImportError.
 */
export function parseReutersSgml(text: string, file: string): ParseResult {
  const articles: Article[] = []
  const warnings: string[] = []
  let pos = 0
  for (;;) {
    const start = text.indexOf('<REUTERS', pos)
    if (start < 0) break
    const openEnd = text.indexOf('>', start)
    if (openEnd < 0) {
      warnings.push('the last <REUTERS> tag is truncated')
      break
    }
    const closeAt = text.indexOf('</REUTERS>', openEnd)
    const nextStart = text.indexOf('<REUTERS', openEnd)
    let end = closeAt < 0 ? text.length : closeAt
    if (nextStart >= 0 && nextStart < end) end = nextStart
    if (closeAt < 0 || (nextStart >= 0 && nextStart < closeAt)) warnings.push(`story at offset ${start} has no </REUTERS>`)
    pos = end
    const openTag = text.slice(start, openEnd + 1)
    const story = readStory(text, openTag, openEnd + 1, end, warnings)
    if (story) articles.push(story)
  }
  if (!articles.length) throw new ImportError('malformed', 'no <REUTERS> story found in the SGML file', file)
  return { articles, warnings }
}

/** The corpus's dateline at the head of a text: a place in capitals, then the month and day ("HARARE, March 3 -"). */
const RUN_ON_DATELINE = /^\p{Lu}[\p{Lu}.' -]*(?:, [\p{Lu}][\p{L}.' -]*)?, (?:Jan|Feb|March|April|May|June|July|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.? \d{1,2} -/u

/** Words set in capitals, as the wire set titles ("FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26"). */
const CAPITALS = /^[^\p{Ll}]*\p{Lu}[^\p{Ll}]*\p{Lu}[^\p{Ll}]*$/u

/**
 * The title of unprocessed copy: its first line when set in capitals, above the text; or, where the dateline runs on
 * in that line ("ZIMBABWE MAIZE HARVEST LOWER AFTER BUMPER CROPS HARARE, March 3"), the capitals before it.
 */
function capitalTitle(text: string): { title: string; rest: string } | null {
  const lines = text.split('\n')
  const at = lines.findIndex((l) => l.trim() !== '')
  if (at < 0) return null
  const first = (lines[at] as string).replace(/\s+/g, ' ').trim()
  const after = lines.slice(at + 1).join('\n')
  if (first.length <= 120 && CAPITALS.test(first) && /\p{L}/u.test(after)) return { title: first, rest: after }
  // The place is taken as the last word in capitals before the date (a two-word place leaves its first word to the title).
  // (A title and a dateline fit in a short line: a longer one is not tried, so a huge line costs nothing here.)
  if (first.length > 240) return null
  const words = first.split(' ')
  const next = after.slice(0, 120)
  for (let i = words.length - 1; i >= 3; i--) {
    const head = words.slice(0, i).join(' ')
    const tail = words.slice(i).join(' ')
    if (CAPITALS.test(head) && RUN_ON_DATELINE.test(`${tail} ${next}`.replace(/\s+/g, ' '))) return { title: head, rest: `${tail}\n${after}` }
  }
  return null
}

function readStory(s: string, openTag: string, from: number, to: number, warnings: string[]): Article | null {
  const newId = attrOf(openTag, 'NEWID')
  const created = sgmlDate(tagContent(s, 'DATE', from, to))
  const textOpen = s.indexOf('<TEXT', from)
  const textTag = textOpen >= 0 && textOpen < to ? s.slice(textOpen, s.indexOf('>', textOpen) + 1) : ''
  const textType = attrOf(textTag, 'TYPE')
  const textBody = tagContent(s, 'TEXT', from, to)
  if (textBody === null) {
    warnings.push(`story ${newId ?? '?'} has no <TEXT>`)
    return null
  }
  const title = tagContent(textBody, 'TITLE', 0, textBody.length)
  const dateline = readDateline(tagContent(textBody, 'DATELINE', 0, textBody.length), created)
  const author = tagContent(textBody, 'AUTHOR', 0, textBody.length)
  let bodyRaw = tagContent(textBody, 'BODY', 0, textBody.length)
  if (bodyRaw === null && textType === 'UNPROC') bodyRaw = textBody
  // Unprocessed copy has no TITLE: its title is its first line, in capitals as the wire set it
  // ("FEDERAL RESERVE WEEKLY REPORT 1 - FEB 26"), above the text.
  let bodyText = bodyRaw === null ? null : cleanText(bodyRaw)
  let titleLine: string | null = null
  if (title === null && bodyText !== null) {
    const split = capitalTitle(bodyText)
    if (split) ({ title: titleLine, rest: bodyText } = split)
  }
  // TYPE="BRIEF" stories carry only a headline; the corpus fills their body with a placeholder.
  const paragraphs = bodyText === null || textType === 'BRIEF' ? [] : plainTextParagraphs(bodyText)
  let signed = false
  const last = paragraphs[paragraphs.length - 1]
  if (last !== undefined && SIGNATURE.test(last.trim())) {
    paragraphs.pop()
    signed = true
  } else if (last !== undefined && /\sreuters?$/i.test(last)) {
    paragraphs[paragraphs.length - 1] = last.replace(/\s+reuters?$/i, '')
    signed = true
  }
  const byline = author ? cleanText(author).replace(/\s+/g, ' ').trim() : ''
  const headline = title ? cleanText(title).replace(/\s+/g, ' ').trim() : titleLine
  const topics = tagContent(s, 'TOPICS', from, to)
  const firstD = (list: string | null): string | null => (list ? tagContent(list, 'D', 0, list.length) : null)
  return buildArticle({
    format: 'sgml',
    agencyId: newId,
    version: null,
    headline,
    source: signed || /reuter/i.test(byline) ? 'Reuters' : null,
    section: firstD(topics),
    dateline,
    datelineBlock: !!dateline,
    bylines: byline ? [byline] : [],
    language: 'en',
    created,
    paragraphs,
  })
}
