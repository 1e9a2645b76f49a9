import { buildArticle, cleanBlockText, type BodyPart } from '../article/build'
import type { Article, Dateline, EditorialNote } from '../article/types'
import { ImportError } from './errors'
import {
  blockParagraphs,
  blockParts,
  flatText,
  isoDate,
  isoDateTime,
  isTimestamp,
  nitfBody,
  placeFromDateline,
  textOrHtmlParagraphs,
  splitCaptionCredit,
  startsWithDateline,
} from './nitf'
import type { ParseResult } from './types'
import {
  attr,
  child,
  childElements,
  codeLocal,
  find,
  findAll,
  firstElementName,
  parseXml,
  textOf,
  type XmlElement,
} from './xml'

const G2_ROOTS = new Set(['newsMessage', 'newsItem', 'packageItem', 'knowledgeItem', 'conceptItem', 'conceptSet',
  'planningItem', 'catalogItem', 'catalog', 'contentSet'])

/** Cheap sniff: the first element is a NewsML-G2 message or item. */
export function looksLikeNewsMLG2(text: string): boolean {
  const first = firstElementName(text)
  if (!first || !G2_ROOTS.has(first)) return false
  // catalogs and concept items share names with other vocabularies; require the G2 namespace for them
  return first === 'newsMessage' || first === 'newsItem' || first === 'packageItem'
    || (first === 'contentSet' && /<inline(?:XML|Data)[\s>]/.test(text.slice(0, 65536)))
    || text.slice(0, 4096).includes('iptc.org/std/nar/')
}

/**
 * Parses a NewsML-G2 document (a newsItem, or a newsMessage carrying several items) into Articles, one
 * per newsItem. Package members and non-news items (concepts, knowledge, planning) are reported in
 * warnings. Throws ImportError on malformed or unsafe XML, or when the root is not NewsML-G2.
 */
export function parseNewsMLG2(text: string, file: string): ParseResult {
  const { root } = parseXml(text, { file })
  if (!G2_ROOTS.has(root.local)) {
    throw new ImportError('unknown_format', `root element <${root.name}> is not NewsML-G2`, file)
  }
  // A bare contentSet is one item's content without its metadata: read it as a newsItem that has only that.
  const bare: XmlElement = { ...root, name: 'newsItem', local: 'newsItem', attrs: {}, children: [root] }
  const items = root.local === 'newsMessage' ? childElements(child(root, 'itemSet') ?? root) : [root.local === 'contentSet' ? bare : root]
  const articles: Article[] = []
  const warnings: string[] = []
  for (const item of items) {
    switch (item.local) {
      case 'newsItem':
        articles.push(readNewsItem(item, warnings))
        break
      case 'packageItem':
        warnings.push(describePackage(item))
        break
      default:
        if (item.local !== 'header') {
          warnings.push(`${item.local}${attr(item, 'guid') ? ` ${attr(item, 'guid')}` : ''} is not a news item: skipped`)
        }
    }
  }
  if (!items.some((i) => i.local !== 'header')) warnings.push('the newsMessage carries no items')
  return { articles, warnings }
}

const kids = (el: XmlElement | null, local: string): XmlElement[] => (el ? childElements(el, local) : [])

function describePackage(item: XmlElement): string {
  const refs = findAll(item, 'itemRef')
    .map((r) => attr(r, 'residref') ?? attr(r, 'href'))
    .filter((r): r is string => !!r)
  const guid = attr(item, 'guid') ?? '(no guid)'
  return refs.length
    ? `package ${guid} lists ${refs.length} member(s), not imported from this file: ${refs.join(', ')}`
    : `package ${guid} lists no members`
}

/** The name of a concept: a `<name>` child (not a mnemonic), else the literal or QCode. */
function conceptName(el: XmlElement | null): string | null {
  if (!el) return null
  const names = childElements(el, 'name')
  const preferred = names.find((n) => !/mnemonic|short/.test(attr(n, 'role') ?? '')) ?? names[0]
  return textOf(preferred) ?? null
}

const HEADLINE_SECONDARY = /sub|alt|short|kicker|overline|dachzeile|strap/i

