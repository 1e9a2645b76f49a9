import { useEffect, useRef, useState } from 'react'

/** What the picker's list offers besides the names. */
export const NOBODY = ''
const NEW_PERSON = '\u0000new'

/**
 * The speaker (or a claim's source) of the active mark: a combobox that changes the speaker only when the editor
 * picks one, with Enter or a click. Closed, it shows the speaker and leaves the letters to the desk's keys; S,
 * Enter, Space, Alt+↓ or a click open it, and typing then filters the names. Esc, Tab or a click elsewhere close it
 * with nothing changed. (A native <select> changes its value as soon as a letter highlights a name in some
 * engines, and Esc does not undo that: a fresh-eyes editor's "S, v, Esc" set another speaker.)
 */
export function SpeakerPicker({
  value,
  choices,
  asks,
  onPick,
  onNewPerson,
  onLeave,
  labelledBy,
  listLabel,
}: {
  value: string | null
  choices: readonly string[]
  /** Drawn as asking for a speaker (an accepted quote without one) */
  asks: boolean
  onPick: (speaker: string | null) => void
  onNewPerson: () => void
  /** The focus goes back to the card */
  onLeave: () => void
  labelledBy: string
  /** The open list's name, in the card's word ("Speakers", a claim's "Sources") */
  listLabel: string
}) {
  const [open, setOpen] = useState(false)
  const [filter, setFilter] = useState('')
  const [at, setAt] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const needle = filter.trim().toLowerCase()
  const names = needle ? findNames(choices, needle) : choices
  const options: { value: string; label: string }[] = [
    ...(needle ? [] : [{ value: NOBODY, label: '(nobody)' }]),
    ...names.map((n) => ({ value: n, label: n })),
    { value: NEW_PERSON, label: 'New person…' },
  ]
  const current = Math.min(at, options.length - 1)

  const show = () => {
    setFilter('')
    const i = options.findIndex((o) => o.value === (value ?? NOBODY))
    setAt(Math.max(0, i))
    setOpen(true)
  }
  const close = (back: boolean) => {
    setOpen(false)
    setFilter('')
    if (back) onLeave()
  }
  const pick = (v: string) => {
    close(false)
    if (v === NEW_PERSON) return onNewPerson()
    if ((v === NOBODY ? null : v) !== value) onPick(v === NOBODY ? null : v)
    onLeave()
  }

  // S from anywhere on the desk opens the list (actions.ts sends this event to the picker).
  useEffect(() => {
    const el = input.current
    if (!el) return
    const onOpen = () => {
      el.focus()
      show()
    }
    el.addEventListener('wiremark:open', onOpen)
    return () => el.removeEventListener('wiremark:open', onOpen)
  })

  useEffect(() => {
    if (open) document.getElementById(`speaker-option-${current}`)?.scrollIntoView({ block: 'nearest' })
  }, [open, current])

  return (
    <span className="speaker-picker">
      <input
        ref={input}
        id="speaker-picker"
        data-testid="speaker-picker"
        role="combobox"
        aria-labelledby={labelledBy}
        aria-expanded={open}
        aria-controls="speaker-options"
        aria-activedescendant={open ? `speaker-option-${current}` : undefined}
        aria-autocomplete="list"
        className={asks && !value ? 'asks' : undefined}
        readOnly={!open}
        value={open ? filter : (value ?? '(nobody)')}
        placeholder={open ? 'Type to find a name' : undefined}
        onChange={(e) => {
          setFilter(e.target.value)
          setAt(0)
        }}
        onClick={() => (open ? undefined : show())}
        onBlur={() => open && close(false)}
        onKeyDown={(e) => {
          if (!open) {
            if (e.key === 'Enter' || e.key === ' ' || (e.altKey && e.key === 'ArrowDown')) {
              e.preventDefault()
              show()
            } else if (e.key === 'Escape') {
              e.preventDefault()
              onLeave()
            } else if (e.key.length === 1 && /\p{L}/u.test(e.key) && !e.ctrlKey && !e.metaKey && !e.altKey) {
              // Closed, the letters stay the desk's keys (A accepts, X rejects ...).
              e.preventDefault()
              onLeave()
              window.dispatchEvent(new KeyboardEvent('keydown', { key: e.key, shiftKey: e.shiftKey }))
            }
            return
          }
          // Open: the keys belong to the list, none of them reaches the desk.
          e.stopPropagation()
          if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault()
            setAt((i) => Math.max(0, Math.min(options.length - 1, Math.min(i, options.length - 1) + (e.key === 'ArrowDown' ? 1 : -1))))
          } else if (e.key === 'Home' || e.key === 'End') {
            e.preventDefault()
            setAt(e.key === 'Home' ? 0 : options.length - 1)
          } else if (e.key === 'Enter') {
            e.preventDefault()
            const o = options[current]
            if (o) pick(o.value)
          } else if (e.key === 'Escape') {
            e.preventDefault()
            close(true)
          } else if (e.key === 'Tab') close(false)
        }}
      />
      {open && (
        <ul id="speaker-options" role="listbox" aria-label={listLabel} className="speaker-options">
          {options.map((o, i) => (
            <li
              key={o.value}
              id={`speaker-option-${i}`}
              role="option"
              aria-selected={i === current}
              data-value={o.value}
              // (mousedown, not click: the input would lose the focus first and close the list)
              onMouseDown={(e) => {
                e.preventDefault()
                pick(o.value)
              }}
              onMouseEnter={() => setAt(i)}
            >
              {o.label}
            </li>
          ))}
        </ul>
      )}
    </span>
  )
}

/**
 * The names holding `needle` (lower case), best first: those that start with it, then those with a word that does
 * ("v" finds "Vera Lind", then "Omar Vasquez"), then any other; alphabetical within each.
 */
export function findNames(names: readonly string[], needle: string): string[] {
  const rank = (n: string) => {
    const low = n.toLowerCase()
    if (low.startsWith(needle)) return 0
    if (low.split(/[\s'’-]+/).some((w) => w.startsWith(needle))) return 1
    return low.includes(needle) ? 2 : 3
  }
  return names
    .map((n) => ({ n, r: rank(n) }))
    .filter((x) => x.r < 3)
    .sort((a, b) => a.r - b.r || a.n.localeCompare(b.n))
    .map((x) => x.n)
}
