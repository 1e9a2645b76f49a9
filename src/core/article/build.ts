import { normaliseItemDate } from './itemDate'
import type { Article, ArticleMeta, Block, BlockKind, Caption, EditorialNote, FormatId, ItemDates } from './types'

export const BLOCK_SEPARATOR = '\n\n'

/** One block of the story's body: a paragraph, or a crosshead ("heading") between paragraphs. */
export interface BodyPart {
  kind: 'paragraph' | 'heading'
  text: string
}

export interface ArticleParts extends Partial<Omit<ArticleMeta, 'format' | 'dates'>> {
  format: FormatId
  /** Body paragraphs; ignored when `body` is given */
  paragraphs: string[]
  /** The body with its crossheads, in order; when given it replaces `paragraphs` */
  body?: BodyPart[]
  /** Metadata timestamps as the feed prints them; normalised here. `created` defaults to `parts.created`. */
  dates?: Partial<ItemDates>
  captions?: { text: string; credit: string | null; creditLine?: string | null }[]
  notes?: EditorialNote[]
  clutter?: string[]
  /** Show the dateline as its own block (formats that carry it apart from the body) */
  datelineBlock?: boolean
}

/** Normalises whitespace inside one block: no newlines, single spaces, trimmed. */
export function cleanBlockText(s: string): string {
  return s.replace(/[\t\n\r\f\v \u00a0\u2028\u2029]+/g, ' ').trim()
}

/** The body of an article as parts: its paragraph and heading blocks, in order. */
export function bodyOf(article: Pick<Article, 'blocks'>): BodyPart[] {
  const out: BodyPart[] = []
  for (const b of article.blocks) if (b.kind === 'paragraph' || b.kind === 'heading') out.push({ kind: b.kind, text: b.text })
  return out
}

/** Builds an Article from its parts; guarantees that every block's [start, end) slices `text` exactly. */
export function buildArticle(parts: ArticleParts): Article {
  const blocks: Block[] = []
  let text = ''
  const push = (kind: BlockKind, raw: string): Block | null => {
    const t = cleanBlockText(raw)
    if (!t) return null
    if (text) text += BLOCK_SEPARATOR
    const b: Block = { kind, text: t, start: text.length, end: text.length + t.length }
    text += t
    blocks.push(b)
    return b
  }
  const headline = parts.headline ? cleanBlockText(parts.headline) : null
  if (headline) push('headline', headline)
  const dateline = parts.dateline ?? null
  if (dateline && parts.datelineBlock) push('dateline', dateline.text)
  const bylines = (parts.bylines ?? []).map(cleanBlockText).filter(Boolean)
  for (const b of bylines) push('byline', b)
  const paragraphs: string[] = []
  for (const p of parts.body ?? parts.paragraphs.map((text): BodyPart => ({ kind: 'paragraph', text }))) {
    const b = push(p.kind, p.text)
    if (b && p.kind === 'paragraph') paragraphs.push(b.text)
  }
  const captions: Caption[] = []
  for (const c of parts.captions ?? []) {
    const credit = c.credit ? cleanBlockText(c.credit) : null
    const body = cleanBlockText(c.text)
    const b = push('caption', credit && !body.endsWith(credit) ? `${body} ${credit}`.trim() : body)
    if (b) captions.push({ text: body, credit, creditLine: c.creditLine ?? null, start: b.start, end: b.end })
  }
  const creditLines = (parts.creditLines ?? []).map(cleanBlockText).filter(Boolean)
  for (const c of creditLines) push('creditLine', c)
  return {
    format: parts.format,
    agencyId: parts.agencyId ?? null,
    version: parts.version ?? null,
    headline,
    source: parts.source ?? null,
    section: parts.section ?? null,
    slugline: parts.slugline ?? null,
    dateline,
    bylines,
    creditLines,
    copyright: parts.copyright ?? null,
    usageTerms: parts.usageTerms ?? null,
    language: parts.language ?? null,
    created: parts.created ?? null,
    dates: {
      created: normaliseItemDate(parts.dates?.created ?? parts.created),
      versionCreated: normaliseItemDate(parts.dates?.versionCreated),
      embargoUntil: normaliseItemDate(parts.dates?.embargoUntil),
    },
    summary: parts.summary ? cleanBlockText(parts.summary) || null : null,
    corrections: parts.corrections ?? [],
    blocks,
    text,
    paragraphs,
    captions,
    notes: (parts.notes ?? []).filter((n) => n.text.trim() !== ''),
    clutter: parts.clutter ?? [],
  }
}
