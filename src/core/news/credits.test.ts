import { describe, expect, it } from 'vitest'
import { isCreditLine } from './credits'

describe('credit lines', () => {
  it('recognises credit lines', () => {
    expect(isCreditLine('(Reporting by Jane Roe; Editing by John Doe)')).toBe(true)
    expect(isCreditLine('Additional reporting by Max Muster in Berlin')).toBe(true)
    expect(isCreditLine('Compiled by Jane Roe')).toBe(true)
    expect(isCreditLine('Associated Press writer Jane Roe in Paris contributed to this report.')).toBe(true)
    expect(isCreditLine('The report was written by the committee and published on Monday.')).toBe(false)
  })
})
