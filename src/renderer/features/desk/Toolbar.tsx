import { memo, useLayoutEffect, useMemo, useRef } from 'react'
import { deskAnnotationsOf, recordsByLook } from '../../store/effective'
import type { AnnotationKind } from '../../../core/annotation/types'
import { useStore } from '../../store'
import type { SaveState } from '../../store/deskSlice'
import { openExportDialog } from '../export/exporting'
import { importFiles } from '../import/importing'
import { ANNOTATION_INPUT_ID, importAnnotationFile, openAnnotationImport } from '../import/annotationImport'
import { shortcutLabel } from '../../lib/platform'
import { ACTIONS, annotate, MARK_KINDS as KINDS, setMode } from './actions'
import { KIND_LABEL } from './AnnotationCard'

const SAVE_LABEL = { saved: 'Saved', dirty: 'Unsaved changes', saving: 'Saving…', error: 'Not saved' } as const

/** Import, the annotation buttons (each with its colour: the legend), the save indicator, help. */
export function Toolbar() {
  const hasStory = useStore((s) => s.detail !== null)
  const importing = useStore((s) => s.importing)
  // Counts need kinds and decisions only: records that merely moved (typing) keep the same object here.
  const records = useStore((s) => recordsByLook(s.records))
  const present = useStore((s) => s.presentIds)
  const counts = useMemo(() => {
    const c: Record<AnnotationKind, number> = { quote: 0, claim: 0, speaker: 0, credit: 0, note: 0 }
    for (const a of deskAnnotationsOf(records).values()) if (present.has(a.id) && a.decision !== 'rejected') c[a.kind]++
    return c
  }, [records, present])
  return (
    <div className="toolbar" role="toolbar" aria-label="Desk">
      <button type="button" onClick={() => document.getElementById('import-input')?.click()} disabled={importing}>
        {importing ? 'Importing…' : 'Import…'}
      </button>
      <input
        id="import-input"
        type="file"
        multiple
        hidden
        onChange={(e) => {
          const files = [...(e.target.files ?? [])]
          e.target.value = ''
          void importFiles(files)
        }}
      />
      {hasStory && (
        <div className="legend" role="group" aria-label="Mark selection as (legend)">
          {KINDS.map(({ kind, key }) => (
            <button
              key={kind}
              type="button"
              className={`legend-item k-${kind}`}
              title={`Mark the selected words as ${KIND_LABEL[kind].toLowerCase()} (${key})`}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => annotate(kind)}
              data-testid={`legend-${kind}`}
              data-count={counts[kind]}
            >
              <span className={`swatch k-${kind}`} aria-hidden="true" />
              {KIND_LABEL[kind]} <span className="legend-count">{counts[kind]}</span> <kbd>{key}</kbd>
            </button>
          ))}
        </div>
      )}
      <span className="spacer" />
      {hasStory && (
        <button
          type="button"
          onClick={openAnnotationImport}
          title="Import annotations onto this story: W3C Web Annotation JSON-LD or Hypothesis JSON"
          data-testid="import-annotations-button"
        >
          Import annotations…
        </button>
      )}
      <input
        id={ANNOTATION_INPUT_ID}
        type="file"
        accept=".json,.jsonld,application/json,application/ld+json"
        hidden
        onChange={(e) => {
          const file = e.target.files?.[0]
          e.target.value = ''
          if (file) void importAnnotationFile(file)
        }}
      />
      {hasStory && (
        <button type="button" onClick={openExportDialog} title={`Export the story (${shortcutLabel('Ctrl+E')})`} data-testid="export-button">
          Export…
        </button>
      )}
      {hasStory && <SaveIndicator />}
      <button type="button" onClick={() => ACTIONS.find((a) => a.id === 'palette')?.run()} title={`Command palette (${shortcutLabel('Ctrl+K')})`}>
        {shortcutLabel('Ctrl+K')}
      </button>
      <button type="button" onClick={() => ACTIONS.find((a) => a.id === 'shortcuts')?.run()} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </div>
  )
}

/**
 * Reviewing (the text read-only) or Editing: shown above the story whenever it is, switched with F2 (E from
 * review, Esc from the text).
 */
export function ModeSwitch() {
  const mode = useStore((s) => s.mode)
  return (
    <div className="mode-switch" role="radiogroup" aria-label="Desk mode (F2)" data-testid="mode" data-mode={mode}>
      <button type="button" role="radio" aria-checked={mode === 'review'} onClick={() => setMode('review')} title="Reviewing: the text is read-only; single keys act on marks and findings (F2)">
        Reviewing
      </button>
      <button type="button" role="radio" aria-checked={mode === 'edit'} onClick={() => setMode('edit')} title={`Editing: typing changes the text; mark with ${shortcutLabel('Ctrl+Alt+Q')} and the like (F2, E)`}>
        Editing
      </button>
    </div>
  )
}

/**
 * The save state, written to its element as the store changes rather than re-rendered: it flips three times
 * after every pause in typing (unsaved, saving, saved), and every React commit while the story has the focus
 * walks the editor's whole DOM (React saves and restores the selection around a commit), a keystroke's time in
 * a long story.
 */
const SaveIndicator = memo(function SaveIndicator() {
  const el = useRef<HTMLSpanElement>(null)
  useLayoutEffect(() => {
    const show = (state: SaveState) => {
      const span = el.current
      if (!span) return
      span.className = `save-state save-${state}`
      span.dataset.saveState = state
      span.textContent = SAVE_LABEL[state]
    }
    show(useStore.getState().saveState)
    return useStore.subscribe((s, prev) => {
      if (s.saveState !== prev.saveState) show(s.saveState)
    })
  }, [])
  // Rendered once (no props, no store hook); the effect keeps it current.
  const initial = useStore.getState().saveState
  return (
    <span ref={el} className={`save-state save-${initial}`} role="status" data-testid="save-state" data-save-state={initial}>
      {SAVE_LABEL[initial]}
    </span>
  )
})
