import { describe, expect, it } from 'vitest'
import { reviewFindings } from '../../core/annotation/review'
import type { StoryDetail, StorySummary } from '../../shared/dto'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

const TEXT = 'Council approves new budget\n\nThe city council on Monday approved a budget of $4 million, the mayor said.'

describe('review state', () => {
  it('sets a story\'s state, shows it in the list and its filter, and logs the change once', async () => {
    const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
    const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'a.txt', text: TEXT })
    const storyId = imported.items[0]!.storyId
    const before = await rpc<StorySummary[]>(s, 'stories:list', {})
    expect(before[0]!.state).toBe('new')

    const after = await rpc<StorySummary>(s, 'review:setState', { storyId, state: 'in_review' })
    expect(after.state).toBe('in_review')
    expect(after.updatedAt).toBe(before[0]!.updatedAt)
    await rpc(s, 'review:setState', { storyId, state: 'in_review' })
    const page = await rpc<{ total: number; items: StorySummary[] }>(s, 'stories:query', { state: 'in_review' })
    expect(page.items.map((i) => i.id)).toEqual([storyId])
    expect((await rpc<{ total: number }>(s, 'stories:query', { state: 'new' })).total).toBe(0)

    const events = s.db.prepare(`SELECT action, detail FROM event WHERE action = 'review.state'`).all() as { detail: string }[]
    expect(events.map((e) => JSON.parse(e.detail))).toEqual([{ from: 'new', to: 'in_review' }])
    s.close()
  })

  it('refuses an unknown story and an unknown state without changing anything', async () => {
    const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
    const missing = await dispatch(s.handlers, 'review:setState', { storyId: 'nope', state: 'checked' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const bad = await dispatch(s.handlers, 'review:setState', { storyId: 'x', state: 'done' })
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    s.close()
  })

  it('the Checked gate: open errors or warnings need confirmOpen; the event records how many were open', async () => {
    const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
    const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'a.txt', text: TEXT })
    const storyId = imported.items[0]!.storyId
    const detail = await rpc<StoryDetail>(s, 'stories:get', { id: storyId })
    const open = reviewFindings(detail.version.article.text, detail.analysis.findings, [], new Set())
    const blocking = open.filter((f) => f.severity !== 'info').length
    expect(blocking).toBeGreaterThan(0)

    const refused = await dispatch(s.handlers, 'review:setState', { storyId, state: 'checked' })
    expect(refused).toMatchObject({ ok: false, error: { code: 'conflict' } })
    if (!refused.ok) expect(refused.error.message).toContain(`${blocking} open`)
    expect((await rpc<StorySummary[]>(s, 'stories:list', {}))[0]!.state).toBe('new')
    expect(s.db.prepare(`SELECT count(*) AS n FROM event WHERE action = 'review.state'`).get()).toEqual({ n: 0 })

    const checked = await rpc<StorySummary>(s, 'review:setState', { storyId, state: 'checked', confirmOpen: true })
    expect(checked.state).toBe('checked')
    const events = s.db.prepare(`SELECT detail FROM event WHERE action = 'review.state'`).all() as { detail: string }[]
    const counts = { error: 0, warning: 0, info: 0 }
    for (const f of open) counts[f.severity]++
    expect(events.map((e) => JSON.parse(e.detail))).toEqual([{ from: 'new', to: 'checked', confirmedOpen: blocking, open: counts }])
    s.close()
  })

  it('marks a story checked without confirmation once every error and warning is dismissed', async () => {
    const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
    const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'a.txt', text: TEXT })
    const storyId = imported.items[0]!.storyId
    const detail = await rpc<StoryDetail>(s, 'stories:get', { id: storyId })
    const open = reviewFindings(detail.version.article.text, detail.analysis.findings, [], new Set()).filter((f) => f.severity !== 'info')
    expect(open.length).toBeGreaterThan(0)
    for (const f of open) await rpc(s, 'annotations:dismissFinding', { storyId, key: f.key, reason: 'checked with the desk' })
    const checked = await rpc<StorySummary>(s, 'review:setState', { storyId, state: 'checked' })
    expect(checked.state).toBe('checked')
    const events = s.db.prepare(`SELECT detail FROM event WHERE action = 'review.state'`).all() as { detail: string }[]
    expect(events.map((e) => JSON.parse(e.detail))).toEqual([{ from: 'new', to: 'checked' }])
    s.close()
  })
})
