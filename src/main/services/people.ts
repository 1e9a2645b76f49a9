import { analyzeCached } from './analysisCache'
import type { Analysis } from '../../core/analysis/types'
import { similarity } from '../../core/anchor/approx'
import type { CrossFinding, PeopleResult, PersonQuote, PersonSummary } from '../../shared/dto/library'
import { AppError } from '../../shared/ipc/result'
import type { Db } from '../db/connection'
import type { EventLog } from '../db/events'
import { createPersonMergeRepo, type PersonMerge, type QuoteRecord, type QuoteRepo, type StoredQuote } from '../db/people'
import type { StoryRepo } from '../db/stories'
import type { StoredVersion } from './library'
import { nameFoldKey, withoutTitles } from './peopleNames'
import { foldCase } from '../../core/language/fold'

/** Lower case, no accents, words separated by one space: equal for the same words however they are typed. */
export function normalise(text: string): string {
  return foldCase(text)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
}

const EDGE_WORDS = 4
/** Quotes shorter than this (in normalised characters) are too common to say "the same quote" about. */
const MIN_SHARED_LENGTH = 20
/** Two quotes this similar, but not equal, are one quote whose wording changed. */
const NEAR = 0.6

/** The quote records of one analysed version: the speaker's key only for named people and organisations. */
export function quoteRecords(storyId: string, versionId: string, analysis: Analysis): QuoteRecord[] {
  const people = new Map(analysis.people.map((p) => [p.id, p]))
  return analysis.quotes.map((q) => {
    const person = q.speakerId ? people.get(q.speakerId) : undefined
    const named = person ? person.kind !== 'unnamed' : q.speaker !== null
    const norm = normalise(q.text)
    const words = norm.split(' ')
    return {
      storyId,
      versionId,
      start: q.start,
      end: q.end,
      text: q.text,
      norm,
      head: words.slice(0, EDGE_WORDS).join(' '),
      tail: words.slice(-EDGE_WORDS).join(' '),
      speaker: q.speaker,
      speakerKey: q.speaker && named ? normalise(q.speaker) || null : null,
      description: person?.description ?? null,
      attribution: q.attribution,
    }
  })
}

/**
 * One key per person across stories: a one-word key ("putin") joins the only longer key that ends with it
 * ("vladimir putin"); when several do ("ivanka trump", "donald trump"), it stays on its own.
 */
export function canonicalKeys(keys: readonly string[]): Map<string, string> {
  const byLast = new Map<string, string[]>()
  for (const k of keys) {
    const words = k.split(' ')
    if (words.length < 2) continue
    const last = words[words.length - 1] as string
    byLast.set(last, [...(byLast.get(last) ?? []), k])
  }
  const out = new Map<string, string>()
  for (const k of keys) {
    const full = k.includes(' ') ? undefined : byLast.get(k)
    out.set(k, full && full.length === 1 ? (full[0] as string) : k)
  }
  return out
}

/** A speaker key of the quote index with its printed name and how often it is quoted. */
interface SpeakerRow {
  key: string
  name: string
  quotes: number
}

/**
 * The person each speaker key belongs to, before any merge by hand: keys whose names fold to one (titles, accents and
 * transliteration aside: "Präsident Wladimir Petrov", "Vladimir Petrov") are one person, and a surname alone joins the
 * only full name that ends with it. The person's key is the key of its most quoted spelling.
 */
export function foldedKeys(rows: readonly SpeakerRow[], fold: (name: string) => string = nameFoldKey): Map<string, string> {
  const foldOf = new Map<SpeakerRow, string>()
  const byFold = new Map<string, SpeakerRow[]>()
  for (const r of rows) {
    const f = fold(r.name) || r.key
    foldOf.set(r, f)
    const same = byFold.get(f)
    if (same) same.push(r)
    else byFold.set(f, [r])
  }
  const canonFold = canonicalKeys([...byFold.keys()])
  const groups = new Map<string, SpeakerRow[]>()
  for (const [f, members] of byFold) {
    const c = canonFold.get(f) ?? f
    const group = groups.get(c)
    if (group) group.push(...members)
    else groups.set(c, [...members])
  }
  const out = new Map<string, string>()
  for (const [c, members] of groups) {
    // The full name's spellings lead: one printed without a title first, then the most quoted, then the first in
    // order (for a stable key).
    const full = members.filter((m) => foldOf.get(m) === c)
    const titled = (m: SpeakerRow) => (withoutTitles(m.name).length < m.name.split(/\s+/).length ? 1 : 0)
    const candidates = full.length ? full : members
    const lead = candidates.length === 1 ? candidates[0]! : [...candidates].sort((a, b) => titled(a) - titled(b) || b.quotes - a.quotes || a.key.localeCompare(b.key))[0]!
    for (const m of members) out.set(m.key, lead.key)
  }
  return out
}

