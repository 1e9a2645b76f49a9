import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../../core/annotation/types'
import { editorRecord } from '../../../test/records'
import { kindWord, listClaims } from './claimsList'

const ann = (id: string, start: number, end: number, more: Partial<Annotation> = {}): Annotation =>
  editorRecord({ id, kind: 'claim', origin: 'auto', start, end, selector: { exact: 'x'.repeat(end - start), prefix: '', suffix: '' }, status: 'unverified', ...more })

const ranked = (start: number, end: number, checkworthiness: number, signals: string[]) => ({ start, end, checkworthiness, signals, attributedTo: null })

describe('the claims list', () => {
  it('puts the most check-worthy claim first, with the kind of check it needs', () => {
    const list = listClaims(
      [ann('a', 0, 20), ann('b', 30, 60), ann('c', 70, 90)],
      [ranked(0, 20, 0.4, ['event']), ranked(30, 60, 0.9, ['number', 'percentage']), ranked(70, 90, 0.6, ['allegation'])],
    )
    expect(list.map((c) => c.annotation.id)).toEqual(['b', 'c', 'a'])
    expect(list.map(kindWord)).toEqual(['Number', 'Allegation', 'Event'])
    expect(list[0]!.checkworthiness).toBe(0.9)
  })

  it('among equally check-worthy claims puts the unsourced first, then a figure before an allegation and an event', () => {
    const list = listClaims(
      [ann('event', 0, 10), ann('sourced', 20, 30, { speaker: 'A minister' }), ann('allegation', 40, 50), ann('figure', 60, 70)],
      [ranked(0, 10, 1, ['event']), ranked(20, 30, 1, ['number']), ranked(40, 50, 1, ['allegation']), ranked(60, 70, 1, ['number'])],
    )
    expect(list.map((c) => c.annotation.id)).toEqual(['figure', 'allegation', 'event', 'sourced'])
  })

  it('ranks a claim whose words moved by the analysed claim it overlaps most', () => {
    const [c] = listClaims([ann('a', 12, 42)], [ranked(0, 14, 0.9, ['number']), ranked(10, 40, 0.3, ['date'])])
    expect(c!.checkworthiness).toBe(0.3)
    expect(c!.kind).toBe('date')
  })

  it("lists the editor's own claims after the ranked ones, in the order of the text, and leaves rejected and orphaned ones out", () => {
    const list = listClaims(
      [
        ann('late', 80, 90, { origin: 'editor' }),
        ann('early', 50, 60, { origin: 'editor' }),
        ann('ranked', 100, 120),
        ann('rejected', 0, 10, { decision: 'rejected' }),
        ann('lost', 20, 30, { anchor: 'orphaned' }),
        ann('quote', 130, 140, { kind: 'quote' }),
      ],
      [ranked(100, 120, 0.2, ['event']), ranked(0, 10, 0.99, ['number']), ranked(20, 30, 0.99, ['number'])],
    )
    expect(list.map((c) => c.annotation.id)).toEqual(['ranked', 'early', 'late'])
    expect(list.map(kindWord)).toEqual(['Event', 'Yours', 'Yours'])
    expect(list[1]!.checkworthiness).toBeNull()
  })

  it('is empty before any analysis has ranked a claim, for a story without claims', () => {
    expect(listClaims([ann('q', 0, 5, { kind: 'quote' })], undefined)).toEqual([])
  })
})