function pickHeadline(meta: XmlElement | null): string | null {
  if (!meta) return null
  const hls = childElements(meta, 'headline')
  const main = hls.find((h) => !HEADLINE_SECONDARY.test(attr(h, 'role') ?? '')) ?? hls[0]
  return textOf(main)
}

/** Feeds fill empty fields with words like "No-Data-Available"; those are no value at all. */
function notPlaceholder(s: string | null): string | null {
  return s && !/^(no[- ]data[- ]available|unknown|n\/?a|none|null|-+)$/i.test(s.trim()) ? s : null
}

function printedDateline(meta: XmlElement | null): boolean {
  const t = textOf(child(meta, 'dateline'))
  return !!t && !isTimestamp(t)
}

function readDateline(meta: XmlElement | null, created: string | null): Dateline | null {
  const printed = textOf(child(meta, 'dateline'))
  // Some feeds (Reuters) put a transmission timestamp in <dateline>: a date, not a printed dateline.
  const stamp = printed && isTimestamp(printed) ? printed : null
  const dl = stamp ? null : printed
  const locatedName = notPlaceholder(conceptName(child(meta, 'located')))
  const place = dl ? (placeFromDateline(dl) ?? locatedName) : locatedName
  const text = dl?.replace(/\s*[-\u2013\u2014]\s*$/, '').trim() || locatedName
  if (!text) return null
  const ownDate = dl ? isoDate(dl) : stamp ? isoDate(stamp) : null
  return { text, place, date: ownDate ?? isoDate(created) }
}

const CORRECTION_WORDS = /correct|update|withdraw|kill|cancel|refile|writethru|advisory|repeat/i
const CORRECTION_MARKS = /\b(CORRECTED|CORRECTION|REFILE|REPEAT|UPDATE \d+|WRAPUP(?: \d+)?|WRITETHRU|RPT)\b/

function readCorrections(meta: XmlElement | null, itemMeta: XmlElement | null, marks: (string | null)[]): string[] {
  const out: string[] = []
  const add = (s: string | null | undefined): void => {
    const t = s?.trim()
    if (t && !out.includes(t)) out.push(t)
  }
  const status = codeLocal(attr(child(itemMeta, 'pubStatus'), 'qcode'))
  if (status && status !== 'usable') add(status)
  for (const sig of kids(itemMeta, 'signal')) {
    const code = attr(sig, 'qcode') ?? ''
    if (CORRECTION_WORDS.test(code) || CORRECTION_WORDS.test(conceptName(sig) ?? '')) add(conceptName(sig) ?? codeLocal(code))
  }
  for (const note of kids(itemMeta, 'edNote')) {
    // short correction labels only; the long explanation stays a note
    const t = textOf(note)
    if (/correction/i.test(attr(note, 'role') ?? '') && t && t.length <= 80) add(t)
  }
  for (const m of marks) {
    const hit = m ? CORRECTION_MARKS.exec(m) : null
    if (hit) add(hit[1])
  }
  return out
}

function readNotes(itemMeta: XmlElement | null, meta: XmlElement | null): EditorialNote[] {
  const notes: EditorialNote[] = []
  for (const holder of [itemMeta, meta]) {
    if (!holder) continue
    for (const n of childElements(holder, 'edNote')) {
      const role = codeLocal(attr(n, 'role')) || 'edNote'
      const body = blockParagraphs(n).join('\n') || (textOf(n) ?? '')
      if (body.trim()) notes.push({ kind: role, text: body })
    }
  }
  return notes
}

function pickSection(meta: XmlElement | null): string | null {
  if (!meta) return null
  const subjects = childElements(meta, 'subject').filter((s) => {
    const type = codeLocal(attr(s, 'type'))
    return !type || type === 'abstract' || type === 'category'
  })
  const ranked = subjects.filter((s) => (attr(s, 'rank') ?? '1') === '1')
  for (const s of [...ranked, ...subjects]) {
    const n = conceptName(s)
    if (n) return n
  }
  return null
}

