import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import type { Annotation } from './types'
import { articleWithBlocks, effectiveAnnotations, findingKey, groupFindings, reviewFindings, severityCounts, textQuote } from './review'
import type { Finding } from '../analysis/types'

const base: Annotation = {
  id: 's1', storyId: 'st', versionId: 'v', kind: 'quote', origin: 'auto', start: 0, end: 5,
  selector: { exact: 'Hello', prefix: '', suffix: ' world' }, status: 'unchecked', decision: null, speaker: 'Ann Lee',
  attribution: 'explicit', cue: 'said', note: null, evidence: [], suggestionId: null, anchor: 'exact', author: 'wiremark',
  createdAt: 't', updatedAt: 't',
}

describe('review model', () => {
  it('builds TextQuote selectors with 32 characters of context', () => {
    const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40)
    expect(textQuote(text, 40, 45)).toEqual({ exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) })
    expect(textQuote('xQy', 1, 2)).toEqual({ exact: 'Q', prefix: 'x', suffix: 'y' })
  })

  it("lays the editor's decision over its suggestion under the suggestion's id, keeping the suggestion's anchor", () => {
    const decision: Annotation = { ...base, id: 'd1', origin: 'editor', suggestionId: 's1', decision: 'accepted', speaker: 'Bo Chan', start: 99 }
    const hand: Annotation = { ...base, id: 'h1', origin: 'editor', kind: 'note', start: 7, end: 9 }
    const eff = effectiveAnnotations([base, decision, hand])
    expect([...eff.keys()]).toEqual(['s1', 'h1'])
    expect(eff.get('s1')).toMatchObject({ id: 's1', speaker: 'Bo Chan', decision: 'accepted', start: 0 })
    expect(eff.get('h1')).toBe(hand)
  })

  it('lists speakers to confirm first when asked, and drops one once the editor has decided on its quote', () => {
    const text = 'Hello world, it is disputed.'
    const doubt: Finding = { rule: 'doubtful-speaker', severity: 'warning', message: 'Speaker to confirm', excerpt: 'world', start: 6, end: 11 }
    const error: Finding = { rule: 'quote-without-speaker', severity: 'error', message: 'e', excerpt: 'it', start: 13, end: 15 }
    expect(reviewFindings(text, [error, doubt], [], new Set()).map((f) => f.rule)).toEqual(['quote-without-speaker', 'doubtful-speaker'])
    expect(reviewFindings(text, [error, doubt], [], new Set(), 'doubtful-speaker').map((f) => f.rule)).toEqual(['doubtful-speaker', 'quote-without-speaker'])
    const quoteThere: Annotation = { ...base, start: 6, end: 11 }
    expect(reviewFindings(text, [doubt], [quoteThere], new Set()).map((f) => f.rule)).toEqual(['doubtful-speaker'])
    for (const decided of [{ ...quoteThere, decision: 'accepted' as const }, { ...quoteThere, origin: 'editor' as const }, { ...quoteThere, decision: 'rejected' as const }]) {
      expect(reviewFindings(text, [doubt], [decided], new Set())).toEqual([])
    }
    // a decided quote elsewhere leaves it open
    expect(reviewFindings(text, [doubt], [{ ...base, decision: 'accepted' }], new Set()).map((f) => f.rule)).toContain('doubtful-speaker')
  })

  it('drops an unsourced-claim finding once the editor rejects its claim, and only then', () => {
    const text = 'Hello world, it is disputed.'
    const unsourced: Finding = { rule: 'unattributed-claim', severity: 'warning', message: 'Unsourced claim', excerpt: 'it is disputed', start: 13, end: 27 }
    const claim: Annotation = { ...base, id: 'c', kind: 'claim', start: 13, end: 27, speaker: null }
    expect(reviewFindings(text, [unsourced], [claim], new Set()).map((f) => f.rule)).toEqual(['unattributed-claim'])
    // accepted, or given a source in its card: the copy still names none
    for (const kept of [{ ...claim, decision: 'accepted' as const }, { ...claim, speaker: 'Ann Lee', origin: 'editor' as const }]) {
      expect(reviewFindings(text, [unsourced], [kept], new Set()).map((f) => f.rule)).toEqual(['unattributed-claim'])
    }
    expect(reviewFindings(text, [unsourced], [{ ...claim, decision: 'rejected' }], new Set())).toEqual([])
    // a rejected quote on the same words, or a rejected claim elsewhere, leaves it
    expect(reviewFindings(text, [unsourced], [{ ...claim, kind: 'quote', decision: 'rejected' }], new Set())).toHaveLength(1)
    expect(reviewFindings(text, [unsourced], [{ ...claim, start: 0, end: 5, decision: 'rejected' }], new Set())).toHaveLength(1)
  })

  it('adds the editor rules, drops dismissed findings and orders by severity then position', () => {
    const text = 'Hello world, it is disputed.'
    const quote: Annotation = { ...base, decision: 'accepted', speaker: null }
    const claim: Annotation = { ...base, id: 'c', kind: 'claim', start: 13, end: 27, status: 'disputed', evidence: [] }
    const rejected: Annotation = { ...base, id: 'r', decision: 'rejected', speaker: null }
    const findings = reviewFindings(text, [{ rule: 'no-dateline', severity: 'warning', message: 'm', excerpt: 'Hello', start: 0, end: 5 }], [quote, claim, rejected], new Set())
    expect(findings.map((f) => f.rule)).toEqual(['accepted-quote-without-speaker', 'no-dateline', 'disputed-claim-without-evidence'])
    expect(findings[0]!.annotationId).toBe('s1')
    expect(findings[0]).toMatchObject({ message: "Accepted quote without a speaker: 'Hello'", excerpt: 'Hello', fix: 'Say who said it (S) or reject the quote (X).' })
    expect(findings[2]).toMatchObject({ message: "Disputed claim without evidence: 'it is disputed'", excerpt: 'it is disputed' })
    const dismissed = new Set([findingKey('no-dateline', text, { start: 0, end: 5 })])
    expect(reviewFindings(text, [{ rule: 'no-dateline', severity: 'warning', message: 'm', excerpt: 'Hello', start: 0, end: 5 }], [], dismissed)).toEqual([])
    const withEvidence = reviewFindings(text, [], [{ ...claim, evidence: ['https://x'] }], new Set())
    expect(withEvidence).toEqual([])
  })

  it('rebuilds the article over edited blocks with offsets that slice the new text', () => {
    const a = buildArticle({
      format: 'text', headline: 'Head', paragraphs: ['One.', 'Two.'],
      captions: [{ text: 'A photo.', credit: 'REUTERS/Jo Doe' }], creditLines: ['(Reporting by Jo Doe)'],
    })
    const edited = articleWithBlocks(a, [
      { kind: 'headline', text: 'New head' },
      { kind: 'paragraph', text: 'One, longer.' },
      { kind: 'paragraph', text: '' },
      { kind: 'paragraph', text: 'Two.\nThree.' },
      { kind: 'caption', text: 'A new photo. REUTERS/Jo Doe' },
      { kind: 'creditLine', text: '(Reporting by Jo Doe)' },
    ])
    expect(edited.headline).toBe('New head')
    expect(edited.paragraphs).toEqual(['One, longer.', 'Two. Three.'])
    expect(edited.captions[0]).toMatchObject({ text: 'A new photo.', credit: 'REUTERS/Jo Doe' })
    expect(edited.creditLines).toEqual(['(Reporting by Jo Doe)'])
    for (const b of edited.blocks) expect(edited.text.slice(b.start, b.end)).toBe(b.text)
    expect(edited.text.split('\n\n')).toHaveLength(5)
  })
})

