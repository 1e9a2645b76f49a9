import { describe, expect, it } from 'vitest'
import type { ReviewFinding } from '../../../core/annotation/review'
import type { Annotation } from '../../../core/annotation/types'
import { lastOf, sameAnnotationsShown, sameFindingsShown, sameOnCard } from './shown'

const quote: Annotation = {
  id: 'q', storyId: 'st', versionId: 'v1', kind: 'quote', origin: 'auto', start: 10, end: 26,
  selector: { exact: 'We will build it', prefix: 'said: "', suffix: '," the' }, status: 'unchecked', decision: null,
  speaker: 'the mayor', attribution: 'explicit', cue: 'said', note: null, evidence: [], suggestionId: null, anchor: 'exact',
  author: 'wiremark', createdAt: 't', updatedAt: 't',
}
const moved = (a: Annotation, by: number): Annotation =>
  ({ ...a, start: a.start + by, end: a.end + by, selector: { ...a.selector, prefix: 'typed: "' }, anchor: 'moved' })
const finding = (over: Partial<ReviewFinding> = {}): ReviewFinding =>
  ({ rule: 'quote-without-speaker', severity: 'warning', message: 'No speaker', excerpt: 'We will build it', start: 10, end: 26, key: 'quote-without-speaker|We will', annotationId: null, ...over })

describe('what the desk panels show', () => {
  it('the card: the same after a move, not after a change of its words, speaker or decision', () => {
    expect(sameOnCard(quote, moved(quote, 40))).toBe(true)
    expect(sameOnCard(null, null)).toBe(true)
    expect(sameOnCard(quote, null)).toBe(false)
    expect(sameOnCard(quote, { ...quote, selector: { ...quote.selector, exact: 'We will build it now' } })).toBe(false)
    expect(sameOnCard(quote, { ...quote, speaker: 'Jane Roe' })).toBe(false)
    expect(sameOnCard(quote, { ...quote, decision: 'accepted' })).toBe(false)
    expect(sameOnCard(quote, { ...quote, evidence: ['https://example.org'] })).toBe(false)
  })

  it('the checks list: the same when findings only moved, not when one is added or reworded', () => {
    const list = [finding(), finding({ rule: 'loaded-verb', key: 'loaded-verb|claimed', message: 'Loaded verb' })]
    expect(sameFindingsShown(list, list.map((f) => ({ ...f, start: f.start + 5, end: f.end + 5 })))).toBe(true)
    expect(sameFindingsShown(list, [...list, finding({ key: 'other' })])).toBe(false)
    expect(sameFindingsShown(list, [list[0]!, { ...list[1]!, message: 'Another' }])).toBe(false)
  })

  it('a list of annotations: the same after moves, not when a speaker or the words change', () => {
    expect(sameAnnotationsShown([quote], [moved(quote, 3)])).toBe(true)
    expect(sameAnnotationsShown([quote], [{ ...quote, speaker: null }])).toBe(false)
    expect(sameAnnotationsShown([quote], [])).toBe(false)
  })

  it('recomputes a derived value only for a new argument', () => {
    let runs = 0
    const count = lastOf((xs: readonly number[]) => {
      runs++
      return xs.length
    })
    const xs = [1, 2]
    expect(count(xs)).toBe(2)
    expect(count(xs)).toBe(2)
    expect(runs).toBe(1)
    expect(count([1])).toBe(1)
    expect(runs).toBe(2)
  })
})
