/**
 * The parsed content of one version of a wire story.
 * Offsets everywhere are UTF-16 code units into `Article.text`, half-open [start, end).
 */

export type FormatId =
  | 'text'
  | 'html'
  | 'newsml-g2'
  | 'newsml-1'
  | 'nitf'
  | 'ninjs'
  | 'digitalwires'
  | 'apmedia'
  | 'anpa'
  | 'iptc7901'
  | 'sgml'
  | 'rbnews'
  | 'atom'
  | 'docx'
  | 'w3c'

/** The kinds of block that make up `Article.text`, in display order ('heading' is a crosshead between paragraphs). */
export const BLOCK_KINDS = ['headline', 'dateline', 'byline', 'heading', 'paragraph', 'caption', 'creditLine'] as const

export type BlockKind = (typeof BLOCK_KINDS)[number]

export interface Block {
  kind: BlockKind
  text: string
  start: number
  end: number
}

export interface Dateline {
  /** As printed, e.g. "BEIJING, April 17 (Reuters) -" */
  text: string
  place: string | null
  /** ISO date yyyy-mm-dd when it can be known, else null */
  date: string | null
}

export interface Caption {
  /** Caption text without its trailing credit */
  text: string
  /** The credit as printed, e.g. "Sputnik/Alexei Nikolskyi/Kremlin via REUTERS" */
  credit: string | null
  /** The IPTC/G2 creditline of the picture, when the format carries it separately */
  creditLine: string | null
  start: number
  end: number
}

/**
 * The item's own timestamps from its metadata, each an ISO 8601 string as `normaliseItemDate` gives it
 * (UTC "2017-08-24T01:58:40Z" when the feed gives a zone, the wall-clock time when it gives none, or a date
 * alone), or null when the format does not say.
 */
export interface ItemDates {
  /** When the item was first created or filed */
  created: string | null
  /** When this version was created (the latest write-through or correction) */
  versionCreated: string | null
  /** Not to be published before this time */
  embargoUntil: string | null
}

/**
 * A note for the desk only, never exported: an edNote, a notebook, a feed's staff contacts, or a comment the Word
 * file carried. A comment on words has its anchor, and the library keeps it as a non-public note mark on them.
 */
export interface EditorialNote {
  kind: string
  text: string
  /** Who wrote it, where the format says (a Word comment's author) */
  author?: string
  /** When it was written, as the format prints it (a Word comment's date), where it says */
  date?: string
  /** The words it is on, [start, end) in Article.text, where it is on words */
  anchor?: { start: number; end: number }
}

export interface ArticleMeta {
  format: FormatId
  /** The agency's own id (G2 guid, ninjs uri, ANPA story number + slug), or null */
  agencyId: string | null
  /** The agency's version marker (G2 version, "1stLd-Writethru", ...), or null */
  version: string | null
  headline: string | null
  /** The agency or publisher, e.g. "Reuters", "dpa" */
  source: string | null
  section: string | null
  slugline: string | null
  dateline: Dateline | null
  bylines: string[]
  /** "(Reporting by ...; Editing by ...)" lines and the like, as printed */
  creditLines: string[]
  copyright: string | null
  usageTerms: string | null
  language: string | null
  /** ISO timestamp from the format, when it has one (as printed by the feed; `dates.created` is normalised) */
  created: string | null
  /** The item's metadata timestamps, normalised */
  dates: ItemDates
  /** The agency's teaser or summary, kept apart from the body (never a paragraph) */
  summary: string | null
  /** Words like "CORRECTED", "REFILE", "1stLd-Writethru" from headers or headline */
  corrections: string[]
}

export interface Article extends ArticleMeta {
  blocks: Block[]
  /** All blocks joined with "\n\n" in display order; the text annotations anchor into */
  text: string
  /** Body paragraphs only, as strings (crossheads are `heading` blocks, not paragraphs) */
  paragraphs: string[]
  captions: Caption[]
  /** Non-public notes: kept, shown as non-public, never exported */
  notes: EditorialNote[]
  /** Lines that import removed as site clutter */
  clutter: string[]
}
