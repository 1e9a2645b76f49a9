import { buildArticle } from '../article/build'
import type { Article, EditorialNote } from '../article/types'
import { ImportError } from './errors'
import { htmlToParagraphs } from './htmltext'
import { arr, isObject, jsonKeysNear, obj, objects, parseJsonSafe, startsLikeJsonObject, str, type JsonObject } from './json'
import type { ParseResult } from './types'

/*
 * AP Media API JSON: a single item ({api_version, data: {item}}) or a feed ({data: {items: [{item}]}}).
 * The API carries metadata and captions; a text story's body is a separate NITF/ANPA rendition that the
 * JSON only links to, so such items import with their metadata and a warning.
 */

/** True for an AP Media API response envelope (api_version + data) or a bare AP item. */
export function looksLikeApMedia(text: string): boolean {
  if (!startsLikeJsonObject(text)) return false
  const keys = jsonKeysNear(text)
  if (keys.has('api_version') && keys.has('data')) return true
  return keys.has('altids') && (keys.has('itemid') || keys.has('etag')) && (keys.has('editorialpriority') || keys.has('datelinelocation') || keys.has('description_caption'))
}

function itemsOf(doc: unknown): JsonObject[] {
  if (!isObject(doc)) return []
  const data = obj(doc, 'data')
  if (data) {
    const single = obj(data, 'item')
    if (single) return [single]
    return arr(data, 'items')
      .filter(isObject)
      .map((x) => obj(x, 'item') ?? x)
  }
  return 'altids' in doc || 'uri' in doc ? [doc] : []
}

function placeOf(item: JsonObject): string | null {
  const loc = obj(item, 'datelinelocation')
  if (!loc) return null
  const city = str(loc, 'city')
  const area = str(loc, 'countryareacode', 'countryareaname')
  const country = str(loc, 'countryname')
  if (city && area) return `${city}, ${area}`
  if (city && country) return `${city}, ${country}`
  return city ?? area ?? country
}

function bylinesOf(item: JsonObject): string[] {
  return objects(item.bylines)
    .map((b) => {
      const by = str(b, 'by')
      if (!by) return null
      const title = str(b, 'title')
      return title ? `${by}, ${title}` : by
    })
    .filter((s): s is string => s !== null)
}

function notesOf(item: JsonObject): EditorialNote[] {
  const ed = str(item, 'ednote')
  return ed ? [{ kind: 'ednote', text: ed }] : []
}

const VISUAL = new Set(['picture', 'graphic', 'video', 'photo', 'image'])

function itemToArticle(item: JsonObject, warnings: string[]): Article {
  const type = str(item, 'type') ?? 'text'
  const place = placeOf(item)
  const creditline = str(item, 'description_creditline')
  const caption = str(item, 'description_caption')
  const captions = VISUAL.has(type) && caption ? [{ text: caption, credit: creditline, creditLine: creditline }] : []
  const paragraphs: string[] = []
  // Some AP products inline the story; most link it as a rendition.
  const inline = str(item, 'body_html', 'body_nitf')
  if (inline) paragraphs.push(...htmlToParagraphs(inline))
  const renditions = obj(item, 'renditions')
  if (!paragraphs.length && !captions.length) {
    const linked = renditions ? Object.keys(renditions).filter((k) => /nitf|anpa|text/i.test(k)) : []
    warnings.push(
      linked.length
        ? `AP item ${str(item, 'uri') ?? ''}: the story text is in the linked ${linked.join('/')} rendition, not in this JSON; import that file for the body`
        : `AP item ${str(item, 'uri') ?? ''} has no text or caption`,
    )
  }
  const usage = item.usageterms
  const usageTerms = Array.isArray(usage) ? usage.filter((u): u is string => typeof u === 'string').join(' ') || null : str(item, 'usageterms')
  const altids = obj(item, 'altids')
  const signals = arr(item, 'signals').filter((s): s is string => typeof s === 'string')
  return buildArticle({
    format: 'apmedia',
    agencyId: str(altids, 'itemid') ?? str(item, 'uri'),
    version: str(item, 'version'),
    headline: str(item, 'headline_extended', 'headline', 'title'),
    source: str(item, 'provider') ?? 'AP',
    slugline: str(item, 'slugline'),
    dateline: place ? { text: place, place, date: null } : null,
    bylines: VISUAL.has(type) ? [] : bylinesOf(item),
    copyright: str(item, 'copyrightnotice'),
    usageTerms,
    language: str(item, 'language'),
    created: str(item, 'versioncreated', 'firstcreated'),
    dates: {
      created: str(item, 'firstcreated', 'versioncreated'),
      versionCreated: str(item, 'versioncreated'),
      embargoUntil: str(item, 'embargoed'),
    },
    corrections: signals.filter((s) => /correct|writethru|withheld|kill/i.test(s)),
    paragraphs,
    captions,
    notes: notesOf(item),
  })
}

/** Parses an AP Media API response (one item or a feed page) into articles, one per item. */
export function parseApMedia(text: string, file: string): ParseResult {
  const doc = parseJsonSafe(text, file)
  const items = itemsOf(doc)
  if (items.length === 0) throw new ImportError('malformed', `${file}: no AP Media API item found`, file)
  const warnings: string[] = []
  const articles = items.map((i) => itemToArticle(i, warnings))
  return { articles, warnings }
}
