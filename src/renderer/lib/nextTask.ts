/**
 * Resolves in a task of its own: work after `await nextTask()` lets a keystroke that arrived meanwhile be
 * handled first. For splitting deferred work (a save, a sync) into pieces shorter than a frame.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))

/**
 * Resolves in the task after the next frame: work done then sits between two keystrokes of a typist (the frame
 * that shows one key has just been painted), rather than in front of one of them. Falls back to a task where
 * there are no frames (a hidden page, a test without a display).
 */
export const afterNextPaint = (): Promise<void> =>
  new Promise((resolve) => {
    if (typeof requestAnimationFrame !== 'function' || (typeof document !== 'undefined' && document.visibilityState === 'hidden')) {
      setTimeout(resolve, 0)
      return
    }
    requestAnimationFrame(() => setTimeout(resolve, 0))
  })
