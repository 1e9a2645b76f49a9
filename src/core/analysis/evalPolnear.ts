/**
 * PolNeAR scoring for `npm run eval`, with the definitions of ../shared/tools/score_polnear.py (the reference:
 * the totals here must equal what it prints), plus what that script does not print: speaker errors by kind
 * (speakerErrors.ts) and the reliability of `speakerConfidence`. Pure functions over plain data: the caller
 * reads the files and runs `wiremark analyze --json`.
 */
import { cpLength, overlap } from './evalHarness'
import {
  SPEAKER_ERROR_KINDS,
  isDefiniteDescription,
  keepsDescription,
  mentionKind,
  nameFormError,
  speakerErrorKind,
  type SpeakerErrorKind,
} from './speakerErrors'

// Python's str.split(), re's \s and str.strip() all use str.isspace(): JavaScript's \s differs in a few characters.
const PY_SPACE = '\\t\\n\\v\\f\\r\\x1c-\\x20\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000'
const PY_SPACES = new RegExp(`[${PY_SPACE}]+`, 'g')
const PY_TRIM = new RegExp(`^[${PY_SPACE}]+|[${PY_SPACE}]+$`, 'g')
/** The direct-quote pattern of score_polnear.py: straight or curly double marks, no mark inside. */
const QUOTED = /[“"]([^“”"]+)[”"]/g
/** Mentions whose first word is one of these are not counted for speaker agreement (the script's PRON). */
const NOT_A_NAME = new Set(['he', 'she', 'they', 'it', 'we', 'i', 'the', 'a', 'an', 'his', 'her', 'their'])

/** The words of a string as Python's str.split() gives them. */
export function pySplit(s: string): string[] {
  return s.split(PY_SPACES).filter(Boolean)
}

/** score_polnear.py's norm(): marks and apostrophes dropped, spaces collapsed, lower case. */
export function normPolnear(s: string | null | undefined): string {
  return (s ?? '').replace(/[“”"‘’']/g, '').replace(PY_SPACES, ' ').replace(PY_TRIM, '').toLowerCase()
}

/** The share of `of`'s length that its longest common word run with `other` covers, as the script divides. */
const cover = (of: string, other: string) => overlap(of, other) / (cpLength(of) + 1)

export interface PolnearDirectQuote {
  /** Normalised text between the marks */
  text: string
  /** The attribution's Source mention as annotated ('' when it has none) */
  mention: string
  /** The attribution's Cue as annotated ('' when it has none) */
  cue: string
}

export interface PolnearGold {
  direct: PolnearDirectQuote[]
  /** Normalised contents without quotation marks, 4+ words: the indirect attributions recall is measured on */
  indirect: string[]
  /** Every attribution's normalised content: what a predicted reported-speech span may match */
  contents: string[]
}

/**
 * The articles of a split as the script reads them: texts in sorted order, each with the first of its
 * annotators' files (sorted), articles without one left out. Names only, no folders.
 */
export function polnearArticles(textNames: readonly string[], annNames: readonly string[]): { id: string; text: string; ann: string }[] {
  const anns = annNames.filter((n) => !n.startsWith('.') && n.endsWith('.ann')).sort()
  const out: { id: string; text: string; ann: string }[] = []
  for (const text of textNames.filter((n) => !n.startsWith('.') && n.endsWith('.txt')).sort()) {
    const id = text.slice(0, -4)
    const ann = anns.find((a) => a.startsWith(`${id}_`))
    if (ann) out.push({ id, text, ann })
  }
  return out
}

/** The gold of one article from its text and brat standoff annotation, read as score_polnear.py reads them. */
export function readPolnearGold(textIn: string, annIn: string): PolnearGold {
  // Python opens both files with universal newlines; brat offsets count code points.
  const chars = Array.from(textIn.replace(/\r\n?/g, '\n'))
  const slice = (frags: readonly (readonly [number, number])[]) => frags.map(([a, b]) => chars.slice(a, b).join('')).join(' ')
  const spans = new Map<string, [number, number][]>()
  const events: Map<string, string>[] = []
  for (const line of annIn.replace(/\r\n?/g, '\n').split('\n')) {
    const parts = line.split('\t')
    const body = parts[1]
    if (body === undefined) continue
    if (line.startsWith('T')) {
      const range = body.slice(body.indexOf(' ') + 1)
      spans.set(parts[0]!, range.split(';').map((r) => pySplit(r).map(Number) as [number, number]))
    } else if (line.startsWith('E')) {
      events.push(new Map(pySplit(body).slice(1).filter((x) => x.includes(':')).map((x) => x.split(':') as [string, string])))
    }
  }
  const gold: PolnearGold = { direct: [], indirect: [], contents: [] }
  for (const e of events) {
    const contentId = e.get('Content')
    if (contentId === undefined) continue
    const frags = spans.get(contentId)
    if (!frags) throw new Error(`PolNeAR annotation: event content ${contentId} has no span`)
    const src = spans.get(e.get('Source') ?? '')
    const cue = spans.get(e.get('Cue') ?? '')
    const mention = src ? slice(src) : ''
    const content = slice(frags)
    gold.contents.push(normPolnear(content))
    if (!new RegExp(QUOTED.source).test(content) && pySplit(content).length >= 4) gold.indirect.push(normPolnear(content))
    for (const f of frags) {
      for (const m of slice([f]).matchAll(QUOTED)) {
        if (pySplit(m[1]!).length >= 4) gold.direct.push({ text: normPolnear(m[1]), mention, cue: cue ? slice(cue) : '' })
      }
    }
  }
  return gold
}

export interface PredictedQuote {
  text: string
  speaker: string | null
  attribution: string | null
  cue: string | null
  /** undefined: the field is not in the output; null: present but not a number in [0, 1] */
  speakerConfidence: number | null | undefined
}

export interface PredictedStory {
  quotes: PredictedQuote[]
  reportedSpeech: string[]
}

const str = (v: unknown): string | null => (typeof v === 'string' ? v : null)
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {})
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])

