import { useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { useStore } from '../../store'
import { useStoreWith } from '../../store/select'
import { jumpToFinding } from './actions'
import { sameFindingsShown } from './shown'

const WINDOW = 200

/** Every open finding by severity; J/K move, Enter jumps to the words, D dismisses with a reason. */
export function ChecksPanel() {
  // Findings move with the text (their offsets), and a long story has thousands: the list re-renders only when
  // what it shows changes. Actions read the store's findings, offsets and all.
  const findings = useStoreWith((s) => s.findings, sameFindingsShown)
  const active = useStore((s) => s.activeFinding)
  const setActive = useStore((s) => s.setActiveFinding)
  const dismissed = useStore(useShallow((s) => s.dismissed))
  const dismiss = useStore((s) => s.dismissFinding)
  const restore = useStore((s) => s.restoreFinding)
  const [reason, setReason] = useState('')
  const current = findings[active]
  // A long story can have thousands of findings: the list shows a window around the selected one.
  const windowStart = Math.min(Math.max(0, active - WINDOW / 2), Math.max(0, findings.length - WINDOW))
  const counts = { error: 0, warning: 0, info: 0 }
  for (const f of findings) counts[f.severity]++

  return (
    <section className="checks" aria-label="Checks" data-testid="checks" data-count={findings.length}>
      <h2>
        Checks <span className="count">{findings.length} open</span>
      </h2>
      <p className="severity-summary">
        <span className="sev sev-error">{counts.error} errors</span> <span className="sev sev-warning">{counts.warning} warnings</span>{' '}
        <span className="sev sev-info">{counts.info} notes</span>
      </p>
      <ul
        id="checks-list"
        role="listbox"
        tabIndex={0}
        aria-label="Findings"
        aria-activedescendant={current ? `finding-${active}` : undefined}
      >
        {findings.slice(windowStart, windowStart + WINDOW).map((f, n) => {
          const i = windowStart + n
          return (
          <li
            key={`${f.key}-${i}`}
            id={`finding-${i}`}
            role="option"
            aria-selected={i === active}
            data-finding-index={i}
            data-rule={f.rule}
            className={`finding sev-${f.severity}`}
            onClick={() => setActive(i)}
            onDoubleClick={() => {
              setActive(i)
              jumpToFinding()
            }}
          >
            <span className="finding-rule">
              <span className={`sev-dot sev-${f.severity}`} aria-label={f.severity} /> {f.rule}
            </span>
            <span className="finding-message">{f.message}</span>
          </li>
          )
        })}
        {findings.length > WINDOW && (
          <li className="hint" aria-hidden="true">
            Showing {windowStart + 1}–{Math.min(windowStart + WINDOW, findings.length)} of {findings.length}; J and K move through all of them.
          </li>
        )}
        {findings.length === 0 && <li className="hint">Nothing open.</li>}
      </ul>
      {current && (
        <form
          className="dismiss row"
          onSubmit={(e) => {
            e.preventDefault()
            if (!reason.trim()) return
            void dismiss(current.key, reason.trim())
            setReason('')
            document.getElementById('checks-list')?.focus()
          }}
        >
          <input
            id="dismiss-reason"
            aria-label="Reason to dismiss the selected finding"
            placeholder="Reason to dismiss (D), then Enter"
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            onKeyDown={(e) => e.key === 'Escape' && document.getElementById('checks-list')?.focus()}
          />
          <button type="submit" disabled={!reason.trim()}>
            Dismiss
          </button>
        </form>
      )}
      {dismissed.length > 0 && (
        <details className="dismissed">
          <summary>{dismissed.length} dismissed</summary>
          <ul>
            {dismissed.map((d) => (
              <li key={d.key}>
                <span className="finding-rule">{d.key.split('|')[0]}</span> — {d.reason}{' '}
                <button type="button" onClick={() => void restore(d.key)}>
                  Restore
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}
