import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../core/annotation/types'

vi.mock('../lib/api', () => ({ call: vi.fn(async () => ({ ok: true, value: null })) }))
const { useStore } = await import('./index')
const { markOfFinding } = await import('./findingMark')

const mark = (id: string, start: number, end: number) =>
  ({ id, kind: 'quote', origin: 'auto', start, end, selector: { exact: 'x', prefix: '', suffix: '' }, status: 'unchecked', decision: null, speaker: null, attribution: null, cue: null, note: null, evidence: [], suggestionId: null, anchor: 'exact', storyId: 'st', versionId: 'v1', author: 'wiremark', createdAt: 't', updatedAt: 't' }) as Annotation
const finding = (start: number, end: number, annotationId: string | null = null) =>
  ({ rule: 'unattributed-claim', severity: 'warning', message: 'm', start, end, key: `k${start}-${end}-${annotationId}`, annotationId }) as never

// Marks: a long one (0–40) holding a short one (10–20), another (50–60), and one not in the text (gone, 70–80).
const records = { long: mark('long', 0, 40), short: mark('short', 10, 20), other: mark('other', 50, 60), gone: mark('gone', 70, 80) }
const presentIds = new Set(['long', 'short', 'other'])

describe('markOfFinding: the mark a finding is about', () => {
  const s = { records, presentIds }
  it('is the finding\'s own annotation where it names one', () => {
    expect(markOfFinding(s, finding(0, 5, 'other'))).toBe('other')
  })
  it('is else the shortest mark that covers the words, then the shortest that overlaps them', () => {
    expect(markOfFinding(s, finding(12, 18))).toBe('short')
    expect(markOfFinding(s, finding(5, 30))).toBe('long')
    expect(markOfFinding(s, finding(55, 65))).toBe('other')
    expect(markOfFinding(s, finding(15, 15))).toBe('short')
  })
  it('is null off every mark, and for a mark no longer in the text', () => {
    expect(markOfFinding(s, finding(41, 49))).toBeNull()
    expect(markOfFinding(s, finding(72, 75))).toBeNull()
    expect(markOfFinding(s, undefined)).toBeNull()
  })
})

describe('the checks and the text keep one focus', () => {
  beforeEach(() => {
    useStore.setState({
      records,
      presentIds,
      findings: [finding(12, 18), finding(45, 48), finding(0, 2, 'other'), finding(52, 58)],
      activeFinding: 1,
      activeId: null,
    })
  })

  it('walking the findings makes each one\'s mark the active mark, and a finding off every mark makes none active', () => {
    const s = () => useStore.getState()
    s().setActiveFinding(0)
    expect(s().activeId).toBe('short')
    // (the previous finding's mark stayed active, and A accepted it)
    s().setActiveFinding(1)
    expect([s().activeFinding, s().activeId]).toEqual([1, null])
    s().setActiveFinding(2)
    expect(s().activeId).toBe('other')
    s().setActiveFinding(99)
    expect([s().activeFinding, s().activeId]).toEqual([3, 'other'])
  })

  it('picking a mark makes its first finding the active one', () => {
    useStore.getState().setActive('short')
    expect(useStore.getState().activeFinding).toBe(0)
    useStore.getState().setActive('other')
    expect(useStore.getState().activeFinding).toBe(2)
  })

  it('keeps the active finding when it is already about the picked mark', () => {
    useStore.setState({ activeFinding: 3 })
    useStore.getState().setActive('other')
    expect(useStore.getState().activeFinding).toBe(3)
    useStore.getState().setActive(null)
    expect([useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([3, null])
  })

  it('selects no finding for a mark that has none, so Enter and D have nothing about other words to act on; J starts at the first', () => {
    useStore.setState({ activeFinding: 3 })
    useStore.getState().setActive('long')
    expect([useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([-1, 'long'])
    useStore.getState().setActiveFinding(useStore.getState().activeFinding + 1)
    expect([useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([0, 'short'])
  })
})