/** One line of `wiremark analyze --json`, read as the script reads it (a speaker may be a string or {name}). */
export function predictedStory(json: unknown): PredictedStory {
  const o = rec(json)
  return {
    quotes: list(o.quotes).map((x) => {
      const q = rec(x)
      const sp = q.speaker
      const conf = q.speakerConfidence
      return {
        text: str(q.text) ?? '',
        speaker: sp && typeof sp === 'object' ? str(rec(sp).name) : str(sp),
        attribution: str(q.attribution),
        cue: str(q.cue),
        speakerConfidence: !('speakerConfidence' in q) ? undefined : typeof conf === 'number' && conf >= 0 && conf <= 1 ? conf : null,
      }
    }),
    reportedSpeech: list(o.reportedSpeech).map((x) => str(rec(x).text)).filter((t): t is string => !!t),
  }
}

/** Which count a speaker error falls in: the script's surname count, a surname it counts right but a name that is not clean, or a described source outside its count. */
export type ErrorPlace = 'named' | 'form' | 'described'

export interface SpeakerErrorRecord {
  id: string
  quote: string
  mention: string
  goldCue: string
  predicted: string | null
  attribution: string | null
  cue: string | null
  kind: SpeakerErrorKind
  place: ErrorPlace
}

/** Confidence bins of the reliability table: [lo, hi), the last one closed. */
export const CONFIDENCE_BINS: readonly (readonly [number, number])[] = [
  [0, 0.5],
  [0.5, 0.7],
  [0.7, 0.9],
  [0.9, 1],
]

export interface PolnearTally {
  split: string
  articles: number
  goldDirect: number
  predicted: number
  /** Gold direct quotes found (30%) and predicted quotes that match a gold one (30%) */
  foundGold: number
  rightPredicted: number
  speakerCounted: number
  speakerRight: number
  indirectGold: number
  indirectFound: number
  reportedPredicted: number
  reportedRight: number
  /** Indefinite descriptions (and definite ones not resolved to a name) outside the surname count: judged, kept whole */
  describedJudged: number
  describedKept: number
  /** Definite descriptions the analysis resolved to a name: coreference, which the gold cannot judge */
  describedResolved: number
  errors: SpeakerErrorRecord[]
  /** Predicted quotes (4+ words) that match no gold quote: kind 8 */
  extra: { id: string; quote: string }[]
  /** The field was in the output at all */
  confidenceSeen: boolean
  /** Per bin of CONFIDENCE_BINS: quotes in the surname count and how many of them right */
  bins: { n: number; right: number }[]
  /** Counted quotes whose matched prediction has no usable confidence */
  noConfidence: number
}

export function newPolnearTally(split: string): PolnearTally {
  return {
    split, articles: 0, goldDirect: 0, predicted: 0, foundGold: 0, rightPredicted: 0, speakerCounted: 0,
    speakerRight: 0, indirectGold: 0, indirectFound: 0, reportedPredicted: 0, reportedRight: 0,
    describedJudged: 0, describedKept: 0, describedResolved: 0, errors: [], extra: [], confidenceSeen: false,
    bins: CONFIDENCE_BINS.map(() => ({ n: 0, right: 0 })), noConfidence: 0,
  }
}

