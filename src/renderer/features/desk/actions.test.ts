// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../../core/annotation/types'

vi.mock('../../lib/api', () => ({ call: vi.fn(async () => ({ ok: true, value: null })) }))
const { useStore } = await import('../../store')
const { setCurrentEditor } = await import('../editor/bridge')
const { ANNOTATE, JUMP_TO } = await import('../editor/commands')
const { onDeskKey } = await import('./actions')

// The desk's key handling as a table: where the focus is × the mode × the key × words selected or not → what
// happens, and whether the key is left to type. The editor is a recorder of the commands it is sent.
const commands: { type: unknown; payload: unknown }[] = []
const editor = { dispatchCommand: (type: unknown, payload: unknown) => (commands.push({ type, payload }), true), focus: () => {} }

document.body.innerHTML = `
  <div data-testid="editor" contenteditable="false"><p id="words">Some words in the story</p></div>
  <section class="card" tabindex="-1"><textarea aria-label="Note"></textarea><button id="btn">Accept</button></section>
  <ul id="checks-list" tabindex="0"></ul>`
const el = (sel: string) => document.querySelector(sel) as HTMLElement

const suggestion = { id: 'm1', kind: 'quote', origin: 'auto', start: 0, end: 4, selector: { exact: 'Some', prefix: '', suffix: '' }, status: 'unchecked', decision: null, speaker: null, attribution: null, cue: null, note: null, evidence: [], suggestionId: null, anchor: 'exact', storyId: 'st', versionId: 'v1', author: 'wiremark', createdAt: 't', updatedAt: 't' } as Annotation
const finding = (i: number) => ({ rule: 'unattributed-claim', severity: 'warning', message: 'm', start: i, end: i + 4, key: `k${i}`, annotationId: null }) as never

function reset(mode: 'review' | 'edit') {
  commands.length = 0
  setCurrentEditor(editor as never)
  el('[data-testid="editor"]').setAttribute('contenteditable', mode === 'edit' ? 'true' : 'false')
  useStore.setState({
    detail: { story: { id: 'st' }, version: { id: 'v1' } } as never,
    records: { m1: suggestion },
    presentIds: new Set(['m1']),
    activeId: 'm1',
    findings: [finding(0), finding(5), finding(10)],
    activeFinding: 0,
    overlay: 'none',
    mode,
    undoSteps: [],
    redoSteps: [],
  })
  window.getSelection()?.removeAllRanges()
}

function selectWords() {
  const range = document.createRange()
  range.selectNodeContents(el('#words'))
  window.getSelection()?.addRange(range)
}

/** Presses a key with the focus in `target`; returns whether the desk took it (prevented its default). */
function press(target: HTMLElement, key: string, mods: Partial<Pick<KeyboardEvent, 'ctrlKey' | 'altKey' | 'shiftKey' | 'metaKey'>> = {}, code = '') {
  const e = new KeyboardEvent('keydown', { key, code, bubbles: true, cancelable: true, ...mods })
  target.dispatchEvent(e)
  onDeskKey(e)
  return e.defaultPrevented
}

const decisionOf = () => Object.values(useStore.getState().records).find((r) => r.suggestionId === 'm1')?.decision ?? null
const annotated = () => commands.filter((c) => c.type === ANNOTATE).map((c) => (c.payload as { kind: string }).kind)

