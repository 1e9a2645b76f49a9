import { bodyOf, buildArticle, type ArticleParts, type BodyPart } from '../article/build'
import { itemDay } from '../article/itemDate'
import type { Article, Dateline } from '../article/types'
import { agencyName } from '../news/agencies'
import { isBylineRole, isBylineText } from '../news/bylines'
import { oneOf } from '../language/pattern'
import { isCreditLine } from '../news/credits'
import { matchDateline, printedDate, resolveDate } from '../news/datelines'

/** A line of separator marks ("___", "* * *", "-----"): transmission decoration between parts of a story, never copy. */
const SEPARATOR = /^[_\-*=~#\s]{3,}$/

/** True when a paragraph is a separator line ("___", "* * *", "-----") and nothing else. */
export function isSeparatorLine(s: string): boolean {
  return SEPARATOR.test(s.trim())
}

/** The article rebuilt from its own fields with these changes (blocks, text and offsets made anew). */
function rebuilt(article: Article, changes: Partial<ArticleParts> & { body: BodyPart[] }): Article {
  return buildArticle({
    ...article,
    paragraphs: [],
    captions: article.captions.map((c) => ({ text: c.text, credit: c.credit, creditLine: c.creditLine })),
    datelineBlock: article.blocks.some((b) => b.kind === 'dateline'),
    ...changes,
  })
}

/**
 * Fills dateline, bylines, credit lines and source from the body text when the format gave none, and gives a
 * dateline without a date the item's filing day; paragraphs that are not datelines, bylines or credits are left
 * exactly as they were, and crossheads stay where they were.
 */
export function extractInline(article: Article): Article {
  const body = bodyOf(article)
  let bylines = [...article.bylines]
  const creditLines = [...article.creditLines]
  let dateline = article.dateline
  let source = article.source
  let changed = false
  const textAt = (i: number): string => {
    const b = body[i]
    return b && b.kind === 'paragraph' ? b.text : ''
  }

  // Bylines sit in the first few paragraphs, before the one that opens with the dateline. One the format gave in
  // its metadata too is printed there as well (a desk byline in the metadata, the writer's in the body): each
  // leaves the body, and one the metadata lacks is added to it.
  {
    const found: string[] = []
    let i = 0
    while (i < Math.min(body.length, 4)) {
      const p = textAt(i)
      if (isBylineText(p)) {
        found.push(p.replace(/=$/, '').trim())
        body.splice(i, 1)
        const role = body[i]
        if (role?.kind === 'paragraph' && isBylineRole(role.text)) {
          found[found.length - 1] += `, ${role.text.replace(/=$/, '').trim()}`
          body.splice(i, 1)
        }
        continue
      }
      if (matchDateline(p, article.created)) break
      i++
    }
    if (found.length) {
      const known = new Set(bylines.map(bylineKey))
      bylines = [...bylines, ...found.filter((b) => !known.has(bylineKey(b)))]
      changed = true
    }
  }

  if (!dateline) {
    for (let i = 0; i < Math.min(body.length, 3); i++) {
      const d = matchDateline(textAt(i), article.created) ?? agencyFirstDateline(textAt(i), article.created)
      if (d) {
        const { agency, ...rest } = d
        dateline = rest
        if (!source && agency) source = agencyName(agency) ?? agency
        changed = true
        break
      }
    }
  }

  // A dateline the format gave as a place ("NEW YORK") that the body prints in full ("NEW YORK (AP) — ...") is
  // the printed one: its text is the whole dateline, its agency the source.
  if (dateline && article.dateline) {
    const key = (dateline.place ?? dateline.text).trim().toLowerCase()
    for (let i = 0; i < Math.min(body.length, 3); i++) {
      const d = matchDateline(textAt(i), article.created)
      if (!d) continue
      if (d.text.length > dateline.text.length && (d.place?.toLowerCase() === key || d.text.toLowerCase().startsWith(dateline.text.trim().toLowerCase()))) {
        const { agency, ...rest } = d
        dateline = { text: rest.text, place: dateline.place ?? rest.place, date: dateline.date ?? rest.date }
        if (!source && agency) source = agencyName(agency) ?? agency
        changed = true
      }
      break
    }
  }

  // With no source yet, the agency a printed dateline credits is the source, whatever dateline the metadata gave.
  if (!source) {
    for (let i = 0; i < Math.min(body.length, 3); i++) {
      const agency = matchDateline(textAt(i), article.created)?.agency
      if (agency) {
        source = agencyName(agency) ?? agency
        changed = true
        break
      }
    }
  }

  // A dateline without a date ("ROSCOE, South Dakota (AP) _") is dated by the item's own filing day; one that
  // prints a date the format did not read ("SYDNEY March 22 AAP -") gets that date, never the filing day.
  const day = itemDay(article)
  if (dateline && !dateline.date) {
    const printed = printedDate(dateline.text)
    const date = printed ? resolveDate(printed, day) : day
    if (date) {
      dateline = { ...dateline, date }
      changed = true
    }
  }

  const tail = splitTrailer(body.map((b) => (b.kind === 'paragraph' ? b.text : '')))
  if (tail.credits.length || tail.dropped.length || tail.rewritten.size) {
    for (const [k, t] of tail.rewritten) body[k] = { kind: 'paragraph', text: t }
    body.splice(tail.end)
    creditLines.push(...tail.credits)
    changed = true
  }
  const copyright = article.copyright ?? tail.dropped.find(isCopyrightLine) ?? null

  // A flash or bulletin with no headline of its own ("HONOLULU (AP) _ Hawaii files court challenge …", AFP's
  // one-line Arabic flashes) is its own headline: its one short paragraph, without the dateline.
  let headline = article.headline
  const paras = body.filter((b) => b.kind === 'paragraph')
  if (!headline && paras.length === 1 && (paras[0]?.text.length ?? 0) <= 250) {
    const only = (paras[0] as BodyPart).text
    const d = dateline && only.startsWith(dateline.text) ? only.slice(dateline.text.length).trim() : only
    if (d) {
      headline = d
      changed = true
    }
  }

  if (!changed) return article
  return rebuilt(article, { headline, source, dateline, bylines, creditLines, copyright, body, clutter: [...article.clutter, ...tail.dropped] })
}

/**
 * A paragraph that is markup and nothing else: an embed code printed as text ("<div class=…></div><script …>
 * </script>"), tags with no words between them. Never copy.
 */
export function isMarkupOnly(s: string): boolean {
  const t = s.trim()
  if (t.length > 5000 || !/^<[a-z!/][^<>]*>[^]*>$/i.test(t)) return false
  return t.replace(/<[a-z!/][^<>]*>/gi, '').trim() === ''
}

/** A closing paragraph of marks alone, no letter or digit: a stray "." or "__" left by a page's layout. */
function isLetterless(s: string): boolean {
  return s.trim().length > 0 && s.length <= 20 && !/[\p{L}\p{N}]/u.test(s)
}

/**
 * A note to the desk set between runs of asterisks ("*** NOTE: MACHINE TRANSLATION ***",
 * "** Sent on behalf of a client **"): never copy where it opens or closes the body.
 */
function isStarredNote(s: string): boolean {
  const t = s.trim()
  return t.length <= 400 && /^\*{2,}\s*[^*\s][^*]*\*{2,}$/u.test(t)
}

/**
 * The article without the separator lines of its body ("___", "* * *") and paragraphs of bare markup (an embed
 * code), and a starred note to the desk that opens or closes it: transmission decoration, as staff initials are,
 * listed in `clutter` and never a paragraph. Headings and every other paragraph stay as they were, in order; a
 * body of nothing but separators stays as it is.
 */
export function withoutSeparators(article: Article): Article {
  const body = bodyOf(article)
  const paragraphs = body.filter((b) => b.kind === 'paragraph')
  const outer = new Set([paragraphs[0], paragraphs.at(-1)])
  const kept = body.filter(
    (b) => b.kind !== 'paragraph' || !(isSeparatorLine(b.text) || isMarkupOnly(b.text) || (outer.has(b) && isStarredNote(b.text))),
  )
  if (kept.length === body.length || !kept.some((b) => b.kind === 'paragraph')) return article
  const separators = body.filter((b) => !kept.includes(b)).map((b) => b.text)
  return rebuilt(article, { body: kept, clutter: [...article.clutter, ...separators] })
}

interface Trailer {
  /** Paragraphs from this index on are not body */
  end: number
  /** Credit lines, in order */
  credits: string[]
  /** Transmission clutter dropped from the end (staff initials, link lists, separator lines), in order */
  dropped: string[]
  /** Paragraphs before `end` whose closing credit was cut off, by index */
  rewritten: Map<number, string>
}

/**
 * Staff initials that close a transmission ("hh/ph/ts/hd", "bur-dar-gl/fz", "dpa abc xyz npr"): lower-case
 * groups of one to five letters joined by slashes or dashes, or an agency followed by such groups. Never words.
 */
function isStaffInitials(s: string): boolean {
  const t = s.trim()
  if (t.length > 60) return false
  // lower-case or caseless letters (Arabic: "ففف/ح س/كام"), at least one slash; "US/UK" is no signature
  if (/^[\p{Ll}\p{Lo}]{1,5}(?:[-/ ][\p{Ll}\p{Lo}]{1,5})*\/[\p{Ll}\p{Lo}]{1,5}(?:[-/ ][\p{Ll}\p{Lo}]{1,5})*$/u.test(t)) return true
  const words = t.split(/\s+/)
  // an agency, then initials or a desk code in capitals: "dpa abc xyz", "AAP RTV ab", "AAP RTV"
  return words.length >= 2 && agencyName(words[0] ?? '') !== null && words.slice(1).every((w) => /^(?:[a-z]{2,4}(?:\/[a-z]{2,4})*|[A-Z]{2,4})$/.test(w))
}

/** The mark that closes a transmission: "ends", "END", "(END)", "-30-". */
export function isEndMark(s: string): boolean {
  return /^[([]?\s*(?:ends?|-+\s*30\s*-+)\s*[)\]]?\.?$/i.test(s.trim())
}

/** A copyright line closing the copy: "© 2018 Agency. All rights reserved", "(c) 2015 …", "Copyright 2019 …". */
function isCopyrightLine(s: string): boolean {
  const t = s.trim()
  return t.length <= 400 && /^(?:©|\(c\)\s*(?:copyright\b|\d{4})|copyright\s*(?:©|\(c\)|\d{4}))/iu.test(t)
}

/**
 * An agency's sign-off alone in parentheses at the end ("(NewsWire)", "(dpa)"): one to three capitalised words
 * or an agency the table knows, nothing else.
 */
function isSignOff(s: string): boolean {
  const slashed = /^\/([^/]{2,30})\/$/u.exec(s.trim())
  if (slashed?.[1]) return agencyName(slashed[1]) !== null
  const m = /^\(([^()]{2,40})\)$/u.exec(s.trim())
  if (!m?.[1]) return false
  return agencyName(m[1]) !== null || /^\p{Lu}[\p{L}\d&'’.-]*(?:\s+\p{Lu}[\p{L}\d&'’.-]*){0,2}$/u.test(m[1].trim())
}

