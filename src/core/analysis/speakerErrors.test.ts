import { describe, expect, it } from 'vitest'
import {
  hasTitleRoleOrAge,
  isDefiniteDescription,
  isOrganisationLike,
  keepsDescription,
  looksLikeFragment,
  lostParticle,
  mentionKind,
  nameFormError,
  speakerErrorKind,
  SPEAKER_ERROR_KINDS,
  type SpeakerErrorKind,
} from './speakerErrors'

// Every example here is made up; none comes from a fixture.

describe('mentionKind: what a gold Source mention is', () => {
  it.each([
    ['Jane Doe', 'name'],
    ['Doe', 'name'],
    ['House Speaker Jane Doe', 'name'],
    ['former President John Roe', 'name'],
    ['17-year-old Maria Lopez', 'name'],
    ['Jane Doe, a senior adviser to the governor', 'name'],
    ['the agency’s deputy director, Sam Okafor,', 'name'],
    ['Former secretary of state Jane Roe', 'name'],
    ['Governor Ann Lee (D-Ore.)', 'name'],
    ['Sam Okafor and Ann Lee', 'name'],
    ['The Daily Courier', 'name'],
    ['WXYZ', 'name'],
    ['a senior official at the transport ministry', 'described'],
    ['Another intelligence source', 'described'],
    ['Harbor police sources', 'described'],
    ['Leaders of the union', 'described'],
    ['the Nevada Republican', 'described'],
    ['a senior adviser to opposition leader Jane Doe', 'described'],
    ['One aide inside Harbor Tower', 'described'],
    ['the nephew of the late King Olaf', 'described'],
    ['the 46-year-old', 'described'],
    ['he', 'pronoun'],
    ['She', 'pronoun'],
    ['We’ve', 'pronoun'],
    ['who', 'pronoun'],
    ['', 'none'],
    ['  ', 'none'],
  ])('%s is %s', (mention, kind) => {
    expect(mentionKind(mention)).toBe(kind)
  })

  it('tells a definite description (it may name someone said before) from an indefinite one', () => {
    expect(isDefiniteDescription('the minister')).toBe(true)
    expect(isDefiniteDescription('his spokesman')).toBe(true)
    expect(isDefiniteDescription('Lee’s campaign manager')).toBe(true)
    expect(isDefiniteDescription('a senior official')).toBe(false)
    expect(isDefiniteDescription('officials')).toBe(false)
  })
})

describe('the signs the kinds are read from', () => {
  it('knows organisations, places and nationalities from people', () => {
    for (const org of ['the police', 'Harbor Police', 'the transport ministry', 'Daily Courier News', 'WXYZ', 'the United States', 'Ohio', 'Former U.S.', 'Hispanic', 'the Russians']) {
      expect(isOrganisationLike(org), org).toBe(true)
    }
    for (const person of ['a police official', 'Jane Doe', 'Mark Cubano', 'Russian officials', 'a spokesman for the ministry', 'the minister']) {
      expect(isOrganisationLike(person), person).toBe(false)
    }
  })

  it('takes pieces of sentences for fragments, and names and descriptions for neither', () => {
    for (const f of ['The minister had earlier', 'Officials on Monday', 'voters shouldn’t', 'of the bill to answer', 'the campaign for', 'STATE POLLS SHIFT', 'Her plan was first', 'said that the council']) {
      expect(looksLikeFragment(f), f).toBe(true)
    }
    for (const n of ['Jane Doe', 'a senior official at the transport ministry', 'Will Moore', 'the Harbor Police', 'a person who asked not to be named', 'Another source speaking to reporters']) {
      expect(looksLikeFragment(n), n).toBe(false)
    }
  })

  it('finds a title, role or age left in a name, not a name inside a description', () => {
    for (const t of ['Secretary-General Ana Ruiz', '17-year-old Maria', 'Maria Lopez, 17', 'Jane Doe, the minister', 'Mr. Doe', 'party chairman Sam Okafor', 'Maria Lopez, aged 17']) {
      expect(hasTitleRoleOrAge(t), t).toBe(true)
    }
    for (const n of ['Ana Ruiz', 'Martin Luther King', 'one of the advisers to Jane Doe', 'the Republican nominee', 'the caucus - HarborPoll']) {
      expect(hasTitleRoleOrAge(n), n).toBe(false)
    }
  })

  it('finds a particle lost from the surname', () => {
    expect(lostParticle('Leyen', 'Ursula von der Leyen')).toBe(true)
    expect(lostParticle('Ursula Leyen', 'Ursula von der Leyen')).toBe(true)
    expect(lostParticle('Assad', 'Bashar al-Assad')).toBe(true)
    expect(lostParticle('Blasio', 'de Blasio')).toBe(true)
    expect(lostParticle('Hollen', 'Chris Van Hollen')).toBe(true)
    expect(lostParticle('Ursula von der Leyen', 'Ursula von der Leyen')).toBe(false)
    expect(lostParticle('Al-Assad', 'Bashar al-Assad')).toBe(false)
    // A capitalised particle that opens a name is a first name
    expect(lostParticle('Carson', 'Ben Carson')).toBe(false)
    // Not the same person at all: that is not a lost particle
    expect(lostParticle('Jane Doe', 'Ursula von der Leyen')).toBe(false)
  })

  it('keeps a described source whole only when the whole description is there', () => {
    expect(keepsDescription('a senior official at the transport ministry', 'a senior official at the transport ministry')).toBe(true)
    expect(keepsDescription('the senior official', 'a senior official')).toBe(true)
    expect(keepsDescription('a senior official', 'a senior official at the transport ministry')).toBe(false)
    expect(keepsDescription(null, 'officials')).toBe(false)
  })
})

