import { describe, expect, it } from 'vitest'
import { claimNoun, FINDING_REQUEST } from './requests'

describe('findings as requests to the reporter (Word comments)', () => {
  const rules = Object.keys(FINDING_REQUEST) as (keyof typeof FINDING_REQUEST)[]

  it('asks something of its own for every check, quoting the words it is about', () => {
    const asked = rules.map((r) => FINDING_REQUEST[r]('the words', 'claim'))
    // (A quote without a speaker is asked about in the same words whether the analysis or the editor's acceptance found it.)
    expect(FINDING_REQUEST['accepted-quote-without-speaker']('w', 'claim')).toBe(FINDING_REQUEST['quote-without-speaker']('w', 'claim'))
    expect(new Set(asked).size).toBe(rules.length - 1)
    for (const [i, request] of asked.entries()) {
      expect(request, rules[i]).toMatch(/^Please \S.{15,}[.?]$/)
      // Only the missing dateline is about no words.
      if (rules[i] !== 'no-dateline') expect(request, rules[i]).toContain('“the words”')
    }
  })

  it('leaves the quotation out when there are no words', () => {
    for (const r of rules) {
      const request = FINDING_REQUEST[r]('', 'claim')
      expect(request, r).not.toMatch(/[“”]|: \.|:\.$/)
      expect(request, r).toMatch(/^Please .*[a-z)][.?]$/)
    }
    expect(FINDING_REQUEST['quote-without-speaker']('', 'claim')).toBe('Please say who said this.')
    expect(FINDING_REQUEST['quote-without-speaker']('We will', 'claim')).toBe('Please say who said this: “We will”.')
  })

  it('names an unattributed claim by what makes it checkable', () => {
    expect(FINDING_REQUEST['unattributed-claim']('3 million', 'number')).toBe('Please attribute this number: who says “3 million”?')
    expect(FINDING_REQUEST['unattributed-claim']('', 'allegation')).toBe('Please attribute this allegation: who says so?')
    expect(claimNoun('number, source')).toBe('number')
    expect(claimNoun('percentage')).toBe('number')
    expect(claimNoun('money')).toBe('number')
    expect(claimNoun('allegation')).toBe('allegation')
    expect(claimNoun('record')).toBe('record')
    // Whole words only, and the number first when there are several.
    expect(claimNoun('recorded, numbers')).toBe('claim')
    expect(claimNoun('allegation, record, money')).toBe('number')
    expect(claimNoun('record, allegation')).toBe('allegation')
    expect(claimNoun(null)).toBe('claim')
  })
})
