import { Fragment, useEffect, useMemo, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { groupFindings, RULE_TITLE, severityCounts, type ReviewFinding } from '../../../core/annotation/review'
import type { Severity } from '../../../core/analysis/types'
import { EXCERPT_MAX } from '../../../core/analysis/rules/context'
import { clipExcerpt } from '../../../core/article/excerpt'
import { useStore } from '../../store'
import { useStoreWith } from '../../store/select'
import { houseStyleLine } from '../../store/settingsSlice'
import { jumpToFinding, moveFinding } from './actions'
import { sameFindingsShown } from './shown'
import '../../styles/checks.css'

const WINDOW = 200

const SEVERITY_WORDS: Record<Severity, [string, string]> = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
}

/** "3 warnings", "1 note", "0 errors": a count of zero is muted, not coloured. */
function SeverityCount({ severity, n }: { severity: Severity; n: number }) {
  const [one, many] = SEVERITY_WORDS[severity]
  return (
    <span className={`sev sev-${severity}${n === 0 ? ' is-zero' : ''}`} data-testid={`count-${severity}`} data-count={n}>
      {n} {n === 1 ? one : many}
    </span>
  )
}

/** A dismissed finding as the editor knows it: its group's title and its words (the dismissal key is rule|words). */
function dismissedLabel(key: string): string {
  const bar = key.indexOf('|')
  const rule = key.slice(0, bar) as ReviewFinding['rule']
  const words = key.slice(bar + 1)
  return `${RULE_TITLE[rule] ?? rule}${words ? `: '${clipExcerpt(words, EXCERPT_MAX)}'` : ''}`
}

/**
 * The selected finding in view in its list, below its group's header (which sticks to the list's top), then the
 * active mark's card in the review panel, its header included. The panel does not scroll as a whole (a tall card
 * scrolls inside itself, its header stuck to its top: checks.css), so both are in view; only where a window is too
 * low for the panel's least heights does the panel scroll, and there the card wins. (A plain scrollIntoView of the
 * finding scrolled the panel too, and a fresh-eyes editor lost the card's header on J.)
 */
function showSelected(active: number) {
  const finding = document.querySelector<HTMLElement>(`[data-finding-index="${active}"]`)
  const list = document.getElementById('checks-list')
  if (finding && list) {
    const header = list.querySelector(`.finding-group[data-group="${CSS.escape(finding.dataset.rule ?? '')}"]`)
    const inner = list.getBoundingClientRect().top + list.clientTop
    const top = inner + (header?.getBoundingClientRect().height ?? 0)
    const bottom = inner + list.clientHeight
    const r = finding.getBoundingClientRect()
    if (r.top < top) list.scrollTop -= top - r.top
    else if (r.bottom > bottom) list.scrollTop += Math.min(r.bottom - bottom, r.top - top)
    // (Inside the list's view now: this scrolls only the panel, where the list is out of its view.)
    finding.scrollIntoView({ block: 'nearest' })
  }
  document.querySelector('.right-panel .card')?.scrollIntoView({ block: 'nearest' })
}

/**
 * Every open finding, grouped by rule with a count (a group folds with its header); each card quotes its words,
 * says the fix where there is one, and names the rule on a detail line. J/K move through every finding in the
 * store's order (the groups are runs of that order), Enter jumps to the words, D dismisses with a reason.
 */
