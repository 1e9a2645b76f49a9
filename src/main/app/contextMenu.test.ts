import { describe, expect, it } from 'vitest'
import { contextMenuTemplate, dictionaryUrlFrom, spellLanguagesFor, type ContextParams } from './contextMenu'

const flags = { canCut: true, canCopy: true, canPaste: true, canSelectAll: true }
const base: ContextParams = { isEditable: true, selectionText: '', misspelledWord: '', dictionarySuggestions: [], editFlags: flags }

function recorder() {
  const calls: string[] = []
  return {
    calls,
    actions: {
      replaceMisspelling: (w: string) => calls.push(`replace:${w}`),
      addToDictionary: (w: string) => calls.push(`add:${w}`),
      lookUp: () => calls.push('lookUp'),
    },
  }
}
const summary = (items: ReturnType<typeof contextMenuTemplate>) =>
  items.map((i) => (i.type === 'separator' ? '---' : `${i.role ?? i.label}${i.enabled === false ? ' (off)' : ''}`))

describe('the context menu', () => {
  it('in editable text: Cut, Copy, Paste, Select All, enabled as Chromium says', () => {
    const { actions } = recorder()
    expect(summary(contextMenuTemplate(base, 'win32', actions))).toEqual(['cut', 'copy', 'paste', '---', 'selectAll'])
    const none = { ...base, editFlags: { canCut: false, canCopy: false, canPaste: true, canSelectAll: true } }
    expect(summary(contextMenuTemplate(none, 'linux', actions))).toEqual(['cut (off)', 'copy (off)', 'paste', '---', 'selectAll'])
  })

  it('outside editable text (panels, read-only story in review mode): Copy and Select All', () => {
    const { actions } = recorder()
    const ro = { ...base, isEditable: false, selectionText: 'said on Tuesday', editFlags: { ...flags, canCut: false, canPaste: false } }
    expect(summary(contextMenuTemplate(ro, 'linux', actions))).toEqual(['copy', '---', 'selectAll'])
  })

  it('a misspelled word: its suggestions replace it, Add to Dictionary adds it', () => {
    const { actions, calls } = recorder()
    const items = contextMenuTemplate({ ...base, misspelledWord: 'goverment', dictionarySuggestions: ['government', 'governments'] }, 'win32', actions)
    expect(summary(items)).toEqual(['government', 'governments', '---', 'Add to Dictionary', '---', 'cut', 'copy', 'paste', '---', 'selectAll'])
    items[0]?.click?.({} as never, undefined, {} as never)
    items[3]?.click?.({} as never, undefined, {} as never)
    expect(calls).toEqual(['replace:government', 'add:goverment'])
  })

  it('says when there are no suggestions, and shows at most six', () => {
    const { actions } = recorder()
    expect(summary(contextMenuTemplate({ ...base, misspelledWord: 'Zelenskyy' }, 'linux', actions)).slice(0, 3)).toEqual(['No Spelling Suggestions (off)', '---', 'Add to Dictionary'])
    const many = contextMenuTemplate({ ...base, misspelledWord: 'teh', dictionarySuggestions: ['the', 'tea', 'ten', 'tech', 'eh', 'Th', 'tee'] }, 'linux', actions)
    expect(summary(many).indexOf('---')).toBe(6)
  })

  it('macOS adds Look Up for a selection', () => {
    const { actions, calls } = recorder()
    const items = contextMenuTemplate({ ...base, selectionText: 'Secretary-General António Guterres' }, 'darwin', actions)
    expect(summary(items)[0]).toBe('Look Up “Secretary-General Antón…”')
    items[0]?.click?.({} as never, undefined, {} as never)
    expect(calls).toEqual(['lookUp'])
    expect(summary(contextMenuTemplate({ ...base, selectionText: 'x' }, 'win32', actions))).not.toContain('Look Up “x”')
  })
})

describe("the spell checker follows the story's language", () => {
  const available = ['de-DE', 'en-AU', 'en-GB', 'en-US', 'fr', 'pt-BR']
  it('exact tag, else the regional variants of the language', () => {
    expect(spellLanguagesFor('en-GB', available)).toEqual(['en-GB'])
    expect(spellLanguagesFor('en', available)).toEqual(['en-AU', 'en-GB', 'en-US'])
    expect(spellLanguagesFor('de', available)).toEqual(['de-DE'])
    expect(spellLanguagesFor('de_AT', available)).toEqual(['de-DE'])
    expect(spellLanguagesFor('FR-fr', available)).toEqual(['fr'])
  })
  it('unknown, unavailable or junk: null (the choice stays as it is)', () => {
    expect(spellLanguagesFor(null, available)).toBeNull()
    expect(spellLanguagesFor('ar', available)).toBeNull()
    expect(spellLanguagesFor('english', available)).toBeNull()
    expect(spellLanguagesFor('', available)).toBeNull()
  })
})

describe('dictionaries for an offline newsroom', () => {
  it('WIREMARK_DICTIONARIES_URL points Chromium at the newsroom\'s own copy, with the trailing slash it needs', () => {
    expect(dictionaryUrlFrom({ WIREMARK_DICTIONARIES_URL: 'https://intranet.example/hunspell' })).toBe('https://intranet.example/hunspell/')
    expect(dictionaryUrlFrom({ WIREMARK_DICTIONARIES_URL: 'file:///srv/dicts/' })).toBe('file:///srv/dicts/')
    expect(dictionaryUrlFrom({})).toBeNull()
    expect(dictionaryUrlFrom({ WIREMARK_DICTIONARIES_URL: 'javascript:alert(1)' })).toBeNull()
    expect(dictionaryUrlFrom({ WIREMARK_DICTIONARIES_URL: 'not a url' })).toBeNull()
  })
})
