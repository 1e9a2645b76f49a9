import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { RENDERER_CHANNELS } from '../shared/ipc/contract'
import { EVENT_CHANNEL, type AppEvent } from '../shared/ipc/events'

// The renderer's whole view of Electron: invoke() for contract channels, onEvent() for pushes. Nothing else.
contextBridge.exposeInMainWorld('api', {
  invoke: (channel: string, input: unknown) => {
    if (!(RENDERER_CHANNELS as readonly string[]).includes(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `Unknown channel: ${channel}` } })
    }
    return ipcRenderer.invoke('wiremark:invoke', channel, input)
  },
  // What arrives on EVENT_CHANNEL is what the main process sent there (sendEvent in main/index.ts): an AppEvent.
  onEvent: (listener: (event: AppEvent) => void) => {
    const wrapped = (_e: IpcRendererEvent, event: AppEvent) => listener(event)
    ipcRenderer.on(EVENT_CHANNEL, wrapped)
    return () => ipcRenderer.removeListener(EVENT_CHANNEL, wrapped)
  },
})
