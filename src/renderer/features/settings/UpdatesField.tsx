import type { Output } from '../../../shared/ipc/contract'

export type UpdatesSetting = Output<'app:updates'>

/** What the dialog holds of the updates switch: the Node side's answer and the box as ticked, or why it could not be read. */
export type UpdatesDraft = { setting: UpdatesSetting; on: boolean } | { error: string }

/** The change Save makes: the new state where the switch can change and the box differs from the saved choice, else null. */
export function updatesChangeOf(draft: UpdatesDraft): boolean | null {
  if ('error' in draft || !draft.setting.switchable) return null
  return draft.on !== draft.setting.on ? draft.on : null
}

/**
 * Automatic updates, this computer's choice (not the library's). Only the desktop app can update itself: elsewhere
 * (browser mode, a development build, a machine that forbids it) there is no box, only the reason.
 */
export function UpdatesField({ draft, onChange }: { draft: UpdatesDraft; onChange: (on: boolean) => void }) {
  return (
    <fieldset className="settings-section" data-testid="setting-updates">
      <legend>This computer</legend>
      {'error' in draft ? (
        <p className="hint">Automatic updates: {draft.error}</p>
      ) : draft.setting.switchable ? (
        <label className="setting setting-check" title={draft.setting.note}>
          <span className="setting-label">Check for updates automatically</span>
          <input type="checkbox" checked={draft.on} data-testid="setting-updates-on" onChange={(e) => onChange(e.target.checked)} />
        </label>
      ) : (
        <p className="setting-label" data-testid="setting-updates-unavailable">
          {draft.setting.note}
        </p>
      )}
      {'setting' in draft && draft.setting.switchable && <p className="hint">{draft.setting.note}</p>}
    </fieldset>
  )
}
