import { importTotals, importWarnings } from '../../../shared/importSummary'
import { useStore } from '../../store'
import { cancelImport, closeImportSummary } from './importing'

/** A bulk import: a progress bar with Cancel while it runs, then what happened to every file. */
export function ImportPanel() {
  const run = useStore((s) => s.importRun)
  if (!run) return null
  const pct = run.total > 0 ? Math.round((run.done / run.total) * 100) : 0
  if (run.phase === 'running') {
    return (
      <section className="import-panel" aria-label="Import" data-testid="import-progress" data-done={run.done} data-total={run.total}>
        <div className="import-line">
          <strong>Importing {run.total} files</strong>
          <span className="hint">
            {run.done} of {run.total}
            {run.file ? ` · ${run.file.split(/[\\/]/).pop()}` : ''}
          </span>
          <button type="button" onClick={cancelImport} disabled={run.cancelling} data-testid="import-cancel">
            {run.cancelling ? 'Cancelling…' : 'Cancel'}
          </button>
        </div>
        <progress max={run.total} value={run.done} aria-label="Import progress" aria-valuetext={`${pct}%`} />
      </section>
    )
  }
  const s = run.summary
  const failed = s?.items.filter((i) => i.outcome === 'failed') ?? []
  const warnings = s ? importWarnings(s) : []
  return (
    <section className="import-panel import-summary" aria-label="Import summary" data-testid="import-summary" data-phase={run.phase} data-cancelled={run.cancelled}>
      <div className="import-line">
        <strong>{run.phase === 'failed' ? 'Import stopped' : run.cancelled ? 'Import cancelled' : 'Import finished'}</strong>
        <button type="button" onClick={closeImportSummary} aria-label="Close the import summary">
          ×
        </button>
      </div>
      {run.message && <p className="export-error">{run.message}</p>}
      {s && <p data-testid="import-totals">{importTotals(s)}</p>}
      {s && (
        <ul className="import-counts">
          <li data-testid="import-imported">
            <b>{s.imported}</b> imported
          </li>
          <li data-testid="import-updated">
            <b>{s.updated}</b> updated
          </li>
          <li data-testid="import-duplicates">
            <b>{s.duplicates}</b> skipped as duplicates
          </li>
          <li data-testid="import-failed" className={s.failed > 0 ? 'is-failed' : ''}>
            <b>{s.failed}</b> failed
          </li>
          {run.cancelled && (
            <li>
              <b>{Math.max(0, run.total - s.files)}</b> not imported (cancelled)
            </li>
          )}
        </ul>
      )}
      {failed.length > 0 && (
        <details open={failed.length <= 5}>
          <summary>Why {failed.length === 1 ? 'one file' : `${failed.length} files`} failed</summary>
          <ul className="import-failures" data-testid="import-failures">
            {failed.map((f, i) => (
              <li key={`${i}-${f.file}`}>
                <span className="file">{f.file.split(/[\\/]/).pop()}</span>: {reason(f.file, f.error?.message)}
              </li>
            ))}
          </ul>
        </details>
      )}
      {warnings.length > 0 && (
        <details open={warnings.length <= 3}>
          <summary>{warnings.length === 1 ? 'One warning' : `${warnings.length} warnings`}</summary>
          <ul className="import-failures" data-testid="import-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  )
}

/** The reason without the file name the Node side may already have put in front of it. */
function reason(file: string, message: string | undefined): string {
  if (!message) return 'could not be imported'
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message
}
