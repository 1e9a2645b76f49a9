import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron'
import { EVENT_CHANNEL, type AppEvent } from '../../shared/ipc/events'
import { fail } from '../../shared/ipc/result'
import type { Handlers } from '../../shared/ipc/contract'
import { dispatchFromRenderer } from './dispatch'
import type { SenderFacts } from './sender'

/** The IPC channel that carries every contract call: invoke('wiremark:invoke', channel, input). */
export const INVOKE = 'wiremark:invoke'

/**
 * Registers the contract on ipcMain. Only frames of our own renderer may call it (sender check); every input
 * is validated and every answer is an envelope, so errors reach the renderer with their reason.
 */
export function registerIpc(handlers: Handlers, isTrustedSender: (e: IpcMainInvokeEvent) => boolean): void {
  ipcMain.handle(INVOKE, async (event, channel: unknown, input: unknown) => {
    if (!isTrustedSender(event)) return fail('forbidden', 'This window may not call Wiremark.')
    return dispatchFromRenderer(handlers, channel, input)
  })
}

/** The facts isTrustedSender() judges, read from an invoke event: the sending frame (not the window's URL). */
export function senderFacts(event: IpcMainInvokeEvent, ours: WebContents | null | undefined): SenderFacts {
  const frame = event.senderFrame
  return { frameUrl: frame?.url, isMainFrame: !!frame && frame.parent === null, fromOurWindow: !!ours && event.sender === ours }
}

/** Pushes an event to a window, on the one channel its preload listens to (typed against the Events map). */
export function sendEvent(to: WebContents | null | undefined, event: AppEvent): void {
  to?.send(EVENT_CHANNEL, event)
}