/**
 * A note on how the copy was made, closing it: "This story was generated by … using data from …", "This article
 * was produced by …". A credit line, not the story's words.
 */
const COPY_NOUNS = ['story', 'article', 'report', 'item', 'version']
const MAKING_VERBS = [
  'generated', 'produced', 'written', 'created', 'compiled', 'translated', 'reprinted', 'republished', 'adapted', 'corrected',
  'corrects', 'updated',
]
const PRODUCTION_NOTE = new RegExp(
  String.raw`^This ${oneOf(COPY_NOUNS)} (?:was |has been |is )?(?:automatically )?(?:${oneOf(MAKING_VERBS)}|originally (?:published|appeared))\b`,
  'u',
)
function isProductionNote(s: string): boolean {
  const t = s.trim()
  return t.length <= 400 && PRODUCTION_NOTE.test(t)
}

/** A byline compared with another: without "By"/"Von", case and spaces folded. */
function bylineKey(b: string): string {
  return b.replace(/^\s*(?:by|von|par|por)\s+/i, '').replace(/\s+/g, ' ').trim().toLowerCase()
}

const DATELINE_DASH = String.raw`(?:-{1,2}|—|–|_)`
/** "(ANSA) - Milan, May 3 - …": the agency first, then the place and maybe a date, each closed by a dash. */
const AGENCY_FIRST = new RegExp(
  String.raw`^\((?<credit>\p{L}[\p{L}\d .&/-]{0,30})\)\s*${DATELINE_DASH}\s*(?<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})(?:,\s*(?<date>[^,()\-–—_]{3,20}?))?\s+${DATELINE_DASH}(?=\s)`,
  'u',
)