/**
 * Applies the merges by hand on top of the folded keys: a key merged into another goes where that one goes, and so
 * on (a cycle stops where it would repeat). A merge names a person's key at the time it was made, which may since
 * have become a spelling of another person's key: both the key and its person are looked up.
 */
export function withMerges(folded: ReadonlyMap<string, string>, merges: readonly PersonMerge[]): Map<string, string> {
  const into = new Map(merges.map((m) => [m.key, m.intoKey]))
  const out = new Map<string, string>()
  for (const [key, person] of folded) {
    let at = person
    const seen = new Set<string>()
    let next = into.get(key) ?? into.get(at)
    while (next !== undefined && !seen.has(at)) {
      seen.add(at)
      at = folded.get(next) ?? next
      next = into.get(at)
    }
    out.set(key, at)
  }
  return out
}

export interface PeopleDeps {
  db: Db
  quotes: QuoteRepo
  stories: StoryRepo
  /** For the audit trail of merges by hand */
  events?: EventLog
  actor?: string
  now?: () => string
}

/** People across stories and the cross-story checks, over the quote index kept at import. */
export function createPeopleService(deps: PeopleDeps) {
  const { db, quotes } = deps
  const merges = createPersonMergeRepo(db)
  const now = deps.now ?? (() => new Date().toISOString())
  // A printed name always folds the same way: each is folded once for the service's life (the list is re-read often).
  const folds = new Map<string, string>()
  const fold = (name: string): string => {
    let f = folds.get(name)
    if (f === undefined) {
      f = nameFoldKey(name)
      folds.set(name, f)
    }
    return f
  }

  /** Keeps the index at the story's newest version; a changed wording of a quote is recorded as a revision. */
  function indexVersion(v: Pick<StoredVersion, 'storyId' | 'versionId' | 'previousVersionId' | 'analysis'>): void {
    const next = quoteRecords(v.storyId, v.versionId, v.analysis)
    if (v.previousVersionId) {
      const before = quotes.ofStory(v.storyId)
      const nextNorms = new Set(next.map((q) => q.norm))
      for (const old of before) {
        if (nextNorms.has(old.norm) || old.norm.length < MIN_SHARED_LENGTH / 2) continue
        let best: { q: QuoteRecord; sim: number } | null = null
        for (const q of next) {
          const sim = similarity(old.norm, q.norm)
          if (!best || sim > best.sim) best = { q, sim }
        }
        if (best && best.sim >= NEAR) {
          quotes.addRevision({
            storyId: v.storyId,
            oldVersionId: old.versionId,
            newVersionId: v.versionId,
            speaker: best.q.speaker ?? old.speaker,
            oldText: old.text,
            newText: best.q.text,
            similarity: best.sim,
          })
        }
      }
    }
    quotes.replaceForStory(v.storyId, v.versionId, next)
  }

  /** Indexes up to `max` stories imported before the index existed (or by an older Wiremark). */
  const indexPending: (max: number) => number = db.transaction((max: number): number => {
    const todo = quotes.pending(max)
    for (const t of todo) {
      const version = deps.stories.latestVersion(t.storyId)
      if (!version) continue
      indexVersion({ storyId: t.storyId, versionId: version.id, previousVersionId: null, analysis: analyzeCached(version.article) })
    }
    return todo.length
  })

  const summaries = (): { people: PersonSummary[]; canon: Map<string, string> } => {
    const rows = quotes.speakers()
    const folded = foldedKeys(rows, fold)
    const done = merges.all()
    const canon = withMerges(folded, done)
    const byKey = new Map(rows.map((r) => [r.key, r]))
    const merged = new Map<string, PersonSummary>()
    for (const r of rows) {
      const key = canon.get(r.key) ?? r.key
      const m = merged.get(key)
      const lead = byKey.get(key)
      if (!m) {
        merged.set(key, {
          key,
          name: lead?.name ?? r.name,
          description: lead?.description ?? r.description,
          quotes: r.quotes,
          stories: r.stories,
          aliases: [],
          merged: [],
        })
      } else {
        m.quotes += r.quotes
        m.stories += r.stories
        m.description ??= r.description
      }
    }
    for (const r of rows) {
      // Spellings folded in automatically are aliases; people merged by hand are listed as merges (each can be undone).
      const p = merged.get(canon.get(r.key) ?? r.key)
      if (p && r.key !== p.key && folded.get(r.key) === p.key && r.name !== p.name && !p.aliases.includes(r.name)) p.aliases.push(r.name)
    }
    for (const m of done) {
      const p = merged.get(canon.get(m.key) ?? m.key)
      const own = byKey.get(m.key)
      if (p && own && p.key !== m.key) p.merged.push({ key: m.key, name: own.name })
    }
    const people = [...merged.values()]
    people.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name))
    return { people, canon }
  }

  /** Every quoted person, most quoted first, without indexing more stories. */
  const current = (): PeopleResult => ({ people: summaries().people, pending: quotes.pendingCount() })

  const keysOf = (key: string, canon: Map<string, string>) => [...canon].filter(([, c]) => c === key).map(([k]) => k)
  const asPersonQuote = (q: StoredQuote): PersonQuote => ({
    storyId: q.storyId,
    headline: q.headline,
    source: q.source,
    start: q.start,
    end: q.end,
    text: q.text,
    attribution: q.attribution,
  })
  const asFindingQuote = (q: StoredQuote) => ({ ...asPersonQuote(q), speaker: q.speaker, versionId: q.versionId })

  return {
    indexVersion,
    indexPending,

    /** Every quoted person, most quoted first. Indexes a batch of older stories first (`batch`, default 100). */
    people(batch = 100): PeopleResult {
      indexPending(batch)
      return current()
    },

    /**
     * Merges the person with key `from` into the person with key `into` (whose name is kept), for every story, now
     * and later. Both must be people of the list; merging a person with themselves is refused.
     */
    merge(from: string, into: string): PeopleResult {
      const { canon } = summaries()
      const a = canon.get(from)
      const b = canon.get(into)
      if (a === undefined) throw new AppError('not_found', `No quoted person with key "${from}" in this library.`)
      if (b === undefined) throw new AppError('not_found', `No quoted person with key "${into}" in this library.`)
      if (a === b) throw new AppError('conflict', `"${from}" and "${into}" are already one person.`)
      const actor = deps.actor ?? 'editor'
      db.transaction(() => {
        merges.merge({ key: a, intoKey: b, actor, at: now() })
        deps.events?.append({ actor, action: 'person.merge', subjectId: a, detail: { into: b } })
      })()
      return current()
    },

    /** Undoes a merge by hand: the person with this key stands on their own again. */
    unmerge(key: string): PeopleResult {
      const actor = deps.actor ?? 'editor'
      const undone = db.transaction(() => {
        const ok = merges.unmerge(key)
        if (ok) deps.events?.append({ actor, action: 'person.unmerge', subjectId: key })
        return ok
      })()
      if (!undone) throw new AppError('not_found', `"${key}" was not merged into anyone by hand.`)
      return current()
    },

    person(key: string): { person: PersonSummary | null; quotes: PersonQuote[] } {
      const { people, canon } = summaries()
      const canonical = canon.get(key) ?? key
      const person = people.find((p) => p.key === canonical) ?? null
      if (!person) return { person: null, quotes: [] }
      // Stories sharing one quote report it once per story (the story count counts the story once too).
      return { person, quotes: quotes.bySpeakers(keysOf(canonical, canon)).map(asPersonQuote) }
    },

    /**
     * The cross-story checks: the same quote given to different people in two stories, and a quote whose wording
     * differs between two stories (same speaker, or begins or ends alike) or between two versions of one story.
     */
    crossFindings(limit = 200): CrossFinding[] {
      const { canon } = summaries()
      const person = (q: StoredQuote) => (q.speakerKey ? (canon.get(q.speakerKey) ?? q.speakerKey) : null)
      const out: CrossFinding[] = []
      for (const norm of quotes.sharedQuotes(MIN_SHARED_LENGTH, limit)) {
        const all = quotes.byNorm(norm).filter((q) => q.speakerKey)
        const speakers = new Set(all.map(person))
        if (speakers.size < 2) continue
        const firstOfEach = [...new Map(all.map((q) => [person(q), q])).values()]
        out.push({
          rule: 'quote-speaker-conflict',
          message: `The same quote is given to ${firstOfEach.map((q) => q.speaker).join(' and ')} in different stories.`,
          quotes: firstOfEach.map(asFindingQuote),
        })
      }
      for (const pair of quotes.nearPairs(limit * 4)) {
        if (out.length >= limit) break
        const a = quotes.get(pair.a)
        const b = quotes.get(pair.b)
        if (!a || !b) continue
        const sim = similarity(a.norm, b.norm)
        if (sim < NEAR) continue
        const same = person(a) && person(a) === person(b)
        out.push({
          rule: 'quote-wording-changed',
          message: same
            ? `${a.speaker} is quoted in different words in two stories.`
            : `A quote reads differently in two stories${a.speaker || b.speaker ? ` (${[a.speaker, b.speaker].filter(Boolean).join(' / ')})` : ''}.`,
          quotes: [asFindingQuote(a), asFindingQuote(b)],
        })
      }
      for (const r of quotes.revisions(limit)) {
        if (out.length >= limit) break
        const common = { storyId: r.story_id, headline: r.headline, source: r.source, start: 0, end: 0, attribution: 'explicit', speaker: r.speaker }
        out.push({
          rule: 'quote-wording-changed',
          message: `A quote${r.speaker ? ` by ${r.speaker}` : ''} changed its wording between versions of the story.`,
          quotes: [
            { ...common, text: r.old_text, versionId: r.old_version_id },
            { ...common, text: r.new_text, versionId: r.new_version_id },
          ],
        })
      }
      return out.slice(0, limit)
    },
  }
}

export type PeopleService = ReturnType<typeof createPeopleService>
