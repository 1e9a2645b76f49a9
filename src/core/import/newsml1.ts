import { buildArticle, type BodyPart } from '../article/build'
import type { Article, Dateline } from '../article/types'
import { ImportError } from './errors'
import { blockParts, isoDate, isoDateTime, nitfBody, placeFromDateline, splitCaptionCredit, textOrHtmlParagraphs, startsWithDateline } from './nitf'
import type { ParseResult } from './types'
import { attr, child, childElements, find, findAll, firstElementName, parseXml, path, textOf, type XmlElement } from './xml'

/*
 * NewsML 1.x (AFP and others): NewsML > NewsItem > NewsComponent (nested), with NewsLines for the
 * headline, byline, dateline and credit, and ContentItem/DataContent for the text (often NITF inside).
 * Text is kept exactly as sent, so right-to-left scripts (Arabic) come through unchanged.
 */

/** Cheap sniff: the first element is `<NewsML>` (NewsML 1.x). */
export function looksLikeNewsML1(text: string): boolean {
  return firstElementName(text) === 'NewsML'
}

const formal = (el: XmlElement | null): string | null => attr(el, 'FormalName')?.trim() || null

function mediaType(ci: XmlElement): string {
  return (formal(child(ci, 'MediaType')) ?? '').toLowerCase()
}

const isMediaItem = (ci: XmlElement): boolean => /photo|image|graphic|video|audio/.test(mediaType(ci))

/**
 * True when the component is one picture (or video, graphic): it holds the media itself, or renditions of
 * it next to a caption component. A story component that merely contains pictures further down is not.
 */
function isMediaComponent(nc: XmlElement): boolean {
  if (childElements(nc, 'ContentItem').some(isMediaItem)) return true
  const subs = childElements(nc, 'NewsComponent')
  const hasCaption = subs.some((c) => /caption/i.test(formal(child(c, 'Role')) ?? ''))
  return hasCaption && subs.some((c) => childElements(c, 'ContentItem').some(isMediaItem))
}

/**
 * The blocks of a DataContent element, crossheads (NITF hl2, h1–h6) marked: NITF inside, bare XHTML-ish blocks, or
 * plain text. Inline NITF's own summary (its abstract, else its hedline's deck) goes to `summary` when one is given.
 */
function dataParts(dc: XmlElement, summary?: string[]): BodyPart[] {
  const nitf = find(dc, 'nitf')
  if (nitf) {
    const b = nitfBody(nitf)
    if (b.summary) summary?.push(b.summary)
    return b.body
  }
  if (childElements(dc).length) return blockParts(dc)
  return textOrHtmlParagraphs(dc.children.filter((c): c is string => typeof c === 'string').join('')).map((text) => ({ kind: 'paragraph', text }))
}

const textsOf = (parts: readonly BodyPart[]): string[] => parts.map((p) => p.text)

interface Collected {
  /** The body, crossheads marked */
  body: BodyPart[]
  captions: { text: string; credit: string | null; creditLine: string | null }[]
  /** From a component whose role is the headline, where NewsLines carry none */
  headline: string | null
  /** From a component whose role is a subheadline (a release's lead points): the item's summary */
  summary: string[]
  /** From a component whose role is contact details (a press release's "Contact:" block) */
  contacts: string[]
}

/** What a component's Role says it holds, where that is not body text; null for body or no role. */
function roleOf(nc: XmlElement): 'headline' | 'summary' | 'contact' | 'style' | null {
  const role = (formal(child(nc, 'Role')) ?? '').toLowerCase().replace(/[\s_-]+/g, '')
  if (role === 'headline' || role === 'title') return 'headline'
  if (role === 'subheadline' || role === 'subtitle' || role === 'summary' || role === 'abstract' || role === 'teaser') return 'summary'
  if (role === 'contact' || role === 'contacts' || role === 'contactinfo') return 'contact'
  if (role === 'stylesheet' || role === 'style') return 'style'
  return null
}