function binOf(c: number): number {
  return CONFIDENCE_BINS.findIndex(([lo, hi], i) => c >= lo && (c < hi || (i === CONFIDENCE_BINS.length - 1 && c <= hi)))
}

/** The predicted quote (4+ words) that covers most of a gold quote, if it covers 30% or more: the script's match. */
function bestMatch<Q>(g: PolnearDirectQuote, preds: readonly { q: Q; text: string }[]): Q | null {
  let best = 0
  let match: Q | null = null
  for (const p of preds) {
    const ov = cover(g.text, p.text)
    if (ov > best) {
      best = ov
      match = p.q
    }
  }
  return best < 0.3 ? null : match
}

/** Whether the script counts a gold quote for surname agreement: its Source mention starts with a capitalised word that is no pronoun or article. */
const surnameCounted = (g: PolnearDirectQuote): boolean => {
  const words = pySplit(g.mention)
  return words.length > 0 && !NOT_A_NAME.has(words[0]!.toLowerCase()) && /^\p{Uppercase}/u.test(g.mention)
}

/** The script's surname agreement: the predicted speaker's last word is in the gold mention. */
const surnameRight = (g: PolnearDirectQuote, speaker: string | null): boolean => !!speaker && normPolnear(g.mention).includes(normPolnear(speaker).split(' ').pop()!)

/**
 * For fitting speakerConfidence: each predicted quote (of 4+ words, by its index in `quotes`) matched to a gold quote
 * that the surname count judges, with whether its speaker is right there.
 */
export function judgedSpeakers(gold: PolnearGold, quotes: readonly { text: string; speaker: string | null }[]): { index: number; right: boolean }[] {
  const preds = quotes.map((q, index) => ({ q: { index, speaker: q.speaker }, text: normPolnear(q.text) })).filter((p) => pySplit(p.text).length >= 4)
  const out: { index: number; right: boolean }[] = []
  for (const g of gold.direct) {
    const m = bestMatch(g, preds)
    if (m && surnameCounted(g)) out.push({ index: m.index, right: surnameRight(g, m.speaker) })
  }
  return out
}

/** Adds one article, counting exactly as score_polnear.py counts, and sorts its speaker errors into kinds. */
export function scorePolnearArticle(t: PolnearTally, id: string, gold: PolnearGold, story: PredictedStory): void {
  t.articles++
  const rs = story.reportedSpeech.map(normPolnear)
  t.indirectGold += gold.indirect.length
  t.reportedPredicted += rs.length
  t.indirectFound += gold.indirect.filter((g) => rs.some((x) => cover(g, x) >= 0.3)).length
  t.reportedRight += rs.filter((x) => gold.contents.some((g) => cover(x, g) >= 0.3 || cover(g, x) >= 0.3)).length

  if (story.quotes.some((q) => q.speakerConfidence !== undefined)) t.confidenceSeen = true
  const preds = story.quotes.map((q) => ({ q, text: normPolnear(q.text) })).filter((p) => pySplit(p.text).length >= 4)
  t.predicted += preds.length
  t.goldDirect += gold.direct.length
  for (const g of gold.direct) {
    const m = bestMatch(g, preds)
    if (!m) continue
    t.foundGold++
    const sp = m.speaker
    const record = (kind: SpeakerErrorKind, place: ErrorPlace) =>
      t.errors.push({ id, quote: g.text, mention: g.mention, goldCue: g.cue, predicted: sp, attribution: m.attribution, cue: m.cue, kind, place })
    if (surnameCounted(g)) {
      t.speakerCounted++
      const right = surnameRight(g, sp)
      if (right) t.speakerRight++
      const c = m.speakerConfidence
      if (typeof c === 'number') {
        const b = t.bins[binOf(c)]!
        b.n++
        if (right) b.right++
      } else t.noConfidence++
      if (!right) record(speakerErrorKind({ predicted: sp, attribution: m.attribution, mention: g.mention }), 'named')
      else {
        const form = nameFormError(sp, g.mention)
        if (form) record(form, 'form')
      }
    } else if (mentionKind(g.mention) === 'described') {
      if (sp && isDefiniteDescription(g.mention) && mentionKind(sp) === 'name') {
        t.describedResolved++
        continue
      }
      t.describedJudged++
      if (keepsDescription(sp, g.mention)) t.describedKept++
      else record(speakerErrorKind({ predicted: sp, attribution: m.attribution, mention: g.mention }), 'described')
    }
  }
  for (const p of preds) {
    if (gold.direct.some((g) => cover(g.text, p.text) >= 0.3 || cover(p.text, g.text) >= 0.3)) t.rightPredicted++
    else t.extra.push({ id, quote: p.text })
  }
}

