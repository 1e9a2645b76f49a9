import { describe, expect, it } from 'vitest'
import { buildArticle } from '../article/build'
import { analyze } from './analyze'
import { PRESET_NAMES, PRESETS, resolveHouseStyle, SETTING_KEYS, type PresetName } from './houseStyle'
import { HouseStyleError, parseDisabledRules, parseHouseStyle, parseHouseStyleFile, storedHouseStyle } from './houseStyleInput'
import { RULE_IDS } from './rules'

// One story with something for every setting to decide: a name without a role, a long quote attributed at its
// end, a comma before a one-sentence quote, round brackets inside it, "says", a courtesy title, a bare surname.
const story = (parts: { section?: string } = {}) =>
  buildArticle({
    format: 'text',
    headline: 'Council approves six bus lanes',
    bylines: ['By Ana Pereira'],
    ...parts,
    paragraphs: [
      'LEEDS, March 3 (Reuters) - Maria Okafor said on Tuesday the city would open six new bus lanes by the autumn.',
      '"The buses are slow and the roads are full, and we have waited long enough for a change. Now the money is in place," Okafor said.',
      'Okafor told reporters, "The first lane (on the ring road) opens in May."',
      'Transport campaigner Tom Reyes says the plan is overdue.',
      'Mr Reyes said: "We will watch every step."',
    ],
  })

/** The story's findings of the house-style checks as "rule severity: words". */
function houseFindings(preset: PresetName, extra: { section?: string } = {}): string[] {
  const house = new Set(['speaker-not-introduced', 'late-attribution', 'quote-introduction', 'insertion-in-quote', 'present-tense-attribution', 'courtesy-title'])
  return analyze(story(extra), { preset })
    .findings.filter((f) => house.has(f.rule))
    .map((f) => `${f.rule} ${f.severity}: ${f.excerpt.slice(0, 24)}`)
}

describe('house-style presets', () => {
  it('give one story different findings under Reuters and AP: the comma before a one-sentence quote, the colon', () => {
    expect(houseFindings('reuters')).toEqual([
      'speaker-not-introduced warning: Maria Okafor',
      'quote-introduction info: told reporters, "The fir',
      'insertion-in-quote warning: (on the ring road)',
      'present-tense-attribution info: says',
      'courtesy-title info: Mr Reyes',
    ])
    expect(houseFindings('ap')).toEqual([
      'speaker-not-introduced warning: Maria Okafor',
      'insertion-in-quote warning: (on the ring road)',
      'present-tense-attribution info: says',
      'courtesy-title info: Mr Reyes',
      'quote-introduction info: said: "We will watch eve',
    ])
  })

  it('under the BBC: attribution first, square brackets for insertions, "says" allowed, Mr or Ms at later references', () => {
    expect(houseFindings('bbc')).toEqual([
      'speaker-not-introduced warning: Maria Okafor',
      'late-attribution info: The buses are slow and t',
      'courtesy-title info: Okafor',
      'quote-introduction info: told reporters, "The fir',
      'insertion-in-quote info: (on the ring road)',
    ])
  })

  it('under the Guardian: no title needed at the first reference, round brackets only a question', () => {
    expect(houseFindings('guardian')).toEqual([
      'quote-introduction info: told reporters, "The fir',
      'insertion-in-quote info: (on the ring road)',
      'present-tense-attribution info: says',
      'courtesy-title info: Mr Reyes',
    ])
  })

  it('allow "says" in a feature where the guide does (AP, Guardian), not where it does not (Reuters)', () => {
    expect(houseFindings('ap', { section: 'Features' }).filter((f) => f.startsWith('present-tense'))).toEqual([])
    expect(houseFindings('guardian', { section: 'Features' }).filter((f) => f.startsWith('present-tense'))).toEqual([])
    expect(houseFindings('reuters', { section: 'Features' }).filter((f) => f.startsWith('present-tense'))).toEqual(['present-tense-attribution info: says'])
  })

  it('differ from one another, each pair in at least one setting', () => {
    expect(PRESET_NAMES).toHaveLength(4)
    for (const a of PRESET_NAMES) {
      for (const b of PRESET_NAMES) if (a !== b) expect(SETTING_KEYS.some((k) => PRESETS[a][k] !== PRESETS[b][k]), `${a} vs ${b}`).toBe(true)
    }
  })

  it('leave out the checks switched off', () => {
    const all = analyze(story(), { preset: 'reuters' }).findings.map((f) => f.rule)
    expect(all).toContain('courtesy-title')
    const off = analyze(story(), { preset: 'reuters', disabledRules: ['courtesy-title', 'speaker-not-introduced'] }).findings.map((f) => f.rule)
    expect(off).not.toContain('courtesy-title')
    expect(off).not.toContain('speaker-not-introduced')
    expect(off).toHaveLength(all.length - 2)
  })
})

