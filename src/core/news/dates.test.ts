import { describe, expect, it } from 'vitest'
import { capitalisedAlternation, ENGLISH_MONTH_ABBREVIATIONS, monthNumber } from './dates'

describe('month names', () => {
  it('reads English, German, French and Spanish names and abbreviations, with or without accents and dots', () => {
    expect(['Nov.', 'November', 'NOVEMBER', 'noviembre', 'novembre'].map((w) => monthNumber(w))).toEqual([11, 11, 11, 11, 11])
    expect(['März', 'Maerz', 'mär', 'mars', 'marzo'].map((w) => monthNumber(w))).toEqual([3, 3, 3, 3, 3])
    expect(['Févr.', 'fevrier', 'Jänner', 'dic', 'août', 'Sept'].map((w) => monthNumber(w))).toEqual([2, 2, 1, 12, 8, 9])
  })

  it('names no month for another word, and only the languages asked for', () => {
    expect(monthNumber('Monday')).toBeNull()
    expect(monthNumber('Mayor')).toBeNull()
    expect(monthNumber('Okt', ['en'])).toBeNull()
    expect(monthNumber('Okt', ['de'])).toBe(10)
  })

  it('builds a capitalised alternation', () => {
    expect(capitalisedAlternation(ENGLISH_MONTH_ABBREVIATIONS.slice(0, 3))).toBe('Jan|Feb|Mar')
  })
})