describe('the desk keys, review mode', () => {
  beforeEach(() => reset('review'))

  it.each([
    ['the read-only text', '[data-testid="editor"]'],
    ['the card', '.card'],
    ['the checks list', '#checks-list'],
    ['nowhere', 'body'],
  ])('from %s, A and X decide on the active mark and J/K walk the findings', (_where, sel) => {
    const t = el(sel)
    press(t, 'j')
    press(t, 'j')
    press(t, 'k')
    press(t, 'k')
    expect([useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([0, 'm1'])
    expect(press(t, 'a')).toBe(true)
    expect(decisionOf()).toBe('accepted')
    expect(press(t, 'x')).toBe(true)
    expect(decisionOf()).toBe('rejected')
  })

  it('a finding no mark covers leaves no mark active: A, X after it decide nothing and say so', () => {
    // As a story opens: no finding selected, no mark active; the first J selects the first finding (on m1).
    useStore.setState({ activeFinding: -1, activeId: null, toasts: [] })
    press(el('#checks-list'), 'j')
    expect([useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([0, 'm1'])
    press(el('#checks-list'), 'j')
    expect([useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([1, null])
    press(el('#checks-list'), 'a')
    press(el('#checks-list'), 'x')
    expect(decisionOf()).toBeNull()
    expect(Object.keys(useStore.getState().records)).toEqual(['m1'])
    expect(useStore.getState().toasts.map((t) => t.message)[0]).toMatch(/^No mark here/)
  })

  it('Enter on the checks shows the finding without moving the focus; on a button it stays the button\'s', () => {
    el('#checks-list').focus()
    expect(press(el('#checks-list'), 'Enter')).toBe(true)
    expect(commands.map((c) => c.type)).toEqual([JUMP_TO])
    expect(document.activeElement).toBe(el('#checks-list'))
    commands.length = 0
    expect(press(el('#btn'), 'Enter')).toBe(false)
    expect(commands).toEqual([])
  })

  it('Q C P R N mark the selected words; a key typed in a field is the field\'s', () => {
    selectWords()
    for (const k of ['q', 'c', 'p', 'r', 'n']) press(el('[data-testid="editor"]'), k)
    expect(annotated()).toEqual(['quote', 'claim', 'speaker', 'credit', 'note'])
    commands.length = 0
    expect(press(el('textarea'), 'a')).toBe(false)
    expect(press(el('textarea'), 'q')).toBe(false)
    expect(decisionOf()).toBeNull()
    expect(commands).toEqual([])
  })

  it('E and F2 switch to edit; no single key acts while an overlay is open', () => {
    useStore.setState({ overlay: 'palette' })
    expect(press(el('body'), 'a')).toBe(false)
    expect(decisionOf()).toBeNull()
    useStore.setState({ overlay: 'none' })
    press(el('body'), 'e')
    expect(useStore.getState().mode).toBe('edit')
    press(el('body'), 'F2')
    expect(useStore.getState().mode).toBe('review')
  })
})

describe('the desk keys, edit mode with the caret in the text', () => {
  beforeEach(() => reset('edit'))
  const text = () => el('[data-testid="editor"]')

  it.each(['a', 'x', 'j', 'k', 'd', 's', 'q', 'n', 'Enter', 'Backspace'])('%s types (the desk leaves it to the text), words selected or not', (k) => {
    expect(press(text(), k)).toBe(false)
    selectWords()
    expect(press(text(), k)).toBe(false)
    expect(decisionOf()).toBeNull()
    expect(commands).toEqual([])
    expect(useStore.getState().activeFinding).toBe(0)
  })

  it('Ctrl+Alt+letter marks the selection (⌘⌥ by key code on macOS); AltGr+Q still types its character', () => {
    selectWords()
    expect(press(text(), 'q', { ctrlKey: true, altKey: true }, 'KeyQ')).toBe(true)
    expect(press(text(), 'œ', { metaKey: true, altKey: true }, 'KeyQ')).toBe(true)
    expect(press(text(), 'c', { ctrlKey: true, altKey: true }, 'KeyC')).toBe(true)
    expect(annotated()).toEqual(['quote', 'quote', 'claim'])
    expect(press(text(), '@', { ctrlKey: true, altKey: true }, 'KeyQ')).toBe(false)
    expect(annotated()).toHaveLength(3)
  })

  it('Esc goes back to review', () => {
    expect(press(text(), 'Escape')).toBe(true)
    expect(useStore.getState().mode).toBe('review')
  })
})
