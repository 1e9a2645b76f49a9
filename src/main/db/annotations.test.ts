import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../core/article/build'
import { editorRecord } from '../../test/records'
import { createAnnotationRepo } from './annotations'
import { openDatabase, type Db } from './connection'
import { createStoryRepo } from './stories'

const T0 = '2026-01-05T10:00:00.000Z'
const T1 = '2026-01-05T11:00:00.000Z'

/** A library with one story `s1` (version `v1`) and a second story `s2` (version `v2`). */
function library() {
  const db = openDatabase(':memory:')
  const stories = createStoryRepo(db)
  for (const [storyId, versionId] of [['s1', 'v1'], ['s2', 'v2']] as const) {
    const article = buildArticle({ format: 'text', headline: `Headline of ${storyId}`, paragraphs: ['First paragraph of the story.', 'Second paragraph.'] })
    db.transaction(() => {
      stories.insertStory({ id: storyId, agencyId: null, textHash: `hash-${storyId}`, format: 'text', importedAt: T0 })
      stories.addVersion({ id: versionId, storyId, number: 1, agencyVersion: null, contentHash: `c-${storyId}`, fileName: null, original: null, article, importedAt: T0 }, 0)
    })()
  }
  return { db, repo: createAnnotationRepo(db), stories }
}

const record = editorRecord

const column = (db: Db, sql: string, ...args: unknown[]) => db.prepare(sql).pluck().get(...args)

