import { useEffect, useRef } from 'react'
import { useStore } from '../../store'
import { deskAnnotationsOf } from '../../store/effective'
import { annotate, decide, focusPanel, MARK_KINDS, openSpeakerPicker, removeMark } from './actions'
import { startAdjust } from './adjust'
import { currentEditor } from '../editor/bridge'
import { KIND_LABEL, speakerWord } from './AnnotationCard'
import type { Annotation } from '../../../core/annotation/types'

interface Item {
  id: string
  /** What the item says; a mark's item may word itself after the mark (a claim has a source, not a speaker) */
  label: string | ((a: Annotation) => string)
  keys: string
  when: 'selection' | 'mark'
  /** A mark's item shown only on the marks the card offers it for */
  on?: (a: Annotation) => boolean
  run: () => void
}

/** The card's decision buttons are for suggestions: a mark of the editor's own is theirs already. */
const suggested = (a: Annotation) => !(a.origin === 'editor' && !a.suggestionId)

const ITEMS: Item[] = [
  ...MARK_KINDS.map(({ kind, key }): Item => ({ id: `mark-${kind}`, label: `Mark as ${KIND_LABEL[kind].toLowerCase()}`, keys: key, when: 'selection', run: () => annotate(kind) })),
  { id: 'accept', label: 'Accept', keys: 'A', when: 'mark', on: suggested, run: () => decide('accepted') },
  { id: 'reject', label: 'Reject', keys: 'X', when: 'mark', on: suggested, run: () => decide('rejected') },
  {
    id: 'speaker',
    label: (a) => `Change the ${speakerWord(a.kind)?.toLowerCase() ?? 'speaker'}…`,
    keys: 'S',
    when: 'mark',
    on: (a) => speakerWord(a.kind) !== null,
    run: openSpeakerPicker,
  },
  {
    id: 'adjust',
    label: 'Adjust the boundaries…',
    keys: 'Shift+←/→',
    when: 'mark',
    run: () => {
      focusPanel('.card')
      startAdjust()
    },
  },
  // (on the mark the menu opened on: it is the active one)
  { id: 'remove', label: 'Remove this mark', keys: '', when: 'mark', on: (a) => !suggested(a), run: () => void removeActive() },
]

function removeActive() {
  const id = useStore.getState().activeId
  if (id) removeMark(id)
}

/** The items of a menu opened on words (when selected) and on a mark (when given), each worded for that mark. */
function menuItems(selection: boolean, mark: Annotation | null): (Omit<Item, 'label' | 'on'> & { label: string })[] {
  const shown = (i: Item) => (i.when === 'selection' ? selection : mark !== null && (i.on?.(mark) ?? true))
  // (A worded item is a mark's, shown only with a mark.)
  const words = (label: Item['label']) => (typeof label === 'string' ? label : mark ? label(mark) : '')
  return ITEMS.filter(shown).map(({ label, on: _on, ...i }) => ({ ...i, label: words(label) }))
}

/** The innermost (shortest) annotation under a mark element. */
function markUnder(target: Element): string | null {
  const el = target.closest('mark.wm-mark[data-ids]')
  if (!(el instanceof HTMLElement)) return null
  const eff = deskAnnotationsOf(useStore.getState().records)
  const ids = (el.dataset.ids ?? '').split(' ').filter((id) => eff.has(id))
  ids.sort((a, b) => {
    const x = eff.get(a)
    const y = eff.get(b)
    return (x ? x.end - x.start : 0) - (y ? y.end - y.start : 0)
  })
  return ids[0] ?? null
}

/** The element a focused control points at: a list's active option (the checks), else the control itself. */
function anchorOf(el: HTMLElement): HTMLElement {
  const option = el.getAttribute('aria-activedescendant')
  return (option && document.getElementById(option)) || el
}

/**
 * Right click on selected words or on a mark: the same actions as the keys. Opens on the story text only;
 * elsewhere the browser's own menu stays.
 */
