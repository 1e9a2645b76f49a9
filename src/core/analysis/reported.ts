import type { Quote, ReportedSpeech, Span } from './types'
import { REPORTING_BASES, SOURCE_NOUNS, STRONG_CUES } from '../language/en'
import type { MoodReportedSpeech } from '../language'
import { oneOf } from '../language/pattern'
import { findCues, nominalSourceOf, subjectAfter, subjectBefore, type Cue, type Source, type SpeechContext } from './attribution'
import { insideQuote } from './spans'
import type { Mention } from './people'

/** Whether text ends with a comma and perhaps a closing quote ("…," said, "…,'' said"), spaces aside; read from
 * the end, as an end-anchored search would try every comma of a long sentence. */
function endsWithComma(text: string): boolean {
  let t = text.trimEnd()
  if (t.endsWith("''")) t = t.slice(0, -2).trimEnd()
  else if (/["”’']$/.test(t)) t = t.slice(0, -1).trimEnd()
  return t.endsWith(',')
}

/** An opening adverbial phrase up to the comma before the subject: "In Iowa, ", "Even if the vote fails, ". */
const INTRO_PHRASE_WORDS = [
  'in', 'on', 'at', 'for', 'with', 'without', 'after', 'before', 'if', 'when', 'while', 'once', 'unless', 'until', 'because',
  'since', 'as', 'although', 'though', 'despite', 'by', 'under', 'over', 'among', 'from', 'during', 'given', 'like', 'unlike',
  'even', 'now', 'today', 'with',
]
const INTRO_PHRASE_RE = new RegExp(String.raw`^(?:(?:but|and|yet|so|even|still|now|also)\s+)?${oneOf(INTRO_PHRASE_WORDS)}\b[^;:.!?“”"]{0,240},\s*$`, 'i')

/** "seem" and "appear" attribute only with what follows: "X seemed to suggest …", "it appears that …" (not "X
 * appeared on television"). */
function complemented(text: string, cue: Cue): boolean {
  return (cue.base !== 'seem' && cue.base !== 'appear') || /^\s+(?:\p{Ll}+ly\s+)?(?:to|that)\s/u.test(text.slice(cue.end, cue.end + 30))
}

/** An opening phrase naming a document or an occasion of speech: "In a new poll, ", "In an interview with CNN, ". */
const SPEECH_OCCASIONS = [
  'poll', 'polls', 'survey', 'surveys', 'statement', 'interview', 'report', 'study', 'letter', 'memo', 'op-ed', 'speech',
  'column', 'post', 'tweet', 'email', 'e-mail', 'filing', 'ruling', 'book', 'essay', 'article', 'editorial', 'video',
  'message', 'remarks', 'testimony', 'complaint', 'lawsuit', 'brief', 'analysis', 'assessment', 'average', 'results?',
]
const SPEECH_OCCASION_RE = new RegExp(
  String.raw`^(?:(?:but|and|yet)\s+)?in\s+(?:(?:a|an|the|his|her|their|its|this|that)\s+)?(?:[\p{L}\d'’.-]+\s+){0,5}?${oneOf(SPEECH_OCCASIONS)}\b[^,;:.!?“”"]{0,80},\s*`,
  'iu',
)

/** [start, end) without the spaces and punctuation at its edges (a comma or stop at the end, a comma at the start). */
function trimmed(text: string, start: number, end: number): [number, number] {
  while (end > start && /[\s,.;:]/.test(text[end - 1] ?? '')) end--
  while (start < end && /[\s,]/.test(text[start] ?? '')) start++
  return [start, end]
}

/** Hearsay in the passive: "is expected to", "are widely believed to", "was said to". */
const HEARSAY_VERBS = [
  'expected', 'projected', 'forecast', 'predicted', 'believed', 'thought', 'said', 'reported', 'rumou?red', 'considered',
  'seen', 'understood', 'alleged', 'known',
]
const HEARSAY_RE = new RegExp(String.raw`\b(?:is|are|was|were|be|been|being)\s+(?:(?:widely|also|now|still|not|generally|largely)\s+)?${oneOf(HEARSAY_VERBS)}\s+to\s`)

/** Documents and counts that show, find or suggest: "a new poll showed …", "FEC records show …". */
const DOCUMENT_NOUNS = [
  'polls?', 'surveys?', 'study', 'studies', 'reports?', 'records', 'filings?', 'data', 'analysis', 'analyses', 'emails?',
  'e-mails?', 'memos?', 'documents?', 'figures', 'numbers', 'results', 'audit', 'review', 'count', 'tally', 'average',
  'research', 'tests?', 'estimates?', 'projections?', 'models?',
]
const DOCUMENT_NOUN_RE = new RegExp(String.raw`\b${oneOf(DOCUMENT_NOUNS)}\b`, 'i')

/** "a new poll showed Trump ahead", "FEC records show he gave …": an evidence verb whose subject, among the eight
 * words before it, is a document or a count. */
function documentShows(cue: Cue, before: string): boolean {
  if (!/^(?:show|find|suggest|indicate|reveal)$/.test(cue.base)) return false
  return DOCUMENT_NOUN_RE.test(lastWordsOfClause(before, 8))
}

/**
 * The last `n` words of `s` after its last comma, semicolon or colon, joined by single spaces (as splitting the clause
 * gives them), read from the end: a split of the whole sentence per cue was quadratic in a sentence with no stops (a
 * fuzzed 72 KB story took 2.5 s).
 */
export function lastWordsOfClause(s: string, n: number): string {
  const words: string[] = []
  let i = s.length
  while (i > 0 && words.length < n) {
    const c = s.charCodeAt(i - 1)
    if (c === 0x2c || c === 0x3b || c === 0x3a) break
    if (/\s/.test(s.charAt(i - 1))) {
      i--
      continue
    }
    let j = i
    while (j > 0 && !/[\s,;:]/.test(s.charAt(j - 1))) j--
    words.push(s.slice(j, i))
    i = j
  }
  return words.reverse().join(' ')
}

/** A source nobody names: the content is still someone's. */
const NO_SOURCE: Source = { entity: null, name: null, attribution: 'none', span: null }

/** What may follow an attribution that closes its sentence: nothing, or a time ("on Monday", "last week"). */
function endsClause(after: string): boolean {
  const tail = after.replace(/^[\s,]+/, '')
  return /^[.!?"”'’]*\s*$/.test(tail) || /^(?:on|in|at|last|this|earlier|later|late|early)\b[^,]{0,30}[.!?]?\s*$/.test(tail)
}

/** A short noun phrase (a determiner, at most five words, a person or body as its head) between a sentence's last
 * comma and its cue: "…, legal experts say", "…, a school spokesman told"; null when the words are not one. */
function describedBeforeCue(text: string, from: number, cueStart: number): { comma: number; np: string; at: number } | null {
  const before = text.slice(from, cueStart)
  const comma = before.lastIndexOf(',')
  if (comma <= 0) return null
  const raw = before.slice(comma + 1)
  const np = raw.trim().replace(/(?:\s+(?:also|later|earlier|then|had|has|have|reportedly|previously))+$/, '')
  if (!/^(?:(?:the|a|an|some|many|most|several|other|two|three|four|five|few|both|one|his|her|their|its)\s+)?(?:[\p{L}’'-]+\s+){0,4}[\p{L}’'-]+$/u.test(np)) return null
  const words = np.toLowerCase().split(/\s+/)
  if (words.some((w) => /^(?:who|which|that|is|was|are|were|be|been|not|or|but|if|when|because)$/.test(w)) || words[0] === 'and' || words[words.length - 2] === 'and') return null
  const head = words[words.length - 1]!
  // a person or a body ("engineers", "a harbour spokesman"), or a document or count ("campaign records", "the polls")
  if (!(SOURCE_NOUNS.has(head) || SOURCE_NOUNS.has(head.replace(/s$/, '')) || /(?:ers|ists|ians|ants|ents|ors|eers)$/.test(head) || DOCUMENT_NOUN_RE.test(head))) return null
  return { comma: from + comma, np, at: from + comma + 1 + raw.indexOf(np) }
}

/**
 * Indirect speech: "X said (that) …", "X called on …", "according to X, …", "…, X said" and a headline's
 * "X says …". One per sentence at most; cues already used by a direct quote are skipped.
 */
const mentionsByStart = new WeakMap<readonly Mention[], Map<number, Mention[]>>()

/**
 * The mentions that start at `pos`, in their order, as `mentions.filter((m) => m.start === pos)` gives them: by a map
 * made once per story (the analysis never changes its list of mentions), where a search per cue or per labelled
 * paragraph was quadratic on a long story.
 */
function mentionsAt(mentions: readonly Mention[], pos: number): readonly Mention[] {
  let byStart = mentionsByStart.get(mentions)
  if (!byStart) {
    byStart = new Map()
    for (const m of mentions) {
      const list = byStart.get(m.start)
      if (list) list.push(m)
      else byStart.set(m.start, [m])
    }
    mentionsByStart.set(mentions, byStart)
  }
  return byStart.get(pos) ?? []
}

export function findReportedSpeech(ctx: SpeechContext, quotes: Quote[]): ReportedSpeech[] {
  const out: ReportedSpeech[] = []
  const { text } = ctx
  const inQuote = (pos: number): boolean => insideQuote(quotes, pos)
  const usedCues = new Set(quotes.flatMap((q) => (q.cueSpan ? [q.cueSpan.start] : [])))
  const usedCue = (s: number): boolean => usedCues.has(s)
  for (const s of ctx.sentences) {
    const cues = findCues(text, s.start, s.end, true, ctx.lang).filter((c) => (c.according || REPORTING_BASES.has(c.base)) && !inQuote(c.start) && !usedCue(c.start) && complemented(text, c))
    let covered = s.start
    for (const cue of cues) {
      if (cue.start < covered) continue
      let src: Source | null = null
      let start = -1
      let end = -1
      let described: ReturnType<typeof describedBeforeCue> = null
      const beforeText = text.slice(s.start, cue.start)
      const afterText = text.slice(cue.end, s.end)
      if (cue.according) {
        // "…, according to the results of the latest poll": a source too long to name is still a source
        src = subjectAfter(ctx, cue, s.end, null) ?? NO_SOURCE
        const srcEnd = src.span ? Math.max(src.span.end, mentionsAt(ctx.mentions, src.span.start)[0]?.extEnd ?? 0) : cue.end
        const comma = text.indexOf(',', srcEnd)
        if (beforeText.trim().length > 20) {
          start = s.start
          end = cue.start
        } else if (comma >= 0 && comma < s.end) {
          start = comma + 1
          end = s.end
        } else if (!beforeText.trim() && srcEnd < s.end) {
          // no comma after the source: "Laut X wurden …", "Nach Angaben von X sind …"
          start = srcEnd
          end = s.end
        } else continue
      } else if (cue.participle) {
        // "…, saying (that) …": the clause's subject speaks; after a comma the participle's clause is content even
        // when that subject is not found ("X, who …, rescinded his support, saying he …")
        src = subjectBefore(ctx, s.start, cue, null)
        if (!src || !src.span) {
          if (!/,\s*$/.test(beforeText) || !/^\s*(?:\S+\s+){3}\S/.test(afterText)) continue
          src = NO_SOURCE
        }
        start = cue.start
        end = s.end
      } else {
        /** The content of a subject's speech: before it when the cue closes the sentence, else from it on. */
        const contentOf = (subject: Span): [number, number] | null => {
          if (endsClause(afterText)) {
            // "…, X said."
            const lastComma = beforeText.lastIndexOf(',', subject.start - s.start)
            return lastComma <= 0 ? null : [s.start, s.start + lastComma]
          }
          let from = subject.start
          // "Even in her home town, where …, X said …": an opening adverbial is part of what X said
          if (covered === s.start && INTRO_PHRASE_RE.test(text.slice(s.start, from))) from = s.start
          // "X sagte am Montag, die Lage sei …": in some languages the content starts after the comma
          const c = ctx.lang.reportedSpeech?.contentAfterComma ? afterText.indexOf(',') : -1
          if (c >= 0 && c < 40 && !/[.!?]/.test(afterText.slice(0, c))) from = cue.end + c + 1
          return [from, s.end]
        }
        src = subjectBefore(ctx, covered, cue, null)
        if (src && src.span) {
          const content = contentOf(src.span)
          if (!content) continue
          ;[start, end] = content
        } else {
          // inverted: "…, said X."
          src = endsWithComma(beforeText) ? subjectAfter(ctx, cue, s.end, null) : null
          if (src) {
            start = s.start
            end = s.start + beforeText.lastIndexOf(',')
          } else if (endsClause(afterText) && (described = describedBeforeCue(text, s.start, cue.start))) {
            // "…, legal experts say." / "…, several friends said.": a described subject after the sentence's last comma
            src = nominalSourceOf(ctx, described.np, described.at, true) ?? NO_SOURCE
            start = s.start
            end = described.comma
          } else if ((src = subjectBefore(ctx, covered, cue, null, true)) && src.span) {
            // a name the clause holds, when its grammar names no subject (a guess: see namedInClause)
            const content = contentOf(src.span)
            if (!content) continue
            ;[start, end] = content
          } else if ((STRONG_CUES.has(cue.base) || /^\s+(?:that|whether|how|why|what|who|when|where|to)\s/.test(afterText) || documentShows(cue, beforeText)) && /^\s*(?:\S+\s+){3}\S/.test(afterText) && !beforeText.trimEnd().endsWith(',')) {
            // a speech verb, or a verb with a clause after it ("… believes that …", "… wants to …"), whose subject we
            // cannot name: the content still is someone's
            src = NO_SOURCE
            start = s.start
            end = s.end
          } else continue
        }
      }
      ;[start, end] = trimmed(text, start, end)
      if (end - start < 12 || !src) continue
      const entity = src.entity !== null ? ctx.entities[src.entity] : null
      out.push({
        start,
        end,
        text: text.slice(start, end),
        source: entity?.name ?? null,
        sourceId: entity?.id ?? null,
        cue: cue.phrase,
        ...(src.guessed ? { guessed: true } : {}),
      })
      covered = Math.max(cue.end, end <= cue.start ? cue.end : end)
    }
    if (covered === s.start) {
      // "In a new poll, …", "In an interview with CNN, …": a document or an occasion of speech opens the sentence;
      // "X is expected to …", "X is said to have …": hearsay in the passive, whose source nobody names
      const body = text.slice(s.start, s.end)
      const intro = SPEECH_OCCASION_RE.exec(body)
      const hearsay = intro ? null : HEARSAY_RE.exec(body)
      const [start, end] = trimmed(text, s.start + (intro?.[0].length ?? 0), s.end)
      const cue = intro ? intro[0].replace(/[\s,]+$/, '') : hearsay?.[0].trim()
      if (cue && !inQuote(s.start + (hearsay?.index ?? 0)) && /^(?:\S+\s+){3}\S/.test(text.slice(start, end)) && !quotes.some((q) => q.start < end && q.end > start)) {
        out.push({ start, end, text: text.slice(start, end), source: null, sourceId: null, cue })
      }
    }
  }
  out.push(...labelledSpeech(ctx, quotes, out))
  if (ctx.lang.reportedSpeech) out.push(...moodReported(ctx, ctx.lang.reportedSpeech, quotes, out))
  return out.sort((a, b) => a.start - b.start)
}

/** Labels before a colon that introduce no speaker: "Update:", "Editor's note:", "Watch:". */
const NOT_SPEAKER_LABELS = [
  'update', 'updated', 'note', "editor['’]s note", 'correction', 'clarification', 'watch', 'read', 'see', 'related', 'photo',
  'photos', 'video', 'source', 'sources', 'credit', 'caption', 'breaking', 'exclusive', 'analysis', 'opinion', 'comment',
  'live', 'listen', 'q', 'a', 'question', 'answer', 'summary', 'background', 'context', 'disclosure', 'warning', 'sign up',
  'subscribe', 'follow', 'more', 'also', 'plus', 'and', 'but', 'so', 'the', 'this', 'that',
]
const NOT_SPEAKER_LABEL = new RegExp(String.raw`^${oneOf(NOT_SPEAKER_LABELS)}$`, 'i')

/** A block's opening label and its colon: "Senator Jane Doe: ", "DOE: ". */
const LABEL_RE = /^\s*([^:\n]{1,48}?)\s*:\s+(?=\S)/

/**
 * Speech introduced by a label: a headline "Senator Jane Doe: The plan will fail" or a transcript's "DOE: We will
 * win." — at a block's start, a name as analysed (or a surname in capitals that the story names in full, or that
 * opens two blocks or more, as a transcript's speakers do), a colon, and at least four words. Q/A labels name nobody.
 */
function labelledSpeech(ctx: SpeechContext, quotes: Quote[], found: ReportedSpeech[]): ReportedSpeech[] {
  const { text } = ctx
  const labels = ctx.paras.map((p) => LABEL_RE.exec(text.slice(p.start, Math.min(p.end, p.start + 60))))
  const capsCount = new Map<string, number>()
  for (const l of labels) if (l?.[1]) capsCount.set(l[1], (capsCount.get(l[1]) ?? 0) + 1)
  const out: ReportedSpeech[] = []
  ctx.paras.forEach((p, i) => {
    const head = labels[i]
    const label = head?.[1]
    if (!head || !label) return
    const labelStart = p.start + head[0].indexOf(label)
    if (NOT_SPEAKER_LABEL.test(label) || !/^\p{Lu}/u.test(label) || label.split(/\s+/).length > 5 || /[.,;!?“”"]/.test(label.replace(/\b\p{Lu}\.\s*/gu, ''))) return
    const m = mentionsAt(ctx.mentions, labelStart).find((x) => Math.max(x.end, x.nameSpan.end) >= labelStart + label.length - 1 && x.kind !== 'pronoun')
    // "DOE:" stands for the Jane Doe the story names
    const caps = !m && /^\p{Lu}[\p{Lu}'’-]+$/u.test(label) && label.length >= 3
    const named = caps ? ctx.entities.find((e) => e.kind === 'person' && e.name.split(/\s+/).pop()!.toUpperCase() === label) : undefined
    if (!m && !named && !(caps && (capsCount.get(label) ?? 0) >= 2)) return
    const [start, end] = trimmed(text, p.start + head[0].length, p.end)
    if (end - start < 12 || !/^\s*(?:\S+\s+){3}\S/.test(text.slice(start, end))) return
    // what a direct quote or other reported speech already holds
    if (quotes.some((q) => q.start <= start + 2 && q.end >= end - 2) || found.some((r) => r.start < end && r.end > start)) return
    const entity = m && m.entity !== null ? ctx.entities[m.entity] : named
    out.push({ start, end, text: text.slice(start, end), source: entity?.name ?? (caps ? label : null), sourceId: entity?.id ?? null, cue: ':' })
  })
  return out
}

/**
 * Indirect speech the English shapes miss, in a language that marks it by mood (German): a reporting verb with a
 * subjunctive clause ("X sagte, die Lage sei ernst"), "laut X" / "nach Angaben von X" / "X zufolge" anywhere in the
 * sentence, and a subjunctive sentence that continues the previous one's reported speech.
 */
function moodReported(ctx: SpeechContext, shapes: MoodReportedSpeech, quotes: Quote[], found: ReportedSpeech[]): ReportedSpeech[] {
  const { text } = ctx
  const out: ReportedSpeech[] = []
  const taken = (s: { start: number; end: number }): boolean =>
    found.some((r) => r.start < s.end && r.end > s.start) || quotes.some((q) => q.start < s.end && q.end > s.start && q.end - q.start > (s.end - s.start) / 3)
  let prevReported: ReportedSpeech | null = null
  let prevEnd = -1
  for (const s of ctx.sentences) {
    const body = text.slice(s.start, s.end)
    if (taken(s)) {
      prevReported = found.find((r) => r.start >= s.start && r.start < s.end) ?? null
      prevEnd = s.end
      continue
    }
    const according = shapes.according.exec(body)
    const verb = shapes.verb.exec(body)
    const subj = shapes.mood.test(body)
    let start = s.start
    let end = s.end
    let cue: string | null = null
    let source: string | null = null
    let sourceId: string | null = null
    if (according) {
      cue = according[0]
      const at = s.start + according.index
      let src: Source | null = null
      if (cue === shapes.postposedAccording) {
        // "dem Ministerium zufolge": the phrase before
        const np = shapes.postposedSource.exec(text.slice(Math.max(s.start, at - 80), at))
        if (np && np[1]) src = subjectAfter(ctx, { start: at - np[0].length, end: at - np[0].length + np[0].indexOf(np[1]), phrase: '', base: 'according to', participle: false, according: true }, at, null)
      } else {
        const lead = shapes.sourceLink.exec(text.slice(at + cue.length, at + cue.length + 6))?.[0].length ?? 0
        src = subjectAfter(ctx, { start: at, end: at + cue.length + lead, phrase: cue, base: 'according to', participle: false, according: true }, s.end, null)
      }
      const ent = src?.entity !== null && src?.entity !== undefined ? ctx.entities[src.entity] : null
      if (ent) {
        source = ent.name
        sourceId = ent.id
      }
    } else if (verb && (subj || shapes.complementiser.test(body.slice(verb.index + verb[0].length, verb.index + verb[0].length + 8)))) {
      cue = verb[0]
      const at = s.start + verb.index
      const comma = text.indexOf(',', at)
      const before = text.slice(s.start, at)
      if (comma > at && comma < s.end - 12 && !/,\s*$/.test(before)) start = comma + 1
      else if (/,\s*$/.test(before)) end = s.start + before.lastIndexOf(',')
      const src = subjectBefore(ctx, s.start, { start: at, end: at + verb[0].length, phrase: verb[0], base: 'say', participle: false, according: false }, null)
      const ent = src?.entity !== null && src?.entity !== undefined ? ctx.entities[src.entity] : null
      if (ent) {
        source = ent.name
        sourceId = ent.id
      }
    } else if (subj && prevReported && prevEnd >= s.start - 2 && shapes.continues.test(body)) {
      // "Er sei …": the subjunctive carries the previous sentence's reported speech on
      cue = prevReported.cue
      source = prevReported.source
      sourceId = prevReported.sourceId
    }
    prevEnd = s.end
    if (!cue) {
      prevReported = null
      continue
    }
    ;[start, end] = trimmed(text, start, end)
    if (end - start < 12) continue
    const r: ReportedSpeech = { start, end, text: text.slice(start, end), source, sourceId, cue }
    out.push(r)
    prevReported = r
  }
  return out
}
