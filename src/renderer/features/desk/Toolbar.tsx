import { useMemo } from 'react'
import { deskAnnotationsOf } from '../../store/effective'
import type { AnnotationKind } from '../../../core/annotation/types'
import { useStore } from '../../store'
import { openExportDialog } from '../export/exporting'
import { importFiles } from '../import/importing'
import { ACTIONS, annotate, MARK_KINDS as KINDS } from './actions'
import { KIND_LABEL } from './AnnotationCard'


const SAVE_LABEL = { saved: 'Saved', dirty: 'Unsaved changes', saving: 'Saving…', error: 'Not saved' } as const

/** Import, the annotation buttons (each with its colour: the legend), the save indicator, help. */
export function Toolbar() {
  const hasStory = useStore((s) => s.detail !== null)
  const saveState = useStore((s) => s.saveState)
  const importing = useStore((s) => s.importing)
  const records = useStore((s) => s.records)
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
        <button type="button" onClick={openExportDialog} title="Export the story (Ctrl+E)" data-testid="export-button">
          Export…
        </button>
      )}
      {hasStory && (
        <span className={`save-state save-${saveState}`} role="status" data-testid="save-state" data-save-state={saveState}>
          {SAVE_LABEL[saveState]}
        </span>
      )}
      <button type="button" onClick={() => ACTIONS.find((a) => a.id === 'palette')?.run()} title="Command palette (Ctrl+K)">
        ⌘K
      </button>
      <button type="button" onClick={() => ACTIONS.find((a) => a.id === 'shortcuts')?.run()} aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)">
        ?
      </button>
    </div>
  )
}
