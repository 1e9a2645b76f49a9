// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { Modal, nextInside } from './Modal'

let host: HTMLDivElement
let root: Root
let outside: HTMLButtonElement
const onClose = vi.fn()

function key(target: Element, k: string, shiftKey = false): KeyboardEvent {
  const e = new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true, cancelable: true })
  act(() => void target.dispatchEvent(e))
  return e
}

beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  // jsdom lays nothing out: every element counts as shown
  vi.spyOn(HTMLElement.prototype, 'getClientRects').mockReturnValue([{}] as unknown as DOMRectList)
  onClose.mockReset()
  outside = document.createElement('button')
  outside.textContent = 'behind'
  document.body.append(outside)
  outside.focus()
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  act(() =>
    root.render(
      <Modal label="Test dialog" onClose={onClose}>
        <input aria-label="first" />
        <input type="radio" name="fmt" value="a" aria-label="a" />
        <input type="radio" name="fmt" value="b" aria-label="b" defaultChecked />
        <button type="button">last</button>
      </Modal>,
    ),
  )
})

afterEach(() => {
  act(() => root.unmount())
  host.remove()
  outside.remove()
  vi.restoreAllMocks()
})

const dialog = () => document.querySelector('[role="dialog"]') as HTMLElement
const labelled = (l: string) => document.querySelector(`[aria-label="${l}"]`) as HTMLElement

describe('Modal', () => {
  it('takes the focus, and Tab goes round its controls without leaving it (a radio group is one stop)', () => {
    expect(dialog().getAttribute('aria-modal')).toBe('true')
    expect(document.activeElement).toBe(labelled('first'))
    key(document.activeElement!, 'Tab')
    expect(document.activeElement).toBe(labelled('b'))
    key(document.activeElement!, 'Tab')
    expect(document.activeElement?.textContent).toBe('last')
    key(document.activeElement!, 'Tab')
    expect(document.activeElement).toBe(labelled('first'))
    key(document.activeElement!, 'Tab', true)
    expect(document.activeElement?.textContent).toBe('last')
    expect(onClose).not.toHaveBeenCalled()
  })

  it('closes on Escape from inside it, once', () => {
    key(labelled('first'), 'Escape')
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('owns the keys when the focus got outside it: Escape closes, Tab comes back in, neither reaches the page', () => {
    outside.focus()
    const seen: string[] = []
    const page = (e: KeyboardEvent) => seen.push(e.key)
    document.addEventListener('keydown', page)
    key(outside, 'Tab')
    expect(dialog().contains(document.activeElement)).toBe(true)
    outside.focus()
    const esc = key(outside, 'Escape')
    expect(onClose).toHaveBeenCalledTimes(1)
    expect(esc.defaultPrevented).toBe(true)
    expect(seen).toEqual([])
    document.removeEventListener('keydown', page)
  })

  it('closes on a click on its backdrop, not on a click inside', () => {
    act(() => labelled('first').click())
    expect(onClose).not.toHaveBeenCalled()
    act(() => dialog().click())
    expect(onClose).toHaveBeenCalledTimes(1)
  })

  it('gives the focus back where it was when it closes', () => {
    act(() => root.render(<></>))
    expect(document.activeElement).toBe(outside)
  })
})

describe('nextInside', () => {
  const a = document.createElement('button')
  const b = document.createElement('button')
  it('wraps at both ends and starts at the first (or, going back, the last)', () => {
    expect(nextInside([a, b], b, false)).toBe(a)
    expect(nextInside([a, b], a, true)).toBe(b)
    expect(nextInside([a, b], null, false)).toBe(a)
    expect(nextInside([a, b], null, true)).toBe(b)
    expect(nextInside([], null, false)).toBeNull()
  })
})
