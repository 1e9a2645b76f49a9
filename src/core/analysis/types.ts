/** What the analysis finds in one Article. Offsets are UTF-16 code units into Article.text, half-open. */

import type { SpeakerBasis } from './confidence'

export interface Span {
  start: number
  end: number
}

export type PersonKind = 'person' | 'organisation' | 'unnamed'

export interface Person {
  /** Stable within one analysis: "p1", "p2", ... */
  id: string
  /** Canonical (fullest) name, or the description for an unnamed source */
  name: string
  /** Title or role at first reference, e.g. "Russian President", "a senior adviser to ..." */
  description: string | null
  aliases: string[]
  kind: PersonKind
  /** he / she / they when the text tells, else null */
  pronoun: 'he' | 'she' | 'they' | 'it' | null
  mentions: Span[]
}

export type Attribution = 'explicit' | 'pronoun' | 'carried' | 'none'

export interface Quote extends Span {
  /** The quoted words without the quotation marks */
  text: string
  speaker: string | null
  speakerId: string | null
  attribution: Attribution
  cue: string | null
  /** Where the cue stands, when there is one */
  cueSpan: Span | null
  /** Offsets of the opening and closing marks (the closing one may be missing) */
  open: number
  close: number | null
  /** Index of the quote this one continues ("...," she said, "..."), else null */
  continues: number | null
  /** How far the speaker can be trusted, in [0, 1]; 0 when there is no speaker (see confidence.ts) */
  speakerConfidence: number
  /** How the speaker was found, or null when there is none */
  speakerBasis: SpeakerBasis | null
}

export interface ReportedSpeech extends Span {
  text: string
  source: string | null
  sourceId: string | null
  cue: string
  /** The source is a name the clause holds, not its grammatical subject: a guess good enough to mark the speech
   * (PolNeAR: right about nine times in ten), not to count a claim as sourced */
  guessed?: boolean
}

export interface Claim extends Span {
  text: string
  /** The source named for it, or null when it stands in the reporter's own voice */
  attributedTo: string | null
  /** How much it deserves a check, in [0, 1] */
  checkworthiness: number
  /** Why it looks checkable: number, date, comparison, superlative, cause, record, first ... */
  signals: string[]
}

export interface PhotoCredit {
  credit: string
  photographer: string | null
  agencies: string[]
  distributor: string | null
  start: number | null
  end: number | null
}

export type CreditRole = 'byline' | 'reporting' | 'writing' | 'editing' | 'additionalReporting' | 'compiledBy'

/** One credited person with the role and the place the credit line gives ("Jane Doe in Paris"). */
export interface Contributor {
  name: string
  role: CreditRole
  location: string | null
}

export interface Credits {
  /** Every credited person with role and location, in the order printed (added for credit checks) */
  contributors?: Contributor[]
  bylines: string[]
  reporting: string[]
  writing: string[]
  editing: string[]
  additionalReporting: string[]
  compiledBy: string[]
  photo: PhotoCredit[]
  copyright: string[]
}

export interface ResolvedDate extends Span {
  text: string
  /** ISO date (yyyy-mm-dd) or year (yyyy), or null when there is no anchor date */
  resolved: string | null
}

export type Severity = 'error' | 'warning' | 'info'

export type RuleId =
  | 'quote-without-speaker'
  | 'doubtful-speaker'
  | 'speaker-not-introduced'
  | 'pronoun-before-name'
  | 'anonymous-source'
  | 'loaded-verb'
  | 'insertion-in-quote'
  | 'unbalanced-quotes'
  | 'unattributed-claim'
  | 'missing-credit'
  | 'caption-without-credit'
  | 'credit-mismatch'
  | 'no-dateline'
  | 'relative-date-conflict'
  | 'carried-attribution'
  | 'late-attribution'
  | 'double-attribution'
  | 'fragment-quote'
  | 'plural-source'
  | 'anon-declined-comment'
  | 'borrowed-material-credit'
  | 'correction-notice'
  | 'quote-introduction'
  | 'present-tense-attribution'
  | 'courtesy-title'

export interface Finding extends Span {
  rule: RuleId
  severity: Severity
  /** What is wrong, quoting the words it is about: "Unsourced number: 'thousands of migrants'" */
  message: string
  /** The words the finding is about (whitespace folded, at most 80 characters); "" when it has none */
  excerpt: string
  /** What the editor can do about it, where the rule knows ("Restate the attribution …") */
  fix?: string
  /** A sub-kind where the rule has them, e.g. the loaded-verb kind "doubt" (added for loaded-verb) */
  kind?: string
}

export interface Analysis {
  people: Person[]
  quotes: Quote[]
  reportedSpeech: ReportedSpeech[]
  claims: Claim[]
  credits: Credits
  dates: ResolvedDate[]
  findings: Finding[]
}
