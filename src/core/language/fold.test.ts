import { describe, expect, it } from 'vitest'
import { foldAccents, foldCase } from './fold'

describe('accent folding', () => {
  it('takes every accent off and decomposes compatibility forms', () => {
    expect(foldAccents('Müller, Nuñez, Ørsted, Ａｎｇｅｌａ ﬁle')).toBe('Muller, Nunez, Ørsted, Angela file')
    expect(foldCase('MÜLLER')).toBe(foldCase('müller'))
    expect(foldCase('Żółć')).toBe('zołc')
  })

  it("with marks 'latin', keeps the vowel signs of other scripts and recomposes", () => {
    expect(foldAccents('Café हिंदी', 'latin')).toBe('Cafe हिंदी')
    expect(foldAccents('Café हिंदी')).not.toContain('ि')
  })
})
