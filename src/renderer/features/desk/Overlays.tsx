import { useEffect, useMemo, useRef, useState } from 'react'
import { useStore } from '../../store'
import { Modal } from '../../components/Modal'
import { ExportDialog } from '../export/ExportDialog'
import { SettingsDialog } from '../settings/SettingsDialog'
import { shortcutLabel } from '../../lib/platform'
import { ACTIONS } from './actions'

const SCOPE_HINT = {
  review: 'in review mode, or outside the text',
  anywhere: '',
  adjusting: 'while adjusting',
} as const

/** Keys the desk handles outside its actions (the library, the panels, the context menu, the review state). */
const OTHER_KEYS: readonly (readonly [string, string, string])[] = [
  ['Ctrl+F', 'Search the library (also / outside a field)', ''],
  ['Shift+F10', 'Context menu at the selection or the active mark (also the Menu key)', ''],
  ['Alt+Shift+N', 'Review state: new (R: in review, C: checked)', ''],
  ['Ctrl+\\', 'Fold the library (Ctrl+Shift+\\: the checks)', ''],
]

/** The shortcut sheet (?) and the command palette (Ctrl/Cmd+K): every action of the desk, by keyboard. */
export function Overlays() {
  const overlay = useStore((s) => s.overlay)
  const close = () => useStore.getState().setOverlay('none')
  if (overlay === 'shortcuts') {
    return (
      <Modal label="Keyboard shortcuts" onClose={close}>
        <div className="sheet">
          <div className="sheet-head">
            <h2>Keyboard shortcuts</h2>
            {/* (At the top: the focus goes to it on opening, and a button at the end scrolled the sheet to its end.) */}
            <button type="button" autoFocus onClick={close}>
              Close
            </button>
          </div>
          <table>
            <tbody>
              {ACTIONS.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.keys && <kbd>{shortcutLabel(a.keys)}</kbd>}
                    {a.editKeys && (
                      <>
                        {' '}
                        · <kbd>{shortcutLabel(a.editKeys)}</kbd>
                      </>
                    )}
                  </td>
                  <td>{a.label}</td>
                  <td className="hint">{SCOPE_HINT[a.scope]}{a.editKeys ? '; the chord while editing' : ''}</td>
                </tr>
              ))}
              {OTHER_KEYS.map(([keys, label, hint]) => (
                <tr key={keys}>
                  <td>
                    <kbd>{shortcutLabel(keys)}</kbd>
                  </td>
                  <td>{label}</td>
                  <td className="hint">{hint}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Modal>
    )
  }
  if (overlay === 'palette') return <Palette onClose={close} />
  if (overlay === 'export') return <ExportDialog />
  if (overlay === 'settings') return <SettingsDialog />
  return null
}

function Palette({ onClose }: { onClose: () => void }) {
  const [q, setQ] = useState('')
  const [i, setI] = useState(0)
  const input = useRef<HTMLInputElement>(null)
  const matches = useMemo(() => ACTIONS.filter((a) => a.id !== 'palette' && a.scope !== 'adjusting' && a.label.toLowerCase().includes(q.toLowerCase())), [q])
  useEffect(() => input.current?.focus(), [])
  const run = (n: number) => {
    const a = matches[n]
    onClose()
    if (a) setTimeout(a.run, 0)
  }
  return (
    <Modal label="Command palette" onClose={onClose}>
      <div className="palette">
        <input
          ref={input}
          role="combobox"
          aria-expanded="true"
          aria-controls="palette-list"
          aria-activedescendant={matches[i] ? `cmd-${matches[i].id}` : undefined}
          placeholder="Type a command"
          value={q}
          onChange={(e) => {
            setQ(e.target.value)
            setI(0)
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') setI(Math.min(i + 1, matches.length - 1))
            else if (e.key === 'ArrowUp') setI(Math.max(i - 1, 0))
            else if (e.key === 'Enter') run(i)
            else if (e.key === 'Escape') onClose()
            else return
            e.preventDefault()
          }}
        />
        <ul id="palette-list" role="listbox">
          {matches.map((a, n) => (
            <li key={a.id} id={`cmd-${a.id}`} role="option" aria-selected={n === i} onClick={() => run(n)}>
              {a.label} {a.keys && <kbd>{shortcutLabel(a.keys)}</kbd>}
            </li>
          ))}
        </ul>
      </div>
    </Modal>
  )
}
