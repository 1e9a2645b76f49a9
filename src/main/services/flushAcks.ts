/**
 * The desktop app's wait for the window's "everything is saved" before it closes the library (see
 * main/app/quit.ts): a request goes out with a fresh id as an 'app:flush' event, and 'app:flushed' answers it.
 */
export function createFlushAcks() {
  const waiting = new Map<string, (saved: boolean) => void>()
  let next = 0
  return {
    /** Sends the request with a fresh id; resolves with the window's answer, or 'timeout'. */
    request(send: (id: string) => void, timeoutMs: number): Promise<'saved' | 'failed' | 'timeout'> {
      const id = `flush-${++next}`
      return new Promise((resolve) => {
        const timer = setTimeout(() => {
          waiting.delete(id)
          resolve('timeout')
        }, timeoutMs)
        waiting.set(id, (saved) => {
          clearTimeout(timer)
          waiting.delete(id)
          resolve(saved ? 'saved' : 'failed')
        })
        try {
          send(id)
        } catch {
          // A window already gone cannot answer: the timeout ends the wait.
        }
      })
    },
    /** The window's answer ('app:flushed'); false when nobody waits for that id. */
    ack(id: string, saved: boolean): boolean {
      const w = waiting.get(id)
      if (!w) return false
      w(saved)
      return true
    },
  }
}
export type FlushAcks = ReturnType<typeof createFlushAcks>
