import { buildArticle, cleanBlockText, type BodyPart } from '../article/build'
import type { Dateline, EditorialNote } from '../article/types'
import { monthNumber } from '../news/dates'
import { ImportError } from './errors'
import { htmlToBlocks, htmlToParagraphs } from './htmltext'
import { isObject, jsonKeysNear, objects, parseJsonSafe, startsLikeJsonObject, str, type JsonObject } from './json'
import type { ParseResult } from './types'

/*
 * dpa digitalwires JSON (format "digitalwires@x.y"): one entry per file, or a feed {entries: [...]}.
 * The notepad's nonpublic part and ednotes with is_publishable false hold staff phone numbers and
 * e-mail addresses: they go to notes only, never to text, paragraphs or bylines.
 */

/** True for JSON whose "format" names digitalwires, or that has its distinctive keys. */
export function looksLikeDigitalwires(text: string): boolean {
  if (!startsLikeJsonObject(text)) return false
  const head = text.slice(0, 8192)
  if (/"format"\s*:\s*"digitalwires/.test(head)) return true
  const keys = jsonKeysNear(text)
  return keys.has('entry_id') && (keys.has('article_html') || keys.has('urn'))
}

/** An ISO date from "21 Nov. 2024", "Nov. 21, 2024" or "21.11.2024" inside a dateline, when it has a year. */
function datelineDate(text: string): string | null {
  const pad = (n: number): string => String(n).padStart(2, '0')
  const ok = (y: number, m: number | null, d: number): string | null =>
    m && d >= 1 && d <= 31 && y > 1900 && y < 2200 ? `${y}-${pad(m)}-${pad(d)}` : null
  let m = /(\d{1,2})\.?\s+([A-Za-zÀ-ÿ]{3,10})\.?\s+(\d{4})/.exec(text)
  if (m) return ok(Number(m[3]), monthNumber(m[2] as string), Number(m[1]))
  m = /([A-Za-zÀ-ÿ]{3,10})\.?\s+(\d{1,2}),?\s+(\d{4})/.exec(text)
  if (m) return ok(Number(m[3]), monthNumber(m[1] as string), Number(m[2]))
  m = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text)
  if (m) return ok(Number(m[3]), Number(m[2]), Number(m[1]))
  return null
}

/** Splits a printed dateline ("MADRID, 21 Nov. 2024 (Europa Press) -") into text, place and date. */
export function parseDatelineText(raw: string): Dateline | null {
  const text = cleanBlockText(raw)
  if (!text) return null
  const beforeCredit = text.split('(')[0] ?? text
  const place = cleanBlockText((beforeCredit.split(',')[0] ?? '').replace(/(?<![-–—_])[-–—_]+$/, '')) || null
  return { text, place, date: datelineDate(text) }
}

function categoryNames(entry: JsonObject, type: string): string[] {
  return objects(entry.categories)
    .filter((c) => str(c, 'type') === type)
    .map((c) => str(c, 'name'))
    .filter((n): n is string => n !== null)
}

function notesOf(entry: JsonObject): EditorialNote[] {
  const notes: EditorialNote[] = []
  const notepad = isObject(entry.notepad) ? entry.notepad : null
  const nonpublic = str(notepad, 'nonpublic_html')
  const seen = new Set<string>()
  if (nonpublic) {
    const lines = htmlToParagraphs(nonpublic)
    for (const l of lines) seen.add(l)
    notes.push({ kind: 'notepad.nonpublic', text: lines.join('\n') })
  }
  for (const n of objects(entry.ednotes)) {
    const text = str(n, 'ednote')
    if (!text || n.is_publishable !== false) continue
    if (seen.has(cleanBlockText(text))) continue
    notes.push({ kind: str(n, 'role') ?? 'ednote', text })
  }
  return notes
}


function captionOf(a: JsonObject): { text: string; credit: string | null; creditLine: string | null } | null {
  const text = str(a, 'caption') ?? descriptionOf(a)
  if (!text) return null
  const credit = str(a, 'creditline')
  return { text, credit, creditLine: credit }
}

