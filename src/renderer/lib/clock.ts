import { nextTask } from './nextTask'

/** The time and timers a piece of the desk waits with; a test gives fake ones. */
export interface Clock {
  /** A monotonic time in milliseconds (performance.now) */
  now: () => number
  setTimeout: (run: () => void, ms: number) => unknown
  clearTimeout: (timer: unknown) => void
  /** Resolves in a task of its own (see nextTask) */
  nextTask: () => Promise<void>
}

/** The page's own clock, read at each use (so that a test's fake timers apply to it). */
export const pageClock: Clock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (timer) => clearTimeout(timer as ReturnType<typeof setTimeout>),
  nextTask: () => nextTask(),
}

/**
 * Runs `run` soon, at most once every `everyMs`: the first call runs it in the next task, calls meanwhile join
 * the run that is waiting. `cancel` drops a run that waits.
 */
export function createThrottle(run: () => void, everyMs: number, clock: Clock = pageClock) {
  let last = -Infinity
  let timer: unknown = null
  return {
    soon(): void {
      if (timer !== null) return
      timer = clock.setTimeout(
        () => {
          timer = null
          last = clock.now()
          run()
        },
        Math.max(0, last + everyMs - clock.now()),
      )
    },
    cancel(): void {
      if (timer !== null) clock.clearTimeout(timer)
      timer = null
    },
  }
}
