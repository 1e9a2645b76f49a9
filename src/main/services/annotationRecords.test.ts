import { describe, expect, it } from 'vitest'
import { buildArticle } from '../../core/article/build'
import type { Article } from '../../core/article/types'
import type { AnnotationInput } from '../../shared/dto/annotations'
import { AppError } from '../../shared/ipc/result'
import { editorRecord } from '../../test/records'
import { createAnnotationRepo } from '../db/annotations'
import { openDatabase } from '../db/connection'
import { createEventLog } from '../db/events'
import { createStoryRepo } from '../db/stories'
import { createAnnotationService } from './annotations'

const PARAGRAPHS = [
  'LONDON (Reuters) - The finance minister said on Monday the budget would cut defence spending by 3 percent.',
  '"We will not borrow more," she said. Lawmakers debated the budget late into the night.',
]

/** The service over an in-memory library with two stories of the same text (s1/v1, s2/v2), and a settable clock. */
function desk() {
  const db = openDatabase(':memory:')
  const stories = createStoryRepo(db)
  const article = buildArticle({ format: 'text', headline: 'Minister unveils budget', paragraphs: PARAGRAPHS })
  db.transaction(() => {
    for (const n of [1, 2]) {
      stories.insertStory({ id: `s${n}`, agencyId: null, textHash: `h${n}`, format: 'text', importedAt: 'T0' })
      stories.addVersion({ id: `v${n}`, storyId: `s${n}`, number: 1, agencyVersion: null, contentHash: `c${n}`, fileName: null, original: null, article, importedAt: 'T0' }, 0)
    }
  })()
  const clock = { now: '2026-01-05T10:00:00.000Z' }
  const service = createAnnotationService({ db, stories, annotations: createAnnotationRepo(db), events: createEventLog(db), actor: 'Ana Ruiz', now: () => clock.now })
  const events = () =>
    db.prepare(`SELECT actor, action, story_id AS storyId, subject_id AS subjectId, detail FROM event ORDER BY id`).all() as
      { actor: string; action: string; storyId: string | null; subjectId: string | null; detail: string }[]
  const openFindings = () => db.prepare(`SELECT open_findings FROM story WHERE id = 's1'`).pluck().get() as number
  return { db, service, clock, events, openFindings, article }
}

function appError(f: () => unknown): AppError {
  try {
    f()
  } catch (e) {
    if (e instanceof AppError) return e
    throw e
  }
  throw new Error('expected an AppError')
}

const input = (article: { text: string }, over: Partial<AnnotationInput> = {}): AnnotationInput => {
  const exact = 'We will not borrow more'
  const start = article.text.indexOf(exact)
  const { author: _a, createdAt: _c, updatedAt: _u, ...rest } = editorRecord({ id: 'mine-1', start, end: start + exact.length, selector: { exact, prefix: '', suffix: '' } })
  return { ...rest, ...over }
}

