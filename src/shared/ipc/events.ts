import type { ImportProgress, ImportSummary } from '../dto'

export type { ImportProgress }

/**
 * Node side → renderer: each event's name and its payload, one map for the host (the event bus, the window's IPC,
 * the loopback host's event stream) and the renderer. A new event is added here.
 */
export type Events = {
  /** A bulk import moved on a file */
  'import:progress': ImportProgress & { jobId: string }
  /** A bulk import ended (cancelled: it stopped after the file it was on) */
  'import:done': { jobId: string; summary: ImportSummary; cancelled: boolean }
  /** A bulk import could not go on (its worker failed) */
  'import:failed': { jobId: string; message: string }
  /** Every story's open findings were counted again (after a change of house style or of the checks switched off) */
  'findings:recounted': { stories: number }
  /** The desktop app is closing or reloading: the window saves and answers with 'app:flushed' and this id */
  'app:flush': { id: string }
  /** The desktop menu's File > Export… */
  'menu:export': null
}

export type EventName = keyof Events

/** One event as it travels: its name and its payload, the pair checked against Events. */
export type AppEvent = { [E in EventName]: { type: E; payload: Events[E] } }[EventName]

/** The one IPC channel events travel on (webContents.send / ipcRenderer.on). */
export const EVENT_CHANNEL = 'wiremark:event'

const EVENT_NAMES: Record<EventName, true> = {
  'import:progress': true,
  'import:done': true,
  'import:failed': true,
  'findings:recounted': true,
  'app:flush': true,
  'menu:export': true,
}

/** Whether a value read off the wire (the host's event stream) is an event of the map, by its name. */
export const isAppEvent = (v: unknown): v is AppEvent =>
  typeof v === 'object' && v !== null && 'type' in v && 'payload' in v && typeof v.type === 'string' && Object.hasOwn(EVENT_NAMES, v.type)