describe('finding groups', () => {
  const text = 'Alpha said. Beta rose 5%. Gamma. Delta rose 9%. Epsilon.'
  const at = (words: string, rule: Finding['rule'], severity: Finding['severity']): Finding => {
    const start = text.indexOf(words)
    return { rule, severity, message: `${rule}: '${words}'`, excerpt: words, start, end: start + words.length }
  }
  const analysis = [
    at('Alpha', 'loaded-verb', 'info'),
    at('Beta rose 5%', 'unattributed-claim', 'info'),
    at('Gamma', 'quote-without-speaker', 'error'),
    at('Delta rose 9%', 'unattributed-claim', 'warning'),
    at('Epsilon', 'loaded-verb', 'info'),
  ]

  it("keeps a rule's findings together: rules by worst severity, then first position; within a rule by severity", () => {
    const findings = reviewFindings(text, analysis, [], new Set())
    expect(findings.map((f) => f.excerpt)).toEqual(['Gamma', 'Delta rose 9%', 'Beta rose 5%', 'Alpha', 'Epsilon'])
  })

  it('groups runs of one rule with a title, the index of the first finding and counts by severity', () => {
    const groups = groupFindings(reviewFindings(text, analysis, [], new Set()))
    expect(groups).toEqual([
      { rule: 'quote-without-speaker', title: 'Quotes without a speaker', first: 0, count: 1, counts: { error: 1, warning: 0, info: 0 } },
      { rule: 'unattributed-claim', title: 'Unattributed claims', first: 1, count: 2, counts: { error: 0, warning: 1, info: 1 } },
      { rule: 'loaded-verb', title: 'Loaded verbs', first: 3, count: 2, counts: { error: 0, warning: 0, info: 2 } },
    ])
    expect(groupFindings([])).toEqual([])
  })

  it('counts open findings by severity', () => {
    expect(severityCounts(analysis)).toEqual({ error: 1, warning: 1, info: 3 })
  })
})
