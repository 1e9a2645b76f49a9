import { buildArticle } from '../article/build'
import type { Article, EditorialNote } from '../article/types'
import { ImportError } from './errors'
import { decodeHtmlEntities, htmlToBlocks, type TextBlock } from './htmltext'
import { isoDateTime } from './nitf'
import type { ParseResult } from './types'
import { child, findAll, parseXml, textContent, textOf, type XmlElement } from './xml'

/*
 * Ritzau's RBNews XML: one <RBNews> item (headline, subtitle, town, PublishDate, byLine, strapline, section, content),
 * or a feed response that lists several. The body and the note to the editors are HTML escaped into the element's
 * text; a feed response escapes it once more, so a reference left after the HTML is read is read again.
 */

/** True when the markup is an RBNews item, or a response that holds some (an <RBNews> element near the start). */
export function looksLikeRBNews(text: string, root: string): boolean {
  return root === 'RBNews' || /<RBNews[\s>]/.test(text.slice(0, 65536))
}

const ENTITY_LEFT = /&(?:#[0-9]{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i

/** Decodes the references a doubly escaped text still holds once read. */
const unescapeTwice = (s: string): string => (ENTITY_LEFT.test(s) ? decodeHtmlEntities(s) : s)

/** An element's text, or null when it is empty or marked xsi:nil. */
function field(item: XmlElement, name: string): string | null {
  const t = textOf(child(item, name))
  return t === null ? null : unescapeTwice(t)
}

/** The blocks of an escaped HTML field, crossheads marked, with references escaped twice decoded. */
function htmlField(item: XmlElement, name: string): TextBlock[] {
  const html = textContent(child(item, name))
  if (!html.trim()) return []
  return htmlToBlocks(html).map((b) => ({ ...b, text: unescapeTwice(b.text) }))
}

/** RBNews' flags, in the words the other formats use: a correction, a cancelled item (kill), a new version. */
const FLAGS: readonly [string, string][] = [
  ['Korrektion', 'correction'],
  ['Annuleret', 'canceled'],
  ['NyVersion', 'new version'],
]

function flagged(item: XmlElement): string[] {
  return FLAGS.filter(([name]) => field(item, name)?.toLowerCase() === 'true').map(([, word]) => word)
}

function itemToArticle(item: XmlElement): Article {
  const town = field(item, 'town')
  const note = htmlField(item, 'TilRedaktionen')
    .map((b) => b.text)
    .join('\n')
  const notes: EditorialNote[] = note ? [{ kind: 'ednote', text: note }] : []
  const created = isoDateTime(field(item, 'PublishDate'))
  return buildArticle({
    format: 'rbnews',
    agencyId: field(item, 'NewsID'),
    version: field(item, 'version'),
    // A nil headline stays null: a flash is sent without one, and none is made up.
    headline: field(item, 'headline'),
    summary: field(item, 'subtitle'),
    // "/agency/" as the origin prints it
    source: field(item, 'origin')?.replace(/^\/+|\/+$/g, '').trim() || null,
    section: field(item, 'section'),
    slugline: field(item, 'strapline'),
    dateline: town ? { text: town, place: town, date: null } : null,
    bylines: [field(item, 'byLine')].filter((b): b is string => b !== null),
    created,
    dates: { created },
    corrections: flagged(item),
    paragraphs: [],
    body: htmlField(item, 'content'),
    notes,
  })
}

/** Parses an RBNews item, or every item of a feed response, into articles. Throws ImportError on bad XML. */
export function parseRBNews(text: string, file: string): ParseResult {
  const { root } = parseXml(text, { file })
  const items = root.local === 'RBNews' ? [root] : findAll(root, 'RBNews')
  if (items.length === 0) throw new ImportError('unknown_format', `root element is <${root.name}>, and it holds no <RBNews>`, file)
  const warnings: string[] = []
  const articles = items.map((item, i) => {
    const a = itemToArticle(item)
    if (a.paragraphs.length === 0) warnings.push(`${items.length > 1 ? `item ${i + 1}: ` : ''}the item has no body text`)
    return a
  })
  return { articles, warnings }
}
