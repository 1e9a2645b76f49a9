import type { Article } from '../article/types'
import type { Credits, Person, Quote, ReportedSpeech, Span } from './types'
import { speakerConfidence, type SpeakerBasis, type SpeakerRoute } from './confidence'
import { paragraphsOf, splitSentences } from './segment'
import { spanLocator } from './spans'
import { looksLikeTitle, scanQuotes, wordCount, type QuoteSpan } from './quotes'
import { buildEntities, findMentions, firstNameFrom, type Entity, reclassifyOrganisations, toPersons } from './people'
import { languageFor } from '../language'
import { clauseSubject, findCues, nominalSourceOf, sourceAt, subjectAfter, subjectBefore, type Cue, type Source, type SpeechContext } from './attribution'
import { findReportedSpeech } from './reported'

export interface SpeechAnalysis {
  people: Person[]
  quotes: Quote[]
  reportedSpeech: ReportedSpeech[]
  sentences: Span[]
  unbalanced: Span[]
  /** Quoted labels, scare quotes and titles (1-3 words, or names of works): not quotes */
  fragments: Span[]
}

interface Attributed {
  src: Source | null
  cue: Cue | null
  /** How the source was found (for the speaker's confidence) */
  route: SpeakerRoute | null
}

/** Direct quotes with speakers, the people they come from, reported speech and sentences of an article. */
/** How far before a colon introduction ("X said:") its cue is looked for, in characters. */
const COLON_CUE_REACH = 600

