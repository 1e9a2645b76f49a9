import { describe, expect, it } from 'vitest'
import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS, MONTH_NAMES } from '../news/dates'
import { GERMAN_FUNCTION_WORDS } from './de'
import { ABBREVIATIONS, NOT_NAME_WORDS } from './en'

describe('the word lists built from the month table', () => {
  it('keep every month out of names and every abbreviation from ending a sentence', () => {
    expect(ENGLISH_MONTHS.length).toBe(12)
    for (const m of [...ENGLISH_MONTHS, ...ENGLISH_MONTH_ABBREVIATIONS]) expect(NOT_NAME_WORDS.has(m), m).toBe(true)
    for (const m of ENGLISH_MONTH_ABBREVIATIONS) expect(ABBREVIATIONS.has(m), m).toBe(true)
    for (const m of MONTH_NAMES.de.names) expect(GERMAN_FUNCTION_WORDS.has(m), m).toBe(true)
  })
})
