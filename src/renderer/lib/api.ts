import type { Channel, Input, Output } from '../../shared/ipc/contract'
import { isAppEvent, type AppEvent } from '../../shared/ipc/events'
import type { Result } from '../../shared/ipc/result'
import { jsonBlob } from './jsonBlob'

/** What the preload exposes in the desktop app. */
export interface WiremarkBridge {
  invoke: (channel: string, input: unknown) => Promise<unknown>
  onEvent: (listener: (event: AppEvent) => void) => () => void
}

export type { AppEvent }

declare global {
  interface Window {
    api?: WiremarkBridge
  }
}

/** The browser-mode token: given once in the URL, then kept for the tab's life. */
function hostToken(): string {
  const fromUrl = new URLSearchParams(window.location.search).get('token')
  if (fromUrl) {
    sessionStorage.setItem('wiremark-token', fromUrl)
    return fromUrl
  }
  return sessionStorage.getItem('wiremark-token') ?? ''
}

/** How to send a large input: with `pause` between the pieces of its JSON (browser mode), see jsonBlob. */
export interface CallOptions {
  pause?: () => Promise<void>
}

/**
 * The renderer's only way out: `window.api` in Electron, the loopback host's HTTP contract in browser mode.
 * Resolves to the result envelope; never throws for an error the other side reported.
 */
export async function call<C extends Channel>(channel: C, input: Input<C>, options?: CallOptions): Promise<Result<Output<C>>> {
  try {
    if (window.api) return (await window.api.invoke(channel, input)) as Result<Output<C>>
    const res = await fetch(`/api/${channel}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-wiremark-token': hostToken() },
      body: options?.pause ? await jsonBlob(input, options.pause) : JSON.stringify(input),
    })
    const body = (await res.json().catch(() => null)) as Result<Output<C>> | null
    if (body && typeof body === 'object' && 'ok' in body) return body
    return { ok: false, error: { code: 'unavailable', message: `The Wiremark host answered ${res.status} ${res.statusText}` } }
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    return { ok: false, error: { code: 'unavailable', message: `Cannot reach the Wiremark host: ${message}` } }
  }
}

/** Like call(), but throws an Error with the reason; for places that show errors through one handler. */
export async function request<C extends Channel>(channel: C, input: Input<C>): Promise<Output<C>> {
  const r = await call(channel, input)
  if (!r.ok) throw Object.assign(new Error(r.error.message), { code: r.error.code })
  return r.value
}

/** Events from the Node side (import progress and the like). In browser mode, server-sent events. */
export function onEvent(listener: (event: AppEvent) => void): () => void {
  if (window.api) return window.api.onEvent(listener)
  const source = new EventSource(`/api/events?token=${encodeURIComponent(hostToken())}`)
  source.onmessage = (m) => {
    try {
      const event: unknown = JSON.parse(m.data)
      if (isAppEvent(event)) listener(event)
      else console.error('Wiremark: an event the window does not know', event)
    } catch (e) {
      console.error('Wiremark: unreadable event from the host', e)
    }
  }
  return () => source.close()
}

/** True in the desktop app (the preload's bridge), false in browser mode. */
export const isDesktop = (): boolean => window.api !== undefined
