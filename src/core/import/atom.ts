import { buildArticle, type BodyPart } from '../article/build'
import type { Article } from '../article/types'
import { ImportError } from './errors'
import { htmlToBlocks } from './htmltext'
import { blockParts, isoDateTime, plainTextParagraphs } from './nitf'
import type { ParseResult } from './types'
import { attr, child, childElements, parseXml, textContent, textOf, type XmlElement } from './xml'

/*
 * Atom feeds (RFC 4287): each <entry> is a story. title is the headline, content (else summary) the body, a summary
 * beside a content the item's summary; published and updated are the dates, author names the byline (an entry
 * without authors takes the feed's, as the RFC says), the first category the section, rights the copyright.
 * A text construct is plain text, escaped HTML (type="html") or an XHTML div (type="xhtml").
 */

const ATOM_NS = 'http://www.w3.org/2005/Atom'

/** True for markup whose root is an Atom feed or entry (by the Atom namespace in its head). */
export function looksLikeAtom(text: string, root: string): boolean {
  return (root === 'feed' || root === 'entry') && text.slice(0, 4096).includes(ATOM_NS)
}

/** The blocks of an Atom text construct, crossheads marked. */
function constructParts(el: XmlElement | null): BodyPart[] {
  if (!el) return []
  const type = (attr(el, 'type') ?? 'text').trim().toLowerCase()
  if (type === 'xhtml') return blockParts(el)
  if (/html/.test(type)) return htmlToBlocks(textContent(el))
  if (type !== 'text' && !type.startsWith('text/')) return []
  return plainTextParagraphs(textContent(el)).map((text) => ({ kind: 'paragraph', text }))
}

/** A text construct as one line (a title, a summary), or null when empty. */
function constructText(el: XmlElement | null): string | null {
  const t = constructParts(el)
    .map((p) => p.text)
    .join(' ')
    .trim()
  return t || null
}

function authorsOf(el: XmlElement | null): string[] {
  if (!el) return []
  return childElements(el, 'author')
    .map((a) => textOf(child(a, 'name')))
    .filter((n): n is string => n !== null)
}

function entryToArticle(entry: XmlElement, feed: XmlElement | null): Article {
  const content = child(entry, 'content')
  const summaryEl = child(entry, 'summary')
  // Content sent by reference (src) has no text here; the summary stands in for it.
  const contentParts = content && !attr(content, 'src') ? constructParts(content) : []
  const body = contentParts.length ? contentParts : constructParts(summaryEl)
  const summary = contentParts.length ? constructText(summaryEl) : null
  const published = isoDateTime(textOf(child(entry, 'published')))
  const updated = isoDateTime(textOf(child(entry, 'updated')))
  const authors = authorsOf(entry)
  const category = child(entry, 'category')
  return buildArticle({
    format: 'atom',
    agencyId: textOf(child(entry, 'id')),
    headline: constructText(child(entry, 'title')),
    summary,
    source: textOf(child(child(entry, 'source'), 'title')),
    section: attr(category, 'label')?.trim() || attr(category, 'term')?.trim() || null,
    bylines: authors.length ? authors : authorsOf(feed),
    copyright: constructText(child(entry, 'rights')) ?? constructText(child(feed, 'rights')),
    language: attr(entry, 'xml:lang') ?? attr(feed, 'xml:lang'),
    created: published ?? updated,
    dates: { created: published ?? updated, versionCreated: updated },
    corrections: [],
    paragraphs: [],
    body,
  })
}

/** Parses an Atom feed (or a lone entry) into one article per entry. Throws ImportError on bad XML. */
export function parseAtom(text: string, file: string): ParseResult {
  const { root } = parseXml(text, { file })
  if (root.local !== 'feed' && root.local !== 'entry') throw new ImportError('unknown_format', `root element is <${root.name}>, not an Atom <feed> or <entry>`, file)
  const feed = root.local === 'feed' ? root : null
  const entries = feed ? childElements(feed, 'entry') : [root]
  const warnings: string[] = []
  const articles = entries.map((entry, i) => {
    const a = entryToArticle(entry, feed)
    if (a.paragraphs.length === 0) warnings.push(`entry ${i + 1}: the entry has no text`)
    return a
  })
  return { articles, warnings }
}
