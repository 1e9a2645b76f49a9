import { REDO_COMMAND, UNDO_COMMAND } from 'lexical'
import type { AnnotationKind } from '../../../core/annotation/types'
import { useStore } from '../../store'
import { currentEditor } from '../editor/bridge'
import { ANNOTATE, JUMP_TO, REMOVE_MARK } from '../editor/commands'
import { openExportDialog } from '../export/exporting'
import { openAnnotationImport } from '../import/annotationImport'
import { adjustStep, cancelAdjust, commitAdjust } from './adjust'
import type { DeskMode } from '../../store/deskSlice'

export interface DeskAction {
  id: string
  label: string
  /** As shown in the shortcut sheet; '' for an action without a key (the palette and its button reach it) */
  keys: string
  /**
   * Where the key works: 'review' in review mode, or outside the text in edit mode (single keys never act in the
   * text the editor is typing in); 'anywhere' with its modifier; 'adjusting' while a mark's boundaries are being
   * adjusted
   */
  scope: 'review' | 'anywhere' | 'adjusting'
  /** The chord that does the same in edit mode, with the caret in the text */
  editKeys?: string
  run: () => void
}

/** The kinds an editor marks by hand, with their keys (toolbar legend, context menu). */
export const MARK_KINDS: readonly { kind: AnnotationKind; key: string }[] = [
  { kind: 'quote', key: 'Q' },
  { kind: 'claim', key: 'C' },
  { kind: 'speaker', key: 'P' },
  { kind: 'credit', key: 'R' },
  { kind: 'note', key: 'N' },
]

const store = () => useStore.getState()

export const annotate = (kind: AnnotationKind) => currentEditor()?.dispatchCommand(ANNOTATE, { kind })

export function focusPanel(selector: string) {
  const el = document.querySelector<HTMLElement>(selector)
  el?.focus()
}

/**
 * S: the speaker list opens (its letters highlight a name; Enter picks it, Esc closes it unchanged), or the name
 * box of a new person takes the focus.
 */
export function openSpeakerPicker() {
  const el = document.querySelector<HTMLElement>('#speaker-picker')
  if (!el) return store().notify('info', 'Pick a quote, a person or a claim first: its card has the speaker (a claim’s source).')
  // The list opens with the focus in it; Esc closes it with nothing changed and the focus back on the card.
  el.dispatchEvent(new Event('wiremark:open'))
}

export function decide(decision: 'accepted' | 'rejected') {
  const id = store().activeId
  if (!id) {
    const onFinding = !!store().findings[store().activeFinding]
    return store().notify('info', onFinding ? 'No mark here: no mark covers this finding’s words, so nothing was decided.' : 'Pick a mark first: click it, or walk the checks with J and K.')
  }
  store().updateAnnotation(id, { decision })
}

/** Removes a mark of the editor's own from the text (its card's button and its context menu; Ctrl+Z brings it back). */
export const removeMark = (id: string) => currentEditor()?.dispatchCommand(REMOVE_MARK, { id })

/** J and K: the next or previous finding, and its mark the active one (the store keeps the two together). */
export function moveFinding(delta: number) {
  const s = store()
  if (s.findings.length === 0) return
  // (The checks panel brings the finding and the mark's card into view once they are drawn.)
  s.setActiveFinding(s.activeFinding + delta)
  // The text follows: the active mark, when it is out of the story's view, is scrolled to its middle; the focus stays.
  const id = store().activeId
  const mark = id ? [...document.querySelectorAll<HTMLElement>('[data-testid="editor"] mark[data-ids]')].find((m) => m.dataset.ids!.split(' ').includes(id)) : undefined
  if (mark && !inStoryView(mark)) mark.scrollIntoView({ block: 'center' })
}

/** Whether an element of the story shows in its column, below the column's sticky head (which scrolls under nothing). */
function inStoryView(el: Element): boolean {
  const area = el.closest('.editor-area')
  if (!area) return true
  const view = area.getBoundingClientRect()
  const top = Math.max(view.top, area.querySelector('.desk-head')?.getBoundingClientRect().bottom ?? view.top)
  const r = el.getBoundingClientRect()
  return r.top >= top && r.bottom <= view.bottom
}

/** D: the reason box of the selected finding; with none selected (the active mark has no finding), says so. */
function dismissSelected() {
  if (!store().findings[store().activeFinding]) return store().notify('info', 'No finding is selected: this mark has none. J and K walk the checks.')
  focusPanel('#dismiss-reason')
}

/** Shows the active finding's words (and makes its mark the active one); in review mode the focus stays put. */
export function jumpToFinding() {
  const s = store()
  const f = s.findings[s.activeFinding]
  if (!f) return
  if (f.annotationId) s.setActive(f.annotationId)
  currentEditor()?.dispatchCommand(JUMP_TO, { start: f.start, end: f.end })
}

