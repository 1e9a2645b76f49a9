import { useEffect } from 'react'
import type { ReviewState } from '../../../shared/dto'
import { useStore } from '../../store'
import { REVIEW_STATES, STATE_LABEL } from '../../store/libraryList'
import '../../styles/library.css'

/** Alt+Shift+ these keys set the open story's state, from anywhere in the window (the text too). */
const KEYS: Record<ReviewState, { code: string; key: string }> = {
  new: { code: 'KeyN', key: 'N' },
  in_review: { code: 'KeyR', key: 'R' },
  checked: { code: 'KeyC', key: 'C' },
}

/** The open story's review state (new, in review, checked): buttons, arrows within them, and Alt+Shift+N/R/C. */
export function ReviewStateControl() {
  const storyId = useStore((s) => s.detail?.story.id ?? null)
  const state = useStore((s) => s.detail?.story.state ?? null)
  const setReviewState = useStore((s) => s.setReviewState)

  useEffect(() => {
    if (!storyId) return
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || !e.shiftKey || e.ctrlKey || e.metaKey) return
      const next = REVIEW_STATES.find((s) => KEYS[s].code === e.code)
      if (!next) return
      e.preventDefault()
      void setReviewState(storyId, next)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [storyId, setReviewState])

  if (!storyId || !state) return null
  const move = (delta: number) => {
    const i = REVIEW_STATES.indexOf(state)
    const next = REVIEW_STATES[(i + delta + REVIEW_STATES.length) % REVIEW_STATES.length]!
    void setReviewState(storyId, next).then(() => document.querySelector<HTMLElement>(`[data-review="${next}"]`)?.focus())
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
          title={`${STATE_LABEL[s]} (Alt+Shift+${KEYS[s].key})`}
          onClick={() => void setReviewState(storyId, s)}
        >
          {STATE_LABEL[s]}
        </button>
      ))}
    </div>
  )
}