describe('annotation repository', () => {
  it('keeps every field an editor sets through an update: note, evidence, speaker, status, decision and the rest', () => {
    const { repo } = library()
    repo.upsert(record())
    const edited = record({
      kind: 'claim',
      start: 6,
      end: 15,
      selector: { exact: 'paragraph', prefix: 'First ', suffix: ' of the' },
      status: 'disputed',
      decision: 'accepted',
      speaker: 'Ana Ruiz',
      attribution: 'explicit',
      cue: 'said',
      note: 'Checked against the transcript',
      evidence: ['https://example.org/transcript', 'call notes 5 Jan'],
      suggestionId: 'sugg-1',
      anchor: 'moved',
      author: 'checker',
      updatedAt: T1,
    })
    repo.upsert(edited)
    expect(repo.get('a1')).toEqual(edited)
    expect(repo.listForVersion('s1', 'v1')).toEqual([edited])
  })

  it('clears a note and evidence that the editor removed', () => {
    const { repo } = library()
    repo.upsert(record({ note: 'first thought', evidence: ['a link'], speaker: 'Ana Ruiz', decision: 'rejected', status: 'verified' }))
    const cleared = record({ updatedAt: T1 })
    repo.upsert(cleared)
    expect(repo.get('a1')).toEqual(cleared)
  })

  it('never moves a record to another story, version or origin, nor changes when it was made, on an update', () => {
    const { repo } = library()
    repo.upsert(record())
    repo.upsert(record({ storyId: 's2', versionId: 'v2', origin: 'auto', createdAt: T1, updatedAt: T1, note: 'n' }))
    expect(repo.get('a1')).toMatchObject({ storyId: 's1', versionId: 'v1', origin: 'editor', createdAt: T0, updatedAt: T1, note: 'n' })
    expect(repo.listForVersion('s2', 'v2')).toEqual([])
  })

  it('lists one version by position (longer first at the same start, then id), and answers null for an unknown id', () => {
    const { repo } = library()
    const items = [
      record({ id: 'c', start: 6, end: 15 }),
      record({ id: 'b', start: 0, end: 5 }),
      record({ id: 'a', start: 0, end: 5 }),
      record({ id: 'long', start: 0, end: 15 }),
      record({ id: 'other', storyId: 's2', versionId: 'v2' }),
    ]
    repo.insertMany(items)
    expect(repo.listForVersion('s1', 'v1').map((a) => a.id)).toEqual(['long', 'a', 'b', 'c'])
    expect(repo.listForVersion('s2', 'v2').map((a) => a.id)).toEqual(['other'])
    expect(repo.listForVersion('s1', 'v2')).toEqual([])
    expect(repo.get('missing')).toBeNull()
  })

  it('inserts a batch all or nothing', () => {
    const { repo } = library()
    expect(() => repo.insertMany([record({ id: 'x1' }), record({ id: 'x2' }), record({ id: 'x1' })])).toThrow(/UNIQUE/)
    expect(repo.listForVersion('s1', 'v1')).toEqual([])
  })

  it('knows whether a version has suggestions (records of origin auto), not counting the editor\'s', () => {
    const { repo } = library()
    repo.upsert(record({ id: 'e' }))
    expect(repo.hasSuggestions('v1')).toBe(false)
    repo.insertMany([record({ id: 's', origin: 'auto' })])
    expect(repo.hasSuggestions('v1')).toBe(true)
    expect(repo.hasSuggestions('v2')).toBe(false)
  })

  it("deletes only the editor's records", () => {
    const { repo } = library()
    repo.insertMany([record({ id: 'auto', origin: 'auto' }), record({ id: 'mine' })])
    expect(repo.delete('auto')).toBe(false)
    expect(repo.delete('mine')).toBe(true)
    expect(repo.delete('mine')).toBe(false)
    expect(repo.listForVersion('s1', 'v1').map((a) => a.id)).toEqual(['auto'])
  })

  it("moves an annotation and the editor's decisions on it, within its story only, keeping the rest of each record", () => {
    const { repo } = library()
    repo.insertMany([
      record({ id: 'sugg', origin: 'auto' }),
      record({ id: 'decision', suggestionId: 'sugg', note: 'kept', decision: 'accepted' }),
      record({ id: 'auto-child', origin: 'auto', suggestionId: 'sugg' }),
      record({ id: 'elsewhere', storyId: 's2', versionId: 'v2', suggestionId: 'sugg' }),
    ])
    const to = { start: 6, end: 15, exact: 'paragraph', prefix: 'First ', suffix: ' of the', anchor: 'changed' as const }
    repo.moveAnchors('s1', [{ id: 'sugg', ...to }])
    const moved = { start: 6, end: 15, selector: { exact: 'paragraph', prefix: 'First ', suffix: ' of the' }, anchor: 'changed' }
    expect(repo.get('sugg')).toMatchObject(moved)
    expect(repo.get('decision')).toMatchObject({ ...moved, note: 'kept', decision: 'accepted' })
    expect(repo.get('auto-child')).toMatchObject({ start: 0, end: 5, anchor: 'exact' })
    expect(repo.get('elsewhere')).toMatchObject({ start: 0, end: 5, anchor: 'exact' })
    repo.moveAnchors('s2', [{ id: 'sugg', ...to, start: 1 }])
    expect(repo.get('sugg')).toMatchObject({ start: 6 })
  })

  it("reads a version's article for its own story only, and writes the edited text with headline and search index", () => {
    const { db, repo, stories } = library()
    expect(repo.versionArticle('s1', 'v1')?.headline).toBe('Headline of s1')
    expect(repo.versionArticle('s2', 'v1')).toBeNull()
    // Paragraphs without closing punctuation: the index must still see their words apart.
    const edited = buildArticle({ format: 'text', headline: 'Edited headline', paragraphs: ['A zebra crossed', 'Then it left'] })
    repo.writeVersion('s1', 'v1', edited, T1)
    expect(repo.versionArticle('s1', 'v1')).toEqual(edited)
    expect(column(db, `SELECT text FROM story_version WHERE id = ?`, 'v1')).toBe(edited.text)
    expect(stories.get('s1')).toMatchObject({ headline: 'Edited headline', updatedAt: T1 })
    expect(stories.get('s2')).toMatchObject({ headline: 'Headline of s2' })
    expect(db.prepare(`SELECT story_id FROM story_fts WHERE story_fts MATCH 'zebra'`).pluck().all()).toEqual(['s1'])
    expect(db.prepare(`SELECT story_id FROM story_fts WHERE story_fts MATCH 'edited'`).pluck().all()).toEqual(['s1'])
    expect(db.prepare(`SELECT story_id FROM story_fts WHERE story_fts MATCH 'then'`).pluck().all()).toEqual(['s1'])
    repo.setOpenFindings('s1', 7)
    expect(column(db, `SELECT open_findings FROM story WHERE id = ?`, 's1')).toBe(7)
    expect(column(db, `SELECT open_findings FROM story WHERE id = ?`, 's2')).toBe(0)
  })

  it('dismisses a finding once per key (a second dismissal replaces the reason), lists them by time, and restores one', () => {
    const { db, repo } = library()
    repo.dismiss('s1', 'k2', 'not a claim', 'desk', T1)
    repo.dismiss('s1', 'k1', 'checked', 'desk', T0)
    repo.dismiss('s1', 'k0', 'same time', 'desk', T1)
    repo.dismiss('s2', 'k9', 'other story', 'desk', T0)
    expect(repo.dismissed('s1')).toEqual([
      { key: 'k1', reason: 'checked', at: T0, by: 'desk' },
      { key: 'k0', reason: 'same time', at: T1, by: 'desk' },
      { key: 'k2', reason: 'not a claim', at: T1, by: 'desk' },
    ])
    repo.dismiss('s1', 'k1', 'checked twice', 'chief', T1)
    expect(repo.dismissed('s1').find((d) => d.key === 'k1')).toEqual({ key: 'k1', reason: 'checked twice', at: T1, by: 'chief' })
    expect(column(db, `SELECT actor FROM dismissed_finding WHERE story_id = ? AND key = ?`, 's1', 'k1')).toBe('chief')
    expect(repo.restore('s1', 'k1')).toBe(true)
    expect(repo.restore('s1', 'k1')).toBe(false)
    expect(repo.restore('s1', 'k9')).toBe(false)
    expect(repo.dismissed('s1').map((d) => d.key)).toEqual(['k0', 'k2'])
    expect(repo.dismissed('s2').map((d) => d.key)).toEqual(['k9'])
  })
})
