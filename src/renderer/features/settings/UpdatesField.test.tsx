// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { UpdatesSetting } from './UpdatesField'

// The Settings dialog's updates switch against a fake Node side: the desktop app's answer (a switch) and browser
// mode's (no updater). Browser mode is also covered end to end (e2e/desktop-settings.spec.ts).

const calls: { channel: string; input: unknown }[] = []
let updates: UpdatesSetting
let setUpdatesAnswer: { ok: true; value: UpdatesSetting } | { ok: false; error: { code: string; message: string } } | null = null

vi.mock('../../lib/api', () => ({
  call: vi.fn(async (channel: string, input: unknown) => {
    calls.push({ channel, input })
    if (channel === 'settings:get') return { ok: true, value: { checkerName: null, houseStyle: null, disabledRules: null } }
    if (channel === 'app:updates') return { ok: true, value: updates }
    if (channel === 'app:setUpdates') return setUpdatesAnswer ?? { ok: true, value: { ...updates, on: (input as { on: boolean }).on } }
    return { ok: false, error: { code: 'unknown_channel', message: channel } }
  }),
  onEvent: () => () => {},
  isDesktop: () => false,
}))

const { SettingsDialog } = await import('./SettingsDialog')
const { updatesChangeOf } = await import('./UpdatesField')
const { useStore } = await import('../../store')

let host: HTMLDivElement
let root: Root
const desktop: UpdatesSetting = { switchable: true, on: false, note: 'Checks for a new version when Wiremark starts.' }

async function open() {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
  await act(async () => root.render(<SettingsDialog />))
  await vi.waitFor(() => expect(host.querySelector('[data-ready="true"]')).not.toBeNull())
}
const q = (id: string) => host.querySelector(`[data-testid="${id}"]`)
async function save() {
  await act(async () => (q('settings-save') as HTMLButtonElement).click())
}

beforeEach(() => {
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  calls.length = 0
  setUpdatesAnswer = null
  updates = desktop
  useStore.setState({ overlay: 'settings' } as never)
})
afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

describe("Settings' automatic updates", () => {
  it('in the desktop app: a box showing the choice; ticking it and saving turns updates on, and nothing else is sent', async () => {
    await open()
    const box = q('setting-updates-on') as HTMLInputElement
    expect(box.checked).toBe(false)
    expect(q('setting-updates')?.textContent).toContain('Checks for a new version')
    await act(async () => box.click())
    await save()
    expect(calls.filter((c) => c.channel.endsWith('set') || c.channel === 'app:setUpdates')).toEqual([{ channel: 'app:setUpdates', input: { on: true } }])
    expect(useStore.getState().overlay).toBe('none')
  })

  it('a box left as it was sends nothing', async () => {
    updates = { ...desktop, on: true }
    await open()
    expect((q('setting-updates-on') as HTMLInputElement).checked).toBe(true)
    await save()
    expect(calls.map((c) => c.channel)).toEqual(['settings:get', 'app:updates'])
  })

  it('a refused change keeps the dialog open and says why', async () => {
    setUpdatesAnswer = { ok: false, error: { code: 'unavailable', message: 'Automatic updates are turned off on this computer (WIREMARK_UPDATES=off).' } }
    await open()
    await act(async () => (q('setting-updates-on') as HTMLInputElement).click())
    await save()
    expect(host.querySelector('[role="alert"]')?.textContent).toContain('WIREMARK_UPDATES=off')
    expect(useStore.getState().overlay).toBe('settings')
  })

  it('where there is no updater (browser mode): no box, the reason instead', async () => {
    updates = { switchable: false, on: false, note: 'Automatic updates are not available in browser mode.' }
    await open()
    expect(q('setting-updates-on')).toBeNull()
    expect(q('setting-updates-unavailable')?.textContent).toBe('Automatic updates are not available in browser mode.')
    expect(q('setting-updates')?.textContent).not.toContain('Check for updates automatically')
    await save()
    expect(calls.map((c) => c.channel)).not.toContain('app:setUpdates')
  })
})

describe('updatesChangeOf', () => {
  it('answers the new state only where the switch can change and the box differs', () => {
    expect(updatesChangeOf({ setting: desktop, on: true })).toBe(true)
    expect(updatesChangeOf({ setting: { ...desktop, on: true }, on: false })).toBe(false)
    expect(updatesChangeOf({ setting: desktop, on: false })).toBeNull()
    expect(updatesChangeOf({ setting: { ...desktop, switchable: false }, on: true })).toBeNull()
    expect(updatesChangeOf({ error: 'could not be read' })).toBeNull()
  })
})