/** Switches between review (read-only text) and edit; entering edit puts the caret in the text. */
export function setMode(mode: DeskMode, fromTextKey = false) {
  if (!store().detail) return
  // (Asked before the switch: the text gives its focus up when it turns read-only. A key typed in the text says so
  // itself: the editor may have let the focus go by the time the key reaches the desk.)
  const fromText = fromTextKey || !!document.activeElement?.closest('[data-testid="editor"]')
  store().setMode(mode)
  if (mode === 'edit') setTimeout(() => currentEditor()?.focus(), 0)
  // (After the switch has drawn the desk again.) The active mark's card, else the text, read-only now: never nothing.
  else if (fromText) setTimeout(() => (document.querySelector<HTMLElement>('[data-testid="card"]') ?? document.querySelector<HTMLElement>('[data-testid="editor"]'))?.focus(), 0)
}

export const ACTIONS: DeskAction[] = [
  { id: 'import', label: 'Import files…', keys: 'Ctrl+O', scope: 'anywhere', run: () => document.getElementById('import-input')?.click() },
  { id: 'export', label: 'Export the story…', keys: 'Ctrl+E', scope: 'anywhere', run: openExportDialog },
  { id: 'import-annotations', label: 'Import annotations (W3C, Hypothesis) onto the story…', keys: '', scope: 'anywhere', run: openAnnotationImport },
  { id: 'palette', label: 'Command palette', keys: 'Ctrl+K', scope: 'anywhere', run: () => store().setOverlay('palette') },
  { id: 'settings', label: 'Settings…', keys: 'Ctrl+,', scope: 'anywhere', run: () => store().setOverlay('settings') },
  { id: 'shortcuts', label: 'Keyboard shortcuts', keys: '?', scope: 'review', run: () => store().setOverlay('shortcuts') },
  { id: 'mode', label: 'Switch between review and edit', keys: 'F2', scope: 'anywhere', run: () => setMode(store().mode === 'edit' ? 'review' : 'edit') },
  { id: 'edit', label: 'Edit the text', keys: 'E', scope: 'review', run: () => setMode('edit') },
  { id: 'review', label: 'Back to review (read-only text)', keys: 'Esc', scope: 'anywhere', run: () => setMode('review') },
  { id: 'quote', label: 'Mark the selected words as a quote', keys: 'Q', scope: 'review', editKeys: 'Ctrl+Alt+Q', run: () => annotate('quote') },
  { id: 'claim', label: 'Mark the selected words as a claim', keys: 'C', scope: 'review', editKeys: 'Ctrl+Alt+C', run: () => annotate('claim') },
  { id: 'person', label: 'Mark the selected words as a person', keys: 'P', scope: 'review', editKeys: 'Ctrl+Alt+P', run: () => annotate('speaker') },
  { id: 'credit', label: 'Mark the selected words as a credit', keys: 'R', scope: 'review', editKeys: 'Ctrl+Alt+R', run: () => annotate('credit') },
  { id: 'note', label: 'Add a note on the selected words', keys: 'N', scope: 'review', editKeys: 'Ctrl+Alt+N', run: () => annotate('note') },
  { id: 'accept', label: 'Accept the active mark', keys: 'A', scope: 'review', run: () => decide('accepted') },
  { id: 'reject', label: 'Reject the active mark', keys: 'X', scope: 'review', run: () => decide('rejected') },
  { id: 'speaker', label: 'Change the speaker (of a claim: its source)', keys: 'S', scope: 'review', run: openSpeakerPicker },
  { id: 'adjust-end', label: 'Adjust the mark: move its end (Ctrl: by a word)', keys: 'Shift+← / →', scope: 'review', run: () => adjustStep('end', 1, true) },
  { id: 'adjust-start', label: 'Adjust the mark: move its start (Ctrl: by a word)', keys: 'Alt+Shift+← / →', scope: 'review', run: () => adjustStep('start', -1, true) },
  { id: 'adjust-commit', label: 'Keep the new boundaries', keys: 'Enter', scope: 'adjusting', run: commitAdjust },
  { id: 'adjust-cancel', label: 'Drop the new boundaries', keys: 'Esc', scope: 'adjusting', run: cancelAdjust },
  { id: 'next', label: 'Next finding', keys: 'J', scope: 'review', run: () => moveFinding(1) },
  { id: 'prev', label: 'Previous finding', keys: 'K', scope: 'review', run: () => moveFinding(-1) },
  { id: 'jump', label: "Show the finding's words (the focus stays)", keys: 'Enter', scope: 'review', run: jumpToFinding },
  { id: 'dismiss', label: 'Dismiss the finding (with a reason)', keys: 'D', scope: 'review', run: dismissSelected },
  { id: 'checks', label: 'Go to the checks', keys: 'Alt+2', scope: 'anywhere', run: () => focusPanel('#checks-list') },
  { id: 'text', label: 'Go to the text (edit mode)', keys: 'Alt+1', scope: 'anywhere', run: () => setMode('edit') },
  { id: 'undo', label: 'Undo', keys: 'Ctrl+Z', scope: 'anywhere', run: () => currentEditor()?.dispatchCommand(UNDO_COMMAND, undefined) },
  { id: 'redo', label: 'Redo', keys: 'Ctrl+Shift+Z', scope: 'anywhere', run: () => currentEditor()?.dispatchCommand(REDO_COMMAND, undefined) },
  { id: 'save', label: 'Save now', keys: 'Ctrl+S', scope: 'anywhere', run: () => void store().flush() },
]

