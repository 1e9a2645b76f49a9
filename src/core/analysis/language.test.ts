import { afterEach, describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { languageOf, registerLanguage, type Language } from '../language'
import { analyze } from './analyze'

/*
 * A made-up language, registered the way a new language file is added: the analysis must read its reporting verbs,
 * pronouns and reported speech with no change anywhere else. Its words are invented so that English cannot explain
 * the result.
 */
const ZEDDISH: Language = {
  code: 'zz',
  looks: (text) => (text.match(/\bzo\b/g) ?? []).length >= 2,
  cueVerbs: new Map([
    ['blorfed', 'say'],
    ['blorfs', 'say'],
  ]),
  pronouns: new Map([['ko', 'she']]),
  // "vel X": according to X
  cuePhrases: [{ word: 'vel', after: /^\s+\p{Lu}/u, window: 4, base: 'according to' }],
}

const story = () =>
  buildArticle({
    format: 'text',
    headline: 'Bridge plan zo Riverton',
    paragraphs: [
      'Anna Kowalski, the mayor of Riverton, visited the river zo Tuesday.',
      '“We will build the new bridge before the winter comes,” blorfed Kowalski.',
      '“The river is higher than it was last year,” ko blorfed.',
    ],
  })

let unregister: (() => void) | null = null
afterEach(() => {
  unregister?.()
  unregister = null
})

describe('a language added by registering it', () => {
  it('is told apart by its own test', () => {
    expect(languageOf(story().text)).toBe('en')
    unregister = registerLanguage(ZEDDISH)
    expect(languageOf(story().text)).toBe('zz')
  })

  it('attributes quotes through its reporting verbs and pronouns, which English does not know', () => {
    const before = analyze(story()).quotes.map((q) => q.speaker)
    expect(before).toEqual([null, null])
    unregister = registerLanguage(ZEDDISH)
    const after = analyze(story()).quotes
    expect(after.map((q) => [q.speaker, q.cue])).toEqual([
      ['Anna Kowalski', 'blorfed'],
      ['Anna Kowalski', 'blorfed'],
    ])
  })

  it('reads its cue phrases: "vel X" attributes what the sentence reports to X', () => {
    const reported = () =>
      analyze(
        buildArticle({
          format: 'text',
          headline: 'Bridge plan zo Riverton',
          paragraphs: ['The new bridge will cost twice as much as planned, vel Anna Kowalski, the mayor of Riverton zo Tuesday.'],
        }),
      ).reportedSpeech.filter((r) => r.cue === 'vel').map((r) => [r.text, r.source])
    expect(reported()).toEqual([])
    unregister = registerLanguage(ZEDDISH)
    expect(reported()).toEqual([['The new bridge will cost twice as much as planned', 'Anna Kowalski']])
  })

  it('refuses a second language with the same code', () => {
    unregister = registerLanguage(ZEDDISH)
    expect(() => registerLanguage({ ...ZEDDISH })).toThrow(/"zz" is registered already/)
    expect(() => registerLanguage({ code: 'en', looks: () => false })).toThrow(/"en"/)
  })
})
