import { useEffect, useState } from 'react'
import type { Settings } from '../../../shared/dto/settings'
import { call } from '../../lib/api'
import { useStore } from '../../store'
import { Modal } from '../../components/Modal'
import { changeOf, draftOf, SETTING_FIELDS, type TextSettingKey } from './fields'
import { HouseStyleFields } from './HouseStyleFields'
import { houseChangeOf, houseDraftOf, type HouseDraft } from './houseStyleForm'
import { updatesChangeOf, UpdatesField, type UpdatesDraft } from './UpdatesField'
import './settings.css'

type Loaded = { saved: Settings; draft: Record<TextSettingKey, string>; house: HouseDraft; updates: UpdatesDraft }

/**
 * Settings… (Ctrl+,): the library's settings, saved to the Node side, and this computer's automatic updates (the
 * desktop app's); closes only once the save is acknowledged. A new house style or check switched off re-runs the
 * checks of the open story.
 */
export function SettingsDialog() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const close = () => useStore.getState().setOverlay('none')

  useEffect(() => {
    let live = true
    void Promise.all([call('settings:get', {}), call('app:updates', {})]).then(([r, u]) => {
      if (!live) return
      const updates: UpdatesDraft = u.ok ? { setting: u.value, on: u.value.on } : { error: `could not be read: ${u.error.message}` }
      if (r.ok) setLoaded({ saved: r.value, draft: draftOf(r.value), house: houseDraftOf(r.value), updates })
      else setError(`The settings could not be read: ${r.error.message}`)
    })
    return () => {
      live = false
    }
  }, [])

  const save = async () => {
    if (!loaded || busy) return
    const change = { ...changeOf(loaded.saved, loaded.draft), ...houseChangeOf(loaded.saved, loaded.house) }
    const updatesOn = updatesChangeOf(loaded.updates)
    if (Object.keys(change).length === 0 && updatesOn === null) return close()
    setBusy(true)
    if (updatesOn !== null) {
      const u = await call('app:setUpdates', { on: updatesOn })
      if (!u.ok) {
        setBusy(false)
        return setError(`Not saved: ${u.error.message}`)
      }
      // Saved: a failure of the library's settings below leaves the dialog open without sending this again.
      setLoaded((l) => (l ? { ...l, updates: { setting: u.value, on: u.value.on } } : l))
    }
    if (Object.keys(change).length > 0) {
      const r = await call('settings:set', change)
      if (!r.ok) {
        setBusy(false)
        return setError(`Not saved: ${r.error.message}`)
      }
      useStore.getState().settingsSaved(r.value)
    }
    setBusy(false)
    useStore.getState().notify('info', 'Settings saved.')
    close()
  }

  const sections = [...new Set(SETTING_FIELDS.map((f) => f.section))]
  return (
    <Modal label="Settings" onClose={close}>
      <form
        className="sheet settings-dialog"
        data-testid="settings-dialog"
        data-ready={loaded ? 'true' : undefined}
        onSubmit={(e) => {
          e.preventDefault()
          void save()
        }}
      >
        <h2>Settings</h2>
        <p className="hint">Kept in this library, for everyone who opens it; “This computer” only on this computer.</p>
        {!loaded && !error && <p className="hint">Reading the settings…</p>}
        {loaded &&
          sections.map((section) => (
            <fieldset key={section} className="settings-section">
              <legend>{section}</legend>
              {SETTING_FIELDS.filter((f) => f.section === section).map((f) => (
                <label key={f.key} className="setting">
                  <span className="setting-label">{f.label}</span>
                  <input
                    type="text"
                    name={f.key}
                    value={loaded.draft[f.key]}
                    maxLength={f.maxLength}
                    placeholder={f.placeholder}
                    autoFocus={f.key === SETTING_FIELDS[0]?.key}
                    data-testid={`setting-${f.key}`}
                    onChange={(e) => {
                      const value = e.target.value
                      setError(null)
                      setLoaded((l) => (l ? { ...l, draft: { ...l.draft, [f.key]: value } } : l))
                    }}
                  />
                  <span className="hint">{f.hint}</span>
                </label>
              ))}
            </fieldset>
          ))}
        {loaded && (
          <HouseStyleFields
            draft={loaded.house}
            onChange={(house) => {
              setError(null)
              setLoaded((l) => (l ? { ...l, house } : l))
            }}
          />
        )}
        {loaded && (
          <UpdatesField
            draft={loaded.updates}
            onChange={(on) => {
              setError(null)
              setLoaded((l) => (l && 'setting' in l.updates ? { ...l, updates: { ...l.updates, on } } : l))
            }}
          />
        )}
        {error && (
          <p className="export-error" role="alert">
            {error}
          </p>
        )}
        <div className="row end">
          <button type="button" onClick={close}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!loaded || busy} data-testid="settings-save">
            {busy ? 'Saving…' : 'Save'}
          </button>
        </div>
      </form>
    </Modal>
  )
}