describe('annotation service: the records an editor saves', () => {
  it('saves a new record with its author and time, and an update keeps when it was made', () => {
    const { service, clock, events, article } = desk()
    const first = service.save(input(article, { note: 'Call the ministry' }))
    expect(first).toMatchObject({ author: 'Ana Ruiz', createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T10:00:00.000Z', note: 'Call the ministry' })
    clock.now = '2026-01-05T11:00:00.000Z'
    const second = service.save(input(article, {
      note: 'Checked against the transcript',
      evidence: ['https://example.org/transcript'],
      speaker: 'Finance minister',
      status: 'verified',
      decision: 'accepted',
    }))
    expect(second).toMatchObject({ createdAt: '2026-01-05T10:00:00.000Z', updatedAt: '2026-01-05T11:00:00.000Z' })
    const stored = service.list('s1').annotations.find((a) => a.id === 'mine-1')
    expect(stored).toEqual(second)
    expect(stored).toMatchObject({ note: 'Checked against the transcript', evidence: ['https://example.org/transcript'], speaker: 'Finance minister', status: 'verified', decision: 'accepted' })
    const log = events().filter((e) => e.subjectId === 'mine-1')
    expect(log.map((e) => [e.actor, e.action, e.storyId])).toEqual([
      ['Ana Ruiz', 'annotation.create', 's1'],
      ['Ana Ruiz', 'annotation.update', 's1'],
    ])
    expect(JSON.parse(log[1]!.detail)).toEqual({ kind: 'quote', decision: 'accepted', status: 'verified', speaker: 'Finance minister', suggestionId: null })
  })

  it('refuses a record for an unknown story, an older version, or another story\'s record id', () => {
    const { service, article } = desk()
    expect(appError(() => service.save(input(article, { storyId: 'nope' })))).toMatchObject({ code: 'not_found', message: 'No story with id nope in this library.' })
    expect(appError(() => service.save(input(article, { versionId: 'v0' })))).toMatchObject({ code: 'conflict', message: 'This annotation belongs to an older version of the story.' })
    const suggestion = service.list('s1').annotations[0]!
    const e = appError(() => service.save(input(article, { id: suggestion.id })))
    expect(e).toMatchObject({ code: 'conflict', message: 'A suggestion is never changed; save the decision as a record of its own.' })
    service.save(input(article, { id: 'theirs', storyId: 's2', versionId: 'v2' }))
    expect(appError(() => service.save(input(article, { id: 'theirs' }))).code).toBe('conflict')
    expect(service.list('s2').annotations.find((a) => a.id === 'theirs')?.storyId).toBe('s2')
  })

  it('takes a decision only on a suggestion of the same story', () => {
    const { service, article } = desk()
    const suggestion = service.list('s1').annotations.find((a) => a.origin === 'auto')!
    const decided = service.save(input(article, { id: 'd1', suggestionId: suggestion.id, decision: 'rejected' }))
    expect(decided).toMatchObject({ suggestionId: suggestion.id, decision: 'rejected' })
    service.save(input(article, { id: 'mine-2' }))
    const onMine = appError(() => service.save(input(article, { id: 'd2', suggestionId: 'mine-2' })))
    expect(onMine).toMatchObject({ code: 'not_found', message: 'No suggestion mine-2 in this story.' })
    expect(appError(() => service.save(input(article, { id: 'd3', suggestionId: 'ghost' }))).code).toBe('not_found')
    const elsewhere = service.list('s2').annotations.find((a) => a.origin === 'auto')!
    expect(appError(() => service.save(input(article, { id: 'd4', suggestionId: elsewhere.id }))).code).toBe('not_found')
  })

  it('recounts the open findings after each change, in the same transaction', () => {
    const { service, article, openFindings } = desk()
    const claim = service.list('s1').annotations.find((a) => a.kind === 'claim')
    expect(claim?.kind).toBe('claim')
    service.save(input(article, { id: 'neutral' }))
    const before = openFindings()
    expect(before).toBeGreaterThan(0)
    service.save(input(article, { ...claim!, id: 'c1', origin: 'editor', suggestionId: claim!.id, status: 'disputed', note: 'The ministry denies it' }))
    expect(openFindings()).toBe(before + 1)
    expect(service.delete('c1')).toEqual({ deleted: true })
    expect(openFindings()).toBe(before)
  })

  it("deletes an editor's record and logs it, answers false for an unknown one, and never deletes a suggestion", () => {
    const { service, article, events } = desk()
    service.save(input(article))
    expect(service.delete('mine-1')).toEqual({ deleted: true })
    expect(service.list('s1').annotations.some((a) => a.id === 'mine-1')).toBe(false)
    expect(events().at(-1)).toMatchObject({ action: 'annotation.delete', storyId: 's1', subjectId: 'mine-1', detail: '{"kind":"quote"}' })
    const logged = events().length
    expect(service.delete('mine-1')).toEqual({ deleted: false })
    expect(events()).toHaveLength(logged)
    const suggestion = service.list('s1').annotations[0]!
    expect(appError(() => service.delete(suggestion.id))).toMatchObject({
      code: 'conflict',
      message: 'A suggestion is never deleted while its words are in the text; reject it instead.',
    })
  })

  it('deletes a suggestion only once an edit of the text has orphaned it, with the decision on it', () => {
    const { service, article } = desk()
    const suggestion = service.list('s1').annotations[0]!
    service.save({ ...input(article), id: 'decision-1', suggestionId: suggestion.id, decision: 'accepted' })
    const { start, end, selector } = suggestion
    service.saveDocument({
      storyId: 's1',
      versionId: suggestion.versionId,
      blocks: article.blocks.map((b) => ({ kind: b.kind, text: article.text.slice(b.start, b.end) })),
      anchors: [{ id: suggestion.id, start, end: start, ...selector, anchor: 'orphaned' }],
      countFindings: false,
    })
    void end
    expect(service.delete(suggestion.id)).toEqual({ deleted: true })
    const left = service.list('s1').annotations.map((a) => a.id)
    expect(left).not.toContain(suggestion.id)
    expect(left).not.toContain('decision-1')
  })

  it('dismisses a finding with the time, logs it, and restores it once', () => {
    const { service, clock, events } = desk()
    clock.now = '2026-01-06T09:00:00.000Z'
    expect(service.dismissFinding('s1', 'no-dateline|x', 'aggregator copy')).toEqual({ key: 'no-dateline|x', reason: 'aggregator copy', at: '2026-01-06T09:00:00.000Z', by: 'Ana Ruiz' })
    expect(events().at(-1)).toMatchObject({ actor: 'Ana Ruiz', action: 'finding.dismiss', storyId: 's1', subjectId: null, detail: '{"key":"no-dateline|x","reason":"aggregator copy"}' })
    expect(service.list('s1').dismissed).toEqual([{ key: 'no-dateline|x', reason: 'aggregator copy', at: '2026-01-06T09:00:00.000Z', by: 'Ana Ruiz' }])
    expect(service.restoreFinding('s1', 'no-dateline|x')).toEqual({ restored: true })
    expect(events().at(-1)).toMatchObject({ action: 'finding.restore', detail: '{"key":"no-dateline|x"}' })
    const logged = events().length
    expect(service.restoreFinding('s1', 'no-dateline|x')).toEqual({ restored: false })
    expect(events()).toHaveLength(logged)
    expect(appError(() => service.dismissFinding('nope', 'k', 'r')).code).toBe('not_found')
  })
})

describe('annotation service: saving the edited text', () => {
  const blocksOf = (article: Article) => article.blocks.map((b) => ({ kind: b.kind, text: b.text }))

  it('saves at the time it says, moves the anchors, and takes an anchor that ends at the end of the text', () => {
    const { service, clock, article } = desk()
    const { versionId, annotations } = service.list('s1')
    clock.now = '2026-01-05T12:00:00.000Z'
    const text = article.text
    const a = annotations[0]!
    const last = { id: a.id, start: text.length - 6, end: text.length, exact: text.slice(-6), prefix: '', suffix: '', anchor: 'changed' as const }
    const r = service.saveDocument({ storyId: 's1', versionId, blocks: blocksOf(article), anchors: [last] })
    expect(r.savedAt).toBe('2026-01-05T12:00:00.000Z')
    expect(typeof r.openFindings).toBe('number')
    expect(service.list('s1').annotations.find((x) => x.id === a.id)).toMatchObject({ start: text.length - 6, end: text.length, anchor: 'changed' })
    // An orphan is an empty range: start === end fits.
    const orphan = { ...last, start: 10, end: 10, exact: '', anchor: 'orphaned' as const }
    service.saveDocument({ storyId: 's1', versionId, blocks: blocksOf(article), anchors: [orphan] })
    expect(service.list('s1').annotations.find((x) => x.id === a.id)).toMatchObject({ start: 10, end: 10, anchor: 'orphaned' })
  })

  it('refuses an anchor past the end or reversed, and a stale version, saving nothing', () => {
    const { service, article } = desk()
    const { versionId, annotations } = service.list('s1')
    const a = annotations[0]!
    const base = { id: a.id, exact: 'x', prefix: '', suffix: '', anchor: 'moved' as const }
    const edited = blocksOf(article).map((b, i, all) => (i === all.length - 1 ? { ...b, text: b.text + ' Added.' } : b))
    const past = appError(() => service.saveDocument({ storyId: 's1', versionId, blocks: edited, anchors: [{ ...base, start: 0, end: article.text.length + 100 }] }))
    expect(past).toMatchObject({ code: 'invalid_input', message: `Annotation ${a.id} does not fit in the edited text.` })
    const reversed = appError(() => service.saveDocument({ storyId: 's1', versionId, blocks: edited, anchors: [{ ...base, start: 5, end: 4 }] }))
    expect(reversed.code).toBe('invalid_input')
    const stale = appError(() => service.saveDocument({ storyId: 's1', versionId: 'v0', blocks: edited, anchors: [] }))
    expect(stale).toMatchObject({ code: 'conflict', message: 'A newer version of this story arrived; reopen it before saving your edits.' })
    expect(service.list('s1').annotations.find((x) => x.id === a.id)).toEqual(a)
  })
})