function pickSource(itemMeta: XmlElement | null, meta: XmlElement | null, rights: XmlElement | null): string | null {
  const provider = child(itemMeta, 'provider')
  const providerNames = provider ? childElements(provider, 'name') : []
  const mnemonic = providerNames.find((n) => /mnemonic|short/.test(attr(n, 'role') ?? ''))
  return textOf(mnemonic) ?? conceptName(provider) ?? attr(provider, 'literal')
    ?? conceptName(kids(meta, 'infoSource').find((s) => /contentSource|origin/i.test(attr(s, 'role') ?? '')) ?? null)
    ?? (attr(provider, 'qcode') ? codeLocal(attr(provider, 'qcode')) : null)
    ?? conceptName(child(rights, 'copyrightHolder'))
}

interface BodyResult {
  paragraphs: string[]
  /** The body with crossheads marked, when the rendition marks them */
  body: BodyPart[] | null
  /** The NITF abstract, else its hedline's deck, when the body is NITF */
  summary: string | null
  captions: { text: string; credit: string | null; creditLine: string | null }[]
  bylines: string[]
  headline: string | null
}

const TEXT_RENDITION_SKIP = /headline|teaser|abstract|summary|title|byline|caption/i

/** Reads the text content of a contentSet: XHTML or NITF inlineXML first, else plain inlineData. */
function readBody(contentSet: XmlElement | null, warnings: string[], guid: string): BodyResult {
  const result: BodyResult = { paragraphs: [], body: null, summary: null, captions: [], bylines: [], headline: null }
  if (!contentSet) return result
  for (const ix of childElements(contentSet, 'inlineXML')) {
    const nitf = find(ix, 'nitf') ?? (childElements(ix).find((e) => e.local === 'body' && find(e, 'body.content')) ?? null)
    if (nitf) {
      const b = nitfBody(nitf)
      result.paragraphs = b.paragraphs
      result.body = b.body
      result.summary = b.summary
      result.captions = b.captions
      result.bylines = b.bylines
      result.headline = b.headline
      return result
    }
    const html = find(ix, 'html')
    const body = (html ? child(html, 'body') : null) ?? find(ix, 'body') ?? html
    if (!body) {
      const inner = childElements(ix)[0]
      if (inner) warnings.push(`${guid}: inlineXML <${inner.local}> (${attr(ix, 'contenttype') ?? 'no content type'}) is not a text body: not read`)
      continue
    }
    const isHeader = (e: XmlElement): boolean => e.local === 'header' || e.local === 'figure'
    result.body = blockParts(body, isHeader)
    result.paragraphs = result.body.filter((b) => b.kind === 'paragraph').map((b) => b.text)
    for (const header of findAll(body, 'header')) {
      for (const p of findAll(header, 'p')) {
        if (/\bbyline\b/.test(attr(p, 'class') ?? '')) {
          const t = textOf(p)
          if (t) result.bylines.push(t)
        }
      }
      result.headline ??= textOf(find(header, 'h1'))
    }
    // The XHTML document's own title where it has one and no header gave a headline.
    result.headline ??= textOf(child(child(html, 'head'), 'title'))
    for (const fig of findAll(body, 'figure')) {
      const cap = child(fig, 'figcaption')
      if (!cap) continue
      const split = splitCaptionCredit(flatText(cap))
      if (split.text || split.credit) result.captions.push({ ...split, creditLine: null })
    }
    if (result.paragraphs.length) return result
  }
  const data = childElements(contentSet, 'inlineData')
  const chosen = data.find((d) => !TEXT_RENDITION_SKIP.test(attr(d, 'rendition') ?? '')) ?? null
  if (chosen) {
    result.paragraphs = textOrHtmlParagraphs(flatText(chosen))
    return result
  }
  if (data.length) warnings.push(`${guid}: only headline/teaser renditions in inlineData`)
  return result
}

const TEXT_CLASSES = new Set(['text', 'composite'])

