/**
 * What the app does when the window's renderer process dies or hangs. Unsaved work: the renderer saves every edit
 * as it goes (drafts included), so a reload loses at most what was typed in the last moment; where the renderer
 * still answers it is asked to save first.
 */

export type GoneReason = 'clean-exit' | 'abnormal-exit' | 'killed' | 'crashed' | 'oom' | 'launch-failed' | 'integrity-failure' | 'memory-eviction'

/**
 * After `render-process-gone`: reload the window, unless it has died `limit` times within `windowMs` (a crash at
 * load would loop), then ask the user. A clean exit (the window closing) is nothing to recover from.
 */
export function createCrashPolicy(limit = 3, windowMs = 60_000) {
  const crashes: number[] = []
  return {
    onGone(reason: GoneReason | string, now: number): 'ignore' | 'reload' | 'ask' {
      if (reason === 'clean-exit') return 'ignore'
      crashes.push(now)
      while (crashes.length > 0 && (crashes[0] as number) <= now - windowMs) crashes.shift()
      return crashes.length > limit ? 'ask' : 'reload'
    },
  }
}

/**
 * Reloads the window keeping unsaved work: asks the renderer to save (flush) and waits for its answer; a renderer
 * that does not answer is hung, so it is ended (forcefullyCrashRenderer) before the reload, which a hung page
 * would otherwise ignore. Resolves with the save's outcome.
 */
export async function reloadKeepingWork(deps: {
  flush: () => Promise<'saved' | 'failed' | 'timeout'>
  endHungRenderer: () => void
  reload: () => void
}): Promise<'saved' | 'failed' | 'timeout'> {
  const saved = await deps.flush()
  if (saved === 'timeout') deps.endHungRenderer()
  deps.reload()
  return saved
}
