import { useCallback, useEffect, useRef, useState } from 'react'
import { createPortal } from 'react-dom'
import { severityCounts } from '../../../core/annotation/review'
import type { Severity } from '../../../core/analysis/types'
import type { ReviewState } from '../../../shared/dto'
import { shortcutLabel } from '../../lib/platform'
import { useStore } from '../../store'
import { REVIEW_STATES, STATE_LABEL } from '../../store/libraryList'
import '../../styles/library.css'
import '../../styles/checks.css'

/** Alt+Shift+ these keys set the open story's state, from anywhere in the window (the text too). */
const KEYS: Record<ReviewState, { code: string; key: string }> = {
  new: { code: 'KeyN', key: 'N' },
  in_review: { code: 'KeyR', key: 'R' },
  checked: { code: 'KeyC', key: 'C' },
}

/** Asked for by "Review them": the layout shows the checks panel, and the list takes the focus. */
export const REVEAL_CHECKS = 'wiremark:reveal-checks'

const SEVERITY_NAME: Record<Severity, [string, string]> = { error: ['error', 'errors'], warning: ['warning', 'warnings'], info: ['note', 'notes'] }

/**
 * The open story's review state (new, in review, checked): buttons, arrows within them, and Alt+Shift+N/R/C.
 * The Checked gate: marking a story checked with open errors or warnings asks first, listing them by severity;
 * "Mark checked anyway" confirms (the Node side records how many were open), "Review them" goes to the checks.
 */
export function ReviewStateControl() {
  const storyId = useStore((s) => s.detail?.story.id ?? null)
  const state = useStore((s) => s.detail?.story.state ?? null)
  const setReviewState = useStore((s) => s.setReviewState)
  const [gate, setGate] = useState<{ storyId: string; counts: Record<Severity, number>; total: number } | null>(null)

  /** Sets the state; checked goes through the gate when the desk shows open errors or warnings, or the Node side does. */
  const request = useCallback(
    async (id: string, next: ReviewState): Promise<boolean> => {
      const open = () => {
        const findings = useStore.getState().findings
        setGate({ storyId: id, counts: severityCounts(findings), total: findings.length })
      }
      if (next === 'checked') {
        const counts = severityCounts(useStore.getState().findings)
        if (counts.error + counts.warning > 0) {
          open()
          return false
        }
      }
      const r = await setReviewState(id, next)
      if (r === 'needs-confirmation') open()
      return r === 'done'
    },
    [setReviewState],
  )

  useEffect(() => {
    if (!storyId) return
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return
      const next = REVIEW_STATES.find((s) => KEYS[s].code === e.code)
      if (!next) return
      e.preventDefault()
      void request(storyId, next)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [storyId, request])

  if (!storyId || !state) return null
  const move = (delta: number) => {
    const i = REVIEW_STATES.indexOf(state)
    const next = REVIEW_STATES[(i + delta + REVIEW_STATES.length) % REVIEW_STATES.length]!
    void request(storyId, next).then((done) => done && document.querySelector<HTMLElement>(`[data-review="${next}"]`)?.focus())
  }
  return (
    <div
      className="review-state"
      role="radiogroup"
      aria-label="Review state"
      data-testid="review-state"
      data-state={state}
      onKeyDown={(e) => {
        if (e.key === 'ArrowRight' || e.key === 'ArrowDown') move(1)
        else if (e.key === 'ArrowLeft' || e.key === 'ArrowUp') move(-1)
        else return
        e.preventDefault()
      }}
    >
      <span className="review-label">Review</span>
      {REVIEW_STATES.map((s) => (
        <button
          key={s}
          type="button"
          role="radio"
          aria-checked={s === state}
          tabIndex={s === state ? 0 : -1}
          className={`review-option state-${s}`}
          data-review={s}
          title={`${STATE_LABEL[s]} (${shortcutLabel(`Alt+Shift+${KEYS[s].key}`)})`}
          onClick={() => void request(storyId, s)}
        >
          {STATE_LABEL[s]}
        </button>
      ))}
      {gate &&
        createPortal(
          <CheckedGate
            counts={gate.counts}
            total={gate.total}
            onReview={() => {
              setGate(null)
              useStore.getState().setActiveFinding(0)
              window.dispatchEvent(new CustomEvent(REVEAL_CHECKS))
              requestAnimationFrame(() => document.getElementById('checks-list')?.focus())
            }}
            onConfirm={() => {
              const id = gate.storyId
              setGate(null)
              void setReviewState(id, 'checked', { confirmOpen: true })
            }}
            onCancel={() => setGate(null)}
          />,
          document.body,
        )}
    </div>
  )
}

/** The question the gate asks, with the open findings by severity. Escape cancels; focus starts on "Review them". */
function CheckedGate(props: { counts: Record<Severity, number>; total: number; onReview: () => void; onConfirm: () => void; onCancel: () => void }) {
  const { counts, total } = props
  const review = useRef<HTMLButtonElement>(null)
  useEffect(() => review.current?.focus(), [])
  const severities = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0)
  return (
    <div className="gate-backdrop" onMouseDown={(e) => e.target === e.currentTarget && props.onCancel()}>
      <div
        className="gate-dialog"
        role="alertdialog"
        aria-modal="true"
        aria-labelledby="gate-title"
        aria-describedby="gate-counts"
        data-testid="checked-gate"
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault()
            props.onCancel()
          }
          // the focus stays in the dialog: Tab cycles between its two buttons
          if (e.key === 'Tab') {
            const buttons = [...e.currentTarget.querySelectorAll('button')]
            const at = buttons.indexOf(document.activeElement as HTMLButtonElement)
            e.preventDefault()
            buttons[(at + (e.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus()
          }
          e.stopPropagation()
        }}
      >
        <h2 id="gate-title">
          {/* the saved story can have findings the desk's edited text no longer shows (the Node side counts the saved one) */}
          {total > 0 ? `Mark checked with ${total} open ${total === 1 ? 'finding' : 'findings'}?` : 'Mark checked with open findings in the saved story?'}
        </h2>
        <ul id="gate-counts">
          {severities.map((s) => (
            <li key={s} className={`sev-${s}`} data-testid={`gate-${s}`}>
              {counts[s]} {SEVERITY_NAME[s][counts[s] === 1 ? 0 : 1]}
            </li>
          ))}
        </ul>
        <p>Resolve or dismiss them with a reason, or confirm that the story is checked as it stands. The confirmation goes into the story&apos;s history.</p>
        <div className="gate-actions">
          <button type="button" ref={review} onClick={props.onReview}>
            Review them
          </button>
          <button type="button" onClick={props.onConfirm} data-testid="gate-confirm">
            Mark checked anyway
          </button>
        </div>
      </div>
    </div>
  )
}