/** True for a ContentItem whose MIME type or format is no text (a stylesheet, a script, a binary). */
function isNotText(ci: XmlElement): boolean {
  const mime = (formal(child(ci, 'MimeType')) ?? '').toLowerCase()
  const format = (formal(child(ci, 'Format')) ?? '').toLowerCase()
  if (format === 'css' || format === 'javascript') return true
  return mime !== '' && !/^text\/(?:plain|xml|html|xhtml|vnd\.iptc\.nitf)|xml|html|nitf/.test(mime)
}

/**
 * The item's NewsLines: the top component's, then those of the text components further down, in that order (a
 * release may keep its copyright line at the top and its headline and dateline one level down). Media components'
 * lines are their pictures'.
 */
function newsLinesOf(top: XmlElement | null): XmlElement[] {
  const out: XmlElement[] = []
  const queue: XmlElement[] = top ? [top] : []
  for (let i = 0; i < queue.length; i++) {
    const nc = queue[i] as XmlElement
    if (isMediaComponent(nc)) continue
    const lines = child(nc, 'NewsLines')
    if (lines) out.push(lines)
    queue.push(...childElements(nc, 'NewsComponent'))
  }
  return out
}

/** The first of the NewsLines that has the field. */
function lineOf(lines: readonly XmlElement[], name: string): XmlElement | null {
  for (const l of lines) {
    const el = child(l, name)
    if (el && textOf(el)) return el
  }
  return null
}

function collect(nc: XmlElement, out: Collected): void {
  if (isMediaComponent(nc)) {
    const lines = child(nc, 'NewsLines')
    const creditLine = textOf(child(lines, 'CreditLine'))
    const captionComp = findAll(nc, 'NewsComponent').find((c) => /caption/i.test(formal(child(c, 'Role')) ?? ''))
    const dc = captionComp ? find(captionComp, 'DataContent') : null
    const capText = (dc ? textsOf(dataParts(dc)).join(' ') : '') || textOf(child(lines, 'HeadLine')) || ''
    if (capText) {
      const split = splitCaptionCredit(capText)
      out.captions.push({ text: split.text, credit: split.credit, creditLine })
    }
    return
  }
  const role = roleOf(nc)
  if (role === 'style') return
  const parts: BodyPart[] = []
  for (const ci of childElements(nc, 'ContentItem')) {
    const type = mediaType(ci)
    if ((type && type !== 'text') || isNotText(ci)) continue
    const dc = child(ci, 'DataContent')
    if (dc) parts.push(...dataParts(dc, role === null ? out.summary : undefined))
  }
  if (role === 'headline') out.headline ??= textsOf(parts).join(' ').trim() || null
  else if (role === 'summary') out.summary.push(...textsOf(parts))
  else if (role === 'contact') out.contacts.push(...textsOf(parts))
  else out.body.push(...parts)
  for (const sub of childElements(nc, 'NewsComponent')) collect(sub, out)
}

function readDateline(lines: readonly XmlElement[], meta: XmlElement | null, created: string | null): Dateline | null {
  const text = textOf(lineOf(lines, 'DateLine'))?.replace(/\s*[-\u2013\u2014]\s*$/, '').trim() || null
  const location = child(meta, 'Location')
  const city = (location ? childElements(location, 'Property') : []).find((p) => attr(p, 'FormalName') === 'City')
  const cityName = attr(city, 'Value')
  if (!text) return null
  const date = isoDate(textOf(child(meta, 'DateLineDate'))) ?? isoDate(created)
  return { text, place: placeFromDateline(text) ?? cityName, date }
}

