import { describe, expect, it } from 'vitest'
import { splitSentences } from './segment'
import { datelineLength } from '../news/datelines'
import { CUE_VERBS } from '../language/cues'
import { loadedKind } from '../language/en'

const sents = (t: string) => splitSentences(t, 0, t.length).map((s) => t.slice(s.start, s.end))

describe('splitSentences', () => {
  it('keeps news abbreviations and initials inside sentences', () => {
    expect(sents('Gov. Jane Doe of the U.S. state met Sen. John Roe on Jan. 5 at No. 10 St. James Street. Then she left.')).toEqual([
      'Gov. Jane Doe of the U.S. state met Sen. John Roe on Jan. 5 at No. 10 St. James Street.',
      'Then she left.',
    ])
    expect(sents('Martin Luther King Jr. spoke. J. R. Smith listened.')).toEqual(['Martin Luther King Jr. spoke.', 'J. R. Smith listened.'])
  })

  it('ends a sentence after "U.S." when a new sentence clearly starts', () => {
    expect(sents('The talks moved to the U.S. The delegates flew home.')).toEqual(['The talks moved to the U.S.', 'The delegates flew home.'])
  })

  it('splits after a closing quotation mark', () => {
    expect(sents('"We are ready." She smiled. "Are you?"')).toEqual(['"We are ready."', 'She smiled.', '"Are you?"'])
  })

  it('leaves the dateline out of the first sentence', () => {
    const t = 'BEIJING, April 17 (Reuters) - China said on Monday it would act. More followed.'
    expect(datelineLength(t)).toBe('BEIJING, April 17 (Reuters) - '.length)
    expect(sents(t)).toEqual(['China said on Monday it would act.', 'More followed.'])
  })
})

describe('lexicon', () => {
  it('knows reporting verbs in all forms', () => {
    for (const f of ['say', 'says', 'said', 'saying', 'told', 'tweeted', 'wrote', 'written', 'added', 'insisted', 'conceded']) expect(CUE_VERBS.has(f)).toBe(true)
  })

  it('splits loaded verbs by kind (RULES.md §11)', () => {
    expect(loadedKind('said')).toBeNull()
    expect(loadedKind('claimed')).toBe('doubt')
    expect(loadedKind('according to')).toBe('doubt')
    expect(loadedKind('admitted')).toBe('guilt')
    expect(loadedKind('insisted')).toBe('tone')
    expect(loadedKind('pointed out')).toBe('tone')
    expect(loadedKind('hopes')).toBe('inner-state')
    expect(loadedKind('laughed')).toBe('non-speech')
  })
})