/** "Aarhus /ritzau/: …": the place, then the agency between slashes, then a colon or a dash. */
const SLASHED_AGENCY = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})\s+\/(?<credit>[^/\s]{2,20})\/\s*(?::|${DATELINE_DASH})(?=\s)`,
  'u',
)

/** "Quito, Mar 9 (EFE).- ": the credit closed by a full stop before the dash, as Spanish agencies print it. */
const STOP_DASH = new RegExp(
  String.raw`^(?<place>\p{Lu}[\p{L}\p{M}'’.\-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.\-]*){0,3})(?:,\s*(?<date>[^,()]{3,20}?))?\s*\((?<credit>[^()]{2,30})\)\s*\.\s*[-–—](?=\s)`,
  'u',
)

/**
 * A dateline that prints the agency before the place ("(ANSA) - Milan, May 3 - "), between slashes after it
 * ("Aarhus /ritzau/: ") or closed by a full stop and a dash ("Quito, Mar 9 (EFE).- "), or null.
 */
function agencyFirstDateline(paragraph: string, created: string | null): (Dateline & { agency: string | null }) | null {
  const slashed = SLASHED_AGENCY.exec(paragraph)
  const slashedAgency = slashed?.groups?.credit ? agencyName(slashed.groups.credit) : null
  if (slashed?.groups?.place && slashedAgency) return { text: slashed[0].trim(), place: slashed.groups.place, date: null, agency: slashedAgency }
  const stop = STOP_DASH.exec(paragraph)
  const stopAgency = stop?.groups?.credit ? agencyName(stop.groups.credit) : null
  if (stop?.groups?.place && stopAgency) {
    const printed = stop.groups.date ? printedDate(stop.groups.date) : null
    if (stop.groups.date && !printed) return null
    return { text: stop[0].trim(), place: stop.groups.place, date: printed ? resolveDate(printed, created) : null, agency: stopAgency }
  }
  const m = AGENCY_FIRST.exec(paragraph)
  const credit = m?.groups?.credit?.trim()
  if (!m?.groups?.place || !credit) return null
  const agency = agencyName(credit) ?? (/^[A-Z]{2,8}$/.test(credit) ? credit : null)
  if (!agency) return null
  let date: string | null = null
  if (m.groups.date) {
    const printed = printedDate(m.groups.date)
    if (!printed) return null
    date = resolveDate(printed, created)
  }
  return { text: m[0].trim(), place: m.groups.place.trim(), date, agency }
}

const URL_OR_ADDRESS = /\bhttps?:\/\/\S+|\bwww\.\S+\.\S+|[\w.+-]+@[\w-]+\.[\w.]+|(?<!\w)@\w{2,}/
/**
 * A contact tagline: "Bernard Condon can be reached at http://…", "Follow Jane Roe on Twitter at @janeroe",
 * "Contact the author at …": a reach/follow phrase with an address, link or handle in a short paragraph.
 */
const SOCIAL_NETWORKS = ['twitter', 'x', 'facebook', 'instagram', 'bluesky', 'mastodon', 'threads']
const CONTACT_PHRASES = [
  'can be reached', 'may be reached', 'is reachable', 'reach (?:him|her|them)', String.raw`follow (?:\p{Lu}[\p{L}'’-]+\s*){1,3}`,
  'follow (?:him|her|them|us)', 'contact (?:the (?:author|writer|reporter)|(?:him|her|them))',
  '(?:his|her|their) (?:work|stories|coverage) can be found', `is on ${oneOf(SOCIAL_NETWORKS)}`,
]
const CONTACT = new RegExp(String.raw`\b${oneOf(CONTACT_PHRASES)}\b`, 'iu')
/**
 * A press contact's details: "Work: +00 1 2345 6789 Mobile: … Email: media@example.org", "Tel.: …", "E-Mail: …": a
 * contact label opening a short line that holds a telephone number or an e-mail address.
 */
const CONTACT_LABEL = /^(?:work|mobile|cell|phone|telephone|tel|fax|e-?mail|contact|media contact|press contact|kontakt|telefon)\.?\s*:/iu
const PHONE_OR_MAIL = /\+?\d[\d ()./-]{6,}\d|[\w.+-]+@[\w-]+\.[\w.]+/u
const CONTACT_LABELS = new RegExp(CONTACT_LABEL.source.slice(1), 'giu')
function isContactDetails(s: string): boolean {
  const t = s.trim()
  if (t.length > 300 || !CONTACT_LABEL.test(t) || !PHONE_OR_MAIL.test(t)) return false
  // labels, numbers and addresses, with at most a name besides: no sentence
  const rest = t.replace(CONTACT_LABELS, '').replace(new RegExp(PHONE_OR_MAIL.source, 'gu'), '').replace(/[\s,;|/]+/g, ' ').trim()
  return rest.length <= 24
}

/** The line that introduces a press contact: "Journalists may contact the press team for more:". */
function isContactLeadIn(s: string): boolean {
  const t = s.trim()
  return t.length <= 200 && /:$/.test(t) && /\b(?:contact|kontakt|contacter|contactar)/iu.test(t)
}

/** "… is on Twitter at janeroe.": a network and a handle with no "@", the whole closing words of the line. */
const NETWORK_HANDLE = new RegExp(String.raw`\bon ${oneOf(SOCIAL_NETWORKS)} at [\w.]{2,30}\.?$`, 'iu')
function isContactLine(s: string): boolean {
  const t = s.trim()
  return t.length <= 300 && CONTACT.test(t) && (URL_OR_ADDRESS.test(t) || NETWORK_HANDLE.test(t))
}

/**
 * A staff bio closing a story: "Jane Roe is a correspondent for The Post. She previously covered …": a name of
 * two to four words, "is a/an/the", a newsroom role in the same sentence.
 */
const NEWSROOM_ROLES = [
  'correspondent', 'reporter', 'writer', 'editor', 'columnist', 'journalist', 'photographer', 'producer', 'bureau chief',
  'staff writer', 'contributor',
]
/** A capitalised word of a name: "Jane", "O'Neill", "St." */
const BIO_NAME_WORD = String.raw`\p{Lu}[\p{L}'’.-]+`
const BIO = new RegExp(
  String.raw`^${BIO_NAME_WORD}(?:\s+${BIO_NAME_WORD}){1,3}\s+(?:is|was|are)\s+(?:a|an|the)\s+[^.]{0,80}?\b${oneOf(NEWSROOM_ROLES)}\b`,
  'u',
)
function isBioLine(s: string): boolean {
  const t = s.trim()
  if (t.length > 400) return false
  // set in capitals ("JANE ROE IS THE NETWORK'S POLITICAL EDITOR"): read with the name's words capitalised, the rest lower
  const caps = /\p{Ll}/u.test(t) ? null : /^(.+?)\s+((?:IS|WAS|ARE)\s.*)$/u.exec(t)
  const read = caps ? `${(caps[1] ?? '').toLowerCase().replace(/(?<![\p{L}'’])\p{Ll}/gu, (c) => c.toUpperCase())} ${(caps[2] ?? '').toLowerCase()}` : t
  return BIO.test(read)
}

/** A list of links that closes a story: "Online:", "Internet links", "On the Web:" with addresses, or bare addresses. */
const LINKS_HEAD = /^(?:internet(?:[- ]links?)?|weblinks?|links?|online|on the web|more information|mehr im internet|im internet|sur internet|en internet)\s*:?\s*$/iu
const LINKS_LABEL_WORDS = /^(?:internet(?:[- ]links?)?|weblinks?|links?|online|on the web|mehr im internet|im internet|sur internet|en internet|service)\s*[:\-–—]/iu
/**
 * True when a line opens with a link list's label: "Online: http://…", "Internet: …", and a service note in
 * parentheses with its label letter-spaced ("(S E R V I C E - www.example.org)").
 */
function hasLinksLabel(t: string): boolean {
  return LINKS_LABEL_WORDS.test(collapseSpacedLetters(t.replace(/^\(\s*/, '')))
}

/** "S E R V I C E - …" → "SERVICE - …": a word set letter by letter, closed up (three letters or more). */
function collapseSpacedLetters(s: string): string {
  return s.replace(/(?<!\p{L})\p{L}(?: \p{L}){2,}(?!\p{L})/gu, (m) => m.replace(/ /g, ''))
}
function isLinkLine(s: string): boolean {
  const t = s.trim()
  // length first: the address pattern backtracks on a long run of word characters (a fuzz input of 186,000
  // digits took minutes)
  if (t.length > 300) return false
  if (LINKS_HEAD.test(t)) return true
  // a line that is an address, or a short label with an address ("Terre des Femmes: https://…", "Online: http://…")
  const rest = t.replace(URL_OR_ADDRESS, '').replace(/[\s:–—\-|()[\]]+/g, ' ').trim()
  return URL_OR_ADDRESS.test(t) && (hasLinksLabel(t) || rest.length <= 60)
}

/** "… landsmand. /ritzau/": an agency between slashes closing the last paragraph. */
const CLOSING_SLASHED_AGENCY = /(?<=[.!?"'”’»)\]]\s*)\/([^/\s]{2,20})\/\s*$/u

/** "… islands. (Reporting by Ben Blanchard; Editing by Jane Doe)": a credit closing the last paragraph. */
const CLOSING_CREDIT = /(?<=[.!?"'”’»)\]]\s*)\(([^()]{3,300})\)\s*$/u

/**
 * Splits the closing lines of a story from its body. From the end: staff initials and link lists are dropped
 * as transmission clutter; credit lines ("(Reporting by …)", "X contributed to this report."), contact
 * taglines ("X can be reached at …") and staff bios become credit lines; separators among them are clutter too. A
 * credit in parentheses that closes the last paragraph is cut off it. Recognised by shape, for any agency.
 * Headings count as empty strings and stop the scan.
 */
function splitTrailer(paragraphs: readonly string[]): Trailer {
  let end = paragraphs.length
  const credits: string[] = []
  const dropped: string[] = []
  const rewritten = new Map<number, string>()
  let links = false
  for (let k = paragraphs.length - 1; k >= 0 && paragraphs.length - k <= 12; k--) {
    const p = paragraphs[k] ?? ''
    if ((isStaffInitials(p) || isEndMark(p) || isCopyrightLine(p) || isLetterless(p)) && credits.length === 0) {
      dropped.unshift(p)
      end = k
    } else if (isLinkLine(p) && credits.length === 0 && !isContactDetails(p)) {
      // a link list counts only with its heading or when every line of it is a link; checked below
      dropped.unshift(p)
      links = true
      end = k
    } else if (isCreditLine(p) || isContactLine(p) || isBioLine(p) || isProductionNote(p) || isSignOff(p) || isContactDetails(p) || (credits.length > 0 && isContactLeadIn(p))) {
      credits.unshift(p)
      end = k
    } else if ((SEPARATOR.test(p) || isLetterless(p)) && (credits.length > 0 || dropped.length > 0)) {
      end = k
    } else {
      // the paragraph before the trailer may end in a parenthesised credit of its own
      const m = CLOSING_CREDIT.exec(p)
      const slashed = CLOSING_SLASHED_AGENCY.exec(p)
      if (m?.[1] && isCreditLine(m[1]) && m.index > 0) {
        credits.unshift(`(${m[1].trim()})`)
        rewritten.set(k, p.slice(0, m.index).trimEnd())
      } else if (slashed?.[1] && agencyName(slashed[1]) !== null && slashed.index > 0 && k === paragraphs.length - 1) {
        // "… vandt finalen i går. /ritzau/": the agency's sign-off closing the last paragraph
        credits.unshift(slashed[0].trim())
        rewritten.set(k, p.slice(0, slashed.index).trimEnd())
      }
      break
    }
  }
  // Link lines alone, with no heading and nothing else in the trailer, could be the story's own last words:
  // keep a lone address line only when a heading or a credit vouches for the trailer.
  if (links && !dropped.some((d) => LINKS_HEAD.test(d.trim()) || hasLinksLabel(d.trim())) && credits.length === 0 && !dropped.some((d) => isStaffInitials(d) || isEndMark(d) || isCopyrightLine(d))) {
    return { end: paragraphs.length, credits: [], dropped: [], rewritten: new Map() }
  }
  if (rewritten.size > 0 && end <= Math.max(...rewritten.keys())) end = Math.max(...rewritten.keys()) + 1
  while (end > 0 && (credits.length || dropped.length) && SEPARATOR.test(paragraphs[end - 1] ?? '')) end--
  // A credit line never leaves a story without a body: the story's only paragraph stays.
  if (end === 0) return { end: paragraphs.length, credits: [], dropped: [], rewritten: new Map() }
  // Everything from `end` on is a credit or clutter: the separators among them are clutter too.
  return { end, credits, dropped: paragraphs.slice(end).filter((p) => !credits.includes(p)), rewritten }
}
