import { REDO_COMMAND, UNDO_COMMAND } from 'lexical'
import type { AnnotationKind } from '../../../core/annotation/types'
import { useStore } from '../../store'
import { currentEditor } from '../editor/bridge'
import { ANNOTATE, JUMP_TO } from '../editor/commands'
import { openExportDialog } from '../export/exporting'
import { adjustStep, cancelAdjust, commitAdjust } from './adjust'

export interface DeskAction {
  id: string
  label: string
  /** As shown in the shortcut sheet */
  keys: string
  /**
   * Where the key works: 'desk' when focus is not in the text, 'selection' with words selected in the text,
   * 'adjusting' while a mark's boundaries are being adjusted
   */
  scope: 'desk' | 'selection' | 'anywhere' | 'adjusting'
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

export function decide(decision: 'accepted' | 'rejected') {
  const id = store().activeId
  if (!id) return store().notify('info', 'Click a mark first.')
  store().updateAnnotation(id, { decision })
}

export function moveFinding(delta: number) {
  const s = store()
  if (s.findings.length === 0) return
  s.setActiveFinding(s.activeFinding + delta)
  document.querySelector(`[data-finding-index="${store().activeFinding}"]`)?.scrollIntoView({ block: 'nearest' })
}

export function jumpToFinding() {
  const s = store()
  const f = s.findings[s.activeFinding]
  if (!f) return
  if (f.annotationId) s.setActive(f.annotationId)
  currentEditor()?.dispatchCommand(JUMP_TO, { start: f.start, end: f.end })
}

export const ACTIONS: DeskAction[] = [
  { id: 'import', label: 'Import files…', keys: 'Ctrl+O', scope: 'anywhere', run: () => document.getElementById('import-input')?.click() },
  { id: 'export', label: 'Export the story…', keys: 'Ctrl+E', scope: 'anywhere', run: openExportDialog },
  { id: 'palette', label: 'Command palette', keys: 'Ctrl+K', scope: 'anywhere', run: () => store().setOverlay('palette') },
  { id: 'settings', label: 'Settings…', keys: 'Ctrl+,', scope: 'anywhere', run: () => store().setOverlay('settings') },
  { id: 'shortcuts', label: 'Keyboard shortcuts', keys: '?', scope: 'desk', run: () => store().setOverlay('shortcuts') },
  { id: 'quote', label: 'Mark selection as a quote', keys: 'Q', scope: 'selection', run: () => annotate('quote') },
  { id: 'claim', label: 'Mark selection as a claim', keys: 'C', scope: 'selection', run: () => annotate('claim') },
  { id: 'person', label: 'Mark selection as a person', keys: 'P', scope: 'selection', run: () => annotate('speaker') },
  { id: 'credit', label: 'Mark selection as a credit', keys: 'R', scope: 'selection', run: () => annotate('credit') },
  { id: 'note', label: 'Add a note on the selection', keys: 'N', scope: 'selection', run: () => annotate('note') },
  { id: 'accept', label: 'Accept the mark', keys: 'A', scope: 'desk', run: () => decide('accepted') },
  { id: 'reject', label: 'Reject the mark', keys: 'X', scope: 'desk', run: () => decide('rejected') },
  { id: 'speaker', label: 'Change the speaker', keys: 'S', scope: 'desk', run: () => focusPanel('#speaker-picker') },
  { id: 'adjust-end', label: 'Adjust the mark: move its end (Ctrl: by a word)', keys: 'Shift+← / →', scope: 'desk', run: () => adjustStep('end', 1, true) },
  { id: 'adjust-start', label: 'Adjust the mark: move its start (Ctrl: by a word)', keys: 'Alt+Shift+← / →', scope: 'desk', run: () => adjustStep('start', -1, true) },
  { id: 'adjust-commit', label: 'Keep the new boundaries', keys: 'Enter', scope: 'adjusting', run: commitAdjust },
  { id: 'adjust-cancel', label: 'Drop the new boundaries', keys: 'Esc', scope: 'adjusting', run: cancelAdjust },
  { id: 'to-card', label: 'Leave the text for the card', keys: 'Esc', scope: 'anywhere', run: () => focusPanel('.card') },
  { id: 'next', label: 'Next finding', keys: 'J', scope: 'desk', run: () => moveFinding(1) },
  { id: 'prev', label: 'Previous finding', keys: 'K', scope: 'desk', run: () => moveFinding(-1) },
  { id: 'jump', label: 'Jump to the finding', keys: 'Enter', scope: 'desk', run: jumpToFinding },
  { id: 'dismiss', label: 'Dismiss the finding (with a reason)', keys: 'D', scope: 'desk', run: () => focusPanel('#dismiss-reason') },
  { id: 'checks', label: 'Go to the checks', keys: 'Alt+2', scope: 'anywhere', run: () => focusPanel('#checks-list') },
  { id: 'text', label: 'Go to the text', keys: 'Alt+1', scope: 'anywhere', run: () => currentEditor()?.focus() },
  { id: 'undo', label: 'Undo', keys: 'Ctrl+Z', scope: 'anywhere', run: () => currentEditor()?.dispatchCommand(UNDO_COMMAND, undefined) },
  { id: 'redo', label: 'Redo', keys: 'Ctrl+Shift+Z', scope: 'anywhere', run: () => currentEditor()?.dispatchCommand(REDO_COMMAND, undefined) },
  { id: 'save', label: 'Save now', keys: 'Ctrl+S', scope: 'anywhere', run: () => void store().flush() },
]

const byKey = (k: string) => ACTIONS.find((a) => a.scope !== 'adjusting' && a.keys.toLowerCase() === k.toLowerCase())

/** The desk's keyboard: one handler on the window. Single letters never fire while the editor types text. */
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
  // Boundaries of the active mark, from outside the text (the card): Shift+arrows, Alt for the start, Ctrl by words.
  if (!inText && !inField && e.shiftKey && useStore.getState().overlay === 'none' && (e.key === 'ArrowLeft' || e.key === 'ArrowRight')) {
    e.preventDefault()
    return adjustStep(e.altKey ? 'start' : 'end', e.key === 'ArrowRight' ? 1 : -1, mod)
  }
  if (useStore.getState().adjusting && !inField && !mod && (e.key === 'Enter' || e.key === 'Escape')) {
    e.preventDefault()
    return e.key === 'Enter' ? commitAdjust() : cancelAdjust()
  }
  if (mod && !e.altKey) {
    const k = e.key.toLowerCase()
    if (k === 'k') return run(byKey('Ctrl+K'))
    if (k === 'o') return run(byKey('Ctrl+O'))
    if (k === 's') return run(byKey('Ctrl+S'))
    if (k === ',') return run(byKey('Ctrl+,'))
    if (k === 'e' && !e.shiftKey) return run(byKey('Ctrl+E'))
    // Undo and redo from a panel reach the editor; inside the editor Lexical handles them itself.
    if (!inText && !inField && k === 'z') return run(byKey(e.shiftKey ? 'Ctrl+Shift+Z' : 'Ctrl+Z'))
    if (!inText && !inField && k === 'y') return run(byKey('Ctrl+Shift+Z'))
    return
  }
  if (e.altKey && (e.key === '1' || e.key === '2')) return run(byKey(`Alt+${e.key}`))
  if (e.altKey || mod) return
  if (useStore.getState().overlay !== 'none') return
  if (inText) {
    if (e.key === 'Escape') return run(byKey('Esc'))
    const sel = window.getSelection()
    if (sel && !sel.isCollapsed && /^[qcprn]$/i.test(e.key)) return run(byKey(e.key.toUpperCase()))
    return
  }
  if (inField) return
  if (e.key === '?') return run(byKey('?'))
  if (e.key === 'Enter') {
    if (target?.closest('#checks-list')) run(byKey('Enter'))
    return
  }
  if (/^[axsjkdqcprn]$/i.test(e.key) && !e.shiftKey) run(byKey(e.key.toUpperCase()))
}
