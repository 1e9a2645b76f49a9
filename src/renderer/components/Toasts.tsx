import type { Toast } from '../store/uiSlice'

/** Non-blocking messages; errors and warnings stay until dismissed (warnings marked ⚠, in the warning colour). */
export function Toasts({ toasts, onDismiss }: { toasts: Toast[]; onDismiss: (id: number) => void }) {
  return (
    <div className="toasts" role="status" aria-live="polite">
      {toasts.map((t) => (
        <div key={t.id} className={`toast toast-${t.kind}`} role={t.kind === 'error' ? 'alert' : undefined}>
          {t.kind === 'warning' && (
            <span className="toast-icon" aria-label="Warning">
              ⚠
            </span>
          )}
          <span>{t.message}</span>
          <button type="button" aria-label="Dismiss" onClick={() => onDismiss(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  )
}
