import type { MenuItemConstructorOptions } from 'electron'

/** The part of Electron's ContextMenuParams the menu reads. */
export interface ContextParams {
  isEditable: boolean
  selectionText: string
  misspelledWord: string
  dictionarySuggestions: string[]
  editFlags: { canCut: boolean; canCopy: boolean; canPaste: boolean; canSelectAll: boolean }
}

export interface ContextActions {
  /** webContents.replaceMisspelling */
  replaceMisspelling: (word: string) => void
  /** session.addWordToSpellCheckerDictionary */
  addToDictionary: (word: string) => void
  /** webContents.showDefinitionForSelection (macOS) */
  lookUp: () => void
}

const MAX_SUGGESTIONS = 6

/**
 * The right-click menu, anywhere in the window (story text, notes, search, panels): spelling first where the word
 * under the pointer is misspelled (Chromium's suggestions, "Add to Dictionary"), then Look Up on macOS for a
 * selection, then Cut, Copy, Paste and Select All, each enabled as Chromium's editFlags say (in review mode the story
 * text is read-only, so Cut and Paste are off there). Cut and Paste appear only where something is editable.
 */
export function contextMenuTemplate(params: ContextParams, platform: NodeJS.Platform, actions: ContextActions): MenuItemConstructorOptions[] {
  const items: MenuItemConstructorOptions[] = []
  const word = params.misspelledWord.trim()
  if (word) {
    const suggestions = params.dictionarySuggestions.slice(0, MAX_SUGGESTIONS)
    if (suggestions.length === 0) items.push({ label: 'No Spelling Suggestions', enabled: false })
    for (const s of suggestions) items.push({ label: s, click: () => actions.replaceMisspelling(s) })
    items.push({ type: 'separator' }, { label: 'Add to Dictionary', click: () => actions.addToDictionary(word) }, { type: 'separator' })
  }
  const selection = params.selectionText.trim()
  if (platform === 'darwin' && selection) {
    const shown = selection.length > 24 ? `${selection.slice(0, 23)}…` : selection
    items.push({ label: `Look Up “${shown}”`, click: () => actions.lookUp() }, { type: 'separator' })
  }
  const f = params.editFlags
  if (params.isEditable) items.push({ role: 'cut', enabled: f.canCut })
  items.push({ role: 'copy', enabled: f.canCopy })
  if (params.isEditable) items.push({ role: 'paste', enabled: f.canPaste })
  items.push({ type: 'separator' }, { role: 'selectAll', enabled: f.canSelectAll })
  return items
}

/**
 * The spell checker's languages for a story in `language` (a BCP 47 tag from the wire file, e.g. "en", "de-DE"),
 * among the dictionaries Chromium offers: the exact tag, else every regional variant of its language (en → en-GB,
 * en-US, …), else null (unknown or unavailable: leave the current choice). macOS ignores this: it uses the system's.
 */
export function spellLanguagesFor(language: string | null | undefined, available: readonly string[]): string[] | null {
  if (!language) return null
  const tag = language.trim().replace(/_/g, '-').toLowerCase()
  if (!/^[a-z]{2,3}(-[a-z0-9]{2,8})*$/.test(tag)) return null
  const exact = available.filter((a) => a.toLowerCase() === tag)
  if (exact.length > 0) return exact
  const primary = tag.split('-')[0] as string
  const variants = available.filter((a) => a.toLowerCase() === primary || a.toLowerCase().startsWith(`${primary}-`))
  return variants.length > 0 ? variants.slice(0, 3) : null
}

/**
 * Where Chromium fetches Hunspell dictionaries (Windows and Linux), from WIREMARK_DICTIONARIES_URL: an offline
 * newsroom's own copy of Electron's hunspell_dictionaries.zip. Null (Google's CDN) when unset or not http(s)/file.
 * The trailing slash Electron needs is added.
 */
export function dictionaryUrlFrom(env: Record<string, string | undefined>): string | null {
  const raw = env.WIREMARK_DICTIONARIES_URL?.trim()
  if (!raw) return null
  try {
    const u = new URL(raw)
    if (!['https:', 'http:', 'file:'].includes(u.protocol)) return null
    return u.href.endsWith('/') ? u.href : `${u.href}/`
  } catch {
    return null // not a URL: keep the default
  }
}
