import { buildArticle } from '../article/build'
import type { Article, EditorialNote } from '../article/types'
import { ImportError } from './errors'
import { htmlToParagraphs } from './htmltext'
import { arr, isObject, jsonKeysNear, obj, objects, parseJsonSafe, startsLikeJsonObject, str, type JsonObject } from './json'
import type { ParseResult } from './types'

/*
 * ninjs (IPTC's JSON news format), all three generations:
 *  1.x  headline, byline, body_text / body_html / body_xhtml, description_text, ednote, copyrightnotice
 *  2.x  headlines[], by, bodies[], descriptions[], lower-case names
 *  3.x  the 2.x structure with camelCase names (edNote, copyrightNotice, versionCreated, ...)
 * Superdesk's ninjs output (guid, authors, description_html) and feed envelopes ({item: [...]},
 * {items: [...]}, or a top-level array) are read too.
 */

const NINJS_MARKERS = ['uri', 'guid', 'versioncreated', 'versionCreated', 'firstcreated', 'firstCreated', 'headlines', 'bodies',
  'body_text', 'body_html', 'body_xhtml', 'byline', 'pubstatus', 'pubStatus', 'copyrightnotice', 'copyrightNotice',
  'representationtype', 'representationType', '$standard', 'standard', 'associations', 'renditions']