export interface PolnearTotals {
  precision: number
  recall: number
  f1: number
  surname: number
  indirectRecall: number
  indirectPrecision: number
}

export function polnearTotals(t: PolnearTally): PolnearTotals {
  const recall = t.foundGold / Math.max(1, t.goldDirect)
  const precision = t.rightPredicted / Math.max(1, t.predicted)
  return {
    precision,
    recall,
    f1: (2 * precision * recall) / Math.max(1e-9, precision + recall),
    surname: t.speakerRight / Math.max(1, t.speakerCounted),
    indirectRecall: t.indirectFound / Math.max(1, t.indirectGold),
    indirectPrecision: t.reportedRight / Math.max(1, t.reportedPredicted),
  }
}

/** Python's f'{x:.3f}': like toFixed, except that an exact tie rounds to even. */
export function pyFixed3(x: number): string {
  const scaled = x * 1000
  const floor = Math.floor(scaled)
  // A double ties at three decimals only at odd sixteenths (0.0625, 0.1875, ...), which it holds exactly.
  if (scaled - floor === 0.5 && Number.isInteger(x * 16)) return ((floor % 2 === 0 ? floor : floor + 1) / 1000).toFixed(3)
  return x.toFixed(3)
}

/** The three lines score_polnear.py prints for the split, character for character. */
export function referenceLines(t: PolnearTally): string[] {
  const s = polnearTotals(t)
  return [
    `PolNeAR ${t.split}: ${t.articles} articles, ${t.goldDirect} gold direct quotes, ${t.predicted} predicted`,
    `indirect (reported speech) recall ${pyFixed3(s.indirectRecall)} over ${t.indirectGold} attributions; precision ${pyFixed3(s.indirectPrecision)} over ${t.reportedPredicted} predicted`,
    `direct quotes precision ${pyFixed3(s.precision)} recall ${pyFixed3(s.recall)} F1 ${pyFixed3(s.f1)}; speaker surname agreement ${pyFixed3(s.surname)} over ${t.speakerCounted}`,
  ]
}

/** Whether the script's output holds each of the lines this tally gives; the lines that differ otherwise. */
export function compareWithReference(t: PolnearTally, scriptOutput: string): { agrees: boolean; missing: string[] } {
  const printed = new Set(scriptOutput.split('\n').map((l) => l.trim()))
  const missing = referenceLines(t).filter((l) => !printed.has(l))
  return { agrees: missing.length === 0, missing }
}

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => (r[c] ?? '').length)))
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('   ').trimEnd())
}

const f3 = (x: number) => x.toFixed(3)

/** The side-by-side table of the splits' totals (the script's numbers) and their speaker errors by kind. */
export function formatPolnearTable(tallies: readonly PolnearTally[]): string[] {
  const cols = (f: (t: PolnearTally) => string) => tallies.map(f)
  const totals = tallies.map(polnearTotals)
  const at = (i: number) => totals[i]!
  const lines = table([
    ['PolNeAR', ...cols((t) => t.split)],
    ['articles', ...cols((t) => String(t.articles))],
    ['gold direct quotes (4+ words)', ...cols((t) => String(t.goldDirect))],
    ['predicted direct quotes (4+ words)', ...cols((t) => String(t.predicted))],
    ['direct precision', ...tallies.map((_, i) => f3(at(i).precision))],
    ['direct recall', ...tallies.map((_, i) => f3(at(i).recall))],
    ['direct F1', ...tallies.map((_, i) => f3(at(i).f1))],
    ['speaker surname agreement (named gold)', ...tallies.map((t, i) => `${f3(at(i).surname)} of ${t.speakerCounted}`)],
    ['indirect recall', ...tallies.map((t, i) => `${f3(at(i).indirectRecall)} of ${t.indirectGold}`)],
    ['indirect precision', ...tallies.map((t, i) => `${f3(at(i).indirectPrecision)} of ${t.reportedPredicted}`)],
    ['described sources kept whole (not in the surname count)', ...tallies.map((t) => `${f3(t.describedKept / Math.max(1, t.describedJudged))} of ${t.describedJudged}`)],
  ])
  const count = (t: PolnearTally, kind: SpeakerErrorKind, place: ErrorPlace) => t.errors.filter((e) => e.kind === kind && e.place === place).length
  const cell = (t: PolnearTally, kind: SpeakerErrorKind) => {
    const named = count(t, kind, 'named')
    const form = count(t, kind, 'form')
    const described = count(t, kind, 'described')
    return `${named}${form ? ` +${form} form` : ''}${described ? ` +${described} desc` : ''}`
  }
  const kinds = table([
    ['speaker errors by kind', ...cols((t) => t.split)],
    ...SPEAKER_ERROR_KINDS.map((k) => [`${k.n} ${k.label}`, ...cols((t) => cell(t, k.kind))]),
    ['8 predicted quote matching no gold quote', ...cols((t) => String(t.extra.length))],
    ['wrong in the surname count (sum of the first numbers)', ...cols((t) => `${t.speakerCounted - t.speakerRight} of ${t.speakerCounted}`)],
  ])
  return [
    ...lines,
    '',
    ...kinds,
    '  first number: speakers the surname count marks wrong; "+n form": its surname is right but the name keeps a',
    '  title or lost a particle; "+n desc": a described source outside the surname count not kept whole.',
    ...tallies.map((t) => `  ${t.split}: ${t.describedResolved} definite descriptions ("the minister") resolved to a name were not judged.`),
  ]
}

