import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import { parseText } from '../import/text'
import { analyze } from './analyze'

const SEED = 'wire/reuters-putin-lukashenko-aggregator.txt'
const gold = JSON.parse(readFixtureText('gold/reuters-putin-lukashenko-aggregator.gold.json')) as {
  captions: { credit: string; photographer: string; agencies: string[]; distributor: string }[]
  credits: { reporting: string[]; writing: string[]; editing: string[] }
  unattributed_claims: string[]
  expected_findings: { rule: string }[]
}

describe('analyze: the seed story', () => {
  const article = parseText(readFixtureText(SEED), SEED).articles[0]!
  const a = analyze(article)

  it('finds the expected findings', () => {
    const rules = new Set(a.findings.map((f) => f.rule))
    for (const f of gold.expected_findings) expect(rules, f.rule).toContain(f.rule)
    const insertion = a.findings.find((f) => f.rule === 'insertion-in-quote')
    expect(article.text.slice(insertion?.start, insertion?.end)).toBe('(Lukashenko)')
  })

  it('reads the credits and splits the photo credit', () => {
    expect(a.credits.reporting).toEqual(gold.credits.reporting)
    expect(a.credits.writing).toEqual(gold.credits.writing)
    expect(a.credits.editing).toEqual(gold.credits.editing)
    const g = gold.captions[0]
    const p = a.credits.photo[0]
    expect(p && { photographer: p.photographer, agencies: p.agencies, distributor: p.distributor }).toEqual({
      photographer: g?.photographer,
      agencies: g?.agencies,
      distributor: g?.distributor,
    })
  })

  it('finds the unattributed claims in the reporter voice', () => {
    const own = a.claims.filter((c) => c.attributedTo === null)
    for (const text of gold.unattributed_claims) {
      expect(own.some((c) => c.text.includes(text)), text).toBe(true)
    }
    for (const c of a.claims) {
      expect(c.checkworthiness).toBeGreaterThanOrEqual(0)
      expect(c.checkworthiness).toBeLessThanOrEqual(1)
      expect(article.text.slice(c.start, c.end)).toBe(c.text)
    }
  })

  it('leaves relative dates unresolved without a dateline, and resolves absolute ones', () => {
    expect(a.dates.map((d) => d.text)).toEqual(expect.arrayContaining(['on Thursday', 'last year']))
    const relative = a.dates.filter((d) => d.text !== 'July 13, 2021')
    expect(relative.length).toBeGreaterThanOrEqual(2)
    expect(relative.every((d) => d.resolved === null)).toBe(true)
    // the photo caption's "July 13, 2021" needs no anchor
    expect(a.dates.find((d) => d.text === 'July 13, 2021')?.resolved).toBe('2021-07-13')
  })

  it('sorts findings by position and keeps spans inside the text', () => {
    for (let i = 1; i < a.findings.length; i++) expect(a.findings[i]!.start).toBeGreaterThanOrEqual(a.findings[i - 1]!.start)
    for (const f of a.findings) {
      expect(f.start).toBeGreaterThanOrEqual(0)
      expect(f.end).toBeLessThanOrEqual(article.text.length)
      // the excerpt is the finding's own words (whitespace folded; past 80, cut after a whole word), and the message
      // quotes them
      const words = article.text.slice(f.start, f.end).replace(/\s+/g, ' ').trim()
      if (words.length <= 80) expect(f.excerpt).toBe(words)
      else {
        expect(f.excerpt.length).toBeLessThanOrEqual(80)
        expect(f.excerpt.endsWith('…')).toBe(true)
        const kept = f.excerpt.slice(0, -1)
        expect(words.startsWith(kept)).toBe(true)
        expect(words[kept.length]).toMatch(/[^\p{L}\p{N}]/u)
      }
      expect(f.message.length).toBeGreaterThan(10)
      if (f.fix !== undefined) expect(f.fix.length).toBeGreaterThan(10)
    }
  })

  it('honours disabled rules', () => {
    const b = analyze(article, { disabledRules: ['no-dateline'] })
    expect(b.findings.some((f) => f.rule === 'no-dateline')).toBe(false)
  })
})
