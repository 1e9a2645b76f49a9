/**
 * How much a quote's speaker can be trusted, from the way it was found. The values are the share of speakers found
 * that way that were right on PolNeAR train (surname agreement as tools/score_polnear.py defines it), smoothed and
 * rounded down to two decimals; a path seen fewer than 30 times there takes a cautious value (below). They were
 * checked on PolNeAR dev totals: quotes at 0.9 or more must be right 90% of the time or more. Refit them here, and
 * only here, when the attribution rules change: `npm run eval -- --fit` prints train's counts per path.
 */

/** Where the speaker's evidence stands relative to the quote. */
export type SpeakerRoute =
  /** a cue right after the closing mark: '"…," X said', '"…," said X' */
  | 'after-adjacent'
  /** a cue after the quote with other words between: '"…" for the party, said X' */
  | 'after-far'
  /** "according to X" beside the quote */
  | 'according'
  /** '"…" - X' */
  | 'dash'
  /** a cue before the quote in its sentence: 'X said: "…"', 'X called it "…"' */
  | 'before'
  /** the second part of an interrupted quote: '"…," she said, "…"' */
  | 'interrupted'
  /** a colon introduction with no cue, or across a paragraph break: 'X said:' ¶ '"…"' */
  | 'colon'
  /** the subject of the quote's sentence, with no cue: 'X called it a "…"' */
  | 'clause'
  /** carried from an earlier quote in the same paragraph */
  | 'carried-para'
  /** carried from the paragraph before */
  | 'carried-prev'
  /** the previous sentence's subject: 'X criticised the decision. "…"' */
  | 'carried-sentence'

/** What the speaker's evidence is: a name, a description ("a police official", "the ministry"), or a pronoun. */
export type SpeakerForm = 'named' | 'described' | 'pronoun'

export interface SpeakerBasis {
  route: SpeakerRoute
  form: SpeakerForm
  /** Another person was named between the speaker's last mention and the quote (carried, pronoun, clause, colon) */
  competing: boolean
  /** Named by one word that no fuller name in the story extends ("Pollsters", "Another", a surname never given in full) */
  loneWord: boolean
}

interface RouteValues {
  named: number
  described: number
  pronoun: number
  /** Subtracted when another person was named between the speaker's evidence and the quote */
  competing: number
}

/**
 * Per route: the share right on train by form, and what a rival name in between costs. Paths seen 30 times or more
 * on train carry their smoothed share ((right + 1) / (seen + 2), two decimals, rounded down); rarer ones a cautious
 * value no higher than that (named 0.9, pronoun 0.75, described 0.6 at most). Train counts (right/seen, named) in
 * the comments are from the fit of 7 December 2026 (refit after reverting three train-only rules).
 */
export const SPEAKER_CONFIDENCE: Readonly<Record<SpeakerRoute, RouteValues>> = {
  'after-adjacent': { named: 0.98, described: 0.75, pronoun: 0.75, competing: 0.1 }, // 1386/1400; described 21/26
  'after-far': { named: 0.85, described: 0.3, pronoun: 0.75, competing: 0.1 }, // 41/47; pronoun 12/13
  according: { named: 0.65, described: 0.5, pronoun: 0.5, competing: 0.1 }, // 5/7
  dash: { named: 0.85, described: 0.6, pronoun: 0.6, competing: 0.1 }, // not seen
  before: { named: 0.95, described: 0.77, pronoun: 0.81, competing: 0.1 }, // 578/606; described 27/34; pronoun 26/31
  interrupted: { named: 0.9, described: 0.6, pronoun: 0.75, competing: 0.1 }, // 1/1
  colon: { named: 0.9, described: 0.6, pronoun: 0.75, competing: 0.1 }, // 26/28
  clause: { named: 0.95, described: 0.5, pronoun: 0.6, competing: 0.1 }, // 60/62
  'carried-para': { named: 0.98, described: 0.6, pronoun: 0.75, competing: 0.08 }, // 574/579; with a rival 79/86
  'carried-prev': { named: 0.79, described: 0.5, pronoun: 0.6, competing: 0.29 }, // 38/47; with a rival 8/16
  'carried-sentence': { named: 0.9, described: 0.5, pronoun: 0.6, competing: 0.1 }, // 14/14
}

/** Subtracted for a lone-word name away from the quote (a lone word right after it holds up: 40/41; before it 23/28). */
export const LONE_WORD_PENALTY = 0.1

/**
 * The confidence in [0, 1] that a quote's speaker is right. A quote with no speaker gets 0: there is no speaker to
 * trust, and the quote-without-speaker check already reports it.
 */
export function speakerConfidence(basis: SpeakerBasis | null): number {
  if (!basis) return 0
  const row = SPEAKER_CONFIDENCE[basis.route]
  let v = row[basis.form]
  if (basis.competing) v -= row.competing
  if (basis.loneWord && basis.form === 'named' && basis.route !== 'after-adjacent') v -= LONE_WORD_PENALTY
  return Math.round(Math.min(1, Math.max(0, v)) * 100) / 100
}
