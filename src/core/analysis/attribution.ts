import type { Attribution, Span } from './types'
import type { Para } from './segment'
import { firstNameFrom, isTitleWord, type Entity, type Mention } from './people'
import { CUE_VERBS } from '../language/cues'
import { ABBREVIATIONS, DESCRIBED_HEADS, ORG_WORDS, PLATFORMS, REPORTED_ONLY, SOURCE_NOUNS, TITLE_WORDS } from '../language/en'
import { ENGLISH, LANGUAGES, type CapitalisedNouns, type Language } from '../language'
import { oneOf } from '../language/pattern'
import { capitalisedAlternation, ENGLISH_MONTHS } from '../news/dates'
import { WEEKDAYS } from './dates'

/** Everything attribution reads about one article. */
export interface SpeechContext {
  text: string
  paras: Para[]
  sentences: (Span & { para: number })[]
  mentions: Mention[]
  entities: Entity[]
  /** Unnamed sources and described speakers found while attributing, by their phrase */
  unnamed: Map<string, number>
  /** The language the article reads as: what it adds to English's words and shapes */
  lang: Language
}

export interface Cue extends Span {
  /** The cue as printed, possibly with its extension ("told reporters", "wrote on Twitter") */
  phrase: string
  base: string
  /** Participle ("saying", "adding"): its subject is the clause's subject */
  participle: boolean
  /** "according to X": the source follows the cue */
  according: boolean
  /** "nach eigenen Angaben" (by their own account): the clause's subject is the source */
  ownAccount?: boolean
}

/** Words that join two clauses: a source phrase holding one inside is no one noun phrase. */
const CLAUSE_JOINERS: ReadonlySet<string> = new Set(['as', 'while', 'whereas', 'because', 'although', 'though', 'unless'])

/** A resolved source: the entity it names (index) or a described unnamed source. */
export interface Source {
  entity: number | null
  name: string | null
  attribution: Attribution
  /** Offset of the subject phrase */
  span: Span | null
  /** Taken from a name in the clause, not from its grammar (reported speech's last resort, namedInClause) */
  guessed?: boolean
}

