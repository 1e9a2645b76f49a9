import { describe, expect, it } from 'vitest'
import { PRESETS } from '../../../core/analysis/houseStyle'
import { houseStyleLine, checkSettingsOf, analyzeOptionsOf } from '../../store/settingsSlice'
import { changeSetting, choosePreset, houseChangeOf, houseDraftOf, SETTING_ORDER, toggleCheck } from './houseStyleForm'

const none = { houseStyle: null, disabledRules: null }

describe('the house-style form', () => {
  it('shows the default preset until one is chosen, and offers every setting', () => {
    expect(houseDraftOf(none)).toEqual({ style: PRESETS.reuters, disabled: new Set() })
    expect(SETTING_ORDER).toEqual(['insertionMark', 'lateAttributionWords', 'titleAtFirstReference', 'quoteIntroduction', 'says', 'courtesyTitles'])
  })

  it('takes a preset’s settings; a changed setting makes the style Custom, the preset’s own value keeps it', () => {
    const ap = choosePreset(houseDraftOf(none), 'ap')
    expect(ap.style).toEqual(PRESETS.ap)
    expect(changeSetting(ap, 'quoteIntroduction', ',').style).toEqual(PRESETS.ap)
    const custom = changeSetting(ap, 'lateAttributionWords', 12)
    expect(custom.style).toEqual({ ...PRESETS.ap, preset: 'custom', lateAttributionWords: 12 })
    expect(changeSetting(custom, 'lateAttributionWords', 25).style.preset).toBe('custom')
    expect(choosePreset(ap, 'custom').style).toEqual({ ...PRESETS.ap, preset: 'custom' })
  })

  it('sends only what changed: a preset by name, a custom style in full, the checks off in the checks’ order', () => {
    const saved = { houseStyle: PRESETS.bbc, disabledRules: null }
    const draft = houseDraftOf(saved)
    expect(houseChangeOf(saved, draft)).toEqual({})
    expect(houseChangeOf(none, houseDraftOf(none))).toEqual({})
    expect(houseChangeOf(saved, choosePreset(draft, 'guardian'))).toEqual({ houseStyle: { preset: 'guardian' } })
    const custom = changeSetting(draft, 'says', 'never')
    expect(houseChangeOf(saved, custom)).toEqual({ houseStyle: { ...PRESETS.bbc, preset: 'custom', says: 'never' } })
    const off = toggleCheck(toggleCheck(draft, 'loaded-verb', false), 'quote-without-speaker', false)
    expect(houseChangeOf(saved, off)).toEqual({ disabledRules: ['quote-without-speaker', 'loaded-verb'] })
    expect(houseChangeOf({ houseStyle: null, disabledRules: ['loaded-verb'] }, toggleCheck(houseDraftOf({ houseStyle: null, disabledRules: ['loaded-verb'] }), 'loaded-verb', true))).toEqual({
      disabledRules: [],
    })
  })
})

describe('the checks panel’s house-style line', () => {
  it('names the style, says when it is the default, and counts the checks off', () => {
    expect(houseStyleLine(checkSettingsOf({ checkerName: null, ...none }))).toBe('House style: Reuters (default)')
    expect(houseStyleLine(checkSettingsOf({ checkerName: null, houseStyle: PRESETS.ap, disabledRules: null }))).toBe('House style: AP')
    expect(houseStyleLine(checkSettingsOf({ checkerName: null, houseStyle: { ...PRESETS.ap, preset: 'custom' }, disabledRules: ['loaded-verb', 'no-dateline'] }))).toBe(
      'House style: Custom · 2 checks off',
    )
  })
  it('gives the desk’s analysis the library’s options', () => {
    expect(analyzeOptionsOf(null)).toEqual({})
    expect(analyzeOptionsOf(checkSettingsOf({ checkerName: null, houseStyle: PRESETS.bbc, disabledRules: ['loaded-verb'] }))).toEqual({ ...PRESETS.bbc, disabledRules: ['loaded-verb'] })
  })
})