export function ChecksPanel() {
  // Findings move with the text (their offsets), and a long story has thousands: the list re-renders only when
  // what it shows changes. Actions read the store's findings, offsets and all.
  const findings = useStoreWith((s) => s.findings, sameFindingsShown)
  const active = useStore((s) => s.activeFinding)
  const setActive = useStore((s) => s.setActiveFinding)
  const dismissed = useStore(useShallow((s) => s.dismissed))
  const dismiss = useStore((s) => s.dismissFinding)
  const restore = useStore((s) => s.restoreFinding)
  const speakersFirst = useStore((s) => s.speakersFirst)
  const checkSettings = useStore((s) => s.checkSettings)
  const doubtful = useMemo(() => findings.filter((f) => f.rule === 'doubtful-speaker').length, [findings])
  const [reason, setReason] = useState('')
  // Rules whose group the editor folded; the group holding the selected finding always shows it.
  const [folded, setFolded] = useState<ReadonlySet<string>>(new Set())
  const current = findings[active]
  const groups = useMemo(() => groupFindings(findings), [findings])
  const counts = useMemo(() => severityCounts(findings), [findings])
  // A long story can have thousands of findings: the list shows a window around the selected one.
  const windowStart = Math.min(Math.max(0, active - WINDOW / 2), Math.max(0, findings.length - WINDOW))
  const windowEnd = windowStart + WINDOW

  // J/K may select a finding whose group was folded: it opens on render, then comes into view with the mark's card.
  useEffect(() => showSelected(active), [active, current?.rule])

  const toggle = (rule: string) =>
    setFolded((f) => {
      const next = new Set(f)
      if (next.has(rule)) next.delete(rule)
      else next.add(rule)
      return next
    })

  return (
    <section className="checks" aria-label="Checks" data-testid="checks" data-count={findings.length}>
      <h2>
        Checks <span className="count">{findings.length} open</span>
      </h2>
      {checkSettings && (
        <button
          type="button"
          className="link house-style-line"
          data-testid="house-style"
          data-preset={checkSettings.houseStyle.preset}
          title="The house style and the checks switched off: Settings (Ctrl+,)"
          onClick={() => useStore.getState().setOverlay('settings')}
        >
          {houseStyleLine(checkSettings)}
        </button>
      )}
      <p className="severity-summary">
        <SeverityCount severity="error" n={counts.error} /> <SeverityCount severity="warning" n={counts.warning} />{' '}
        <SeverityCount severity="info" n={counts.info} />
      </p>
      {doubtful > 0 && (
        <label className="speakers-first" title="The speakers Wiremark is least sure of, listed before every other finding">
          <input type="checkbox" checked={speakersFirst} onChange={(e) => {
              useStore.getState().setSpeakersFirst(e.target.checked)
              // (its mark becomes the active one, so that A and S act on the first speaker to confirm)
              if (e.target.checked) moveFinding(0)
              // (J and K walk the list: they are letters, which a checkbox with the focus would keep from the desk.)
              document.getElementById('checks-list')?.focus()
            }} data-testid="speakers-first" />{' '}
          Speakers to confirm first ({doubtful})
        </label>
      )}
      <ul
        id="checks-list"
        role="listbox"
        tabIndex={0}
        aria-label="Findings"
        aria-activedescendant={current ? `finding-${active}` : undefined}
      >
        {groups.map((g) => {
          const holdsActive = active >= g.first && active < g.first + g.count
          const open = holdsActive || !folded.has(g.rule)
          const from = Math.max(g.first, windowStart)
          const to = Math.min(g.first + g.count, windowEnd)
          return (
            <Fragment key={g.rule}>
              <li role="presentation" className="finding-group" data-group={g.rule} data-group-count={g.count}>
                <button
                  type="button"
                  className="group-header"
                  aria-expanded={open}
                  onClick={() => toggle(g.rule)}
                  title={open ? 'Fold this group' : 'Show every finding of this group'}
                >
                  <span className="group-caret" aria-hidden="true">
                    {open ? '▾' : '▸'}
                  </span>
                  <span className="group-title">{g.title}</span>
                  <span className="group-count">{g.count}</span>
                  <span className="group-severities" aria-hidden="true">
                    {(['error', 'warning', 'info'] as const)
                      .filter((sev) => g.counts[sev] > 0)
                      .map((sev) => (
                        <span key={sev} className={`sev-dot sev-${sev}`} />
                      ))}
                  </span>
                </button>
              </li>
              {open &&
                findings.slice(from, Math.max(from, to)).map((f, n) => {
                  const i = from + n
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
                      <span className="finding-message">
                        <span className={`sev-dot sev-${f.severity}`} aria-label={f.severity} /> {f.message}
                      </span>
                      {f.fix && (
                        <span className="finding-fix" data-testid="finding-fix">
                          {f.fix}
                        </span>
                      )}
                      <span className="finding-detail">
                        {f.rule} · {SEVERITY_WORDS[f.severity][0]}
                      </span>
                    </li>
                  )
                })}
            </Fragment>
          )
        })}
        {findings.length > WINDOW && (
          <li className="hint" aria-hidden="true">
            Showing {windowStart + 1}–{Math.min(windowEnd, findings.length)} of {findings.length}; J and K move through all of them.
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
            placeholder="Reason (D)"
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
                <span className="dismissed-what">{dismissedLabel(d.key)}</span> — {d.reason}{' '}
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
