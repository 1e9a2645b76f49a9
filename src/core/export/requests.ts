import type { ReviewFinding } from '../annotation/review'

/**
 * Each check's open finding as a request to the reporter, the way an editor writes it in the margin of the copy
 * (Word comments). `words` are the words the finding is about, already shortened; `noun` names a claim by what
 * makes it checkable ("number", "allegation"; "claim" when nothing more is known).
 */
type Request = (words: string, noun: string) => string

const on = (words: string) => (words ? `: “${words}”` : '')

export const FINDING_REQUEST: Record<ReviewFinding['rule'], Request> = {
  'quote-without-speaker': (w) => `Please say who said this${on(w)}.`,
  'doubtful-speaker': (w) => `Please confirm who said this${on(w)}.`,
  'accepted-quote-without-speaker': (w) => `Please say who said this${on(w)}.`,
  'speaker-not-introduced': (w) => `Please introduce this speaker in full at the first reference (full name, title or role)${on(w)}.`,
  'pronoun-before-name': (w) => `Please name the person before the story refers to them this way${on(w)}.`,
  'anonymous-source': (w) => `Please say why this source is not named, and how they know${on(w)}.`,
  'loaded-verb': (w) => `Please use a neutral verb ("said") unless you can stand behind this one${on(w)}.`,
  'insertion-in-quote': (w) => `Please check the words inserted into this quote against what was said${on(w)}.`,
  'unbalanced-quotes': (w) => `Please check the quotation marks: one has no partner${on(w)}.`,
  'unattributed-claim': (w, noun) => (w ? `Please attribute this ${noun}: who says “${w}”?` : `Please attribute this ${noun}: who says so?`),
  'missing-credit': (w) => `Please complete the credit${on(w)}.`,
  'caption-without-credit': (w) => `Please add who made or released this picture${on(w)}.`,
  'credit-mismatch': (w) => `Please make this credit agree with the picture's credit line${on(w)}.`,
  'no-dateline': () => 'Please add a dateline: where and when was this filed?',
  'relative-date-conflict': (w) => `Please check this date: the weekday and the date do not agree${on(w)}.`,
  'carried-attribution': (w) => `Please restate who says this, so readers do not take it as someone else's${on(w)}.`,
  'late-attribution': (w) => `Please name the speaker sooner${on(w)}.`,
  'double-attribution': (w) => `Please attribute this quote once, not twice${on(w)}.`,
  'fragment-quote': (w) => `Please say who said these words, or drop the quotation marks${on(w)}.`,
  'plural-source': (w) => `Please say whether this is one source or several${on(w)}.`,
  'anon-declined-comment': (w) => `Please check: the story says they declined to comment, yet quotes an unnamed source from there${on(w)}.`,
  'borrowed-material-credit': (w) => `Please credit the outlet this material comes from${on(w)}.`,
  'correction-notice': (w) => `Please say where the correction was made${on(w)}.`,
  'quote-introduction': (w) => `Please introduce this quote the house way (colon or comma)${on(w)}.`,
  'present-tense-attribution': (w) => `Please attribute with "said" here${on(w)}.`,
  'courtesy-title': (w) => `Please check the courtesy title against house style${on(w)}.`,
  'disputed-claim-without-evidence': (w) => `Please send what disputes this claim${on(w)}.`,
}

/** What makes a claim checkable, from its analysis signals, as the noun a request uses. */
export function claimNoun(signals: string | null): string {
  const s = signals ?? ''
  if (/\b(number|percentage|money)\b/.test(s)) return 'number'
  if (/\ballegation\b/.test(s)) return 'allegation'
  if (/\brecord\b/.test(s)) return 'record'
  return 'claim'
}
