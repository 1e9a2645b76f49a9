import { buildArticle } from '../article/build'
import { agencyName, NAMED_CREDIT_AGENCIES, PHOTO_LABEL_AGENCIES } from '../news/agencies'
import { matchDateline } from '../news/datelines'
import { isCreditLine } from '../news/credits'
import { isBylineText } from '../news/bylines'
import { oneOf } from '../language/pattern'
import { extractInline } from './inline'
import type { ParseResult } from './types'

/** One line or paragraph of the input, as the reader sees it. */
interface Unit {
  text: string
}

const SENTENCE_END = /[.!?…]["'”’»«)\]]*$/u
const WORDS = (s: string): number => s.split(/\s+/).filter(Boolean).length

/**
 * Calls to action and site furniture. These are the words that promotional lines are built from on any
 * site (sign in, subscribe, download the app, newsletter, related stories); they never decide alone
 * whether a line is clutter, only together with the line being short and at the edge of the story.
 */
const PROMO_ACCOUNT = [
  String.raw`sign(?:\s|-)?(?:in|up)`, String.raw`log(?:\s|-)?in`, 'subscri(?:be|ption|ber)', 'register', 'membership', 'member',
  'download', 'app', 'apps', 'newsletters?', 'free trial', 'days? free',
]
const PROMO_MORE_READING = [
  'start reading', 'read more', 'read next', 'continue reading', 'keep reading', 'related', 'recommended', 'trending',
  'top stories', 'most (?:read|popular)', 'our picks', "editor'?s picks", 'you may also like', 'more from',
]
const PROMO_FURNITURE = [
  'follow us', 'share (?:this|on)', 'advertisement', 'sponsored', 'cookies?', 'privacy policy', 'terms of (?:use|service)',
  'all rights reserved',
]
/** An aggregator's calls: "premium", "curated titles from 20 sources", "get all your news in one place", "3 min read" */
const PROMO_AGGREGATOR = [
  'premium', 'curated', 'titles', 'sources', 'click here', 'watch now', 'listen now', 'get (?:all|the) (?:your )?news',
  'in one place', 'min read',
]
const PROMO = new RegExp(String.raw`\b${oneOf([...PROMO_ACCOUNT, ...PROMO_MORE_READING, ...PROMO_FURNITURE, ...PROMO_AGGREGATOR])}\b`, 'i')

/** True for a line built from the words of calls to action and site furniture ("Sign up", "Read more", "Advertisement"). */
export function isPromotion(s: string): boolean {
  return PROMO.test(s)
}

/** A photo credit as agencies print it after a caption's last sentence. */
const PHOTO_CREDIT = new RegExp(
  [
    String.raw`\b(?:${NAMED_CREDIT_AGENCIES})\b`, // "…/REUTERS", "… via Getty Images"
    String.raw`^(?:Foto|Photo|Picture|Image|Bild)(?::|\s+by)\s`, // "Photo: …", "Picture by …"
    String.raw`\b(?:${PHOTO_LABEL_AGENCIES}) Photo\b`, // "AP Photo/…"
    String.raw`^\p{Lu}[\p{L}\p{M}.'’ -]*(?:\/\p{Lu}[\p{L}\p{M}.'’ -]*)+$`, // "Name/Agency"
  ].join('|'),
  'u',
)
/** A credit in closing parentheses: "(AP Photo/Name)", "(Photo by Name/AFP via Getty Images)". */
const PAREN_CREDIT = /\((?<credit>[^()]{2,100})\)$/u

const CAPTION_START = /^(?:FILE\s+PHOTO|PHOTO|FILE|PICTURE|Photo|Foto|File photo)\s*[:-]\s/u

/** Splits a caption into its text and the credit printed at its end; null when it is not a caption. */
export function splitCaption(s: string): { text: string; credit: string | null } | null {
  const t = s.trim()
  if (t.length > 800) return null
  const starts = CAPTION_START.test(t)
  const paren = PAREN_CREDIT.exec(t)
  const parenCredit = paren?.groups?.credit?.trim()
  if (paren && parenCredit && PHOTO_CREDIT.test(parenCredit)) {
    const text = t.slice(0, paren.index).trim()
    if (text && (starts || SENTENCE_END.test(text))) return { text, credit: parenCredit }
  }
  // The credit follows the caption's last sentence.
  const stop = Math.max(t.lastIndexOf('. '), t.lastIndexOf('.\u00a0'))
  if (stop > 0) {
    const tail = t.slice(stop + 2).trim()
    if (tail.length <= 100 && !SENTENCE_END.test(tail) && PHOTO_CREDIT.test(tail)) {
      return { text: t.slice(0, stop + 1).trim(), credit: tail }
    }
  }
  return starts ? { text: t, credit: null } : null
}

/** True when a unit reads as running prose: a sentence of some length. */
function isProse(s: string): boolean {
  return (s.length >= 80 || WORDS(s) >= 12) && (SENTENCE_END.test(s) || s.length >= 200)
}

/** True when a short line at the edge of a story is site furniture rather than part of the story. */
function isEdgeClutter(s: string): boolean {
  if (s.length > 160 || isCreditLine(s)) return false
  if (PROMO.test(s)) return true
  // No sentence structure: a short label, counter or fragment.
  return WORDS(s) <= 8 && !SENTENCE_END.test(s) && !/["“”«»]/u.test(s)
}

/** A headline: short, several words, no final full stop. */
function isHeadlineLike(s: string): boolean {
  return s.length <= 200 && WORDS(s) >= 3 && !/[.:;,]$/.test(s) && !PROMO.test(s)
}

/** Words that stay lower case in a title-case headline ("of", "the", "in"): not counted either way. */
const MINOR_WORD = /^(?:a|an|and|as|at|but|by|for|from|in|into|of|on|or|over|per|the|to|up|via|vs|with)$/i

/** Most of the words capitalised, as headlines are set in title case ("Poll: Wealthy Voters Abandon Republican Party"). */
function isTitleCase(s: string): boolean {
  const words = s.split(/[\s:;,–—-]+/).map((w) => w.replace(/^[^\p{L}\d]+|[^\p{L}\d]+$/gu, '')).filter((w) => w && !MINOR_WORD.test(w))
  const capitalised = words.filter((w) => /^[\p{Lu}\d]/u.test(w)).length
  return words.length >= 3 && capitalised / words.length >= 0.75
}

/**
 * A headline closed with a full stop, as some sites and corpora print it ("Africa builds expertise in science."):
 * one short line that is set in title case, or that the dateline paragraph follows ("DAKAR, Senegal (AP) —").
 */
function isStoppedHeadline(s: string, next: string | undefined): boolean {
  // (A promotion is a short call, "Sign Up For Our Newsletter."; a headline may hold such a word: "Military-Related".)
  if (s.length > 160 || WORDS(s) < 3 || !/[^.]\.["'”’»]?$/u.test(s) || (WORDS(s) < 6 && PROMO.test(s))) return false
  // A paragraph that opens with a dateline ("ROSCOE, South Dakota (AP) _ …") is the story's; a label ("EXCLUSIVE –") is not one.
  const d = matchDateline(s, null)
  if (d && (d.agency !== null || d.text.includes(','))) return false
  return isTitleCase(s) || (next !== undefined && matchDateline(next, null) !== null)
}

/** A line that names a field of the story's metadata ("BYLINE: Amber Phillips.", "SECTION: A; Pg. 1"): never its title. */
const METADATA_LABEL = /^(?:by-?line|dateline|section|length|source|credit|load-date|language|publication-type)\s*:/i

/**
 * The opening line of a plain-text story that has no other headline: a text file starts with its title, so its first
 * line is the headline when it is one short line of at most two sentences ("Virginian could make history. Again.",
 * "Lawmaker urges retaliation on Russia;") that is no dateline, byline or promotion, with the story after it.
 */
function isOpeningTitle(s: string, rest: readonly Unit[]): boolean {
  if (s.length > 120 || WORDS(s) < 2 || rest.length === 0 || (WORDS(s) < 6 && PROMO.test(s))) return false
  if (matchDateline(s, null) !== null || isBylineText(s) || isCreditLine(s) || METADATA_LABEL.test(s)) return false
  const sentences = s.split(/(?<=[.!?])\s+(?=["“‘']?\p{Lu})/u).length
  // (a deck or a label such as "ABSTRACT." may come between it and the longer paragraphs of the story)
  return sentences <= 2 && rest.slice(0, 3).some((u) => u.text.length > s.length)
}

/** A section label: one to three capitalised words ("Business", "World News"). */
function isSectionLabel(s: string): boolean {
  return s.length <= 30 && /^\p{Lu}[\p{L}&'’-]*(?:\s+(?:&|and|\p{Lu}[\p{L}&'’-]*)){0,2}$/u.test(s) && !PROMO.test(s)
}

const COPYRIGHT = /^(?:©|\(c\)|copyright\b)/i

/** Groups lines into units: blank lines separate paragraphs; hard-wrapped lines are joined. */
function toUnits(text: string): Unit[] {
  const lines = text.split('\n').map((l) => l.replace(/(?<![\t ])[\t ]+$/g, '').replace(/^\s+/, ''))
  const lengths = lines.filter((l) => l.length > 0).map((l) => l.length).sort((a, b) => a - b)
  const p90 = lengths[Math.floor(lengths.length * 0.9)] ?? 0
  // Text wrapped at a fixed width (wire copy, e-mail) has no line much longer than ~100 characters.
  const wrapped = p90 > 0 && p90 <= 100
  const units: Unit[] = []
  let current: string | null = null
  for (const line of lines) {
    if (!line) {
      if (current !== null) units.push({ text: current })
      current = null
      continue
    }
    if (current !== null && wrapped && current.length >= p90 * 0.6 && !/^[-*•+]\s/.test(line)) {
      current += ` ${line}`
      continue
    }
    if (current !== null) units.push({ text: current })
    current = line
  }
  if (current !== null) units.push({ text: current })
  return units.map((u) => ({ text: u.text.replace(/\s+/g, ' ').trim() })).filter((u) => u.text)
}

/**
 * Parses plain or pasted web text into one Article; removes site clutter at the edges, finds the
 * headline, source, section, captions and credit lines. Every input line ends up in exactly one place.
 */
export function parseText(text: string, file: string): ParseResult {
  void file
  const warnings: string[] = []
  const units = toUnits(text)
  const captionAt = new Map<number, { text: string; credit: string | null }>()
  units.forEach((u, i) => {
    const c = splitCaption(u.text)
    if (c) captionAt.set(i, c)
  })

  // The body starts at the first paragraph of running prose (or the first dateline paragraph).
  let bodyStart = units.findIndex((u, i) => !captionAt.has(i) && (isProse(u.text) || matchDateline(u.text, null) !== null))
  if (bodyStart < 0) bodyStart = units.findIndex((u, i) => !captionAt.has(i) && !isEdgeClutter(u.text))
  if (bodyStart < 0) bodyStart = 0

  // The headline is the nearest headline-like line above the body; a byline may sit between them.
  // (The opening of the text is its first line after any metadata labels: "BYLINE: Amber Phillips.")
  const opening = Math.max(0, units.findIndex((u) => !METADATA_LABEL.test(u.text)))
  let headlineAt = -1
  for (let i = bodyStart - 1; i >= 0; i--) {
    const t = units[i]?.text ?? ''
    if (captionAt.has(i) || isBylineText(t)) continue
    if (isHeadlineLike(t) || isStoppedHeadline(t, units[i + 1]?.text) || (i === opening && isOpeningTitle(t, units.slice(i + 1)))) headlineAt = i
    break
  }
  // A title over a deck or a few labels ("ABSTRACT.", "LETTERS.", "Small group of rich donors pushes tally …"): all
  // closed by punctuation, which site furniture above a pasted story ("Skip to main content", "MENU") is not.
  const closed = (t: string) => SENTENCE_END.test(t) || /[;:]$/.test(t)
  const decks = units.slice(opening + 1, bodyStart)
  const title = units[opening]?.text ?? ''
  if (headlineAt < 0 && decks.length >= 1 && decks.length <= 4 && !captionAt.has(opening) && closed(title) && decks.every((u) => closed(u.text) && u.text.length <= 100)) {
    if (isOpeningTitle(title, units.slice(opening + 1))) headlineAt = opening
  }
  if (headlineAt < 0 && bodyStart === 0 && units.length > 1) {
    const first = units[0]?.text ?? ''
    const stopped = isStoppedHeadline(first, units[1]?.text) || isOpeningTitle(first, units.slice(1))
    if (((isHeadlineLike(first) && !SENTENCE_END.test(first)) || stopped) && !captionAt.has(0)) {
      headlineAt = 0
      bodyStart = 1
    }
  }

  const clutter: string[] = []
  let source: string | null = null
  let section: string | null = null
  let copyright: string | null = null
  const agencyLines: string[] = []

  // Above the headline: agency logo lines give the source, the label next to the headline the section,
  // and the rest is site furniture.
  const top = headlineAt >= 0 ? headlineAt : bodyStart
  let sectionAt = -1
  for (let i = top - 1; i >= 0; i--) {
    const t = units[i]?.text ?? ''
    if (agencyName(t)) continue
    if (isSectionLabel(t) && headlineAt >= 0) sectionAt = i
    break
  }
  for (let i = 0; i < top; i++) {
    const t = units[i]?.text ?? ''
    const agency = agencyName(t)
    if (agency) {
      agencyLines.push(agency)
      continue
    }
    if (i === sectionAt) {
      section = t
      continue
    }
    if (captionAt.has(i)) continue
    clutter.push(t)
  }
  if (agencyLines.length) source = agencyLines[0] ?? null

  // Below the body: after the closing credit line every short line is trailer; without one, short
  // promotional lines are peeled off the end until a line of the story is reached.
  let bodyEnd = units.length
  let lastCredit = -1
  for (let i = units.length - 1; i >= bodyStart; i--) {
    if (isCreditLine(units[i]?.text ?? '')) {
      lastCredit = i
      break
    }
  }
  if (lastCredit >= 0 && units.slice(lastCredit + 1).every((u) => u.text.length <= 200 || PROMO.test(u.text))) {
    bodyEnd = lastCredit + 1
  } else {
    while (bodyEnd > bodyStart + 1) {
      const t = units[bodyEnd - 1]?.text ?? ''
      if (captionAt.has(bodyEnd - 1) || !(isEdgeClutter(t) || (t.length <= 100 && PROMO.test(t)))) break
      bodyEnd--
    }
  }

  const paragraphs: string[] = []
  const captions: { text: string; credit: string | null }[] = []
  for (let i = 0; i < units.length; i++) {
    const t = units[i]?.text ?? ''
    const caption = captionAt.get(i)
    if (i < top) {
      if (caption) captions.push(caption)
      continue
    }
    if (i === headlineAt) continue
    if (i >= bodyEnd) {
      if (COPYRIGHT.test(t) && t.length <= 200) copyright = t
      else if (caption) captions.push(caption)
      else clutter.push(t)
      continue
    }
    if (caption) {
      captions.push(caption)
      continue
    }
    // Inside the story only unmistakable furniture goes: a short call to action without a sentence.
    if (t.length <= 60 && PROMO.test(t) && !SENTENCE_END.test(t) && i > bodyStart) {
      clutter.push(t)
      continue
    }
    if (COPYRIGHT.test(t) && t.length <= 200 && i === bodyEnd - 1) {
      copyright = t
      continue
    }
    paragraphs.push(t)
  }
  // Repeated agency logo lines inside the text (rare) still point at the source.
  if (!source) {
    const named = units.map((u) => agencyName(u.text)).filter((a): a is string => a !== null)
    source = named[0] ?? null
  }
  if (paragraphs.length === 0) warnings.push('no body paragraphs found')

  const article = buildArticle({
    format: 'text',
    headline: headlineAt >= 0 ? (units[headlineAt]?.text ?? null) : null,
    source,
    section,
    copyright,
    paragraphs,
    captions,
    // A site repeats its furniture (two sign-in prompts); each distinct line is listed once.
    clutter: [...new Set(clutter)],
  })
  return { articles: [extractInline(article)], warnings }
}
