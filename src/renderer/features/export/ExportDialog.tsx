import { useState } from 'react'
import type { ExportFormat } from '../../../core/export/types'
import { isDesktop } from '../../lib/api'
import { useStore } from '../../store'
import { Modal } from '../../components/Modal'
import { exportStory, FORMATS } from './exporting'

const LAST_FORMAT = 'wiremark-export-format'

/** File > Export… / Ctrl+E: pick a format; the desktop asks where to save, the browser downloads. */
export function ExportDialog() {
  const headline = useStore((s) => s.detail?.story.headline ?? null)
  const [format, setFormat] = useState<ExportFormat>(() => (localStorage.getItem(LAST_FORMAT) as ExportFormat | null) ?? 'html')
  const [busy, setBusy] = useState(false)
  const [result, setResult] = useState<{ ok: boolean; message: string } | null>(null)
  const close = () => useStore.getState().setOverlay('none')
  const run = async () => {
    if (busy) return
    setBusy(true)
    localStorage.setItem(LAST_FORMAT, format)
    const r = await exportStory(format)
    setBusy(false)
    setResult(r)
    if (r.ok) {
      useStore.getState().notify('info', r.message)
      close()
    }
  }
  return (
    <Modal label="Export" onClose={close}>
      <form
        className="sheet export-dialog"
        data-testid="export-dialog"
        onSubmit={(e) => {
          e.preventDefault()
          void run()
        }}
      >
        <h2>Export</h2>
        <p className="hint">{headline ?? 'This story'}, with its annotations. Non-public notes are never exported.</p>
        <fieldset className="formats" aria-label="Format">
          {FORMATS.map((f) => (
            <label key={f.format} className={format === f.format ? 'format is-checked' : 'format'}>
              <input type="radio" name="export-format" value={f.format} checked={format === f.format} onChange={() => setFormat(f.format)} autoFocus={format === f.format} />
              <span>
                <strong>{f.label}</strong>
                <span className="hint"> {f.hint}</span>
              </span>
            </label>
          ))}
        </fieldset>
        {result && !result.ok && (
          <p className="export-error" role="alert">
            {result.message}
          </p>
        )}
        <div className="row end">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy} data-testid="export-go">
            {busy ? 'Exporting…' : isDesktop() ? 'Save…' : 'Download'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
