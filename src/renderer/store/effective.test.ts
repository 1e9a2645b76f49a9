import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { looksChanged, recordsByLook } from './effective'

const record = (id: string, over: Partial<Annotation> = {}): Annotation => ({
  id, storyId: 'st', versionId: 'v1', kind: 'quote', origin: 'auto', start: 0, end: 5, selector: { exact: 'words', prefix: '', suffix: '' },
  status: null, decision: null, speaker: null, attribution: null, cue: null, note: null, evidence: [], suggestionId: null,
  anchor: 'exact', author: 'wiremark', createdAt: 't', updatedAt: 't', ...over,
})
const moved = (r: Annotation, by: number): Annotation =>
  ({ ...r, start: r.start + by, end: r.end + by, selector: { ...r.selector, prefix: 'typed ' }, anchor: 'moved' })

describe('how records look on the marks', () => {
  const a = record('a')
  const b = record('b', { kind: 'claim', start: 10, end: 20 })
  const before = { a, b }

  it('does not change when records only move', () => {
    expect(looksChanged(before, before)).toBe(false)
    expect(looksChanged(before, { a, b: moved(b, 7) })).toBe(false)
    expect(looksChanged(before, { a: moved(a, 1), b: { ...b, note: 'check', evidence: ['https://example.org'] } })).toBe(false)
  })

  it("changes with a claim's status or a speaker (the mark's tint and its tooltip show them)", () => {
    expect(looksChanged(before, { a, b: { ...b, speaker: 'Jane Roe' } })).toBe(true)
    expect(looksChanged(before, { a: { ...a, status: 'disputed' }, b })).toBe(true)
  })

  it('changes with a kind, a decision, an origin or a record added or removed', () => {
    expect(looksChanged(before, { a, b: { ...b, kind: 'quote' } })).toBe(true)
    expect(looksChanged(before, { a: { ...a, decision: 'rejected' }, b })).toBe(true)
    expect(looksChanged(before, { a: { ...a, origin: 'editor' }, b })).toBe(true)
    const decision = record('d', { origin: 'editor', suggestionId: 'a', decision: 'accepted' })
    expect(looksChanged(before, { a, b, d: decision })).toBe(true)
    expect(looksChanged(before, { a })).toBe(true)
    // One removed and one added: as many records, not the same ones.
    expect(looksChanged(before, { a, c: record('c') })).toBe(true)
  })

  it('keeps the same records object while they only move', () => {
    const first = recordsByLook(before)
    expect(first).toBe(before)
    const next = { a: moved(a, 3), b: moved(b, 3) }
    expect(recordsByLook(next)).toBe(before)
    const decided = { ...next, a: { ...next.a, decision: 'accepted' as const } }
    expect(recordsByLook(decided)).toBe(decided)
  })
})
