import { buildArticle } from '../article/build'
import { agencyName, extractInline, isBylineText, isCreditLine, matchDateline } from './inline'
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
const PROMO =
  /\b(?:sign(?:\s|-)?(?:in|up)|log(?:\s|-)?in|subscri(?:be|ption|ber)|register|membership|member|download|app|apps|newsletters?|free trial|days? free|start reading|read more|read next|continue reading|keep reading|related|recommended|trending|top stories|most (?:read|popular)|our picks|editor'?s picks|you may also like|more from|follow us|share (?:this|on)|advertisement|sponsored|cookies?|privacy policy|terms of (?:use|service)|all rights reserved|premium|curated|titles|sources|click here|watch now|listen now|get (?:all|the) (?:your )?news|in one place|min read)\b/i

/** A photo credit as agencies print it after a caption's last sentence. */
const PHOTO_CREDIT =
  /\bREUTERS\b|\bGetty Images\b|^(?:Foto|Photo|Picture|Image|Bild)(?::|\s+by)\s|\b(?:AP|AFP|EPA|dpa) Photo\b|^\p{Lu}[\p{L}\p{M}.'’ -]*(?:\/\p{Lu}[\p{L}\p{M}.'’ -]*)+$/u
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
  let headlineAt = -1
  for (let i = bodyStart - 1; i >= 0; i--) {
    const t = units[i]?.text ?? ''
    if (captionAt.has(i) || isBylineText(t)) continue
    if (isHeadlineLike(t)) headlineAt = i
    break
  }
  if (headlineAt < 0 && bodyStart === 0 && units.length > 1) {
    const first = units[0]?.text ?? ''
    if (isHeadlineLike(first) && !SENTENCE_END.test(first) && !captionAt.has(0)) {
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
