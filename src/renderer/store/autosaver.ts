import { pageClock, type Clock } from '../lib/clock'

/** What the desk's save indicator shows. */
export type SaveState = 'saved' | 'dirty' | 'saving' | 'error'

export { pageClock, type Clock }

/** One save, as the autosaver hands it to `call`. */
export interface SaveRun {
  /** The autosave: prepared and sent in pieces, `pause()` between them; a save on blur or unload sends at once */
  inPieces: boolean
  /** Waits a task between two pieces of the autosave, unless a save that must go at once came meanwhile */
  pause: () => Promise<void>
  /** Whether the editor is typing now (a key came less than TYPING_GAP_MS ago) */
  typing: () => boolean
}

export interface AutosaverDeps {
  /** Sends everything unsaved; resolves to false when something did not go (it is kept for a retry) */
  call: (run: SaveRun) => Promise<boolean>
  clock: Clock
  /** Whether anything waits to be sent (false also when no story is open) */
  pending: () => boolean
  /** Whether a change is held outside what `call` sends (a note being typed), or there is nothing to save into */
  held: () => boolean
  /** The indicator's state (the store holds it) and a change of it; `savedAt` is given when a save went through */
  state: () => SaveState
  setState: (state: SaveState, savedAt?: string) => void
}

/**
 * The autosave goes this long after the first edit it does not hold yet: a second after a change followed by
 * quiet, and every second during unbroken typing, so that a crash loses about the last second of typing.
 */
export const SAVE_AFTER_MS = 1000
/** A save this soon after a key counts as one during typing */
export const TYPING_GAP_MS = 250

export interface Autosaver {
  /** A key changed the text (not read out of the editor yet): unsaved from now on */
  edited: () => void
  /** The text was read out of the editor: what a save sends now holds every key until this moment */
  readOut: () => void
  /** A change waits outside the store (a note being typed): the indicator says unsaved */
  touched: () => void
  /** A change to save: the autosave goes SAVE_AFTER_MS after the first change it does not hold */
  schedule: () => void
  /**
   * Saves now. `inPieces` (the autosave) lets keystrokes in between its pieces; a save without it (blur, unload)
   * joins a save on its way, which then sends the rest at once, and resolves when that save is done.
   */
  flush: (how?: { inPieces?: boolean }) => Promise<void>
  /** Another story: the last key and read-out belong to the one left behind */
  reset: () => void
}

/**
 * The desk's autosave: when to save, one save at a time, and what the indicator says. What a save sends is
 * `call`'s business; this object holds only the timing, in explicit state.
 */
export function createAutosaver(deps: AutosaverDeps): Autosaver {
  const { clock } = deps
  /** When the editor last reported a key, and when the text was last read out */
  let lastEdit = -Infinity
  let snapshotAt = -Infinity
  /** When the first change not yet in a save was made; null when every change is saved or on its way */
  let unsavedSince: number | null = null
  let timer: unknown = null
  /** The save on its way */
  let running: Promise<void> | null = null
  /** A save that must go at once came during the save on its way: its pauses end (`rush` ends the one it is in) */
  let rushed = false
  let rush: (() => void) | null = null

  const pause = (): Promise<void> =>
    rushed ? Promise.resolve() : Promise.race([clock.nextTask(), new Promise<void>((resolve) => (rush = resolve))])

  const cancelTimer = () => {
    clock.clearTimeout(timer)
    timer = null
  }

  const schedule = () => {
    const state = deps.state()
    if (state === 'saved' || state === 'error') deps.setState('dirty')
    unsavedSince ??= clock.now()
    cancelTimer()
    timer = clock.setTimeout(
      () => {
        timer = null
        void flush({ inPieces: true })
      },
      Math.max(0, unsavedSince + SAVE_AFTER_MS - clock.now()),
    )
  }

  const send = async (inPieces: boolean): Promise<void> => {
    const sentSnapshotAt = snapshotAt
    const ok = await deps.call({ inPieces, pause, typing: () => clock.now() - lastEdit < TYPING_GAP_MS })
    if (!ok) {
      deps.setState('error')
      return
    }
    // "Saved" only when the Node side has acknowledged everything there is: keys after the text that was sent,
    // changes made while the save was on its way and a note still being typed count as unsaved from then on.
    const behind = lastEdit > sentSnapshotAt || deps.pending() || deps.held()
    deps.setState(behind ? 'dirty' : 'saved', new Date().toISOString())
    unsavedSince = behind ? sentSnapshotAt : null
  }

  const flush = async (how?: { inPieces?: boolean }): Promise<void> => {
    cancelTimer()
    const inPieces = how?.inPieces === true
    if (running) {
      // What changes meanwhile has its own autosave (or is sent after this save: see below).
      if (!inPieces) {
        // The page may be going away: no later task would run, so the rest of the save goes in this one.
        rushed = true
        rush?.()
      }
      return running
    }
    if (!deps.pending()) {
      // Nothing left to send (a save asked for again after the last one took it all): the indicator says so,
      // unless a key has not been read out of the editor yet (its own save follows the read) or a change is held.
      if (deps.state() === 'dirty' && lastEdit <= snapshotAt && !deps.held()) deps.setState('saved')
      return
    }
    deps.setState('saving')
    running = send(inPieces)
    try {
      await running
    } finally {
      running = null
      rushed = false
    }
    // A change made while the save was on its way (its autosave was cancelled by a save that joined) goes by
    // itself, a second after it; after a failure, with the next change or blur.
    if (deps.pending() && deps.state() !== 'error') schedule()
  }

  return {
    edited: () => {
      lastEdit = clock.now()
      unsavedSince ??= lastEdit
      // The indicator says so from the first key (the text reaches the store after a pause, or within a second).
      if (deps.state() === 'saved') deps.setState('dirty')
    },
    readOut: () => {
      snapshotAt = clock.now()
    },
    touched: () => {
      if (deps.state() === 'saved') deps.setState('dirty')
    },
    schedule,
    flush,
    reset: () => {
      lastEdit = -Infinity
      snapshotAt = -Infinity
      unsavedSince = null
    },
  }
}
