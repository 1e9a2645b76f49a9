import { describe, expect, it } from 'vitest'
import { languageOf, LANGUAGES } from './index'

describe('languageOf', () => {
  it('tells German copy from English, and English is the default', () => {
    expect(languageOf('„Wir sind bereit“, sagte der Sprecher am Montag in Berlin. Die Regierung wird sich nicht äußern.')).toBe('de')
    expect(languageOf('"We are ready," the spokesman said on Monday in Berlin. The government will not comment.')).toBe('en')
    expect(languageOf('')).toBe('en')
  })

  it('lists every language besides English once', () => {
    const codes = LANGUAGES.map((l) => l.code)
    expect(codes).toEqual(['de'])
    expect(new Set(codes).size).toBe(codes.length)
  })
})
