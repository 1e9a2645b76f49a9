import { loadedKind, type LoadedKind } from '../../language/en'
import type { Finding, Span } from '../types'
import { blocksOf, finding, type Rule } from './context'
import { insideQuote, matchAll } from '../spans'

const WHY: Record<LoadedKind, string> = {
  doubt: 'signals doubt about the speaker',
  guilt: 'implies guilt or reluctance',
  tone: 'adds a tone the reporter cannot verify',
  'inner-state': 'reports an inner state nobody can observe',
  'non-speech': 'is not a way of speaking',
}

/** Words that are loaded verbs only when they attribute: a subject before and a clause or quote after. */
const INNER = /\b(hopes|hoped|fears|feared|believes|believed|thinks|thought|feels|felt)\s+(?=that\b|it\b|the\b|this\b|he\b|she\b|they\b|we\b|there\b)/gi
const SUBJECT_BEFORE = /(?:\b(?:he|she|they|we|i)|\p{Lu}[\p{L}'’-]+|\b(?:official|officials|minister|spokesman|spokeswoman|spokesperson|president|leader|company|ministry|police))\s*$/u
/** Loaded verbs in the past and the present, as printed */
const TONE_OR_GUILT_FORMS = [
  'claimed', 'claims', 'alleged', 'alleges', 'admitted', 'admits', 'conceded', 'concedes', 'confessed', 'confesses',
  'insisted', 'insists', 'stressed', 'stresses', 'pointed out', 'points out', 'declared', 'declares', 'exclaimed',
  'exclaims', 'retorted', 'retorts', 'quipped', 'quips', 'slammed', 'slams', 'blasted', 'blasts', 'smiled', 'smiles',
  'laughed', 'laughs', 'grinned', 'grins', 'sighed', 'sighs', 'shrugged', 'shrugs', 'chuckled', 'chuckles',
]
const TONE_OR_GUILT = new RegExp(String.raw`\b(${TONE_OR_GUILT_FORMS.join('|')})\b`, 'gi')
const ACCORDING_TO = /\baccording to\s+/gi

/** RULES §11: "said" is the default; verbs of doubt, guilt, tone, inner states and non-speech acts are noted. */
export const loadedVerb: Rule = {
  id: 'loaded-verb',
  severity: 'info',
  run(ctx) {
    const out: Finding[] = []
    const seen = new Set<number>()
    const quotes = ctx.speech.quotes
    const push = (span: Span, verb: string, kind: LoadedKind) => {
      if (seen.has(span.start) || insideQuote(quotes, span.start)) return
      seen.add(span.start)
      const f = finding(this, ctx, span, {
        label: 'Loaded verb',
        words: verb,
        detail: `${WHY[kind]} (${kind})`,
        fix: 'Use "said" unless the reporter can stand behind the colour, or describe what happened in plain words.',
      })
      out.push({ ...f, kind })
    }
    // where people are named, in order, so that "according to" looks up the next 40 characters by binary search
    const named = ctx.speech.people
      .filter((p) => p.kind === 'person')
      .flatMap((p) => p.mentions.map((x) => x.start))
      .sort((a, b) => a - b)
    const namedWithin = (from: number, to: number): boolean => {
      let lo = 0
      let hi = named.length
      while (lo < hi) {
        const mid = (lo + hi) >> 1
        if (named[mid]! < from) lo = mid + 1
        else hi = mid
      }
      return lo < named.length && named[lo]! <= to
    }
    for (const b of blocksOf(ctx.article, 'headline', 'paragraph')) {
      for (const m of matchAll(TONE_OR_GUILT, b.text, b.start)) {
        const kind = loadedKind(m.text)
        if (kind) push(m, m.text, kind)
      }
      for (const m of matchAll(INNER, b.text, b.start)) {
        // the word before, read from the last 100 characters (an end-anchored search over a whole long paragraph
        // tries every start)
        const before = b.text.slice(Math.max(0, m.start - b.start - 100), m.start - b.start)
        if (SUBJECT_BEFORE.test(before)) push({ start: m.start, end: m.start + (m.m[1] as string).length }, m.m[1] as string, 'inner-state')
      }
      // "according to" is loaded when applied to a person, not to a document or an organisation.
      for (const m of matchAll(ACCORDING_TO, b.text, b.start)) {
        const person = namedWithin(m.end, m.end + 40)
        const pronoun = /^(?:him|her|them)\b/i.test(b.text.slice(m.end - b.start))
        if (person || pronoun) push({ start: m.start, end: m.start + 'according to'.length }, 'according to', 'doubt')
      }
    }
    for (const q of quotes) {
      if (!q.cue || !q.cueSpan) continue
      const kind = loadedKind(q.cue)
      if (kind && kind !== 'doubt') push(q.cueSpan, q.cue, kind)
    }
    return out.sort((a, b) => a.start - b.start)
  },
}