const WORD_RE = /[\p{L}][\p{L}'’-]*/gu

/** "Monday|Tuesday|…|Sunday" */
const WEEKDAY = capitalisedAlternation([...WEEKDAYS.slice(1), WEEKDAYS[0]])
/** A capitalised word as a name or title prints it: "Reuters", "O'Neill", "U.S." */
const CAPITALISED_WORD = String.raw`\p{Lu}[\p{L}.’'-]*`
/** Whom a person tells, where no name stands: "told reporters", "told a news conference" */
const AUDIENCES = [
  'reporters', 'journalists', 'the press', 'the media', 'an audience', 'a news conference', 'a press conference', 'lawmakers',
  'supporters', 'viewers', 'listeners',
]
/** The object of "told": a name of up to four words, or an audience ("told the BBC", "told reporters"). */
const TOLD_OBJECT = new RegExp(String.raw`^\s+((?:the\s+)?(?:${CAPITALISED_WORD}(?:\s+${CAPITALISED_WORD}){0,3}|${AUDIENCES.join('|')}))`, 'u')

/** The cue a language's cue phrase makes of the word `w` (`lw` lower case) at `s`, or null; every registered language's. */
function cuePhraseAt(text: string, s: number, w: string, lw: string): Cue | null {
  for (const l of LANGUAGES) {
    for (const c of l.cuePhrases ?? []) {
      if (c.word !== lw || (c.before && !c.before.test(text.slice(Math.max(0, s - 4), s)))) continue
      const after = c.after.exec(text.slice(s + w.length, s + w.length + c.window))
      if (!after) continue
      const end = s + w.length + (c.takesMatch ? after[0].length : 0)
      const phrase = c.takesMatch ? text.slice(s, end) : w
      const cue: Cue = { start: s, end, phrase, base: c.base, participle: false, according: c.base === 'according to' }
      if (c.ownAccount?.test(phrase)) cue.ownAccount = true
      return cue
    }
  }
  return null
}

/** Reporting verbs (and "according to") in text[from, to), English's and `lang`'s. */
export function findCues(text: string, from: number, to: number, loose = false, lang: Language = ENGLISH): Cue[] {
  const out: Cue[] = []
  const slice = text.slice(0, to)
  WORD_RE.lastIndex = from
  let m: RegExpExecArray | null
  while ((m = WORD_RE.exec(slice))) {
    const w = m[0]
    const lw = w.toLowerCase()
    const s = m.index
    if (lw === 'according' && /^\s+to\b/.test(text.slice(s + w.length, s + w.length + 4))) {
      out.push({ start: s, end: s + w.length + 3, phrase: 'according to', base: 'according to', participle: false, according: true })
      continue
    }
    // a language's cue phrases: German "laut X", "nach Angaben von X" (= according to X), "„…“, so X" (= X said)
    const phrased = cuePhraseAt(text, s, w, lw)
    if (phrased) {
      out.push(phrased)
      continue
    }
    const base = CUE_VERBS.get(lw) ?? lang.cueVerbs?.get(lw) ?? (loose ? REPORTED_ONLY.get(lw) : undefined)
    if (!base) continue
    if (/^\p{Lu}/u.test(w) && s > from && !/[.!?"“”:]\s*$/.test(text.slice(Math.max(from, s - 3), s))) continue // a name: "Post", "Read"
    const prevWord = /(\S+)\s+$/.exec(text.slice(Math.max(0, s - 20), s))?.[1]?.toLowerCase() ?? ''
    if (prevWord === 'the' || prevWord === 'a' || prevWord === 'an' || prevWord === 'this' || prevWord === 'his' || prevWord === 'her' || prevWord === 'their' || prevWord === 'its') continue // "the report", "a statement"
    if (/['’]s$/.test(prevWord) && /s$/.test(lw)) continue // "Dana’s comments", "the minister's remarks": a noun after a possessive
    // "30 points", "six points", "a key point": a noun after a number or quantity word; a past tense or "say" after a
    // number stays a verb ("three in 10 said", "six in 10 say")
    if (/^(?:\d(?:[\d,.]*\d)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|key|main)$/.test(prevWord) &&
      (prevWord === 'key' || prevWord === 'main' || !/^(?:\p{Ll}+ed|said|say|says|told|wrote|thought|felt|knew|saw|found)$/u.test(lw))) continue
    // "pointed out" and "points to" are cues; "point" alone is a noun or a gesture
    if (base === 'point' && !/^\s+(?:out|to)\b/.test(text.slice(s + w.length, s + w.length + 5))) continue
    // "was ruled out", "is expected to": a passive of a loose verb says nothing about who spoke
    if (REPORTED_ONLY.has(lw) && !CUE_VERBS.has(lw) && /^(?:is|was|are|were|be|been|being|get|got|gets)$/.test(prevWord)) continue
    if (lw === 'state' || lw === 'post' || lw === 'order' || lw === 'call' || lw === 'report' || lw === 'question' || lw === 'quote' || lw === 'text' || lw === 'read' || lw === 'demand' || lw === 'answer' || lw === 'request' || lw === 'promise' || lw === 'appeal' || lw === 'protest' || lw === 'comment') continue // bare nouns more often than verbs
    let end = s + w.length
    let phrase = w
    const after = text.slice(end, Math.min(to, end + 60))
    const ext = /^\s+(?:out|on|up|back)\b/.exec(after)
    if (ext && /^(?:point|call|follow|back|weigh|speak|chime|sign|post)/.test(base)) {
      end += ext[0].length
      phrase = text.slice(s, end)
    }
    const plat = PLATFORMS.exec(text.slice(end, Math.min(to, end + 60)).replace(/^\s+/, ''))
    if (plat) {
      const lead = /^\s+/.exec(text.slice(end))?.[0].length ?? 0
      end += lead + plat[0].length
      phrase = text.slice(s, end)
    } else if (base === 'tell') {
      const obj = TOLD_OBJECT.exec(text.slice(end, Math.min(to, end + 60)))
      if (obj) {
        end += obj[0].replace(/\.$/, '').length
        phrase = text.slice(s, end)
      }
    }
    out.push({ start: s, end, phrase, base, participle: /ing$/.test(lw), according: false })
  }
  return out
}

const PRONOUN_SPEAKERS = new Set(['he', 'she', 'they', 'it', 'we', 'i'])
const OBJECT_PREPS = new Set(['to', 'of', 'for', 'with', 'by', 'on', 'in', 'at', 'from', 'against', 'about', 'into', 'over', 'under', 'than', 'like', 'toward', 'towards', 'between', 'among', 'after', 'before', 'during', 'near', 'via', 'including', 'and', 'or', 'nor'])
/** Words that open an introductory phrase before a clause's subject ("After the vote, X said") */
const INTRO_WORDS = [
  'after', 'before', 'when', 'while', 'in', 'on', 'at', 'speaking', 'asked', 'following', 'despite', 'as', 'although',
  'though', 'if', 'since', 'during', 'addressing', 'writing', 'responding', 'commenting', 'referring', 'reacting', 'later',
  'earlier', 'separately', 'meanwhile', 'however', 'still', 'for', 'with', 'without', 'by', 'under', 'amid', 'upon',
  'once', 'now', 'today', 'yesterday', 'last', 'this', 'that', 'then', 'but', 'and', 'so', 'yet', 'also',
]
/** Conjunctions and adverbs that open a clause without a comma ("But X said") */
const CLAUSE_OPENERS = ['but', 'and', 'so', 'yet', 'also', 'then', 'still']
/** What stands before a clause's subject: an introductory phrase up to its comma, or a conjunction. */
const INTRO_RE = new RegExp(String.raw`^(?:${oneOf(INTRO_WORDS)}\b[^,]{0,80},\s*|${oneOf(CLAUSE_OPENERS)}\s+)?`, 'i')

/** The mention at `pos` being governed by a preposition or in a description makes it no subject. */
function validSubject(ctx: SpeechContext, m: Mention): boolean {
  if (m.inDescription) return false
  if (m.kind === 'title') return false
  const nouns = ctx.lang.nouns
  if (nouns) {
    if (nouns.objectPreps.has(nouns.governingWord(ctx.text, m.start))) return false
    if (m.kind !== 'pronoun' && m.entity !== null && !speakerShape(nouns, ctx.entities[m.entity])) return false
  }
  return !OBJECT_PREPS.has(wordBefore(ctx.text, m.start))
}

/**
 * Whether an entity may speak, in a language that capitalises every noun: a name of two or more words that do not
 * read as common nouns, a title or role in its description, or an organisation named as one. A lone capitalised
 * word is a noun.
 */
export function speakerShape(nouns: CapitalisedNouns, e: Entity | undefined): boolean {
  if (!e) return false
  if (e.kind === 'unnamed') return true
  const words = e.name.split(/\s+/)
  if (e.description && e.description.split(/[\s-]+/).some((w) => isTitleWord(w))) return true
  if (words.some((w) => isTitleWord(w) || nouns.isRoleWord(w))) return true
  if (words.some((w) => /^\p{Lu}{2,}/u.test(w) || nouns.isOrgWord(w))) return true
  const caps = words.filter((w) => /^\p{Lu}/u.test(w))
  if (words.some((w) => /^\p{Ll}/u.test(w) && !nouns.nameParticle.test(w))) return false
  return caps.length >= 2 && !caps.some((w) => nouns.nounEnding.test(w.toLowerCase()))
}

/** The word before `pos`, skipping determiners ("of The Times" → "of"). */
function wordBefore(text: string, pos: number): string {
  const head = text.slice(Math.max(0, pos - 40), pos)
  const m = /(\S+)\s+(?:(?:the|a|an|his|her|their|its)\s+)?$/i.exec(head)
  return m?.[1]?.toLowerCase() ?? ''
}

const MORE_THAN_SEVEN_WORDS_RE = /^[,\s]*(?:[^,\s]+[,\s]+){7}[^,\s]/

/** The words a gap between a speaker and a reporting verb may hold and still be only an adverbial or an auxiliary. */
const GAP_WORD = [
  // connectives and adverbs of time: "also", "however", "later"
  'also|too|both|however|meanwhile|himself|herself|themselves|itself|who|later|then|further|again|earlier|previously|recently|subsequently',
  // auxiliaries and modals
  'had|has|have|was|were|is|are|would|will|could|can|may|might|should|did|does|do',
  // adverbs of manner and frequency: "reportedly", "flatly", "never"
  'reportedly|once|quickly|simply|only|just|separately|similarly|publicly|privately|repeatedly|already|often|never|ever|not|first|last|finally|still|even',
  'directly|angrily|flatly|bluntly|strongly|openly|tearfully|proudly|happily|jokingly|simply',
  // the occasion: "in a statement", "at a news conference"
  'in|on|at|a|an|the|his|her|their|its|statement|speech|interview|news|conference|press|release|letter|post|message',
  // the time: "on Monday", "this week", "last night"
  'monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|morning|afternoon|evening|night|day|week|month|year|today|yesterday|tonight|this|last',
  '[a-z]+ly',
].join('|')
/** A gap (lower case, single-spaced) made of GAP_WORDs only. */
const ADVERBIAL_GAP_RE = new RegExp(String.raw`^(?:(?:${GAP_WORD})\s*)+$`)

/** Whether text between two offsets is only adverbials/auxiliaries ("on Thursday", "also", "has"). */
function adverbialGap(s: string): boolean {
  // more than seven words never is: told from the first eight, as the gaps to far mentions grow with the clause
  if (MORE_THAN_SEVEN_WORDS_RE.test(s)) return false
  const t = s.replace(/[,\s]+/g, ' ').trim().toLowerCase()
  if (!t) return true
  if (t.split(' ').length > 7) return false
  return ADVERBIAL_GAP_RE.test(t)
}

/** Whether "they" may stand for an entity: a body, or a described source in the plural ("officials", "police"),
 * never one described person ("the minister", "a spokeswoman"). */
function pluralOrBody(e: Entity): boolean {
  if (e.kind !== 'unnamed') return true
  const head = (e.name.split(/\s+/).pop() ?? '').toLowerCase()
  return /[^s]s$/.test(head) || /^(?:police|people|staff|crew|family|team|government|public|military|army|authorities)$/.test(head)
}

/** How far back (in characters) a pronoun's antecedent is looked for: more than any two wire paragraphs. */
const PRONOUN_REACH = 3000

/** Resolves a pronoun at `pos` to the most recent compatible entity in this or the previous paragraph. */
export function resolvePronoun(ctx: SpeechContext, pron: string, pos: number, para: number, lastSpeaker: number | null): number | null {
  const p = pron.toLowerCase()
  if (p === 'i' || p === 'we') return null
  const wantOrg = p === 'it' || p === 'they'
  /** A mention the pronoun may stand for: its entity, or null. */
  const compatible = (m: Mention): number | null => {
    if (m.entity === null || m.para < para - 1 || m.placeLike) return null
    const e = ctx.entities[m.entity]
    if (!e) return null
    if (wantOrg ? e.kind === 'person' && p === 'it' : e.kind !== 'person') return null
    if (p === 'they' && e.kind === 'person') return null
    // "they" stands for a body or for several people, not for "the minister" or "a spokeswoman"
    if (p === 'they' && !pluralOrBody(e)) return null
    if (!wantOrg && !e.personish) return null
    if (!wantOrg && e.pronoun && e.pronoun !== p) return null
    return m.entity
  }
  // The mentions before the pronoun, back to the previous paragraph and at most PRONOUN_REACH characters. Mentions
  // are in text order, so both ends are found by binary search; the earliest is the first of the previous paragraph.
  let lo = 0
  let hi = ctx.mentions.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if ((ctx.mentions[mid] as Mention).para < para - 1) lo = mid + 1
    else hi = mid
  }
  lo = Math.max(lo, firstNameFrom(ctx.mentions, pos - PRONOUN_REACH))
  let end = firstNameFrom(ctx.mentions, pos)
  while (end < ctx.mentions.length && ctx.mentions[end]!.start < pos) end++
  // The most recent sentence with a subject among the candidates (nearest first), and the nearest candidate.
  let nearest: number | null = null
  let subjectSentence = -1
  for (let k = end - 1; k >= lo; k--) {
    const m = ctx.mentions[k]!
    const e = compatible(m)
    if (e === null) continue
    nearest ??= e
    if (m.possessive || !validSubject(ctx, m)) continue
    subjectSentence = sentenceIndex(ctx, m.start)
    break
  }
  if (nearest === null) {
    // the last speaker, when nothing else was mentioned since
    if (lastSpeaker !== null) {
      const e = ctx.entities[lastSpeaker]
      if (e && (wantOrg ? e.kind !== 'person' && (p !== 'they' || pluralOrBody(e)) : e.kind === 'person' && (!e.pronoun || e.pronoun === p))) return lastSpeaker
    }
    return null
  }
  if (subjectSentence < 0) return nearest
  // prefer that sentence's subject: its first compatible, valid mention
  const from = Math.max(lo, firstNameFrom(ctx.mentions, ctx.sentences[subjectSentence]!.start))
  for (let k = from; k < end; k++) {
    const m = ctx.mentions[k]!
    const e = compatible(m)
    if (e === null || m.possessive || sentenceIndex(ctx, m.start) !== subjectSentence || !validSubject(ctx, m)) continue
    return e
  }
  return nearest
}

function sentenceIndex(ctx: SpeechContext, pos: number): number {
  let lo = 0
  let hi = ctx.sentences.length - 1
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1
    if (ctx.sentences[mid]!.start <= pos) lo = mid
    else hi = mid - 1
  }
  return lo
}

const described = new WeakMap<Entity, { description: string | null; kind: Entity['kind']; name: string; text: string }>()
/** An entity's description (and an organisation's name) in lower case, as "the minister" is looked up in; kept per
 * entity while those stay the same, since a long story looks it up for many mentions. */
function describedAs(e: Entity): string {
  const c = described.get(e)
  if (c && c.description === e.description && c.kind === e.kind && c.name === e.name) return c.text
  const text = `${e.description ?? ''} ${e.kind === 'organisation' ? e.name : ''}`.toLowerCase()
  described.set(e, { description: e.description, kind: e.kind, name: e.name, text })
  return text
}

/** A described source ("a spokesperson for the ministry", "police", "the Russian leader") as an entity; `shaped`:
 * the caller has read the phrase as a person or body already ("engineers"), which its words need not show. */
function nominalSource(ctx: SpeechContext, phrase: string, at: Span, shaped = false): number | null {
  const np = phrase.replace(/^[\s,;:—–-]+|(?<![\s,;:—–-])[\s,;:—–-]+$/g, '').replace(/^(?:and|but|so|while|as)\s+/i, '')
  if (!np) return null
  const words = np.split(/\s+/)
  if (words.length > 9) return null
  if (/^(?:he|she|they|it|we|i|you|this|that|there|which|who)$/i.test(words[0] ?? '')) return null
  if (/\b(?:who|which|that|when|if|because|is|was|are|were|has|have|had)\b/i.test(np) && words.length > 4) return null
  const lw = words.map((w) => w.toLowerCase().replace(/['’]s$/, ''))
  // a clause joined by a conjunction is two clauses, not one source ("talks stall as union", "prices rose while
  // the ministry")
  if (lw.some((w, k) => k > 0 && CLAUSE_JOINERS.has(w))) return null
  // A language that capitalises every noun: a phrase led by a preposition ("In einem Interview mit der BBC") is an
  // adverbial, no source
  const nouns = ctx.lang.nouns
  if (nouns && nouns.objectPreps.has(lw[0] ?? '')) return null
  // "the Russian leader", "the minister": the most recent entity described with that word
  if (/^the$/i.test(words[0] ?? '') && words.length <= 4) {
    const head = lw[lw.length - 1]!
    if (TITLE_WORDS.has(head) || ORG_WORDS.has(head)) {
      const word = new RegExp(`\\b${head}\\b`)
      // from the last mention before the phrase backwards (mentions are in text order; one whose title words reach
      // back before the phrase may stand just after the binary search's answer)
      let k = firstNameFrom(ctx.mentions, at.start)
      while (k < ctx.mentions.length && ctx.mentions[k]!.start < at.start) k++
      for (k--; k >= 0; k--) {
        const m = ctx.mentions[k]!
        if (m.start >= at.start || m.entity === null) continue
        const e = ctx.entities[m.entity]
        if (!e) continue
        const d = describedAs(e)
        if (d.includes(head) && word.test(d)) return m.entity
      }
    }
  }
  const determined = /^(?:a|an|the|one|another|some|two|three|several|many)$/i.test(words[0] ?? '') && words.length <= 4 && /^[\p{L}'’ -]+$/u.test(np)
  const named = /^\p{Lu}/u.test(np) && !/^(?:the|a|an|this|that|these|those|some|many|one|two|more|most|all)\b/i.test(np) &&
    (!nouns || words.some((w) => isTitleWord(w) || nouns.isRoleWord(w) || nouns.isOrgWord(w) || /^\p{Lu}{2,}/u.test(w)))
  if (!shaped && !determined && !lw.some((w) => SOURCE_NOUNS.has(w) || TITLE_WORDS.has(w) || ORG_WORDS.has(w)) && !named) return null
  // not a clause: "sponsored by NBC News and", "Scott's family has"
  if (/\b(?:by|and|or|of|to|than|as|has|have|had|is|was|were|are|will|would)$/i.test(np) || /\b\p{Ll}+ed\s+by\b/u.test(np)) return null
  const kind = lw.some((w) => ORG_WORDS.has(w)) && !lw.some((w) => /^(?:spokesman|spokeswoman|spokesperson|official|source|officials|sources)$/.test(w)) ? 'organisation' : 'unnamed'
  return unnamedEntity(ctx, np, kind)
}

/** The entity of a described source or an organisation known by its phrase, made the first time it is met. */
function unnamedEntity(ctx: SpeechContext, np: string, kind: Entity['kind']): number {
  const key = np.toLowerCase()
  const known = ctx.unnamed.get(key)
  if (known !== undefined) return known
  const idx = ctx.entities.length
  ctx.entities.push({
    id: `p${idx + 1}`, name: np, kind, description: null, aliases: new Set(), pronoun: null, mentions: [], personish: false, placeLike: 0, notPlace: 1,
  })
  ctx.unnamed.set(key, idx)
  return idx
}

/** A described source as a Source, or null when the phrase does not describe one. */
export function nominalSourceOf(ctx: SpeechContext, np: string, at: number, shaped = false): Source | null {
  const e = nominalSource(ctx, np, { start: at, end: at + np.length }, shaped)
  return e === null ? null : { entity: e, name: ctx.entities[e]!.name, attribution: 'explicit', span: { start: at, end: at + np.length } }
}

function fromMention(ctx: SpeechContext, m: Mention, lastSpeaker: number | null, cueStart: number): Source | null {
  if (m.kind === 'pronoun') {
    const e = resolvePronoun(ctx, m.name, m.start, m.para, lastSpeaker)
    if (e === null && m.name.toLowerCase() !== 'i' && m.name.toLowerCase() !== 'we') return { entity: null, name: null, attribution: 'pronoun', span: m }
    if (e === null) return null
    m.entity = e
    const en = ctx.entities[e]
    const p = m.name.toLowerCase()
    if (en && !en.pronoun && (p === 'he' || p === 'she')) en.pronoun = p
    return { entity: e, name: en?.name ?? null, attribution: 'pronoun', span: m }
  }
  // "a Ruiz campaign official", "Okafor aides": the described person speaks, not the one named
  const described = ctx.lang === ENGLISH ? roleModified(ctx, m) : null
  if (described) {
    // "the Florida senator" may refer back to a named person described so (nominalSource)
    const e = described.definite ? nominalSource(ctx, ctx.text.slice(described.span.start, described.span.end), described.span) : null
    return e !== null ? { entity: e, name: ctx.entities[e]!.name, attribution: 'explicit', span: described.span } : describedSource(ctx, described.span)
  }
  if (m.entity === null) return null
  if (ctx.lang.nouns && !speakerShape(ctx.lang.nouns, ctx.entities[m.entity])) return null
  if (m.possessive) {
    // "Erdogan's office said": the phrase is the source
    const tail = /^\s+(?:[\p{Ll}-]+\s+){0,1}[\p{Ll}-]+/u.exec(ctx.text.slice(m.end, m.end + 40))?.[0] ?? ''
    const np = (cueStart > m.end ? ctx.text.slice(m.start, cueStart) : ctx.text.slice(m.start, m.end + tail.length)).replace(/(?<!\s)(?:\s+(?:has|have|had|was|is|also|later|then|would|will))+\s*$/, '').replace(/(?<![\s,])[\s,]+$/, '')
    const words = np.split(/\s+/)
    const head = (np.split(/\s+/).pop() ?? '').toLowerCase()
    if (words.length <= 4 && /['’]s?\s+\p{Ll}/u.test(np) && (SOURCE_NOUNS.has(head) || ORG_WORDS.has(head) || TITLE_WORDS.has(head))) {
      const e = nominalSource(ctx, np, m)
      if (e !== null) return { entity: e, name: ctx.entities[e]!.name, attribution: 'explicit', span: m }
    }
  }
  return { entity: m.entity, name: ctx.entities[m.entity]!.name, attribution: 'explicit', span: m }
}

/** Documents a source speaks through: "according to a statement released by X" */
const DOCUMENTS = ['statement', 'report', 'post', 'tweet', 'letter', 'release', 'message', 'video', 'interview', 'posting']
const PUBLISHED = ['released', 'issued', 'published', 'posted', 'put out', 'given', 'sent']
/** What may stand between a cue and its source: a day, and a document ("said on Monday in a statement issued by X"). */
const SOURCE_LEAD = new RegExp(
  String.raw`^[\s,]*(?:(?:on|in|at)\s+(?:${WEEKDAY})\s+)?(?:(?:a|an|the)\s+(?:\w+\s+)?${oneOf(DOCUMENTS)}\s+(?:${oneOf(PUBLISHED)}\s+)?(?:by|from)\s+)?`,
)

/** The subject of a cue that follows it ("said X", "according to X"). */
export function subjectAfter(ctx: SpeechContext, cue: Cue, limit: number, lastSpeaker: number | null): Source | null {
  const rest = ctx.text.slice(cue.end, limit)
  const lead = SOURCE_LEAD.exec(rest)?.[0].length ?? 0
  const at = cue.end + lead
  const read = readAfter(ctx, cue, at, limit, lastSpeaker)
  // a described source kept whole ("said one Okafor confidant", "said a Chilean official who was not authorized to speak
  // publicly"), unless the reading above took a phrase this does not cover, whose end the grammar here does not know
  // ("said a fan dressed as a wizard")
  const span = describedExtent(ctx.text, at, limit, 'after')
  if (span && (!read || !read.span || (read.span.start >= span.start && read.span.end <= span.end))) return describedSubject(ctx, at, limit, 'after', lastSpeaker) ?? read
  return read
}

/** The subject after a cue as a name right there or a phrase up to the clause's punctuation. */
function readAfter(ctx: SpeechContext, cue: Cue, at: number, limit: number, lastSpeaker: number | null): Source | null {
  // a mention right there, or after a few lower-case words of description ("according to eyewitness X")
  let m = ctx.mentions.find((x) => x.start >= at && x.start <= at + 1 && x.kind !== 'title')
  if (!m) {
    const desc = /^(?:[\p{Ll}-]+\s+){1,3}(?=\p{Lu})/u.exec(ctx.text.slice(at, limit))
    if (desc && !/\b(?:the|a|an|that|to|of|in|and|or|but|who|which|if|when)\s/.test(desc[0])) m = ctx.mentions.find((x) => x.start === at + desc[0].length && x.kind !== 'title' && x.kind !== 'pronoun')
  }
  if (m && m.kind === 'org' && !cue.according) {
    // "said University of X, San Diego's chancellor, Jane Doe": the person named after the title
    const later = ctx.mentions.find((x) => {
      if (x.start <= m!.end || x.start >= limit || x.kind !== 'name' || !x.name.includes(' ')) return false
      const between = ctx.text.slice(m!.end, x.start)
      return /,\s*$/.test(between) && !/[.;:!?]/.test(between) && between.toLowerCase().split(/[^\p{L}]+/u).some((w) => TITLE_WORDS.has(w))
    })
    if (later) m = later
  }
  if (m) return fromMention(ctx, m, lastSpeaker, m.end)
  // a described source: "said a spokesperson for the ministry", "according to police"
  const np = /^((?:the|a|an|one|two|several|some|many|other|another)?\s*[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,7}?)(?=\s*(?:[,.;:!?]|$|\s+(?:who|which|that|on|in|at|said|told|adding)\b))/u.exec(ctx.text.slice(at, limit))
  if (np && np[1]) {
    // "a senior official at the transport ministry": a described person keeps the place that describes them (up to
    // the clause's end), but not a time or an occasion ("on Monday", "in a statement", "at a news conference")
    const longer = DESCRIBED_WITH_PP_RE.exec(ctx.text.slice(at, limit))
    if (longer && longer[1] && longer[1].length > np[1].length && /^(?:a|an|one|another|the)\s/i.test(np[1]) && SOURCE_NOUNS.has(np[1].split(/\s+/).pop()!.toLowerCase())) {
      const e = nominalSource(ctx, longer[1], { start: at, end: at + longer[1].length })
      if (e !== null) return { entity: e, name: ctx.entities[e]!.name, attribution: 'explicit', span: { start: at, end: at + longer[1].length } }
    }
    const e = nominalSource(ctx, np[1], { start: at, end: at + np[1].length })
    if (e !== null) return { entity: e, name: ctx.entities[e]!.name, attribution: 'explicit', span: { start: at, end: at + np[1].length } }
  }
  return null
}

/** Occasions and times are no place: "an official at a news conference", "an official on Monday" */
const OCCASIONS = [
  'statement', 'news', 'press', 'interview', 'briefing', 'conference', 'meeting', 'rally', 'speech', 'post', 'tweet',
  'video', 'email', 'letter', 'hearing', 'call',
]

/** A described person with one place phrase: "a senior official at the transport ministry" (at most ten words, up to a
 * comma, stop or clause word; the phrase is not a time or an occasion). */
const DESCRIBED_WITH_PP_RE = (() => {
  /** "a senior official": a determiner and up to four lower-case words */
  const described = String.raw`(?:a|an|one|another|the)\s+(?:[\p{Ll}-]+\s+){0,3}[\p{Ll}-]+`
  const notOccasion = String.raw`(?!(?:a|an|the)\s+${oneOf(OCCASIONS)}\b)`
  const notTime = String.raw`(?!(?:${WEEKDAY}|${capitalisedAlternation(ENGLISH_MONTHS)})\b)`
  const place = String.raw`(?:[\p{L}'’-]+\s+){0,3}[\p{L}'’-]+`
  const end = String.raw`(?=\s*(?:[,.;:!?]|$|\s+(?:who|which|that|said|told|adding|on|in)\b))`
  return new RegExp(String.raw`^(${described}\s+(?:at|in|for|from|of|with)\s+${notOccasion}${notTime}${place})${end}`, 'u')
})()

// Described sources kept whole. A described source is a person or group described rather than named: a determiner,
// modifiers (which may be names: "a Ruiz campaign official", "one Okafor confidant"), a head noun that names a
// person (DESCRIBED_HEADS), then what PolNeAR's annotators count as part of it: one place or body it belongs to ("a
// spokeswoman for the Senate Budget Committee", "one operative inside Okafor Tower"), a complement ("one
// engineer involved in the design", "a diplomat familiar with the talks") and a relative clause without a comma
// ("a Chilean official who was not authorized to speak publicly"); not an aside between commas (", who spoke on
// condition of anonymity,"), a time ("on Monday") or an occasion ("in a statement").

/** The first word of a described source: a determiner of INDEFINITE, or "the" */
const DETERMINER_FIRST_RE = /^[ \t]*(?:an?|one|another|some|two|three|four|five|several|many|the)\s/i
/** Determiners that open a described source */
const INDEFINITE: ReadonlySet<string> = new Set(['a', 'an', 'one', 'another', 'some', 'two', 'three', 'four', 'five', 'several', 'many'])
/** What may follow "one of", "some of": "one of those advisers", "one of two witnesses" */
const PARTITIVE: ReadonlySet<string> = new Set(['the', 'those', 'these', 'his', 'her', 'their', 'its', 'our', 'two', 'three', 'four', 'five', 'several', 'many'])
/** Prepositions of the place or body a described person belongs to */
const BELONGS: ReadonlySet<string> = new Set(['at', 'in', 'for', 'from', 'of', 'with', 'inside', 'on', 'to', 'within', 'near'])
/** Adjectives and participles that take a complement in a description: "familiar with", "involved in", "close to" */
const COMPLEMENTED: ReadonlySet<string> = new Set([
  'familiar', 'close', 'involved', 'knowledgeable', 'briefed', 'allied', 'aligned', 'loyal', 'connected', 'based', 'linked',
  'tied', 'affiliated', 'active', 'working',
])
/** Words that end a description: a clause, a list or an adverbial starts */
const DESCRIPTION_STOPS: ReadonlySet<string> = new Set([
  'who', 'whom', 'whose', 'which', 'that', 'and', 'or', 'but', 'nor', 'as', 'while', 'because', 'if', 'when', 'than', 'by',
  'about', 'after', 'before', 'since', 'during', 'over', 'under', 'into', 'against', 'has', 'have', 'had', 'is', 'was', 'are',
  'were', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did', 'does', 'do', 'not', 'also', 'later', 'earlier',
  'then', 'still', 'again', 'recently', 'previously', 'reportedly', 'however', 'too', 'the', 'a', 'an', 'this', 'his', 'her',
  'their', 'its', 'he', 'she', 'they', 'it', 'we', 'i', 'you', 'him', 'them', 'us', 'me',
])
/** Words a place may hold between its capitalised words: "Office of Records and Archives" */
const PLACE_JOINERS: ReadonlySet<string> = new Set(['of', 'and', '&', 'the'])
/** What a time or an occasion starts with: no place a person belongs to ("on Monday", "in 2015", "in a statement") */
const NOT_A_PLACE_RE = new RegExp(
  String.raw`^(?:(?:a|an|the|his|her|their|its)\s+(?:\S+\s+)?${oneOf(OCCASIONS)}\b|(?:${WEEKDAY}|${capitalisedAlternation(ENGLISH_MONTHS)})\b|\d|(?:this|last|next|recent|the\s+past)\s)`,
  'iu',
)

interface NpWord extends Span {
  /** Lower case */
  lw: string
  cap: boolean
}
/** One word of a noun phrase, after spaces on its line: initials ("U.S.", "W." before a name), an abbreviation's stop
 * ("Sen."), else a run without spaces and punctuation. */
const NP_WORD_RE = /[ \t\u00a0]*((?:\p{L}\.){2,}|\p{Lu}\.(?=\s+\p{Lu})|[^\s,;:.!?()[\]"“”«»—–]+)/uy

/** The words of text[at, limit) up to the first punctuation or line break, at most `max`. */
function npWords(text: string, at: number, limit: number, max = 40): NpWord[] {
  const out: NpWord[] = []
  let pos = at
  while (out.length < max) {
    NP_WORD_RE.lastIndex = pos
    const m = NP_WORD_RE.exec(text)
    const w = m?.[1]
    if (!m || !w || pos + m[0].length > limit || !/[\p{L}\p{N}]/u.test(w)) break
    let end = pos + m[0].length
    const lw = w.toLowerCase()
    if (text[end] === '.' && ABBREVIATIONS.has(lw) && /^\s+\p{Lu}/u.test(text.slice(end + 1, end + 3)) && end + 1 <= limit) end++
    out.push({ start: pos + m[0].length - w.length, end, lw, cap: /^\p{Lu}/u.test(w) })
    pos = end
  }
  return out
}

/** A reporting verb in a form no noun takes ("said", "stated", "says"): "state", "report" and "remarks" are nouns too. */
function reportingVerb(lw: string): boolean {
  const base = CUE_VERBS.get(lw)
  return base !== undefined && ((base !== lw && !/s$/.test(lw)) || lw === 'say' || lw === 'says')
}

/** Words that leave a relative clause without its verb: "who has", "who was", "who also" */
const RELATIVE_UNFINISHED: ReadonlySet<string> = new Set([
  'who', 'has', 'have', 'had', 'was', 'were', 'is', 'are', 'will', 'would', 'could', 'can', 'may', 'might', 'should', 'did',
  'does', 'do', 'not', 'also', 'never', 'once', 'then', 'later', 'been', 'be',
])

/** Where a place or body after the preposition ws[p] ends (its last word's index), or -1 ("for the Senate Budget
 * Committee", "inside Okafor Tower", "in the design"). In a clause with no cue to end it, only a capitalised name. */
function placeEnd(text: string, ws: readonly NpWord[], p: number, mode: DescribedMode): number {
  const first = ws[p + 1]
  if (!first || NOT_A_PLACE_RE.test(text.slice(first.start, first.start + 40)) || PLATFORMS.test(text.slice(ws[p]!.start, ws[p]!.start + 40))) return -1
  let last = -1
  let k = p + 1
  if (ws[k]?.lw === 'the' || (mode !== 'clause' && /^(?:a|an|his|her|their|its)$/.test(ws[k]?.lw ?? ''))) k++
  for (let n = 0; k < ws.length && n < 8; k++, n++) {
    const w = ws[k]!
    if (w.cap) last = k
    else if (last >= 0 && PLACE_JOINERS.has(w.lw) && (ws[k - 1]!.cap || PLACE_JOINERS.has(ws[k - 1]!.lw)) && (ws[k + 1]?.cap || ws[k + 1]?.lw === 'the')) continue
    else if (last >= 0 && w.lw === 'of' && mode !== 'clause') {
      // "with knowledge of the governor's dilemma", "for one of these candidates"
      if (/^(?:the|a|an|his|her|their|its|these|those)$/.test(ws[k + 1]?.lw ?? '')) k++
    }
    else if (mode === 'clause' && last === k - 1 && ORG_WORDS.has(w.lw)) last = k // "inside the Lindqvist campaign"
    else if (mode === 'clause' || DESCRIPTION_STOPS.has(w.lw) || BELONGS.has(w.lw) || COMPLEMENTED.has(w.lw) || reportingVerb(w.lw)) break
    else last = k
  }
  return last
}

/** Which clause a described source is read in: after its cue ("said a …", to the clause's end), before it ("a … said",
 * up to the cue) or a clause with no cue (only what its words show). */
type DescribedMode = 'after' | 'before' | 'clause'

/** The whole described source that starts at `at` and ends by `limit` ("a Chilean official who was not authorized to
 * speak publicly"), or null when none starts there. */
export function describedExtent(text: string, at: number, limit: number, mode: DescribedMode): Span | null {
  // most clauses open with a name or a pronoun: told from the first word before the words are read
  if (!DETERMINER_FIRST_RE.test(text.slice(at, at + 9))) return null
  const ws = npWords(text, at, limit)
  const det = ws[0]
  // "the" opens one only with what follows its head ("the former top aide to Governor Mary K. Stone"): "the
  // minister" alone refers back to a named person (nominalSource)
  const definite = det?.lw === 'the' && mode !== 'clause'
  if (!det || !(INDEFINITE.has(det.lw) || definite)) return null
  let i = 1
  if (ws[1]?.lw === 'of') {
    // "one of those advisers", "one of two witnesses"
    if (det.lw === 'a' || det.lw === 'an' || det.lw === 'another' || !PARTITIVE.has(ws[2]?.lw ?? '')) return null
    i = 3
  }
  // the head: the last person noun of the modifiers, before any word that ends them
  let head = -1
  for (let k = i; k < ws.length && k < i + 6; k++) {
    const w = ws[k]!
    if (DESCRIPTION_STOPS.has(w.lw) || BELONGS.has(w.lw) || reportingVerb(w.lw) || /['’]s?$/.test(w.lw)) break
    if (DESCRIBED_HEADS.has(w.lw)) head = k
  }
  if (head < 0) return null
  let j = head + 1
  let end = ws[head]!.end
  // "Metro reporter Ann Lee": a title before a name
  if (ws[j]?.cap) return null
  const complemented = COMPLEMENTED.has(ws[j]?.lw ?? '') && BELONGS.has(ws[j + 1]?.lw ?? '')
  if (complemented || BELONGS.has(ws[j]?.lw ?? '')) {
    const last = placeEnd(text, ws, complemented ? j + 1 : j, mode)
    if (last >= 0) {
      end = ws[last]!.end
      j = last + 1
    }
  }
  // a relative clause with no comma before it describes: up to the clause's punctuation or the cue, or to a reporting
  // verb joined to it, which is the main clause's ("an official who oversaw X and described it as")
  const rel = ws[j]
  if (rel && rel.lw === 'who' && mode !== 'clause' && ws.length - j <= 25 && !/\S/.test(text.slice(end, rel.start))) {
    let last = ws.length - 1
    for (let k = j + 2; k < ws.length; k++) {
      if ((ws[k - 1]!.lw === 'and' || ws[k - 1]!.lw === 'but') && reportingVerb(ws[k]!.lw)) {
        last = k - 2
        break
      }
    }
    // before its cue, the clause must have its verb: in "a supporter who has loudly criticized", the cue is
    // the relative clause's own verb
    if (mode === 'before' && (last - j < 2 || RELATIVE_UNFINISHED.has(ws[last]!.lw) || /ly$/.test(ws[last]!.lw))) return null
    end = ws[last]!.end
  }
  if (definite && end === ws[head]!.end) return null
  return { start: det.start, end }
}

/** What may stand between a described subject and its cue: adverbials, or an aside between commas (", who spoke on
 * condition of anonymity,", ", speaking on condition of anonymity,"), which is not part of the description. */
function describedGap(gap: string): boolean {
  const aside = /^\s*,\s*\p{Ll}[^,;:]{0,160},/u.exec(gap)
  return adverbialGap(aside ? gap.slice(aside[0].length) : gap)
}

/** Lower-case words that may stand between a name and the person noun it modifies with no determiner before the name:
 * "Okafor campaign officials", "Ruiz senior aides" (without a determiner, "Moreau rallied supporters" is a verb). */
const BARE_MODIFIERS: ReadonlySet<string> = new Set([
  'campaign', 'administration', 'transition', 'team', 'family', 'press', 'communications', 'policy', 'security', 'legal',
  'political', 'senior', 'top', 'former', 'longtime', 'close', 'economic', 'foreign', 'national', 'data', 'digital', 'finance',
  'staff', 'white', 'house', 'state', 'party', 'leadership', 'defense', 'health', 'military', 'government', 'company',
])

/** A name that only modifies a person noun after it ("Ruiz" in "a Ruiz campaign official", "Okafor aides"): the
 * described source's span, and whether a definite determiner opens it ("the Florida senator"), or null. A name or
 * "of" after the noun makes it a title ("Ruiz campaign spokesman Tom Reyes", "US secretary of state X"). */
function roleModified(ctx: SpeechContext, m: Mention): { span: Span; definite: boolean } | null {
  if ((m.kind !== 'name' && m.kind !== 'org') || m.possessive || m.inDescription || !/^ ?\p{Ll}/u.test(ctx.text.slice(m.end, m.end + 2))) return null
  const ws = npWords(ctx.text, m.end, m.end + 80, 5)
  if (ws[0]?.start !== m.end + 1 && ws[0]?.start !== m.end) return null
  const det = /(?:^|[^\p{L}])((?:a|an|one|another|some|two|three|several|many|the)\s+(?:[\p{Ll}-]+\s+){0,2})$/iu.exec(ctx.text.slice(Math.max(0, m.start - 40), m.start))?.[1]
  let head = -1
  for (let k = 0; k < ws.length && k < 3; k++) {
    const w = ws[k]!
    if (w.cap || DESCRIPTION_STOPS.has(w.lw) || BELONGS.has(w.lw) || reportingVerb(w.lw)) break
    if (DESCRIBED_HEADS.has(w.lw)) head = k
    else if (!det && !BARE_MODIFIERS.has(w.lw)) break
  }
  if (head < 0) return null
  const next = ws[head + 1]
  // "Ruiz campaign spokesman Tom Reyes" and "Party leader and Prime Minister X" name the spokesman and the leader;
  // "Okafor hosts a rally" is a verb
  if (next && (next.cap || next.lw === 'of' || next.lw === 'and' || /^(?:a|an|the|his|her|their|its)$/.test(next.lw))) return null
  return { span: { start: m.start - (det?.length ?? 0), end: ws[head]!.end }, definite: /^the\s/i.test(det ?? '') }
}

/** A described source at `at` as a Source: the description kept whole, or the name set beside it in apposition ("Two
 * military analysts, Jane Doe and John Roe, found", "A former minister -- Ana Ruiz -- said"); null when none
 * starts there, or (before a cue) when it is itself an appositive ("Dr. Jane Doe, a Ruiz supporter who …"). */
function describedSubject(ctx: SpeechContext, at: number, limit: number, mode: DescribedMode, lastSpeaker: number | null): Source | null {
  const span = describedExtent(ctx.text, at, limit, mode)
  if (!span) return null
  const lead = /^\s*(?:,|-{1,2}|[—–])\s*/.exec(ctx.text.slice(span.end, span.end + 8))
  if (lead) {
    const k = firstNameFrom(ctx.mentions, span.end + lead[0].length)
    const named = ctx.mentions[k]
    if (named && named.kind === 'name' && named.start === span.end + lead[0].length && named.start < limit) {
      return mode === 'before' ? null : fromMention(ctx, named, lastSpeaker, named.end)
    }
  }
  if (mode === 'clause') {
    // with no cue to end it, the description is the clause's subject only when a verb follows ("A spokeswoman for X
    // emailed"), not a comma ("A critic of the plan for years, Smith said") or more of a phrase left unread
    const next = npWords(ctx.text, span.end, limit, 1)[0]
    if (!next || next.start > span.end + 1 || next.cap || BELONGS.has(next.lw) || COMPLEMENTED.has(next.lw)) return null
  }
  if (mode === 'before') {
    for (let k = firstNameFrom(ctx.mentions, at - SUBJECT_REACH); k < ctx.mentions.length && ctx.mentions[k]!.start < at; k++) {
      if (ctx.mentions[k]!.extEnd > at) return null
    }
  }
  return describedSource(ctx, span)
}

/** A described source kept whole, its span found by the caller, as a Source. */
function describedSource(ctx: SpeechContext, span: Span): Source {
  const e = unnamedEntity(ctx, ctx.text.slice(span.start, span.end).replace(/\s+/g, ' '), 'unnamed')
  return { entity: e, name: ctx.entities[e]!.name, attribution: 'explicit', span }
}

/** An adverb or auxiliary between a described subject and its cue ("the ministry also said"); tried only where a
 * run of spaces starts, so a long run is not rescanned from each of its spaces. */
const CLAUSE_ADVERB_RE = /(?<!\s)(?:\s+(?:also|later|earlier|then|had|has|have|was|would|will|reportedly|previously|on \p{Lu}\p{Ll}+day)){1,3}\s*$/u
/** A noun phrase of up to eight words with a determiner, seven without, ending a clause. */
const NOUN_PHRASE_AT_END_RE = /((?:(?:the|a|an|one|two|several|some|many|other|another)\s+)?(?:[\p{L}'’-]+\s+){0,6}?[\p{L}'’-]+)\s*$/u
/** The same noun phrase as a whole string (anchored at both ends: one start, no backtracking across words). */
const NOUN_PHRASE_WHOLE_RE = /^(?:(?:the|a|an|one|two|several|some|many|other|another)\s+)?[\p{L}'’-]+(?:\s+[\p{L}'’-]+){0,6}$/u

/** How far before its cue (in characters) a subject is looked for: further than any clause a reporter writes. */
const SUBJECT_REACH = 600

/** The subject of a cue that precedes it within text[from, cue.start). `loose`: reported speech, which may fall
 * back on any name in the clause (namedInClause). */
export function subjectBefore(ctx: SpeechContext, from: number, cue: Cue, lastSpeaker: number | null, loose = false): Source | null {
  let start = from
  const region = ctx.text.slice(from, cue.start)
  // skip an introductory phrase ("After the meeting, ...") and a leading comma
  const lead = /^[\s,;:—–-]*/.exec(region)?.[0].length ?? 0
  start += lead
  const intro = INTRO_RE.exec(ctx.text.slice(start, cue.start))
  if (intro && ctx.text.slice(start + intro[0].length, cue.start).trim()) start += intro[0].length
  // a described subject, whole: "A Ruiz campaign official said", "One union official who relayed the offer
  // said", "A Lindqvist adviser, who spoke on condition of anonymity, said"
  if (!cue.according) {
    const described = describedSubject(ctx, start, cue.start, 'before', lastSpeaker)
    if (described?.span && describedGap(ctx.text.slice(described.span.end, cue.start))) return described
  }
  // the mentions in [start, cue.start]: found by binary search and checked as subjects only when reached (a long
  // clause has many, and a long text many cues)
  const lo = firstNameFrom(ctx.mentions, start)
  const hi = firstNameFrom(ctx.mentions, cue.start + 1)
  const candidate = (k: number): Mention | null => {
    const m = ctx.mentions[k]!
    return m.start >= start && m.end <= cue.start + 1 && validSubject(ctx, m) ? m : null
  }
  // walk back from the cue: the mention whose (extended) end reaches the cue over adverbials
  for (let k = hi - 1; k >= lo; k--) {
    if (cue.start - ctx.mentions[k]!.nameSpan.start > SUBJECT_REACH) break
    const m = candidate(k)
    if (!m) continue
    const gapFrom = Math.max(m.extEnd, m.end)
    if (gapFrom > cue.start) continue
    let gap = ctx.text.slice(gapFrom, cue.start)
    // a relative clause or appositive between subject and verb: ", who ..., said"
    gap = gap.replace(/^\s*,\s*(?:who|which|whose)\b[^,]*,\s*/, ' ').replace(/^\s*,\s*[^,]{1,80},\s*$/, ' ').replace(/^\s*(?:,\s*\d{1,3}\s*)?,?\s*who\s+(?:\S+ly\s+)?$/, ' ')
    if (adverbialGap(gap) || /^\s*,\s*$/.test(gap)) {
      const src = fromMention(ctx, m, lastSpeaker, cue.start)
      if (src) return src
    }
  }
  if (cue.according) return null
  /** The first subject from `from` on, when it starts by `to` (its title words may stand before its name). */
  const firstIn = (from: number, to: number): Mention | null => {
    for (let k = Math.max(lo, firstNameFrom(ctx.mentions, from)); k < hi && ctx.mentions[k]!.nameSpan.start <= to + 200; k++) {
      const m = candidate(k)
      if (m) return m.start >= from && m.start <= to ? m : null
    }
    return null
  }
  if (ctx.lang.verbSecond) {
    // "Sie wird mit den Worten zitiert", "hatte VW-Chef X in einem Interview erklärt": the clause's subject,
    // first or after the finite auxiliary, with the verb's participle at the clause's end
    const aux = ctx.lang.verbSecond.leadWords.exec(ctx.text.slice(start, cue.start))?.[0].length ?? 0
    const head = firstIn(start + aux, start + aux + 1)
    if (head && !/[;:]/.test(ctx.text.slice(head.end, cue.start))) {
      const src = fromMention(ctx, head, lastSpeaker, cue.start)
      if (src) return src
    }
  }
  // the clause's subject when what stands between is a longer description ("X of Y and contributor to Z wrote")
  const first = firstIn(start, start + 2)
  if (first && first.kind !== 'pronoun' && cue.start - first.extEnd <= SUBJECT_REACH) {
    const between = ctx.text.slice(first.extEnd, cue.start)
    if (!/[;:]/.test(between) && between.split(/\s+/).length <= 12 && !/\b(?:is|was|were|are|has|had|have|will|would|and (?:he|she|they))\b/.test(between)) {
      const src = fromMention(ctx, first, lastSpeaker, cue.start)
      if (src) return src
    }
  }
  if (cue.participle) return null
  // a described subject right before the cue: "the ministry said", "a spokesperson for X said"
  const clause = ctx.text.slice(start, cue.start)
  if (clause.length > SUBJECT_REACH) return null
  const whole = clause.trim().replace(CLAUSE_ADVERB_RE, '')
  // only a clause that is all one short noun phrase qualifies: checked first from its start (linear), as the search
  // for a phrase ending at the clause's end tries every start and backtracks through each word (quadratic in a
  // long word)
  const np = NOUN_PHRASE_WHOLE_RE.test(whole) ? NOUN_PHRASE_AT_END_RE.exec(clause.replace(CLAUSE_ADVERB_RE, '')) : null
  if (np && np[1] && np[1].trim() === whole) {
    const s0 = start + clause.indexOf(np[1])
    const e = nominalSource(ctx, np[1], { start: s0, end: s0 + np[1].length })
    if (e !== null) return { entity: e, name: ctx.entities[e]!.name, attribution: 'explicit', span: { start: s0, end: s0 + np[1].length } }
  }
  return loose ? namedInClause(ctx, start, clause, lo, hi, cue, lastSpeaker) : null
}

/**
 * Reported speech's last resort, when no rule above reads the clause's grammar: a name the clause holds, the one
 * that ends at the cue ("…, the group's founder Jane Doe argued"), else its first ("Jane Doe, who … in 2019 and
 * … since, argued"). Measured on PolNeAR (issue 14), the rules alone left a third of the attributions without a
 * source; this took indirect recall from 0.680 to 0.742 on train and from 0.713 to 0.770 on dev, at a precision
 * of 0.916 and 0.931 (from 0.926 and 0.943). A direct quote has other ways to its speaker (the sentence after, the
 * paragraph's speaker) and does not use it. The same measurement found that NLP libraries' noun phrases here did
 * no better (compromise, wink-nlp: see the README).
 */
function namedInClause(ctx: SpeechContext, start: number, clause: string, lo: number, hi: number, cue: Cue, lastSpeaker: number | null): Source | null {
  const end = start + clause.trimEnd().length
  let first: Mention | null = null
  let last: Mention | null = null
  for (let k = lo; k < hi; k++) {
    const m = ctx.mentions[k]!
    if (m.kind === 'title' || m.kind === 'pronoun' || m.start < start || m.nameSpan.end > cue.start) continue
    first ??= m
    if (end - m.nameSpan.end <= 2) last = m
  }
  const m = last ?? first
  if (!m) return null
  const src = fromMention(ctx, m, lastSpeaker, cue.start)
  if (src) return { ...src, guessed: true }
  const phrase = ctx.text.slice(m.start, m.nameSpan.end).replace(/[,.;:]+$/, '')
  const e = nominalSource(ctx, phrase, { start: m.start, end: m.start + phrase.length })
  return e === null ? null : { entity: e, name: ctx.entities[e]!.name, attribution: 'explicit', span: { start: m.start, end: m.start + phrase.length }, guessed: true }
}

/** The person or organisation named right at `pos` ("And from Chairwoman Y:"), whatever governs it. */
export function sourceAt(ctx: SpeechContext, pos: number, lastSpeaker: number | null): Source | null {
  const m = ctx.mentions.find((x) => x.start >= pos && x.start <= pos + 1 && x.kind !== 'title' && x.kind !== 'pronoun')
  return m ? fromMention(ctx, m, lastSpeaker, m.end) : null
}

/** The subject at the start of a clause, for participles ("..., saying") and sentences with no cue; `describe`: a
 * described subject ("A spokeswoman for X emailed reporters …, arguing") counts, which a colon introduction with no
 * cue leaves to its verb (nominalIntro). */
export function clauseSubject(ctx: SpeechContext, from: number, to: number, lastSpeaker: number | null, describe = true): Source | null {
  let start = from
  const lead = /^[\s,;:—–-]*/.exec(ctx.text.slice(from, to))?.[0].length ?? 0
  start += lead
  const intro = INTRO_RE.exec(ctx.text.slice(start, to))
  if (intro) start += intro[0].length
  const described = describe ? describedSubject(ctx, start, to, 'clause', lastSpeaker) : null
  if (described) return described
  const det = /^(?:the|a|an|der|die|das|ein|eine)\s+/i.exec(ctx.text.slice(start, to))
  const first = ctx.mentions.find((m) => m.start >= start && m.start < to)
  if (!first || first.start > start + 2 + (det ? det[0].length : 0)) return null
  if (!validSubject(ctx, first)) return null
  // the subject must be followed by a verb-ish word, not be part of a list
  const after = ctx.text.slice(Math.max(first.extEnd, first.end), to)
  if (/^\s*(?:,\s*)?(?:and|or)\b/.test(after)) return null
  if (first.kind === 'pronoun' && !PRONOUN_SPEAKERS.has(first.name.toLowerCase())) return null
  return fromMention(ctx, first, lastSpeaker, first.end)
}
