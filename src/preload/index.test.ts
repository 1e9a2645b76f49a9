import { beforeEach, describe, expect, it, vi } from 'vitest'

const exposed: Record<string, unknown> = {}
const invoke = vi.fn(async () => ({ ok: true, value: 'answered' }))
const on = vi.fn()
const removeListener = vi.fn()

vi.mock('electron', () => ({
  contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
  ipcRenderer: { invoke, on, removeListener },
}))

interface Bridge {
  invoke: (channel: string, input: unknown) => Promise<unknown>
  onEvent: (l: (e: unknown) => void) => () => void
}

describe('preload bridge', () => {
  beforeEach(async () => {
    vi.resetModules()
    invoke.mockClear()
    await import('./index')
  })

  it('exposes exactly invoke and onEvent, never ipcRenderer', () => {
    expect(Object.keys(exposed)).toEqual(['api'])
    expect(Object.keys(exposed.api as object).sort()).toEqual(['invoke', 'onEvent'])
  })

  it('forwards contract channels over the one IPC channel', async () => {
    const api = exposed.api as Bridge
    await expect(api.invoke('app:info', {})).resolves.toEqual({ ok: true, value: 'answered' })
    expect(invoke).toHaveBeenCalledWith('wiremark:invoke', 'app:info', {})
  })

  it('refuses a channel outside the contract without touching IPC', async () => {
    const api = exposed.api as Bridge
    await expect(api.invoke('shell:openExternal', { url: 'x' })).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    expect(invoke).not.toHaveBeenCalled()
  })

  it('refuses the channels only the Node side may call (they write a file at a path they are given)', async () => {
    const api = exposed.api as Bridge
    for (const channel of ['library:backup', 'library:restore']) {
      await expect(api.invoke(channel, { file: '/home/ed/.bashrc' }), channel).resolves.toMatchObject({ ok: false, error: { code: 'unknown_channel' } })
    }
    expect(invoke).not.toHaveBeenCalled()
  })

  it('unsubscribes an event listener', () => {
    const api = exposed.api as Bridge
    const off = api.onEvent(() => {})
    expect(on).toHaveBeenCalledWith('wiremark:event', expect.any(Function))
    off()
    expect(removeListener).toHaveBeenCalledWith('wiremark:event', expect.any(Function))
  })
})
