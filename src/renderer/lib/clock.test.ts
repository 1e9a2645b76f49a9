import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createThrottle } from './clock'

describe('a throttled run', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] }))
  afterEach(() => vi.useRealTimers())

  it('runs once in the next task, however often it is asked for meanwhile', async () => {
    const run = vi.fn()
    const t = createThrottle(run, 1500)
    t.soon()
    t.soon()
    expect(run).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(1)
  })

  it('runs at most once every interval while asked for', async () => {
    const run = vi.fn()
    const t = createThrottle(run, 1500)
    for (let ms = 0; ms < 4000; ms += 100) {
      t.soon()
      await vi.advanceTimersByTimeAsync(100)
    }
    // At 0, 1500 and 3000.
    expect(run).toHaveBeenCalledTimes(3)
    await vi.advanceTimersByTimeAsync(1500)
    expect(run).toHaveBeenCalledTimes(4)
  })

  it('runs at once when asked for an interval after the last run', async () => {
    const run = vi.fn()
    const t = createThrottle(run, 1500)
    t.soon()
    await vi.advanceTimersByTimeAsync(2000)
    t.soon()
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(2)
  })

  it('cancel drops the run that waits, and a later ask runs again', async () => {
    const run = vi.fn()
    const t = createThrottle(run, 1500)
    t.soon()
    await vi.advanceTimersByTimeAsync(0)
    t.soon()
    t.cancel()
    await vi.advanceTimersByTimeAsync(5000)
    expect(run).toHaveBeenCalledTimes(1)
    t.soon()
    await vi.advanceTimersByTimeAsync(0)
    expect(run).toHaveBeenCalledTimes(2)
  })
})