describe('speakerErrorKind: one kind for every wrong speaker', () => {
  const kind = (predicted: string | null, mention: string, attribution = 'explicit') => speakerErrorKind({ predicted, attribution, mention })

  it.each<[string | null, string, string, SpeakerErrorKind]>([
    ['Secretary-General Ana Ruiz, 61', 'Ruiz', 'explicit', 'title'],
    ['17-year-old', 'Maria Lopez', 'explicit', 'title'],
    ['the police', 'a police official', 'explicit', 'organisation'],
    ['Ohio', 'Jane Doe', 'explicit', 'organisation'],
    ['Hispanic', 'Maria Lopez', 'explicit', 'organisation'],
    ['a senior official', 'a senior official at the transport ministry', 'explicit', 'described'],
    [null, 'two people familiar with the talks', 'none', 'described'],
    ['Jane Doe', 'an aide who attended the meeting', 'carried', 'described'],
    ['Ursula Leyen, 61', 'Ursula von der Leyen', 'explicit', 'particle'],
    ['Sam Okafor', 'Jane Doe', 'pronoun', 'pronoun'],
    ['The minister had earlier', 'Jane Doe', 'explicit', 'fragment'],
    ['Officials on Monday', 'Ana Ruiz', 'explicit', 'fragment'],
    [null, 'Jane Doe', 'none', 'none'],
    ['   ', 'Jane Doe', 'none', 'none'],
    ['Sam Okafor', 'Jane Doe', 'explicit', 'other'],
    ['Harbor News', 'WXYZ', 'explicit', 'other'],
  ])('%s for %s (%s) is %s', (predicted, mention, attribution, want) => {
    expect(kind(predicted, mention, attribution)).toBe(want)
  })

  it('puts no speaker for a described source under kind 3, and a pronoun attribution before everything but none', () => {
    expect(kind(null, 'a senior official', 'pronoun')).toBe('described')
    expect(kind('The minister had earlier', 'Jane Doe', 'pronoun')).toBe('pronoun')
  })

  it('numbers the kinds as the issue does, 8 (an extra quote) being no speaker error', () => {
    expect(SPEAKER_ERROR_KINDS.map((k) => k.n)).toEqual(['1', '2', '3', '4', '5', '6', '7', '-'])
  })
})

describe('nameFormError: what the surname check cannot see', () => {
  it('finds a title or a lost particle in a speaker whose surname is right', () => {
    expect(nameFormError('House Speaker Jane Doe', 'Jane Doe')).toBe('title')
    expect(nameFormError('Blasio', 'Mayor Bill de Blasio')).toBe('particle')
  })

  it('passes a clean name, an organisation and a described source', () => {
    expect(nameFormError('Jane Doe', 'House Speaker Jane Doe')).toBeNull()
    expect(nameFormError('Republican National Committee', 'Republican National Committee')).toBeNull()
    expect(nameFormError('the minister', 'the minister')).toBeNull()
    expect(nameFormError(null, 'Jane Doe')).toBeNull()
  })
})
