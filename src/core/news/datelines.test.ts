import { describe, expect, it } from 'vitest'
import { datelineLength, matchDateline, readDateline, resolveDate } from './datelines'

describe('matchDateline', () => {
  it('reads agency datelines in the common wire styles', () => {
    expect(matchDateline('BEIJING, April 17 (Reuters) - China said on Monday...', '2023-04-17T08:00:00Z')).toEqual({
      text: 'BEIJING, April 17 (Reuters) -', place: 'BEIJING', date: '2023-04-17', agency: 'Reuters',
    })
    expect(matchDateline('ATLANTA (AP) _ Luol Deng scored', null)).toEqual({ text: 'ATLANTA (AP) _', place: 'ATLANTA', date: null, agency: 'AP' })
    expect(matchDateline('Berlin (dpa) - Die Regierung', null)?.agency).toBe('dpa')
    expect(matchDateline('PARIS (AFP) - France said', null)?.place).toBe('PARIS')
    expect(matchDateline('MADRID, 21 Nov. 2024 (Europa Press) - El Gobierno', null)).toMatchObject({ date: '2024-11-21', agency: 'Europa Press' })
    expect(matchDateline('WASHINGTON — The Senate voted', null)).toEqual({ text: 'WASHINGTON —', place: 'WASHINGTON', date: null, agency: null })
  })
  it('does not eat ordinary first sentences', () => {
    expect(matchDateline('The company (Apple) - which makes phones - said', null)).toBeNull()
    expect(matchDateline('Officials said on Monday - in a statement - that', null)).toBeNull()
    expect(matchDateline('Putin helped Lukashenko ride out mass street protests', null)).toBeNull()
    expect(matchDateline('In Washington — where the vote was held — senators', null)).toBeNull()
  })
  it('resolves a yearless date against the created date, across New Year', () => {
    expect(resolveDate('Dec. 31', '2024-01-01T02:00:00Z')).toBe('2023-12-31')
    expect(resolveDate('April 17', null)).toBeNull()
    expect(resolveDate('17. April', '2020-05-01')).toBe('2020-04-17')
  })
})

describe('datelineLength', () => {
  it('skips the dateline sentence splitting leaves out, and only a dateline', () => {
    expect(datelineLength('WASHINGTON (Reuters) - The Senate voted')).toBe('WASHINGTON (Reuters) - '.length)
    expect(datelineLength('NEW YORK, April 17 - Stocks fell')).toBe('NEW YORK, April 17 - '.length)
    expect(datelineLength('The Senate voted on Monday - in a rare move')).toBe(0)
  })
})

describe('readDateline: one recogniser, two readings', () => {
  it("gives import's reading the place, printed date and credit, and never a looser shape", () => {
    expect(readDateline('BEIJING, April 17 (Reuters) - China said', 'story')).toEqual({ text: 'BEIJING, April 17 (Reuters) -', place: 'BEIJING', date: 'April 17', credit: 'Reuters' })
    expect(readDateline('NEW YORK, April 17 - Stocks fell', 'story')).toBeNull()
    expect(readDateline('The company (Apple) - which makes phones - said', 'story')).toBeNull()
  })
  it("gives the splitter's reading what it skips, spaces after the dash included", () => {
    expect(readDateline('NEW YORK, April 17 - Stocks fell', 'skipped')).toEqual({ text: 'NEW YORK, April 17 - ', place: 'NEW YORK', date: 'April 17', credit: null })
    expect(readDateline('BEIJING, April 17 (Reuters) - China said', 'skipped')?.credit).toBe('Reuters')
    expect(readDateline('Officials said on Monday - in a statement - that', 'skipped')).toBeNull()
  })
})
