import type { Article, Block, FormatId } from '../article/types'
import { isBylineText } from '../news/bylines'
import { isCreditLine } from '../news/credits'
import { matchDateline } from '../news/datelines'
import { isSeparatorLine } from './inline'
import { isPromotion } from './text'

/*
 * Crossheads (subheadings) in formats that have no markup for them: plain text, ANPA-1312 and IPTC 7901 set a
 * crosshead as a short line of its own between paragraphs, with no closing punctuation ("Ferry service to resume in
 * spring", "NEXT STEPS", "- Harbour closed -", "2. COUNCIL VOTES ON BUDGET").
 * The XML and HTML formats mark theirs (h1–h6, NITF hl2) and are read by their markup, not here.
 *
 * Conservative on purpose: a line counts only between a paragraph that closes a sentence and one of running prose, in
 * a story whose other paragraphs are prose. A lone short line of a list, a table, a schedule or a caption stays a
 * paragraph. Only a block's kind changes: the text, and every offset into it, stay as they were.
 */

/** Formats whose crossheads are read from their shape. */
const BY_SHAPE: ReadonlySet<FormatId> = new Set<FormatId>(['text', 'anpa', 'iptc7901'])

/** Closing quotes and brackets that may follow a sentence's last mark. */
const CLOSERS = `["'”’»«)\\]]*`
/** A paragraph that closes a sentence (a colon too: what follows may be a new section). */
const CLOSES_SENTENCE = new RegExp(`[.!?…:]${CLOSERS}$`, 'u')
/** Running prose closes with a full stop, question or exclamation mark. */
const PROSE_END = new RegExp(`[.!?…]${CLOSERS}$`, 'u')
/** Any closing punctuation: a crosshead has none. */
const PUNCTUATED = new RegExp(`[.!?…:;,]${CLOSERS}$`, 'u')
/** An opening a crosshead may have: a capital, a digit ("2. COUNCIL …"), a letter of a caseless script, a quote, AFP's dash. */
const OPENING = /^[\p{Lu}\p{Lo}\d«»"“„'‘‚‹›–—-]/u
/** AFP sets its crossheads between dashes: "- Harbour closed -". */
const DASHED = /^[-–—]\s.*\S\s[-–—]$/u
const LIST_MARK = /^[-–—•*+·]\s/u
const ADDRESS = /\bhttps?:\/\/|\bwww\.|@\w|\.(?:com|org|net|de)\b/i
/** Two or three capitalised words and nothing else ("Jane Roe"): a name or a label as often as a heading. */
const NAME_LIKE = /^\p{Lu}[\p{Ll}'’.-]+(?:\s+\p{Lu}[\p{Ll}'’.-]+){1,2}$/u

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length
/** How a paragraph ends: its last characters are all the end patterns look at (a long run of marks costs nothing then). */
const ending = (s: string): string => s.trimEnd().slice(-64)

/** True when a paragraph is shaped like a crosshead on its own, before its neighbours are looked at. */
export function isCrossheadShape(s: string): boolean {
  const t = s.trim()
  if (t.length < 3 || t.length > 80 || words(t) > 12) return false
  if (PUNCTUATED.test(t) || !OPENING.test(t) || t.startsWith('(') || /[;|\t]/.test(t)) return false
  if (LIST_MARK.test(t) && !DASHED.test(t)) return false
  // Mostly letters: a score ("Lions 54, Bears 51") or a row of figures is no heading.
  const visible = t.replace(/\s/g, '')
  const letters = (visible.match(/\p{L}/gu) ?? []).length
  if (letters < 2 || letters / visible.length < 0.7) return false
  // One word only where it is set in capitals ("NOTEBOOK"): a lone capitalised word is as often a label or a name.
  if (words(t) === 1 && (t !== t.toUpperCase() || letters < 4)) return false
  if (NAME_LIKE.test(t)) return false
  if (ADDRESS.test(t) || isSeparatorLine(t) || isPromotion(t)) return false
  if (isBylineText(t) || isCreditLine(t) || matchDateline(t, null)?.agency) return false
  return true
}

/** Running prose that starts a new sentence (a paragraph opening in lower case continues a broken line). */
const isProse = (s: string): boolean => PROSE_END.test(ending(s)) && !/^\s*\p{Ll}/u.test(s) && words(s.slice(0, 200)) >= 5

/**
 * The indexes of the paragraphs that are crossheads, in a list of body paragraphs: each is shaped like one, follows a
 * paragraph that closes a sentence (or a separator line, which AP sets before an all-capitals section head), and is
 * followed by prose; and most of the story's other paragraphs are prose.
 */
export function crossheadIndexes(paragraphs: readonly string[]): Set<number> {
  const found = new Set<number>()
  for (let i = 1; i < paragraphs.length - 1; i++) {
    const t = (paragraphs[i] as string).trim()
    // the paragraph before first: in a list or a table of short lines few close a sentence, and the shape's many
    // patterns then run on none of them
    const before = ending(paragraphs[i - 1] as string)
    const opens = CLOSES_SENTENCE.test(before) || (before.length < 64 && isSeparatorLine(before) && t === t.toUpperCase())
    if (opens && isCrossheadShape(t) && isProse(paragraphs[i + 1] as string)) found.add(i)
  }
  if (found.size === 0) return found
  const others = paragraphs.filter((_, i) => !found.has(i))
  const prose = others.filter((p) => PROSE_END.test(ending(p))).length
  return others.length >= 3 && prose / others.length >= 0.75 ? found : new Set()
}

/**
 * The article with the crossheads of its body marked as heading blocks, where its format sets them by shape; left out
 * of `paragraphs` as the headings of the marked-up formats are. Text and offsets are unchanged.
 */
export function withCrossheads(article: Article): Article {
  if (!BY_SHAPE.has(article.format)) return article
  // Runs of paragraphs between the blocks that are not body paragraphs (a heading already there breaks a run).
  const runs: Block[][] = [[]]
  for (const b of article.blocks) {
    if (b.kind === 'paragraph') (runs.at(-1) as Block[]).push(b)
    else if (b.kind === 'heading') runs.push([])
  }
  const marked = new Set<Block>()
  for (const run of runs) for (const i of crossheadIndexes(run.map((b) => b.text))) marked.add(run[i] as Block)
  if (marked.size === 0) return article
  const blocks = article.blocks.map((b): Block => (marked.has(b) ? { ...b, kind: 'heading' } : b))
  return { ...article, blocks, paragraphs: blocks.filter((b) => b.kind === 'paragraph').map((b) => b.text) }
}
