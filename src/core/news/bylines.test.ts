import { describe, expect, it } from 'vitest'
import { bylineNames, isBylineText, withoutClosingAgency } from './bylines'

describe('bylines', () => {
  it('recognises bylines but not sentences', () => {
    expect(isBylineText('By CHARLES ODUM')).toBe(true)
    expect(isBylineText('By PAUL BYRNE and ALMUDENA CALATRAVA')).toBe(true)
    expect(isBylineText('Von Marco Krefting und Sunrita Sen, dpa')).toBe(true)
    expect(isBylineText('Jane Roe, AP Sports Writer')).toBe(true)
    expect(isBylineText('By the end of the year prices had doubled.')).toBe(false)
    expect(isBylineText('By Monday the river had risen')).toBe(false)
  })
  it('splits a byline into its names in any of the wire languages', () => {
    expect(bylineNames('By Jane Doe and John Roe')).toEqual(['Jane Doe', 'John Roe'])
    expect(bylineNames('Von Anna Schmidt und Jan Meier')).toEqual(['Anna Schmidt', 'Jan Meier'])
    expect(bylineNames('Par Jean Dupont et Marie Curie')).toEqual(['Jean Dupont', 'Marie Curie'])
    expect(bylineNames('Written by: Ann Lee, Bo Chan & Cy Park')).toEqual(['Ann Lee', 'Bo Chan', 'Cy Park'])
  })

  it('drops the agency that closes a wire byline, and nothing else', () => {
    expect(withoutClosingAgency('By Jane Doe, Reuters')).toBe('By Jane Doe')
    expect(withoutClosingAgency('By Jane Doe | The Associated Press')).toBe('By Jane Doe')
    expect(withoutClosingAgency('By Jane Smith-Jones')).toBe('By Jane Smith-Jones')
    expect(withoutClosingAgency('By Jane Doe, Houston Chronicle')).toBe('By Jane Doe, Houston Chronicle')
  })
})
