import { describe, expect, it } from 'vitest'
import { findNames } from './SpeakerPicker'

describe('finding a name in the speaker list', () => {
  const names = ['Anna Berg', 'Franak Viacorka', 'Jan van Vliet', 'Vladimir Putin', 'Olivia Stone']
  it('puts names that start with the letters first, then a word that starts with them, then any other', () => {
    expect(findNames(names, 'v')).toEqual(['Vladimir Putin', 'Franak Viacorka', 'Jan van Vliet', 'Olivia Stone'])
    expect(findNames(names, 'berg')).toEqual(['Anna Berg'])
  })
  it('finds nothing for letters no name holds', () => {
    expect(findNames(names, 'zz')).toEqual([])
  })
})