const action = (id: string) => ACTIONS.find((a) => a.id === id)

/** The single keys of review mode, by the key pressed. */
const REVIEW_KEYS: Record<string, string> = {
  a: 'accept', x: 'reject', s: 'speaker', j: 'next', k: 'prev', d: 'dismiss', e: 'edit',
  q: 'quote', c: 'claim', p: 'person', r: 'credit', n: 'note',
}
const MARK_BY_LETTER: Record<string, AnnotationKind> = { q: 'quote', c: 'claim', p: 'speaker', r: 'credit', n: 'note' }

/** The mark kind of Ctrl+Alt+letter (⌘⌥ on macOS, where ⌥ changes the character, hence the key code). */
function markChord(e: KeyboardEvent): AnnotationKind | null {
  if (!e.altKey || e.shiftKey || !(e.ctrlKey || e.metaKey)) return null
  const letter = e.key.length === 1 && MARK_BY_LETTER[e.key.toLowerCase()] ? e.key.toLowerCase() : e.metaKey ? /^Key([A-Z])$/.exec(e.code)?.[1]?.toLowerCase() : undefined
  // (AltGr on Windows is Ctrl+Alt: AltGr+Q types "@", whose key is not a letter here, so typing it still works.)
  return letter ? (MARK_BY_LETTER[letter] ?? null) : null
}

/**
 * The desk's keyboard: one handler on the window. The story text is read-only in review mode, so no key can
 * change it there; in edit mode single keys in the text type, and marking takes Ctrl+Alt+letter.
 */
export function onDeskKey(e: KeyboardEvent) {
  const target = e.target instanceof HTMLElement ? e.target : null
  const inText = !!target?.closest('[contenteditable="true"]')
  const inField = !!target?.closest('input, textarea, select')
  const mod = e.ctrlKey || e.metaKey
  const run = (a: DeskAction | undefined) => {
    if (!a) return
    e.preventDefault()
    a.run()
  }
  const s = store()
  if (e.key === 'F2' && !mod && !e.altKey && !e.shiftKey) return run(action('mode'))
  const chord = markChord(e)
  if (chord) {
    if (inField || s.overlay !== 'none') return
    e.preventDefault()
    return annotate(chord)
  }
  // Boundaries of the active mark, from outside the text (the card): Shift+arrows, Alt for the start, Ctrl by words.
  if (!inText && !inField && e.shiftKey && s.overlay === 'none' && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    e.preventDefault()
    return adjustStep(e.altKey ? 'start' : 'end', e.key === 'ArrowRight' ? 1 : -1, mod)
  }
  if (s.adjusting && !inField && !mod && (e.key === 'Enter' || e.key === 'Escape')) {
    e.preventDefault()
    return e.key === 'Enter' ? commitAdjust() : cancelAdjust()
  }
  if (mod && !e.altKey) {
    const k = e.key.toLowerCase()
    if (k === 'k') return run(action('palette'))
    if (k === 'o') return run(action('import'))
    if (k === 's') return run(action('save'))
    if (k === 'e' && !e.shiftKey) return run(action('export'))
    if (k === ',') return run(action('settings'))
    // Undo and redo from a panel reach the editor; inside the editor Lexical handles them itself.
    if (!inText && !inField && k === 'z') return run(action(e.shiftKey ? 'redo' : 'undo'))
    if (!inText && !inField && k === 'y') return run(action('redo'))
    return
  }
  if (e.altKey && (e.key === '1' || e.key === '2')) return run(action(e.key === '1' ? 'text' : 'checks'))
  if (e.altKey || mod) return
  if (s.overlay !== 'none') return
  if (inText) {
    // Edit mode, typing: only Esc acts, back to review with the focus on the card.
    if (e.key === 'Escape') {
      e.preventDefault()
      return setMode('review', true)
    }
    return
  }
  if (inField) return
  if (e.key === '?') return run(action('shortcuts'))
  if (e.key === 'Enter') {
    // Enter keeps its own meaning on a button, a link or a disclosure.
    if (target?.closest('button, a, summary, [role="menuitem"], [role="tab"], [role="radio"]')) return
    return run(action('jump'))
  }
  const id = e.shiftKey ? undefined : REVIEW_KEYS[e.key.toLowerCase()]
  if (id) run(action(id))
}