function readItem(item: XmlElement, warnings: string[]): Article {
  const ident = path(item, 'Identification', 'NewsIdentifier')
  const publicId = textOf(child(ident, 'PublicIdentifier'))
  const provider = textOf(child(ident, 'ProviderId'))
  const itemId = textOf(child(ident, 'NewsItemId'))
  const agencyId = publicId ?? (itemId ? `${provider ? `${provider}:` : ''}${itemId}` : null)
  const mgmt = child(item, 'NewsManagement')
  const created = isoDateTime(textOf(child(mgmt, 'FirstCreated')) ?? textOf(child(mgmt, 'ThisRevisionCreated')))
  const top = child(item, 'NewsComponent')
  const lines = newsLinesOf(top)
  const admin = child(top, 'AdministrativeMetadata')
  const meta = child(top, 'DescriptiveMetadata')
  const collected: Collected = { body: [], captions: [], headline: null, summary: [], contacts: [] }
  if (top) collect(top, collected)
  else warnings.push(`${agencyId ?? 'NewsItem'}: no NewsComponent`)
  const paragraphs = collected.body.filter((b) => b.kind === 'paragraph').map((b) => b.text)
  if (!paragraphs.length) warnings.push(`${agencyId ?? 'NewsItem'}: no text content`)

  const corrections: string[] = []
  const status = formal(child(mgmt, 'Status'))
  if (status && status.toLowerCase() !== 'usable') corrections.push(status)
  const instruction = formal(child(mgmt, 'Instruction'))
  if (instruction && /correct|kill|withdraw|update/i.test(instruction)) corrections.push(instruction)

  const dateline = readDateline(lines, meta, created)
  const bylineLines = lines.find((l) => childElements(l, 'ByLine').some((b) => textOf(b)))
  const bylines = bylineLines ? childElements(bylineLines, 'ByLine').map((b) => textOf(b)).filter((b): b is string => !!b) : []
  const creditLine = textOf(lineOf(lines, 'CreditLine'))
  const source = formal(path(admin, 'Provider', 'Party')) ?? formal(path(admin, 'Source', 'Party')) ?? provider
  return buildArticle({
    format: 'newsml-1',
    agencyId,
    version: textOf(child(ident, 'RevisionId')),
    headline: textOf(lineOf(lines, 'HeadLine')) ?? collected.headline,
    // The NewsLines' SubHeadLine, then the summary components, then inline NITF's abstract or deck; a line the body
    // opens with is its lede, checked as body, and no summary (ANA sends its lede so).
    summary: [...new Set([textOf(lineOf(lines, 'SubHeadLine')), ...collected.summary])].filter((t): t is string => !!t && t !== paragraphs[0]).join(' • ') || null,
    source,
    section: formal(child(meta, 'OfInterestTo')) ?? null,
    slugline: textOf(lineOf(lines, 'SlugLine')) ?? textOf(path(item, 'Identification', 'NameLabel')),
    dateline,
    datelineBlock: !!dateline && !startsWithDateline(paragraphs[0], dateline),
    bylines,
    creditLines: [...(creditLine ? [creditLine] : []), ...collected.contacts],
    copyright: textOf(lineOf(lines, 'CopyrightLine')),
    usageTerms: textOf(find(top ?? item, 'RightsLine')) ?? textOf(find(top ?? item, 'UsageRights')),
    language: attr(item, 'xml:lang') ?? formal(child(meta, 'Language')) ?? attr(top, 'xml:lang'),
    created,
    dates: {
      created: isoDateTime(textOf(child(mgmt, 'FirstCreated'))) ?? created,
      versionCreated: isoDateTime(textOf(child(mgmt, 'ThisRevisionCreated'))),
    },
    corrections,
    paragraphs,
    body: collected.body,
    captions: collected.captions,
  })
}

/** Parses a NewsML 1.x document into one Article per NewsItem. Throws ImportError on bad or unsafe XML. */
export function parseNewsML1(text: string, file: string): ParseResult {
  const { root } = parseXml(text, { file })
  if (root.local !== 'NewsML') throw new ImportError('unknown_format', `root element <${root.name}> is not <NewsML>`, file)
  const warnings: string[] = []
  const items = childElements(root, 'NewsItem')
  if (!items.length) throw new ImportError('malformed', 'the NewsML document holds no NewsItem', file)
  return { articles: items.map((i) => readItem(i, warnings)), warnings }
}
