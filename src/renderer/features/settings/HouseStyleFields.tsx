import { useEffect, useState } from 'react'
import { STYLE_LABELS, type HouseStyleSettings } from '../../../core/analysis/houseStyle'
import { RULE_IDS } from '../../../core/analysis/rules'
import { RULE_TITLE } from '../../../core/annotation/review'
import { changeSetting, choosePreset, SETTING_CONTROLS, SETTING_ORDER, STYLE_CHOICES, toggleCheck, type HouseDraft } from './houseStyleForm'

interface Props {
  draft: HouseDraft
  onChange: (draft: HouseDraft) => void
}

/** A whole number within [min, max] as typed; the draft keeps the last valid one while the field holds another. */
function NumberSetting({ value, min, max, label, onValue }: { value: number; min: number; max: number; label: string; onValue: (n: number) => void }) {
  const [text, setText] = useState(String(value))
  useEffect(() => setText(String(value)), [value])
  const valid = /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max
  return (
    <input
      type="number"
      inputMode="numeric"
      min={min}
      max={max}
      step={1}
      value={text}
      aria-label={label}
      aria-invalid={!valid}
      data-testid="setting-lateAttributionWords"
      onChange={(e) => {
        setText(e.target.value)
        const n = Number(e.target.value)
        if (/^\d+$/.test(e.target.value.trim()) && n >= min && n <= max) onValue(n)
      }}
    />
  )
}

/**
 * The house style the checks follow (a preset, or Custom with every setting editable) and the checks switched off in
 * this library. Changing a setting of a preset makes the style Custom.
 */
export function HouseStyleFields({ draft, onChange }: Props) {
  const { style } = draft
  const set = <K extends keyof HouseStyleSettings>(key: K, value: HouseStyleSettings[K]) => onChange(changeSetting(draft, key, value))
  return (
    <>
      <fieldset className="settings-section">
        <legend>House style</legend>
        <label className="setting">
          <span className="setting-label">Style</span>
          <select value={style.preset} data-testid="setting-houseStyle" onChange={(e) => onChange(choosePreset(draft, e.target.value as (typeof STYLE_CHOICES)[number]))}>
            {STYLE_CHOICES.map((p) => (
              <option key={p} value={p}>
                {STYLE_LABELS[p]}
              </option>
            ))}
          </select>
          <span className="hint">What the checks follow, for every story in this library. Changing a setting below makes the style Custom.</span>
        </label>
        <div className="house-settings">
          {SETTING_ORDER.map((key) => {
            const c = SETTING_CONTROLS[key]
            const value = style[key]
            return (
              <label key={key} className={`setting${c.kind === 'boolean' ? ' setting-check' : ''}`} title={c.hint}>
                <span className="setting-label">{c.label}</span>
                {c.kind === 'choice' && (
                  <select value={String(value)} data-testid={`setting-${key}`} onChange={(e) => set(key, e.target.value as HouseStyleSettings[typeof key])}>
                    {c.options.map((o) => (
                      <option key={o.value} value={o.value}>
                        {o.label}
                      </option>
                    ))}
                  </select>
                )}
                {c.kind === 'number' && <NumberSetting value={value as number} min={c.min} max={c.max} label={c.label} onValue={(n) => set(key, n as HouseStyleSettings[typeof key])} />}
                {c.kind === 'boolean' && <input type="checkbox" checked={value as boolean} data-testid={`setting-${key}`} onChange={(e) => set(key, e.target.checked as HouseStyleSettings[typeof key])} />}
              </label>
            )
          })}
        </div>
      </fieldset>
      <fieldset className="settings-section">
        <legend>Checks</legend>
        <p className="hint">A check switched off finds nothing in this library, in the desk, the reports and the library’s counts.</p>
        <div className="check-toggles">
          {RULE_IDS.map((rule) => (
            <label key={rule} className="check-toggle" title={rule}>
              <input type="checkbox" checked={!draft.disabled.has(rule)} data-testid={`check-${rule}`} onChange={(e) => onChange(toggleCheck(draft, rule, e.target.checked))} />{' '}
              {RULE_TITLE[rule]}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  )
}
