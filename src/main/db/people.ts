import type { PersonQuote } from '../../shared/dto/library'
import type { Db } from './connection'

/** One quote of a story's latest version, as the analysis found it, with its keys for cross-story checks. */
export interface QuoteRecord {
  storyId: string
  versionId: string
  start: number
  end: number
  text: string
  /** Lower case words without punctuation: equal for the same quote in two stories */
  norm: string
  /** The first and last four words of norm: where near-duplicates are looked for */
  head: string
  tail: string
  speaker: string | null
  speakerKey: string | null
  description: string | null
  attribution: string
}

interface QuoteRow {
  id: number
  story_id: string
  version_id: string
  start: number
  end: number
  text: string
  norm: string
  speaker: string | null
  speaker_key: string | null
  attribution: string
  headline: string | null
  source: string | null
}

export interface StoredQuote extends PersonQuote {
  id: number
  versionId: string
  norm: string
  speaker: string | null
  speakerKey: string | null
}

const toQuote = (r: QuoteRow): StoredQuote => ({
  id: r.id,
  storyId: r.story_id,
  versionId: r.version_id,
  headline: r.headline,
  source: r.source,
  start: r.start,
  end: r.end,
  text: r.text,
  norm: r.norm,
  speaker: r.speaker,
  speakerKey: r.speaker_key,
  attribution: r.attribution,
})

const WITH_STORY = `SELECT q.id, q.story_id, q.version_id, q.start, q."end", q.text, q.norm, q.speaker, q.speaker_key, q.attribution,
  s.headline, s.source FROM quote q JOIN story s ON s.id = q.story_id`