/** Dev quotes at this confidence or above should be right this often (issue 14); printed, not enforced yet. */
export const CONFIDENCE_TARGET = { split: 'dev', min: 0.9, right: 0.9 } as const

/** The reliability table of `speakerConfidence` per split, or one line saying the output has no such field. */
export function formatReliability(tallies: readonly PolnearTally[]): string[] {
  if (!tallies.some((t) => t.confidenceSeen)) return ['speakerConfidence: not in the output (reliability table skipped)']
  const name = ([lo, hi]: readonly [number, number], i: number) => `[${lo}, ${hi}${i === CONFIDENCE_BINS.length - 1 ? ']' : ')'}`
  const out = table([
    ['speakerConfidence (named gold)', ...tallies.map((t) => `${t.split}: n, right`)],
    ...CONFIDENCE_BINS.map((b, i) => [name(b, i), ...tallies.map((t) => `${t.bins[i]!.n}, ${t.bins[i]!.n ? f3(t.bins[i]!.right / t.bins[i]!.n) : '-'}`)]),
    ['no confidence given', ...tallies.map((t) => String(t.noConfidence))],
  ])
  const dev = tallies.find((t) => t.split === CONFIDENCE_TARGET.split)
  if (dev) {
    const high = CONFIDENCE_BINS.map((b, i) => ({ b, n: dev.bins[i]! })).filter(({ b }) => b[0] >= CONFIDENCE_TARGET.min)
    const n = high.reduce((a, h) => a + h.n.n, 0)
    const right = high.reduce((a, h) => a + h.n.right, 0)
    const share = right / Math.max(1, n)
    const met = n > 0 && share >= CONFIDENCE_TARGET.right
    out.push(
      `target (not enforced yet): ${CONFIDENCE_TARGET.split} quotes at speakerConfidence >= ${CONFIDENCE_TARGET.min} right >= ${CONFIDENCE_TARGET.right * 100}% of the time: ` +
        `${right} of ${n} (${n ? f3(share) : '-'}) ${met ? 'MET' : 'NOT MET'}`,
    )
  }
  return out
}

/** The splits whose individual errors a developer may read; dev and the other gold sets are checks, read as totals. */
export const LISTABLE_SPLITS: ReadonlySet<string> = new Set(['train'])

/** Every speaker error and extra quote of a development split, one line each, optionally of one kind ("1".."8", "-"). */
export function formatErrors(t: PolnearTally, only?: string): string[] {
  if (!LISTABLE_SPLITS.has(t.split)) throw new Error(`${t.split} is a check: only its totals may be read`)
  const label = new Map(SPEAKER_ERROR_KINDS.map((k) => [k.kind, k.n]))
  const q = (s: string | null) => (s === null ? 'none' : `"${s}"`)
  const lines: string[] = []
  for (const e of t.errors) {
    const n = label.get(e.kind)!
    if (only !== undefined && only !== n) continue
    lines.push(
      `${n} ${e.kind} [${e.place}] ${e.id}: got ${q(e.predicted)} (${e.attribution ?? '?'}${e.cue ? `, ${e.cue}` : ''}) ` +
        `want "${e.mention}" (cue "${e.goldCue}"): ${e.quote.slice(0, 70)}`,
    )
  }
  if (only === undefined || only === '8') for (const x of t.extra) lines.push(`8 extra ${x.id}: ${x.quote.slice(0, 100)}`)
  return lines
}