/** `credits`: the story's credits, when found already: a photo credit in the text ("Photo: X/Agency") names no one in the story. */
export function analyzeSpeech(article: Article, credits?: Pick<Credits, 'photo'>): SpeechAnalysis {
  const text = article.text
  const paras = paragraphsOf(article)
  const sentences: (Span & { para: number })[] = []
  for (const p of paras) for (const s of splitSentences(text, p.start, p.end)) sentences.push({ ...s, para: p.index })
  // caption credits are credits, not people
  const skip: Span[] = []
  for (const c of article.captions) if (c.credit) skip.push({ start: c.end - c.credit.length, end: c.end })
  for (const p of credits?.photo ?? []) if (p.start !== null && p.end !== null) skip.push({ start: p.start, end: p.end })
  const mentions = findMentions(text, paras, skip)
  const entities = buildEntities(mentions)
  reclassifyOrganisations(text, entities, mentions)
  const scan = scanQuotes(text, paras)

  const sentenceAt = (pos: number): (Span & { para: number }) | undefined => {
    let lo = 0
    let hi = sentences.length - 1
    while (lo <= hi) {
      const mid = (lo + hi) >> 1
      const s = sentences[mid]!
      if (pos < s.start) hi = mid - 1
      else if (pos >= s.end) lo = mid + 1
      else return s
    }
    // between sentences (whitespace): the next one, where the search stopped (sentences are in order)
    const next = sentences[lo]
    return next && next.start >= pos && (lo === 0 || sentences[lo - 1]!.start < pos) ? next : sentences.find((s) => s.start >= pos)
  }

  // quotes vs fragments: short labels and titles are fragments unless a cue sits right beside them
  const fragments: Span[] = scan.nested.map((n) => ({ start: n.start, end: n.end }))
  const kept: QuoteSpan[] = []
  for (const q of scan.spans) {
    const words = wordCount(q.text)
    const adjacentCue = hasAdjacentCue(text, q)
    if (words === 0) continue
    if ((words <= 3 && !adjacentCue) || (words <= 8 && looksLikeTitle(q.text) && !adjacentCue && !/[.!?]$/.test(q.text.trim()))) {
      fragments.push({ start: q.start, end: q.end })
      continue
    }
    kept.push(q)
  }

  // words inside quotes are not the reporter's: no speaker or antecedent is taken from them
  const inKept = spanLocator(kept)
  const outside = mentions.filter((m) => inKept(m.start, m.end) < 0)
  const ctx: SpeechContext = { text, paras, sentences, mentions: outside, entities, unnamed: new Map(), lang: languageFor(text) }
  const quotes: Quote[] = []
  const results: Attributed[] = []
  let lastSpeaker: number | null = null
  const speakerByPara = new Map<number, number>()
  for (let qi = 0; qi < kept.length; qi++) {
    const q = kept[qi]!
    const prevQ = kept[qi - 1]
    const nextQ = kept[qi + 1]
    const closeAt = q.close ?? q.end
    const s1 = sentenceAt(q.open) ?? { start: paras[q.para]!.start, end: paras[q.para]!.end, para: q.para }
    const s2 = sentenceAt(Math.max(q.open, closeAt - 1)) ?? s1
    const afterFrom = q.close !== null ? q.close + 1 : q.end
    let afterTo = Math.max(s2.end, afterFrom)
    if (q.close !== null && afterTo <= afterFrom + 1) {
      // '"… today." Pelosi said.': a short attribution the splitter set apart as its own sentence
      const ns = sentenceAt(afterFrom + 1)
      if (ns && ns.para === q.endPara && ns.start - afterFrom <= 2 && wordCount(text.slice(ns.start, ns.end)) <= 8 && findCues(text, ns.start, ns.end, false, ctx.lang).some((c) => wordCount(text.slice(ns.start, c.start)) <= 5)) {
        afterTo = ns.end
      }
    }
    if (nextQ && nextQ.open < afterTo) afterTo = nextQ.open
    let beforeFrom = s1.start
    if (prevQ && prevQ.close !== null && prevQ.close >= s1.start && prevQ.close < q.open) beforeFrom = prevQ.close + 1
    let res: Attributed = { src: null, cue: null, route: null }
    let continues: number | null = null

    // 1. a cue after the quote in its sentence: '"…," X said' / 'said X, a …' / '"…" -X'
    const afterCues = findCues(text, afterFrom, afterTo, false, ctx.lang)
    const embedded = /\p{L}/u.test(text.slice(beforeFrom, q.open))
    for (const cue of afterCues.slice(0, 2)) {
      const between = text.slice(afterFrom, cue.start)
      let src: Source | null = null
      if (cue.according && embedded) src = clauseSubject(ctx, beforeFrom, q.open, lastSpeaker) ?? subjectAfter(ctx, cue, afterTo, lastSpeaker)
      else if (cue.according) src = subjectAfter(ctx, cue, afterTo, lastSpeaker)
      else if (/^[\s,.!?;:—–-]*$/.test(between)) src = subjectAfter(ctx, cue, afterTo, lastSpeaker) ?? (cue.participle ? clauseSubject(ctx, s1.start, q.open, lastSpeaker) : null)
      else if (cue.participle) src = clauseSubject(ctx, s1.start, q.open, lastSpeaker)
      else src = subjectBefore(ctx, afterFrom, cue, lastSpeaker)
      if (src) {
        // adjacent: only marks between the quote and the cue or its subject ('"…," X said', '"…," said X')
        const near = Math.min(cue.start, src.span && src.span.start >= afterFrom ? src.span.start : cue.start)
        res = { src, cue, route: cue.according ? 'according' : /^[\s,.!?;:—–-]*$/.test(text.slice(afterFrom, near)) ? 'after-adjacent' : 'after-far' }
        break
      }
    }
    if (!res.src) {
      const dash = /^[\s.,]*[-–—―]\s*(?=\p{Lu})/u.exec(text.slice(afterFrom, afterTo))
      if (dash) {
        const m = mentions.find((x) => x.start >= afterFrom + dash[0].length && x.start <= afterFrom + dash[0].length + 1 && x.entity !== null)
        if (m) res = { src: { entity: m.entity, name: entities[m.entity!]!.name, attribution: 'explicit', span: m }, cue: null, route: 'dash' }
      }
    }
    // 2. a cue before the quote in its sentence: 'X said: "…"', 'according to X, "…"'
    if (!res.src && beforeFrom < q.open) {
      const beforeCues = findCues(text, beforeFrom, q.open, false, ctx.lang)
      for (let k = beforeCues.length - 1; k >= 0 && !res.src; k--) {
        const cue = beforeCues[k]!
        let src: Source | null = null
        const passive = /^\s+by\s+/.exec(text.slice(cue.end, q.open))
        if (passive && /(?:ed|en)$/.test(cue.phrase)) src = subjectAfter(ctx, { ...cue, end: cue.end + passive[0].length }, q.open, lastSpeaker)
        if (src) {
          // "described by X as": the agent speaks
        } else if (cue.ownAccount) src = clauseSubject(ctx, beforeFrom, cue.start, lastSpeaker) // "X bekamen nach eigenen Angaben «…»": by X's own account
        else if (cue.according) src = subjectAfter(ctx, cue, q.open, lastSpeaker)
        else if (ctx.lang.verbSecond && (src = invertedSubject(ctx, cue, q.open, lastSpeaker))) {
          // "In einem Interview erklärte er: „…“": the verb stands second, its subject after it
        } else if (cue.participle) {
          // '…, saying "…"': a participle's subject is its main clause's: the subject of a finite cue before it in
          // the sentence ("X said, adding"), else the clause's first subject; the name just before the comma is
          // more often the main verb's object ("endorsed Y, saying")
          const finite = beforeCues.slice(0, k).reverse().find((c) => !c.participle && !c.according)
          src = (finite ? subjectBefore(ctx, beforeFrom, finite, lastSpeaker) ?? (invertedCue(text, beforeFrom, finite) ? subjectAfter(ctx, finite, cue.start, lastSpeaker) : null) : null) ??
            clauseSubject(ctx, s1.start, cue.start, lastSpeaker) ?? subjectBefore(ctx, beforeFrom, cue, lastSpeaker)
        } else {
          // the words after a verb are its object ('X called the plan "…"', 'told reporters that "…"') unless the
          // verb comes first ('Said X: "…"', '"…," said X. "…"'): then its subject follows
          src = subjectBefore(ctx, beforeFrom, cue, lastSpeaker) ??
            (invertedCue(text, beforeFrom, cue) ? subjectAfter(ctx, cue, q.open, lastSpeaker) : clauseSubject(ctx, s1.start, cue.start, lastSpeaker))
        }
        if (src) res = { src, cue, route: cue.according ? 'according' : 'before' }
      }
      // an interrupted quote: '"…," she said, "…"' shares the first part's speaker
      if (prevQ && beforeFrom === prevQ.close! + 1 && results[qi - 1]?.src && s1.start <= prevQ.open) {
        const between = text.slice(beforeFrom, q.open)
        if (!res.src && /^[\s,;:—–-]*$/.test(between)) res = { ...results[qi - 1]!, route: 'interrupted' }
        else if (res.src && res.cue && results[qi - 1]?.cue && res.cue.start === results[qi - 1]!.cue!.start) continues = quotes.length - 1
      }
    }
    // 3. a colon introduction just before, across a paragraph break: 'X said:' ¶ '"…"'
    if (!res.src) {
      const lead = text.slice(Math.max(0, q.open - 3), q.open)
      const prevPara = paras[q.para - 1]
      const colonPrev = q.open === paras[q.para]!.start && prevPara && /:\s*$/.test(text.slice(prevPara.start, prevPara.end))
      if (colonPrev || /:\s*$/.test(lead)) {
        const ps = colonPrev ? sentenceAt(prevPara!.end - 1) : s1
        if (ps) {
          // the last cue before the colon, looked for in the 600 characters before it ("X said:" stands next to
          // it; a search from the start of a long sentence for each of its quotes grows with the square)
          const cueTo = colonPrev ? ps.end : q.open
          const cues = findCues(text, Math.max(ps.start, cueTo - COLON_CUE_REACH), cueTo, false, ctx.lang)
          const cue = cues[cues.length - 1]
          if (cue) {
            const src = cue.according ? subjectAfter(ctx, cue, ps.end, lastSpeaker) : subjectBefore(ctx, ps.start, cue, lastSpeaker) ?? subjectAfter(ctx, cue, ps.end, lastSpeaker)
            if (src) res = { src, cue, route: 'colon' }
          } else {
            // "And from Chairwoman Y:" names the speaker after "from"
            const from = /^\s*(?:(?:and|but)\s+)?from\s+/i.exec(text.slice(ps.start, ps.end))
            const s0 = ps.start + (from ? from[0].length : 0)
            const src = (from ? sourceAt(ctx, s0, lastSpeaker) : clauseSubject(ctx, s0, ps.end, lastSpeaker, false)) ?? nominalIntro(ctx, ps.start, colonPrev ? ps.end : q.open)
            if (src) res = { src, cue: null, route: 'colon' }
          }
        }
      }
    }
    // 4. the subject of the sentence the quote sits in (partial quotes: 'X called it a "…"')
    if (!res.src && s1.start < q.open - 1) {
      const src = clauseSubject(ctx, s1.start, q.open, lastSpeaker)
      if (src && src.entity !== null) res = { src, cue: null, route: 'clause' }
    }
    let attribution = res.src?.attribution ?? 'none'
    let speakerIdx = res.src?.entity ?? null
    let route: SpeakerRoute | null = speakerIdx !== null ? res.route : null
    // 5. carried: no attribution of its own; the speaker of this or the previous paragraph goes on
    if (speakerIdx === null) {
      const here = speakerByPara.get(q.para)
      const prevPara = speakerByPara.get(q.para - 1)
      const startsPara = q.open === paras[q.para]!.start
      if (here !== undefined) {
        speakerIdx = here
        attribution = 'carried'
        route = 'carried-para'
      } else if (prevPara !== undefined && (startsPara || s1.start === paras[q.para]!.start)) {
        speakerIdx = prevPara
        attribution = 'carried'
        route = 'carried-prev'
      } else if (s1.start === q.open && s1.start > paras[q.para]!.start) {
        // 'X criticised the decision. "…"': the previous sentence's subject, in the same paragraph
        const ps = sentenceAt(s1.start - 2)
        const src: Source | null = ps && ps.para === q.para ? clauseSubject(ctx, ps.start, ps.end, lastSpeaker) : null
        if (src && src.entity !== null && src.attribution === 'explicit' && pronounFits(text, res.src, entities[src.entity])) {
          speakerIdx = src.entity
          attribution = 'carried'
          route = 'carried-sentence'
        }
      }
    }
    if (speakerIdx !== null) {
      lastSpeaker = speakerIdx
      speakerByPara.set(q.endPara, speakerIdx)
      speakerByPara.set(q.para, speakerIdx)
    }
    results.push(res)
    const sp = speakerIdx !== null ? entities[speakerIdx] : null
    const basis: SpeakerBasis | null =
      sp && route ? { route, form: speakerForm(ctx, speakerIdx!, res.src), competing: competingSince(ctx, speakerIdx!, route, res.src, q.open), loneWord: !/\s/.test(sp.name) } : null
    quotes.push({
      start: q.start,
      end: q.end,
      text: q.text,
      speaker: sp ? sp.name : null,
      speakerId: sp ? sp.id : null,
      attribution: sp || attribution === 'pronoun' ? attribution : 'none',
      cue: res.cue ? res.cue.phrase : null,
      cueSpan: res.cue ? { start: res.cue.start, end: res.cue.end } : null,
      open: q.open,
      close: q.close,
      continues,
      speakerConfidence: speakerConfidence(basis),
      speakerBasis: basis,
    })
  }

  const reportedSpeech = findReportedSpeech(ctx, quotes)
  const speakers = new Set<number>()
  const idToIdx = new Map(entities.map((e, i) => [e.id, i]))
  for (const q of quotes) if (q.speakerId) speakers.add(idToIdx.get(q.speakerId)!)
  for (const r of reportedSpeech) if (r.sourceId) speakers.add(idToIdx.get(r.sourceId)!)
  return {
    people: toPersons(entities, mentions, speakers),
    quotes,
    reportedSpeech,
    sentences: sentences.map((s) => ({ start: s.start, end: s.end })),
    unbalanced: scan.unbalanced,
    fragments,
  }
}