export function ContextMenu() {
  const at = useStore((s) => s.contextMenu)
  const mark = useStore((s) => (s.contextMenu?.markId ? (deskAnnotationsOf(s.records).get(s.contextMenu.markId) ?? null) : null))
  const menu = useRef<HTMLDivElement>(null)
  // Where the focus was when the menu opened: it goes back there when the menu closes from the keyboard.
  const opener = useRef<HTMLElement | null>(null)

  useEffect(() => {
    // Shift+F10 and the Menu key open the menu from the keyboard: at the selection, with focus on its first item.
    let fromKeyboard = false
    const onKey = (e: KeyboardEvent) => {
      fromKeyboard = e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey)
    }
    const onContext = (e: MouseEvent) => {
      const keyboard = fromKeyboard
      fromKeyboard = false
      const sel = window.getSelection()
      // From the keyboard the event goes to the focused text; the mark is the one at the caret. The page keeps the
      // text's selection while the focus is on a card, so the caret counts only while the text has the focus.
      const textFocused = !!document.activeElement?.closest('[data-testid="editor"]')
      const caret = keyboard && textFocused && sel?.focusNode ? (sel.focusNode instanceof Element ? sel.focusNode : sel.focusNode.parentElement) : null
      // From the keyboard with the focus outside the text (the card, the checks): the menu of the active mark.
      const active = useStore.getState().activeId
      const activeEl =
        keyboard && !caret?.closest('[data-testid="editor"]') && active ? document.querySelector(`[data-testid="editor"] mark[data-ids~="${CSS.escape(active)}"]`) : null
      const target = activeEl ?? caret ?? (e.target instanceof Element ? e.target : null)
      if (!target?.closest('[data-testid="editor"]')) return
      const selection = !activeEl && !!sel && !sel.isCollapsed && sel.toString().trim() !== ''
      const markId = activeEl ? active : markUnder(target)
      if (!selection && !markId) return
      e.preventDefault()
      opener.current = document.activeElement instanceof HTMLElement && document.activeElement !== document.body ? document.activeElement : null
      if (markId) useStore.getState().setActive(markId)
      // Opened from a card or the checks, the menu appears there, where the editor is looking (as Shift+F10 on a
      // focused element does on the desktop), not by the mark, which may be a screen away.
      const focusedRect = activeEl && opener.current ? anchorOf(opener.current).getBoundingClientRect() : null
      if (focusedRect && focusedRect.height > 0) {
        const x = focusedRect.left + 16
        const y = focusedRect.top + Math.min(focusedRect.height, 32)
        return useStore.getState().openContextMenu({ x, y, selection, markId, keyboard })
      }
      let r = activeEl ? activeEl.getBoundingClientRect() : keyboard && sel && sel.rangeCount > 0 ? sel.getRangeAt(0).getBoundingClientRect() : null
      // A collapsed caret can measure as an empty box at the window's corner: the element under it is measured then.
      if (r && r.width === 0 && r.height === 0) r = target.getBoundingClientRect()
      const x = r ? r.left : e.clientX
      const y = r ? r.bottom + 4 : e.clientY
      useStore.getState().openContextMenu({ x, y, selection, markId, keyboard })
    }
    const close = () => useStore.getState().closeContextMenu()
    document.addEventListener('keydown', onKey, { capture: true })
    document.addEventListener('contextmenu', onContext)
    window.addEventListener('blur', close)
    window.addEventListener('resize', close)
    return () => {
      document.removeEventListener('keydown', onKey, { capture: true })
      document.removeEventListener('contextmenu', onContext)
      window.removeEventListener('blur', close)
      window.removeEventListener('resize', close)
    }
  }, [])

  useEffect(() => {
    if (at?.keyboard) menu.current?.querySelector<HTMLButtonElement>('[role="menuitem"]')?.focus()
  }, [at])

  useEffect(() => {
    if (!at) return
    const close = (e: MouseEvent) => {
      if (!menu.current?.contains(e.target as Node)) useStore.getState().closeContextMenu()
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [at])

  if (!at) return null
  const items = menuItems(at.selection, mark)
  const close = () => {
    useStore.getState().closeContextMenu()
    // opened from the keyboard: focus goes back where it was (the text, the card), else to the active mark's card
    if (!at.keyboard) return
    const back = opener.current
    opener.current = null
    setTimeout(() => {
      // (An item that moved the focus on, such as the speaker list, keeps it.)
      if (document.activeElement && document.activeElement !== document.body && !menu.current?.contains(document.activeElement)) return
      const card = document.querySelector<HTMLElement>('.card')
      if (back?.isConnected) back.focus()
      else if (card) card.focus()
      else currentEditor()?.focus()
    }, 0)
  }
  const focusItem = (delta: number) => {
    const buttons = [...(menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [])]
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement)
    buttons[(i + delta + buttons.length) % buttons.length]?.focus()
  }
  // Kept on screen near the pointer.
  const style = { left: Math.min(at.x, window.innerWidth - 240), top: Math.min(at.y, window.innerHeight - items.length * 34 - 16) }
  return (
    <div
      ref={menu}
      className="context-menu"
      role="menu"
      aria-label="Annotate"
      data-testid="context-menu"
      style={style}
      onKeyDown={(e) => {
        if (e.key === 'ArrowDown') focusItem(1)
        else if (e.key === 'ArrowUp') focusItem(-1)
        else if (e.key === 'Escape') close()
        else return
        e.preventDefault()
        e.stopPropagation()
      }}
    >
      {items.map((item, n) => (
        <button
          key={item.id}
          type="button"
          role="menuitem"
          className={n > 0 && item.when !== items[n - 1]?.when ? 'sep' : undefined}
          // The click must not take the selection out of the text: the mark commands read it there.
          onMouseDown={(e) => e.preventDefault()}
          onClick={() => {
            close()
            item.run()
          }}
        >
          <span>{item.label}</span>
          {item.keys && <kbd>{item.keys}</kbd>}
        </button>
      ))}
    </div>
  )
}
