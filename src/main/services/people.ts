import { analyzeCached } from './analysisCache'
import type { Analysis } from '../../core/analysis/types'
import { similarity } from '../../core/anchor/approx'
import type { CrossFinding, PeopleResult, PersonQuote, PersonSummary } from '../../shared/ipc/areas/library'
import type { Db } from '../db/connection'
import type { QuoteRecord, QuoteRepo, StoredQuote } from '../db/people'
import type { StoryRepo } from '../db/stories'
import type { StoredVersion } from './library'

/** Lower case, no accents, words separated by one space: equal for the same words however they are typed. */
export function normalise(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
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

export interface PeopleDeps {
  db: Db
  quotes: QuoteRepo
  stories: StoryRepo
}

/** People across stories and the cross-story checks, over the quote index kept at import. */
export function createPeopleService(deps: PeopleDeps) {
  const { db, quotes } = deps

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
    const canon = canonicalKeys(rows.map((r) => r.key))
    const merged = new Map<string, PersonSummary & { storyIds: number }>()
    for (const r of rows) {
      const key = canon.get(r.key) ?? r.key
      const m = merged.get(key)
      const named = key === r.key
      if (!m) merged.set(key, { key, name: r.name, description: r.description, quotes: r.quotes, stories: r.stories, storyIds: 0 })
      else {
        m.quotes += r.quotes
        m.stories += r.stories
        if (named) m.name = r.name
        m.description ??= r.description
      }
    }
    const people = [...merged.values()].map(({ storyIds: _unused, ...p }) => p)
    people.sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name))
    return { people, canon }
  }

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
      return { people: summaries().people, pending: quotes.pendingCount() }
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