function descriptionOf(entry: JsonObject): string | null {
  const ds = objects(entry.descriptions)
  const cap = ds.find((d) => str(d, 'role') === 'drol:caption') ?? ds[0]
  return str(cap, 'description', 'value')
}

function entryToArticle(entry: JsonObject, warnings: string[]) {
  const dateline = parseDatelineText(str(entry, 'dateline') ?? '')
  // The teaser is the agency's summary of the story, not its first paragraph: it goes to `summary`.
  const teaser = str(entry, 'teaser')
  const html = str(entry, 'article_html')
  const body: BodyPart[] = html ? htmlToBlocks(html) : []
  // The dateline is printed at the start of the first body paragraph (as the 7901 and G2 renderings
  // of the same item show); the HTML marks it only sometimes.
  const firstPara = body.findIndex((b) => b.kind === 'paragraph')
  if (dateline && firstPara >= 0) {
    const first = (body[firstPara] as BodyPart).text
    const norm = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim()
    if (!norm(first).startsWith(norm(dateline.text))) body[firstPara] = { kind: 'paragraph', text: `${dateline.text} ${first}` }
  }
  const infobox = str(entry, 'infobox_html')
  if (infobox) body.push(...htmlToBlocks(infobox))
  // An entry with no article text but a teaser (a flash, an urgent) has the teaser as its only text.
  const teaserIsBody = !!teaser && !body.some((b) => b.kind === 'paragraph')
  if (teaserIsBody) body.unshift({ kind: 'paragraph', text: teaser })
  const summary = teaserIsBody ? null : teaser
  const paragraphs = body.filter((b) => b.kind === 'paragraph').map((b) => b.text)

  const type = str(entry, 'type')
  const captions = objects(entry.associations)
    .filter((a) => /image|picture|graphic/.test(str(a, 'type') ?? ''))
    .map(captionOf)
    .filter((c): c is NonNullable<typeof c> => c !== null)
  const creditline = str(entry, 'creditline')
  if (!body.length && captions.length === 0) {
    // A picture entry: its own caption, credited by its creditline.
    const d = descriptionOf(entry)
    if (d) captions.push({ text: d, credit: creditline, creditLine: creditline })
  }
  if (!body.length && !captions.length) warnings.push(`entry ${str(entry, 'urn') ?? '?'} (${type ?? 'no type'}) has no article text`)

  const signal = str(entry, 'signal') ?? ''
  return buildArticle({
    format: 'digitalwires',
    agencyId: str(entry, 'urn', 'entry_id'),
    version: str(entry, 'version'),
    headline: str(entry, 'headline'),
    source: categoryNames(entry, 'dnltype:provider')[0] ?? (body.length ? creditline : null),
    section: categoryNames(entry, 'dnltype:desk')[0] ?? null,
    slugline: str(entry, 'kicker'),
    dateline,
    bylines: str(entry, 'byline') ? [str(entry, 'byline') as string] : [],
    copyright: str(entry, 'copyrightnotice'),
    usageTerms: str(entry, 'usageterms'),
    language: str(entry, 'language'),
    created: str(entry, 'version_created', 'updated'),
    dates: {
      // digitalwires has no first-created time: content_created is usually null, version_created is the filing.
      created: str(entry, 'content_created', 'version_created', 'updated'),
      versionCreated: str(entry, 'version_created', 'updated'),
      embargoUntil: str(entry, 'embargoed'),
    },
    corrections: /correction/i.test(signal) ? ['correction'] : [],
    paragraphs,
    body,
    summary,
    captions,
    notes: notesOf(entry),
  })
}

/** Parses dpa digitalwires JSON (one entry or a feed of entries); non-public notepad text goes to notes only. */
export function parseDigitalwires(text: string, file: string): ParseResult {
  const doc = parseJsonSafe(text, file)
  const entries = isObject(doc) && Array.isArray(doc.entries) ? objects(doc.entries) : Array.isArray(doc) ? objects(doc) : isObject(doc) ? [doc] : []
  if (entries.length === 0) throw new ImportError('malformed', `${file}: no digitalwires entry found`, file)
  const warnings: string[] = []
  const articles = entries.map((e) => entryToArticle(e, warnings))
  return { articles, warnings }
}
