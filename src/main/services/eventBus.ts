import { log } from '../log'

/** Pushes from the Node side to whoever shows the app (the Electron window, the host's event stream). */
export interface EventBus<E> {
  emit: (e: E) => void
  subscribe: (listener: (e: E) => void) => () => void
}

export function createEventBus<E>(): EventBus<E> {
  const listeners = new Set<(e: E) => void>()
  return {
    emit(e) {
      for (const l of listeners) {
        try {
          l(e)
        } catch (err) {
          log.error('Wiremark: an event listener failed', err)
        }
      }
    },
    subscribe(listener) {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
  }
}
