import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron'
import { RENDERER_CHANNELS } from '../shared/ipc/contract'

// The renderer's whole view of Electron: invoke() for contract channels, onEvent() for pushes. Nothing else.
contextBridge.exposeInMainWorld('api', {
  invoke: (channel: string, input: unknown) => {
    if (!(RENDERER_CHANNELS as readonly string[]).includes(channel)) {
      return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: `Unknown channel: ${channel}` } })
    }
    return ipcRenderer.invoke('wiremark:invoke', channel, input)
  },
  onEvent: (listener: (event: unknown) => void) => {
    const wrapped = (_e: IpcRendererEvent, event: unknown) => listener(event)
    ipcRenderer.on('wiremark:event', wrapped)
    return () => ipcRenderer.removeListener('wiremark:event', wrapped)
  },
})
