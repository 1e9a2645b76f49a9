import { useEffect, useRef, useState, type ReactNode } from 'react'

const FOCUSABLE = 'button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), a[href], [tabindex]:not([tabindex="-1"])'

/**
 * The focusable elements of a dialog, in tab order (document order: no dialog here sets a positive tabindex). A
 * group of radio buttons is one stop, at its checked button, as the platform's Tab treats it (arrows move inside).
 */
export function focusables(root: HTMLElement): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((el) => {
    if (el.getClientRects().length === 0 && el !== document.activeElement) return false
    if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true
    const group = [...root.querySelectorAll<HTMLInputElement>('input[type="radio"]')].filter((r) => r.name === el.name)
    return el === (group.find((r) => r.checked) ?? group[0])
  })
}

/** Where Tab (or Shift+Tab) from `from` goes inside a dialog: around from the last to the first and back. */
export function nextInside(items: readonly HTMLElement[], from: Element | null, back: boolean): HTMLElement | null {
  if (items.length === 0) return null
  const at = from ? items.indexOf(from as HTMLElement) : -1
  if (at < 0) return back ? items[items.length - 1]! : items[0]!
  return items[(at + (back ? items.length - 1 : 1)) % items.length]!
}

/**
 * A modal dialog, as desktop dialogs behave: Escape closes it wherever the focus is inside it, Tab and Shift+Tab
 * go round its controls and never leave it, a click on the backdrop closes it, and on closing the focus goes back
 * where it was. Every overlay of the desk uses it, so no key can reach the story behind an open dialog.
 */
export function Modal(props: { label: string; onClose: () => void; className?: string; role?: 'dialog' | 'alertdialog'; children: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null)
  const onClose = useRef(props.onClose)
  onClose.current = props.onClose
  // Where the focus was, read as the dialog first renders: by the time an effect runs, a control of the dialog with
  // autoFocus (the shortcut sheet's Close) has taken the focus already, and "before" would be the dialog itself.
  const [before] = useState(() => document.activeElement as HTMLElement | null)
  useEffect(() => {
    // focus into the dialog unless a control in it took the focus itself (autoFocus)
    if (ref.current && !ref.current.contains(document.activeElement)) nextInside(focusables(ref.current), null, false)?.focus()
    // The focus can still leave by a click elsewhere or by script: keys pressed outside a modal dialog while it is
    // open are the dialog's, so Escape closes it from anywhere and Tab brings the focus back.
    const outside = (e: KeyboardEvent) => {
      const root = ref.current
      if (!root || root.contains(e.target as Node)) return
      if (e.key === 'Escape') {
        e.preventDefault()
        e.stopPropagation()
        onClose.current()
      } else if (e.key === 'Tab') {
        e.preventDefault()
        e.stopPropagation()
        nextInside(focusables(root), null, e.shiftKey)?.focus()
      }
    }
    document.addEventListener('keydown', outside, true)
    return () => {
      document.removeEventListener('keydown', outside, true)
      if (before && before.isConnected && before !== document.body) before.focus({ preventScroll: true })
    }
  }, [])
  return (
    <div
      ref={ref}
      className={props.className ?? 'overlay'}
      role={props.role ?? 'dialog'}
      aria-modal="true"
      aria-label={props.label}
      onClick={(e) => e.target === e.currentTarget && props.onClose()}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && !e.defaultPrevented) {
          e.preventDefault()
          props.onClose()
        } else if (e.key === 'Tab') {
          e.preventDefault()
          nextInside(focusables(e.currentTarget), document.activeElement, e.shiftKey)?.focus()
        }
      }}
    >
      {props.children}
    </div>
  )
}