/** The quote index: the quotes of each story's latest version, kept at import, for people and cross-story checks. */
export function createQuoteRepo(db: Db) {
  const deleteOf = db.prepare<[string]>(`DELETE FROM quote WHERE story_id = ?`)
  const insert = db.prepare(
    `INSERT INTO quote (story_id, version_id, start, "end", text, norm, head, tail, speaker, speaker_key, description, attribution)
     VALUES (@storyId, @versionId, @start, @end, @text, @norm, @head, @tail, @speaker, @speakerKey, @description, @attribution)`,
  )
  const markIndexed = db.prepare(
    `INSERT INTO quote_indexed (story_id, version_id) VALUES (?, ?) ON CONFLICT(story_id) DO UPDATE SET version_id = excluded.version_id`,
  )
  const ofStory = db.prepare<[string], QuoteRow>(`${WITH_STORY} WHERE q.story_id = ? ORDER BY q.start`)
  const pending = db.prepare<[number], { story_id: string; version_id: string }>(
    `SELECT s.id AS story_id, s.latest_version_id AS version_id FROM story s LEFT JOIN quote_indexed i ON i.story_id = s.id
     WHERE s.latest_version_id IS NOT NULL AND (i.version_id IS NULL OR i.version_id <> s.latest_version_id) LIMIT ?`,
  )
  const pendingCount = db.prepare<[], { n: number }>(
    `SELECT count(*) AS n FROM story s LEFT JOIN quote_indexed i ON i.story_id = s.id
     WHERE s.latest_version_id IS NOT NULL AND (i.version_id IS NULL OR i.version_id <> s.latest_version_id)`,
  )
  const speakers = db.prepare<[], { key: string; name: string; description: string | null; quotes: number; stories: number }>(
    `SELECT speaker_key AS key, max(speaker) AS name, max(description) AS description, count(*) AS quotes,
            count(DISTINCT story_id) AS stories
     FROM quote WHERE speaker_key IS NOT NULL GROUP BY speaker_key`,
  )
  const bySpeakers = db.prepare<[string], QuoteRow>(
    `${WITH_STORY} WHERE q.speaker_key IN (SELECT value FROM json_each(?)) ORDER BY s.imported_at DESC, q.story_id, q.start`,
  )
  const sameNorm = db.prepare<[number, number], { norm: string }>(
    `SELECT norm FROM quote WHERE speaker_key IS NOT NULL AND length(norm) >= ?
     GROUP BY norm HAVING count(DISTINCT speaker_key) > 1 AND count(DISTINCT story_id) > 1 LIMIT ?`,
  )
  const byNorm = db.prepare<[string], QuoteRow>(`${WITH_STORY} WHERE q.norm = ? ORDER BY s.imported_at, q.id`)
  const nearPairs = db.prepare<[number], { a: number; b: number }>(
    `SELECT a.id AS a, b.id AS b FROM quote a JOIN quote b ON b.head = a.head AND b.id > a.id
       WHERE a.norm <> b.norm AND a.story_id <> b.story_id
     UNION
     SELECT a.id, b.id FROM quote a JOIN quote b ON b.tail = a.tail AND b.id > a.id
       WHERE a.norm <> b.norm AND a.story_id <> b.story_id
     LIMIT ?`,
  )
  const one = db.prepare<[number], QuoteRow>(`${WITH_STORY} WHERE q.id = ?`)
  const insertRevision = db.prepare(
    `INSERT INTO quote_revision (story_id, old_version_id, new_version_id, speaker, old_text, new_text, similarity)
     VALUES (@storyId, @oldVersionId, @newVersionId, @speaker, @oldText, @newText, @similarity)`,
  )
  const revisions = db.prepare<
    [number],
    { story_id: string; old_version_id: string; new_version_id: string; speaker: string | null; old_text: string; new_text: string; headline: string | null; source: string | null }
  >(
    `SELECT r.story_id, r.old_version_id, r.new_version_id, r.speaker, r.old_text, r.new_text, s.headline, s.source
     FROM quote_revision r JOIN story s ON s.id = r.story_id ORDER BY r.id DESC LIMIT ?`,
  )

  return {
    /** Replaces the story's quotes by those of its newest version; call inside the import's transaction. */
    replaceForStory(storyId: string, versionId: string, quotes: readonly QuoteRecord[]) {
      deleteOf.run(storyId)
      for (const q of quotes) insert.run(q)
      markIndexed.run(storyId, versionId)
    },
    ofStory: (storyId: string) => ofStory.all(storyId).map(toQuote),
    pending: (limit: number) => pending.all(limit).map((r) => ({ storyId: r.story_id, versionId: r.version_id })),
    pendingCount: () => pendingCount.get()?.n ?? 0,
    speakers: () => speakers.all(),
    bySpeakers: (keys: readonly string[]) => bySpeakers.all(JSON.stringify(keys)).map(toQuote),
    /** Normalised quotes of at least `minLength` characters given to more than one speaker in more than one story */
    sharedQuotes: (minLength: number, limit: number) => sameNorm.all(minLength, limit).map((r) => r.norm),
    byNorm: (norm: string) => byNorm.all(norm).map(toQuote),
    /** Pairs of quotes in different stories that begin or end with the same four words but differ */
    nearPairs: (limit: number) => nearPairs.all(limit),
    get: (id: number) => {
      const r = one.get(id)
      return r ? toQuote(r) : null
    },
    addRevision: (r: { storyId: string; oldVersionId: string; newVersionId: string; speaker: string | null; oldText: string; newText: string; similarity: number }) =>
      insertRevision.run(r),
    revisions: (limit: number) => revisions.all(limit),
  }
}

export type QuoteRepo = ReturnType<typeof createQuoteRepo>

/** A person merged by hand into another, by their keys across stories. */
export interface PersonMerge {
  key: string
  intoKey: string
  actor: string
  at: string
}

/** The people an editor merged by hand (migration 5's person_merge): remembered across stories, undone by deleting. */
export function createPersonMergeRepo(db: Db) {
  const all = db.prepare<[], { key: string; into_key: string; actor: string; at: string }>(
    `SELECT key, into_key, actor, at FROM person_merge ORDER BY at, key`,
  )
  const upsert = db.prepare(
    `INSERT INTO person_merge (key, into_key, actor, at) VALUES (@key, @intoKey, @actor, @at)
     ON CONFLICT(key) DO UPDATE SET into_key = excluded.into_key, actor = excluded.actor, at = excluded.at`,
  )
  const remove = db.prepare<[string]>(`DELETE FROM person_merge WHERE key = ?`)
  return {
    all: (): PersonMerge[] => all.all().map((r) => ({ key: r.key, intoKey: r.into_key, actor: r.actor, at: r.at })),
    merge: (m: PersonMerge) => void upsert.run(m),
    /** False when the key was not merged by hand. */
    unmerge: (key: string): boolean => remove.run(key).changes > 0,
  }
}

export type PersonMergeRepo = ReturnType<typeof createPersonMergeRepo>
