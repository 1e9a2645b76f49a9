// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation, AnnotationKind } from '../../../core/annotation/types'

vi.mock('../../lib/api', () => ({ call: vi.fn(async () => ({ ok: true, value: null })) }))
const { useStore } = await import('../../store')
const { ContextMenu } = await import('./ContextMenu')

// The menu on a mark, as the editor reads it: each kind's items in the card's words (a claim has a source, a
// credit and a note have no speaker), and no decision on a mark of the editor's own (the card offers none).
const mark = (kind: AnnotationKind, own = false) =>
  ({
    id: 'm1', kind, origin: own ? 'editor' : 'auto', start: 0, end: 4, selector: { exact: 'Some', prefix: '', suffix: '' }, status: null,
    decision: null, speaker: null, attribution: null, cue: null, note: null, evidence: [], suggestionId: null, anchor: 'exact',
    storyId: 'st', versionId: 'v1', author: own ? 'you' : 'wiremark', createdAt: 't', updatedAt: 't',
  }) as Annotation

let root: Root
let host: HTMLDivElement
beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() => root.render(<ContextMenu />))
})
afterEach(() => {
  act(() => root.unmount())
  host.remove()
  useStore.getState().closeContextMenu()
})

/** The menu's items, opened through the store's action on a mark of `kind` (and on selected words, if asked). */
function itemsOn(a: Annotation | null, selection = false): string[] {
  act(() => {
    useStore.setState({ records: a ? { [a.id]: a } : {} })
    useStore.getState().openContextMenu({ x: 10, y: 10, selection, markId: a?.id ?? null })
  })
  return [...host.querySelectorAll('[role="menuitem"] span')].map((s) => s.textContent ?? '')
}

describe('the context menu in the words of the mark it is on', () => {
  it("says source on a claim, speaker on a quote and a person, and has no speaker item on a credit or a note", () => {
    expect(itemsOn(mark('claim'))).toEqual(['Accept', 'Reject', 'Change the source…', 'Adjust the boundaries…'])
    expect(itemsOn(mark('quote'))).toEqual(['Accept', 'Reject', 'Change the speaker…', 'Adjust the boundaries…'])
    expect(itemsOn(mark('speaker'))).toEqual(['Accept', 'Reject', 'Change the speaker…', 'Adjust the boundaries…'])
    expect(itemsOn(mark('credit'))).toEqual(['Accept', 'Reject', 'Adjust the boundaries…'])
    expect(itemsOn(mark('note'))).toEqual(['Accept', 'Reject', 'Adjust the boundaries…'])
  })

  it("offers no decision on a mark of the editor's own", () => {
    expect(itemsOn(mark('claim', true))).toEqual(['Change the source…', 'Adjust the boundaries…', 'Remove this mark'])
    expect(itemsOn(mark('note', true))).toEqual(['Adjust the boundaries…', 'Remove this mark'])
  })

  it("removes a mark of the editor's own as its card's button does (the editor's REMOVE_MARK, which Ctrl+Z undoes)", async () => {
    const { setCurrentEditor } = await import('../editor/bridge')
    const { REMOVE_MARK } = await import('../editor/commands')
    const sent: unknown[] = []
    setCurrentEditor({ dispatchCommand: (type: unknown, payload: unknown) => (sent.push([type, payload]), true), focus: () => {} } as never)
    act(() => useStore.setState({ activeId: 'm1' }))
    itemsOn(mark('quote', true))
    const remove = [...host.querySelectorAll<HTMLButtonElement>('[role="menuitem"]')].find((b) => b.textContent === 'Remove this mark')
    act(() => remove?.click())
    expect(sent).toEqual([[REMOVE_MARK, { id: 'm1' }]])
    expect(host.querySelector('[role="menu"]')).toBeNull()
    setCurrentEditor(null)
  })

  it("puts the marking items first on selected words, then the mark's under them; closes through the store", () => {
    expect(itemsOn(mark('claim'), true)).toEqual([
      'Mark as quote', 'Mark as claim', 'Mark as person', 'Mark as credit', 'Mark as note',
      'Accept', 'Reject', 'Change the source…', 'Adjust the boundaries…',
    ])
    expect(itemsOn(null, true)).toHaveLength(5)
    act(() => useStore.getState().closeContextMenu())
    expect(host.querySelector('[role="menu"]')).toBeNull()
  })
})

describe("the list the menu's speaker item opens", () => {
  it("is the claim's sources on a claim's card, the speakers on a quote's", async () => {
    const { AnnotationCard } = await import('./AnnotationCard')
    const { openSpeakerPicker } = await import('./actions')
    // (jsdom lays nothing out: the open list's scrolling to its option is a no-op here)
    Element.prototype.scrollIntoView = () => {}
    const listOn = (a: Annotation) => {
      act(() => {
        useStore.setState({ records: { [a.id]: a }, activeId: a.id })
        root.render(<AnnotationCard />)
      })
      act(() => openSpeakerPicker())
      return [host.querySelector('#speaker-label')?.textContent, host.querySelector('[role="listbox"]')?.getAttribute('aria-label')]
    }
    expect(listOn(mark('claim'))).toEqual(['Source S', 'Sources'])
    act(() => root.render(<></>))
    expect(listOn(mark('quote'))).toEqual(['Speaker S', 'Speakers'])
  })
})