/** True for JSON text whose top-level keys are ninjs properties (and not a digitalwires or AP Media envelope). */
export function looksLikeNinjs(text: string): boolean {
  const head = text.slice(0, 512)
  if (!startsLikeJsonObject(text) && !/^\ufeff?\s*\[\s*\{/.test(head)) return false
  const keys = jsonKeysNear(text)
  if (keys.has('format') && /"format"\s*:\s*"digitalwires/.test(text.slice(0, 8192))) return false
  if (keys.has('api_version') && keys.has('data')) return false
  if (/ninjs/i.test(text.slice(0, 2048)) && keys.has('uri')) return true
  let hits = 0
  for (const k of NINJS_MARKERS) if (keys.has(k)) hits++
  return hits >= 2 || (keys.has('uri') && (keys.has('type') || keys.has('headline') || keys.has('title')))
}

// Every property named by ninjs 1.0-3.1, both spellings, plus the extensions Superdesk writes.
const KNOWN_PROPS = new Set([
  '$standard', 'standard', 'uri', 'type', 'profile', 'version', 'versioncreated', 'versionCreated', 'firstcreated',
  'firstCreated', 'contentcreated', 'contentCreated', 'embargoed', 'embargoedUntil', 'embargoedreason', 'pubstatus',
  'pubStatus', 'urgency', 'copyrightholder', 'copyrightHolder', 'copyrightnotice', 'copyrightNotice', 'usageterms',
  'usageTerms', 'ednote', 'edNote', 'language', 'headline', 'headlines', 'title', 'byline', 'by', 'located', 'slugline',
  'body_text', 'body_html', 'body_xhtml', 'bodies', 'description_text', 'description_html', 'description_xhtml',
  'descriptions', 'person', 'people', 'place', 'places', 'organisation', 'organisations', 'subject', 'subjects', 'genre',
  'genres', 'event', 'events', 'eventDetails', 'object', 'objects', 'infosource', 'infosources', 'infoSources', 'altids',
  'altIds', 'associations', 'renditions', 'mimetype', 'representationtype', 'representationType', 'charcount', 'wordcount',
  'expires', 'trustindicator', 'trustindicators', 'trustIndicators', 'rightsinfo', 'rightsInfo', 'digitalsourcetype',
  'digitalSourceType', 'plannedCoverage', 'advices',
  // Superdesk
  'guid', 'authors', 'priority', 'service', 'source', 'extra', 'keywords', 'annotations', 'readtime', 'firstpublished',
])
const EXTENSION_PROP = /^(body|description|headline)_.+/
const STRING_PROPS = ['uri', 'type', 'profile', 'version', 'title', 'pubstatus', 'pubStatus', 'ednote', 'edNote', 'byline', 'by',
  'headline', 'located', 'slugline', 'language', 'copyrightholder', 'copyrightHolder', 'copyrightnotice', 'copyrightNotice',
  'usageterms', 'usageTerms', 'representationtype', 'representationType', 'body_text', 'body_html', 'body_xhtml',
  'description_text', 'description_html', 'mimetype', 'digitalsourcetype', 'digitalSourceType', 'embargoedreason']
const DATE_PROPS = ['versioncreated', 'versionCreated', 'firstcreated', 'firstCreated', 'contentcreated', 'contentCreated',
  'expires', 'embargoed', 'embargoedUntil']
const ARRAY_PROPS = ['person', 'people', 'place', 'places', 'organisation', 'organisations', 'subject', 'subjects', 'genre',
  'genres', 'headlines', 'bodies', 'descriptions', 'infosource', 'infosources', 'infoSources', 'events', 'objects', 'object',
  'trustindicators', 'trustIndicators', 'altIds', 'advices']
const TYPES = new Set(['text', 'audio', 'video', 'picture', 'graphic', 'composite', 'component', 'collection', 'event',
  'planning', 'advisory', 'concept'])
const PUBSTATUS = new Set(['usable', 'withheld', 'canceled', 'commissioned'])
// ISO 8601 date, optionally truncated (2023, 2023-07) or with a time.
const ISO_DATE = /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/

/** Checks one item against the rules the ninjs schemas state; returns human-readable problems. */
function validate(item: JsonObject): string[] {
  const w: string[] = []
  const uri = item.uri ?? item.guid
  if (typeof uri !== 'string' || uri.trim() === '') w.push('the item has no uri (ninjs requires one)')
  for (const k of Object.keys(item)) {
    if (!KNOWN_PROPS.has(k) && !EXTENSION_PROP.test(k)) w.push(`"${k}" is not a ninjs property`)
    else if (EXTENSION_PROP.test(k) && !KNOWN_PROPS.has(k) && typeof item[k] !== 'string') w.push(`"${k}" must be a string`)
  }
  for (const k of STRING_PROPS) if (k in item && typeof item[k] !== 'string') w.push(`"${k}" must be a string`)
  for (const k of DATE_PROPS) {
    if (!(k in item)) continue
    const v = item[k]
    if (typeof v !== 'string' || !ISO_DATE.test(v.trim())) w.push(`"${k}" must be an ISO 8601 date string`)
  }
  for (const k of ARRAY_PROPS) if (k in item && !Array.isArray(item[k])) w.push(`"${k}" must be an array`)
  if ('altids' in item && !isObject(item.altids)) w.push('"altids" must be an object')
  for (const k of ['$standard', 'standard']) if (k in item && !isObject(item[k])) w.push(`"${k}" must be an object`)
  const type = item.type
  if (typeof type === 'string' && !TYPES.has(type)) w.push(`unknown item type "${type}"`)
  const pub = item.pubstatus ?? item.pubStatus
  if (typeof pub === 'string' && !PUBSTATUS.has(pub)) w.push(`unknown pubstatus "${pub}"`)
  const rep = item.representationtype ?? item.representationType
  if (typeof rep === 'string' && rep !== 'full' && rep !== 'partial') w.push(`unknown representationtype "${rep}"`)
  const dst = item.digitalsourcetype ?? item.digitalSourceType
  if (typeof dst === 'string' && !/^https?:\/\//.test(dst)) w.push('"digitalsourcetype" must be a URI')
  const rights = item.rightsinfo ?? item.rightsInfo
  if (rights !== undefined) {
    const rs = Array.isArray(rights) ? rights : [rights]
    for (const r of rs) {
      if (!isObject(r)) w.push('"rightsinfo" must be an object')
      else {
        if ('linkedrights' in r && 'encodedrights' in r) w.push('"rightsinfo" cannot hold both linkedrights and encodedrights')
        if ('linkedrights' in r && typeof r.linkedrights !== 'string') w.push('"linkedrights" must be a URI string')
      }
    }
  }
  if (type === 'event' && 'renditions' in item) w.push('an event item cannot have renditions')
  const assoc = item.associations
  if (Array.isArray(assoc)) {
    for (const a of assoc) {
      if (!isObject(a)) w.push('an association must be an object')
      else {
        if (typeof a.name !== 'string') w.push('an association has no name')
        if (typeof a.uri !== 'string') w.push('an association has no uri')
        for (const k of Object.keys(a)) if (!KNOWN_PROPS.has(k) && k !== 'name' && !EXTENSION_PROP.test(k)) w.push(`association property "${k}" is not a ninjs property`)
      }
    }
  } else if (isObject(assoc)) {
    for (const a of Object.values(assoc)) {
      if (a === null) continue
      if (!isObject(a)) w.push('an association must be an object')
      else for (const k of Object.keys(a)) if (!KNOWN_PROPS.has(k) && !EXTENSION_PROP.test(k)) w.push(`association property "${k}" is not a ninjs property`)
    }
  } else if (assoc !== undefined) w.push('"associations" must be an object or an array')
  deepChecks(item, w, 0)
  return [...new Set(w)]
}

/** Rules that apply at any depth: urgency 1-9, GeoJSON needs a type, date fields are dates, one start per event. */
function deepChecks(v: unknown, w: string[], depth: number): void {
  if (depth > 32) return
  if (Array.isArray(v)) {
    for (const x of v) deepChecks(x, w, depth + 1)
    return
  }
  if (!isObject(v)) return
  for (const [k, x] of Object.entries(v)) {
    if (k === 'urgency' && !(typeof x === 'number' && Number.isInteger(x) && x >= 0 && x <= 9)) w.push(`urgency ${JSON.stringify(x)} is not an integer from 1 to 9`)
    if (k === 'geojson' && !(isObject(x) && typeof x.type === 'string')) w.push('a geojson value has no type')
    if (/Date$/.test(k) && typeof x === 'string' && !ISO_DATE.test(x.trim())) w.push(`"${k}" is not an ISO 8601 date: ${x}`)
    if (k === 'dates' && isObject(x) && 'startDate' in x && 'expectedStartDate' in x) w.push('an event cannot have both startDate and expectedStartDate')
    deepChecks(x, w, depth + 1)
  }
}

function isHtmlBody(b: JsonObject): boolean {
  const ct = (str(b, 'contenttype', 'contentType') ?? '').toLowerCase()
  const role = (str(b, 'role') ?? '').toLowerCase()
  return ct.includes('html') || role.includes('html')
}

function isPlainBody(b: JsonObject): boolean {
  const ct = (str(b, 'contenttype', 'contentType') ?? 'text/plain').toLowerCase()
  return ct.startsWith('text/plain') && !isHtmlBody(b)
}

/** Body paragraphs: HTML preferred (it keeps paragraph breaks), then plain text split at line breaks. */
function bodyParagraphs(item: JsonObject): string[] {
  const html = str(item, 'body_html', 'body_xhtml')
  if (html) return htmlToParagraphs(html, { skip: FIGURES })
  const bodies = objects(item.bodies).filter((b) => typeof b.value === 'string')
  const htmls = bodies.filter(isHtmlBody)
  // A "rich" rendering repeats the plain one with embeds; the plain HTML reads better.
  const chosen = htmls.find((b) => !/rich/i.test(str(b, 'role') ?? '')) ?? htmls[0]
  if (chosen) return htmlToParagraphs(str(chosen, 'value') ?? '', { skip: FIGURES })
  const text = str(item, 'body_text') ?? str(bodies.find(isPlainBody), 'value')
  if (text) return textParagraphs(text)
  // 1.x extension bodies (body_main, body_richtext ...)
  for (const [k, v] of Object.entries(item)) {
    if (/^body_/.test(k) && typeof v === 'string' && v.trim()) return /<[a-z][^>]*>/i.test(v) ? htmlToParagraphs(v, { skip: FIGURES }) : textParagraphs(v)
  }
  return []
}

const FIGURES: ReadonlySet<string> = new Set(['figure', 'h1'])

function textParagraphs(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n')
  // Blank lines separate paragraphs when the text has them; otherwise every line is a paragraph.
  const parts = /\n\s*\n/.test(lines) ? lines.split(/\n\s*\n/) : lines.split('\n')
  return parts.map((p) => p.trim()).filter(Boolean)
}

function headlineOf(item: JsonObject): string | null {
  const direct = str(item, 'headline')
  if (direct) return direct
  const hs = objects(item.headlines)
  const main = hs.find((h) => (str(h, 'role') ?? 'main') === 'main') ?? hs[0]
  return str(main, 'value') ?? str(item, 'headline_main') ?? str(item, 'title')
}

function descriptionOf(item: JsonObject, roles: RegExp): string | null {
  const d = str(item, 'description_text')
  if (d) return d
  const html = str(item, 'description_html', 'description_xhtml')
  if (html) return htmlToParagraphs(html).join(' ')
  const ds = objects(item.descriptions)
  const pick = ds.find((x) => roles.test(str(x, 'role') ?? '')) ?? ds[0]
  const v = str(pick, 'value')
  if (!v) return null
  return /html/i.test(str(pick, 'contenttype', 'contentType') ?? '') ? htmlToParagraphs(v).join(' ') : v
}

function bylineOf(item: JsonObject): string[] {
  const by = str(item, 'byline', 'by')
  if (by) return [by]
  // Superdesk lists authors instead; writers only (editors and photographers are not the byline).
  return objects(item.authors)
    .filter((a) => !str(a, 'role') || /writer|author|correspondent/i.test(str(a, 'role') ?? ''))
    .map((a) => str(a, 'name'))
    .filter((s): s is string => s !== null)
}

const PICTURE_TYPES = new Set(['picture', 'graphic', 'video'])

/** Captions of associated pictures, each credited to its photographer (by/byline) or copyright holder. */
function associationCaptions(item: JsonObject): { text: string; credit: string | null }[] {
  const assoc = item.associations
  const list = Array.isArray(assoc) ? objects(assoc) : isObject(assoc) ? Object.values(assoc).filter(isObject) : []
  const out: { text: string; credit: string | null }[] = []
  for (const a of list) {
    if (!PICTURE_TYPES.has(str(a, 'type') ?? '')) continue
    const text = descriptionOf(a, /caption|text|summary/i) ?? str(a, 'headline')
    if (!text) continue
    out.push({ text, credit: str(a, 'byline', 'by') ?? str(a, 'copyrightholder', 'copyrightHolder') })
  }
  return out
}

/** The non-public notes of an item: ednote / edNote, and ednotes marked is_publishable false. */
function notesOf(item: JsonObject): EditorialNote[] {
  const notes: EditorialNote[] = []
  const ed = str(item, 'ednote', 'edNote')
  if (ed) notes.push({ kind: 'ednote', text: ed })
  for (const n of objects(item.ednotes)) {
    const text = str(n, 'ednote', 'value', 'text')
    if (text && n.is_publishable === false) notes.push({ kind: str(n, 'role') ?? 'ednote', text })
  }
  return notes
}

function itemToArticle(item: JsonObject): Article {
  const type = str(item, 'type') ?? 'text'
  const headline = headlineOf(item)
  let paragraphs = bodyParagraphs(item)
  const captions = associationCaptions(item)
  const byline = bylineOf(item)
  if (PICTURE_TYPES.has(type) && paragraphs.length === 0) {
    // A picture item is its caption, credited to its photographer.
    const caption = descriptionOf(item, /caption|text|summary/i)
    if (caption) captions.unshift({ text: caption, credit: byline[0] ?? str(item, 'copyrightholder', 'copyrightHolder') })
  } else if (paragraphs.length === 0) {
    // A text item sent without a body (a teaser or brief) still has its description.
    const d = descriptionOf(item, /text|summary|abstract/i)
    if (d) paragraphs = textParagraphs(d)
  }
  if (headline) paragraphs = paragraphs.filter((p, i) => !(i === 0 && p.trim() === headline.trim()))
  const located = str(item, 'located')
  const infosource = objects(item.infosources ?? item.infoSources ?? item.infosource).map((s) => str(s, 'name')).find(Boolean)
  return buildArticle({
    format: 'ninjs',
    agencyId: str(item, 'uri', 'guid'),
    version: str(item, 'version'),
    headline,
    source: str(item, 'source') ?? infosource ?? str(item, 'copyrightholder', 'copyrightHolder'),
    slugline: str(item, 'slugline'),
    dateline: located ? { text: located, place: located, date: null } : null,
    bylines: PICTURE_TYPES.has(type) && paragraphs.length === 0 ? [] : byline,
    copyright: str(item, 'copyrightnotice', 'copyrightNotice'),
    usageTerms: str(item, 'usageterms', 'usageTerms'),
    language: str(item, 'language'),
    created: str(item, 'versioncreated', 'versionCreated', 'firstcreated', 'firstCreated'),
    dates: {
      created: str(item, 'firstcreated', 'firstCreated', 'contentcreated', 'contentCreated', 'versioncreated', 'versionCreated'),
      versionCreated: str(item, 'versioncreated', 'versionCreated'),
      embargoUntil: str(item, 'embargoed', 'embargoedUntil', 'embargoeduntil'),
    },
    corrections: [],
    paragraphs,
    captions,
    notes: notesOf(item),
  })
}

/** The items of a ninjs document: one item, a top-level array, or a feed envelope ({item|items: [...]}). */
function itemsOf(doc: unknown): JsonObject[] {
  if (Array.isArray(doc)) return objects(doc)
  if (!isObject(doc)) return []
  const inner = arr(doc, 'item', 'items', '_items')
  if (inner.length && !('uri' in doc) && !('guid' in doc)) return objects(inner)
  const single = obj(doc, 'item')
  if (single && !('uri' in doc)) return [single]
  return [doc]
}

/** Parses ninjs 1.x-3.x JSON into articles; invalid JSON throws ImportError, schema problems become warnings. */
export function parseNinjs(text: string, file: string): ParseResult {
  const doc = parseJsonSafe(text, file)
  const items = itemsOf(doc)
  if (items.length === 0) throw new ImportError('malformed', `${file}: no ninjs item found (expected a JSON object)`, file)
  const warnings: string[] = []
  const articles: Article[] = []
  items.forEach((item, i) => {
    const where = items.length > 1 ? `item ${i + 1}: ` : ''
    for (const w of validate(item)) warnings.push(`${where}${w}`)
    const a = itemToArticle(item)
    if (a.paragraphs.length === 0 && a.captions.length === 0) warnings.push(`${where}the item has no body text or caption`)
    articles.push(a)
  })
  return { articles, warnings }
}
