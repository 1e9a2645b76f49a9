import { describe, expect, it } from 'vitest'
import { changeOf, draftOf, SETTING_FIELDS } from './fields'

describe('the Settings form', () => {
  it('shows every setting as text, empty where none is set', () => {
    expect(SETTING_FIELDS.map((f) => f.key)).toEqual(['checkerName'])
    expect(draftOf({ checkerName: null })).toEqual({ checkerName: '' })
    expect(draftOf({ checkerName: 'Sam Checker' })).toEqual({ checkerName: 'Sam Checker' })
  })

  it('sends only what changed, trimmed, and an emptied field as null', () => {
    expect(changeOf({ checkerName: 'Sam Checker' }, { checkerName: '  Sam  Checker ' })).toEqual({})
    expect(changeOf({ checkerName: null }, { checkerName: ' Sam Checker ' })).toEqual({ checkerName: 'Sam Checker' })
    expect(changeOf({ checkerName: 'Sam Checker' }, { checkerName: '   ' })).toEqual({ checkerName: null })
  })
})