/** An unresolved "he"/"she" of the quote's own cue only lets a person be carried to it ("The Netherlands sent aid.
 * '"…," he said' is not the Netherlands). */
function pronounFits(text: string, src: Source | null, e: Entity | undefined): boolean {
  if (!src || src.attribution !== 'pronoun' || !src.span || !e) return true
  const p = text.slice(src.span.start, src.span.end).toLowerCase()
  if (p === 'he' || p === 'she') return e.kind === 'person' && (!e.pronoun || e.pronoun === p)
  return true
}

/** Whether the speaker was named, described ("a police official", "the ministry") or found through a pronoun. */
function speakerForm(ctx: SpeechContext, idx: number, src: Source | null): SpeakerBasis['form'] {
  if (src && src.entity === idx && src.attribution === 'pronoun') return 'pronoun'
  const e = ctx.entities[idx]
  if (!e || e.kind === 'unnamed' || [...ctx.unnamed.values()].includes(idx)) return 'described'
  return 'named'
}

/**
 * Whether another person was named (outside quotes) between the speaker's last mention and the quote: where the
 * speaker was found at a distance (carried, pronoun, clause subject, colon), such a name is a rival reading.
 */
function competingSince(ctx: SpeechContext, idx: number, route: SpeakerRoute, src: Source | null, at: number): boolean {
  if (route !== 'carried-para' && route !== 'carried-prev' && route !== 'carried-sentence' && route !== 'clause' && route !== 'colon' && src?.attribution !== 'pronoun') return false
  const until = src && src.attribution === 'pronoun' && src.span ? src.span.start : at
  let last = -1
  let k = firstNameFrom(ctx.mentions, until) - 1
  for (; k >= 0; k--) {
    const m = ctx.mentions[k]!
    if (m.entity === idx && m.start < until) {
      last = k
      break
    }
  }
  if (last < 0) return false
  for (let j = last + 1; j < ctx.mentions.length && ctx.mentions[j]!.start < until; j++) {
    const m = ctx.mentions[j]!
    if (m.entity === null || m.entity === idx || m.kind === 'pronoun' || m.inDescription) continue
    const e = ctx.entities[m.entity]
    if (e && e.kind === 'person' && e.personish && !m.placeLike) return true
  }
  return false
}