describe('resolveHouseStyle', () => {
  it('is Reuters by default and names a preset only while every setting is the preset’s', () => {
    expect(resolveHouseStyle()).toEqual(PRESETS.reuters)
    expect(resolveHouseStyle({ preset: 'bbc' })).toEqual(PRESETS.bbc)
    expect(resolveHouseStyle({ preset: 'bbc', lateAttributionWords: 0 })).toEqual(PRESETS.bbc)
    expect(resolveHouseStyle({ preset: 'bbc', lateAttributionWords: 12 })).toEqual({ ...PRESETS.bbc, preset: 'custom', lateAttributionWords: 12 })
    expect(resolveHouseStyle({ preset: 'custom' })).toEqual({ ...PRESETS.reuters, preset: 'custom' })
  })
})

describe('house-style input', () => {
  it('reads a preset, a preset with settings on top, and a custom style; keeps a preset by name and a custom style in full', () => {
    expect(parseHouseStyle({ preset: 'guardian' })).toEqual(PRESETS.guardian)
    const custom = parseHouseStyle({ preset: 'ap', says: 'always', courtesyTitles: 'any' })
    expect(custom).toEqual({ ...PRESETS.ap, preset: 'custom', says: 'always', courtesyTitles: 'any' })
    expect(storedHouseStyle(PRESETS.guardian)).toEqual({ preset: 'guardian' })
    expect(parseHouseStyle(storedHouseStyle(custom))).toEqual(custom)
  })

  it('refuses an unknown preset, setting or value, naming it and what is accepted', () => {
    expect(() => parseHouseStyle({ preset: 'nyt' })).toThrow(new HouseStyleError('"preset" must be one of "reuters", "ap", "bbc", "guardian", "custom" (got "nyt")'))
    expect(() => parseHouseStyle({ lateAttributionWords: 2.5 })).toThrow('"lateAttributionWords" must be a whole number from 0 to 200 (got 2.5)')
    expect(() => parseHouseStyle({ lateAttributionWords: '25' })).toThrow('(got "25")')
    expect(() => parseHouseStyle({ insertionMark: '{' })).toThrow('"insertionMark" must be one of "(", "[" (got "{")')
    expect(() => parseHouseStyle({ titleAtFirstReference: 'yes' })).toThrow('"titleAtFirstReference" must be true or false')
    expect(() => parseHouseStyle({ sayz: 'always' })).toThrow('unknown setting "sayz"; a house style has preset, insertionMark')
    expect(() => parseHouseStyle(['ap'])).toThrow('A house style must be a JSON object (got ["ap"])')
  })

  it('reads the checks to switch off in the checks’ order, refusing an unknown one', () => {
    expect(parseDisabledRules(['courtesy-title', 'quote-without-speaker', 'courtesy-title'])).toEqual(['quote-without-speaker', 'courtesy-title'])
    expect(() => parseDisabledRules(['loaded-verbs'])).toThrow(`unknown check "loaded-verbs"; the checks are ${RULE_IDS.join(', ')}`)
    expect(() => parseDisabledRules('loaded-verb')).toThrow('"disabledRules" must be a list of check names')
  })

  it('reads a house-style file with its checks switched off', () => {
    expect(parseHouseStyleFile({ preset: 'bbc', disabledRules: ['loaded-verb'] })).toEqual({ style: PRESETS.bbc, disabledRules: ['loaded-verb'] })
    expect(parseHouseStyleFile({})).toEqual({ style: PRESETS.reuters, disabledRules: [] })
    expect(() => parseHouseStyle({ preset: 'bbc', disabledRules: [] })).toThrow('unknown setting "disabledRules"')
  })
})
