/**
 * Resolves in a task of its own: work after `await nextTask()` lets a keystroke that arrived meanwhile be
 * handled first. For splitting deferred work (a save, a sync) into pieces shorter than a frame.
 */
export const nextTask = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0))