function readNewsItem(item: XmlElement, warnings: string[]): Article {
  const guid = attr(item, 'guid')
  const label = guid ?? 'newsItem without guid'
  if (!guid) warnings.push('a newsItem has no guid')
  const rights = child(item, 'rightsInfo')
  const itemMeta = child(item, 'itemMeta')
  const meta = child(item, 'contentMeta')
  const itemClass = codeLocal(attr(child(itemMeta, 'itemClass'), 'qcode')) || 'text'
  const created = isoDateTime(
    textOf(child(meta, 'contentCreated')) ?? textOf(child(itemMeta, 'firstCreated')) ?? textOf(child(itemMeta, 'versionCreated')),
  )
  const body = readBody(child(item, 'contentSet'), warnings, label)
  const headline = pickHeadline(meta) ?? body.headline ?? textOf(child(itemMeta, 'title'))
  const slugline = textOf(child(meta, 'slugline'))
  const source = pickSource(itemMeta, meta, rights)
  const creditline = textOf(child(meta, 'creditline'))
  const descriptions = meta ? childElements(meta, 'description') : []
  const caption = descriptions.find((d) => codeLocal(attr(d, 'role')) === 'caption')
  const summary = descriptions.find((d) => /summary|teaser|abstract/.test(codeLocal(attr(d, 'role'))))

  const captions = [...body.captions]
  const isText = TEXT_CLASSES.has(itemClass)
  if (!isText && caption) {
    const split = splitCaptionCredit(textOf(caption) ?? '')
    captions.push({ text: split.text, credit: split.credit, creditLine: creditline })
  }
  let paragraphs = body.paragraphs
  let bodyParts = body.body
  // dpa prints the teaser again as the body's first paragraph (<p class="teaser">): it is the summary, not body
  const teaserText = summary ? textOf(summary) : null
  if (teaserText && bodyParts && bodyParts.filter((b) => b.kind === 'paragraph').length > 1) {
    const k = bodyParts.findIndex((b) => b.kind === 'paragraph')
    if (bodyParts[k]?.text === cleanBlockText(teaserText)) {
      bodyParts = bodyParts.filter((_, i) => i !== k)
      paragraphs = bodyParts.filter((b) => b.kind === 'paragraph').map((b) => b.text)
    }
  }
  const summaryIsBody = !paragraphs.length && !!summary && !!textOf(summary)
  if (summaryIsBody) {
    paragraphs = [textOf(summary)!]
    bodyParts = null
  }
  if (!paragraphs.length && !captions.length) warnings.push(`${label}: no text content (${itemClass} item)`)

  const bylines = meta ? childElements(meta, 'by').map((b) => textOf(b)).filter((b): b is string => !!b) : []
  const creditLines: string[] = []
  // A text item's creditline that only names the provider adds nothing to the story.
  const providerIds = [source, codeLocal(attr(child(itemMeta, 'provider'), 'qcode'))].map((x) => (x ?? '').toLowerCase())
  if (isText && creditline && !providerIds.includes(creditline.toLowerCase())) creditLines.push(creditline)

  const dateline = readDateline(meta, created)
  const copyright = textOf(child(rights, 'copyrightNotice'))
    ?? (conceptName(child(rights, 'copyrightHolder')) ? `© ${conceptName(child(rights, 'copyrightHolder'))}` : null)
  return buildArticle({
    format: 'newsml-g2',
    agencyId: guid,
    version: attr(item, 'version'),
    headline,
    source,
    section: pickSection(meta),
    slugline,
    dateline,
    // Only a printed <dateline> gets a block of its own; <located> alone is metadata, not copy.
    datelineBlock: printedDateline(meta) && !!dateline?.place && !paragraphs.slice(0, 2).some((p) => startsWithDateline(p, dateline)),
    bylines: bylines.length ? bylines : body.bylines,
    creditLines,
    copyright,
    usageTerms: textOf(child(rights, 'usageTerms')),
    language: attr(item, 'xml:lang') ?? attr(child(meta, 'language'), 'tag'),
    created,
    dates: {
      created: textOf(child(itemMeta, 'firstCreated')) ?? textOf(child(meta, 'contentCreated')) ?? textOf(child(itemMeta, 'versionCreated')),
      versionCreated: textOf(child(itemMeta, 'versionCreated')),
      embargoUntil: textOf(child(itemMeta, 'embargoed')),
    },
    corrections: readCorrections(meta, itemMeta, [slugline, headline]),
    paragraphs,
    body: bodyParts ?? undefined,
    // A summary or teaser description is kept apart from the body, unless it is all the text the item has.
    summary: (summary && !summaryIsBody ? textOf(summary) : null) ?? body.summary,
    captions,
    notes: readNotes(itemMeta, meta),
  })
}