/** The subject right after a verb in second position ("Zudem sagte er:", "sagte Filep Karma:"). */
function invertedSubject(ctx: SpeechContext, cue: Cue, limit: number, lastSpeaker: number | null): Source | null {
  const m = ctx.mentions.find((x) => x.start >= cue.end && x.start <= cue.end + 1 && x.kind !== 'title')
  if (!m || m.start >= limit) return null
  return subjectAfter(ctx, cue, limit, lastSpeaker)
}

/** "an official government Twitter account made the following announcement:" → the described source. */
function nominalIntro(ctx: SpeechContext, from: number, to: number): Source | null {
  const clause = ctx.text.slice(from, to).replace(/^(?:[^,]{0,40},\s*)/, (m) => (/^(?:earlier|later|on|in|at|after|before|last|this|meanwhile)\b/i.test(m) ? '' : m))
  const m = /^((?:the|a|an|one|some)\s+(?:[\p{L}'’-]+\s+){0,6}?)(?:made|gave|issued|posted|released|put|published|wrote|said|read|tweeted|shared|sent|offered)\b/iu.exec(clause)
  if (!m || !m[1]) return null
  const np = m[1].trim()
  const at = ctx.text.indexOf(np, from)
  return nominalSourceOf(ctx, np, at)
}

/** A verb standing first in its clause ("Said X:", '"…," said X'), whose subject follows it. */
function invertedCue(text: string, from: number, cue: Cue): boolean {
  return /^[\s,;:—–-]*$/.test(text.slice(from, cue.start)) || /[“”"«»„]\s*,?\s*$/.test(text.slice(Math.max(from, cue.start - 4), cue.start))
}

/** A cue directly beside the marks: '"Overall," he continued' or 'said: "Our team"'. */
function hasAdjacentCue(text: string, q: QuoteSpan): boolean {
  if (q.close !== null) {
    const after = text.slice(q.close + 1, q.close + 60)
    const m = /^\s*,?\s*(?:(?:he|she|they|it|I|we)|\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){0,3}|the\s+\p{Ll}+)\s+(\p{Ll}+)/u.exec(after)
    if (m && m[1] && findCues(m[0], 0, m[0].length).length) {
      // and the quote itself ends like a clause ("…," / "….")
      if (/[,.!?]$/.test(q.text.trim()) || /^\s*,/.test(after)) return true
    }
    const inv = /^\s*,?\s*(\p{Ll}+)\s/u.exec(after)
    if (inv && inv[1] && /^(?:said|says|added|continued|wrote|asked|explained|told)$/.test(inv[1]) && /[,.!?]$/.test(q.text.trim())) return true
  }
  if (q.close !== null) {
    // '"Our team" X said in a press release "has developed …"': an interrupted quote
    const after = text.slice(q.close + 1, q.close + 90)
    const nextOpen = after.search(/[“"«„]/)
    if (nextOpen > 0 && !/[.!?\n]/.test(after.slice(0, nextOpen)) && findCues(after, 0, nextOpen).length) return true
  }
  const before = text.slice(Math.max(0, q.open - 40), q.open)
  if (/\b(?:said|says|added|continued|wrote|asked|explained|told \S+)\s*[,:]\s*$/.test(before)) return true
  return false
}
