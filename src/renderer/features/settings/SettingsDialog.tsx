import { useEffect, useState } from 'react'
import type { Settings } from '../../../shared/dto/settings'
import { call } from '../../lib/api'
import { useStore } from '../../store'
import { Modal } from '../../components/Modal'
import { changeOf, draftOf, SETTING_FIELDS, type TextSettingKey } from './fields'
import { HouseStyleFields } from './HouseStyleFields'
import { houseChangeOf, houseDraftOf, type HouseDraft } from './houseStyleForm'
import './settings.css'

type Loaded = { saved: Settings; draft: Record<TextSettingKey, string>; house: HouseDraft }

/**
 * Settings… (Ctrl+,): the library's settings, saved to the Node side; closes only once the save is acknowledged. A new
 * house style or check switched off re-runs the checks of the open story.
 */
export function SettingsDialog() {
  const [loaded, setLoaded] = useState<Loaded | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const close = () => useStore.getState().setOverlay('none')

  useEffect(() => {
    let live = true
    void call('settings:get', {}).then((r) => {
      if (!live) return
      if (r.ok) setLoaded({ saved: r.value, draft: draftOf(r.value), house: houseDraftOf(r.value) })
      else setError(`The settings could not be read: ${r.error.message}`)
    })
    return () => {
      live = false
    }
  }, [])

  const save = async () => {
    if (!loaded || busy) return
    const change = { ...changeOf(loaded.saved, loaded.draft), ...houseChangeOf(loaded.saved, loaded.house) }
    if (Object.keys(change).length === 0) return close()
    setBusy(true)
    const r = await call('settings:set', change)
    setBusy(false)
    if (!r.ok) return setError(`Not saved: ${r.error.message}`)
    useStore.getState().settingsSaved(r.value)
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
        <p className="hint">Kept in this library, for everyone who opens it.</p>
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
