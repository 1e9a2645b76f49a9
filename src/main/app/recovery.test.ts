import { describe, expect, it } from 'vitest'
import { createCrashPolicy, reloadKeepingWork } from './recovery'
import { readPreferences, updatePlan } from './updates'

describe('a renderer that dies', () => {
  it('is reloaded; a clean exit is not a crash', () => {
    const policy = createCrashPolicy()
    expect(policy.onGone('crashed', 0)).toBe('reload')
    expect(policy.onGone('oom', 1000)).toBe('reload')
    expect(policy.onGone('clean-exit', 2000)).toBe('ignore')
  })

  it('after three crashes within a minute the user is asked instead of a reload loop; later crashes start afresh', () => {
    const policy = createCrashPolicy(3, 60_000)
    expect([0, 1, 2].map((t) => policy.onGone('crashed', t * 1000))).toEqual(['reload', 'reload', 'reload'])
    expect(policy.onGone('crashed', 3000)).toBe('ask')
    expect(policy.onGone('killed', 200_000)).toBe('reload')
  })
})

describe('reloading keeps unsaved work', () => {
  it('a window that still answers saves first, then reloads', async () => {
    const log: string[] = []
    const r = await reloadKeepingWork({
      flush: async () => (log.push('flush'), 'saved'),
      endHungRenderer: () => log.push('end'),
      reload: () => log.push('reload'),
    })
    expect(r).toBe('saved')
    expect(log).toEqual(['flush', 'reload'])
  })

  it('a hung window (no answer) is ended, then reloaded', async () => {
    const log: string[] = []
    const r = await reloadKeepingWork({
      flush: async () => (log.push('flush'), 'timeout'),
      endHungRenderer: () => log.push('end'),
      reload: () => log.push('reload'),
    })
    expect(r).toBe('timeout')
    expect(log).toEqual(['flush', 'end', 'reload'])
  })
})

describe('automatic updates', () => {
  it('are off by default, and in development builds', () => {
    expect(readPreferences(null)).toEqual({ updates: false })
    expect(readPreferences({ updates: 'yes' })).toEqual({ updates: false })
    expect(updatePlan({ enabled: false, isPackaged: true, env: {} }).check).toBe(false)
    expect(updatePlan({ enabled: true, isPackaged: false, env: {} })).toEqual({ check: false, reason: 'a development build has no release feed' })
  })
  it('run when the user turned them on in a release, unless the machine forbids them', () => {
    expect(readPreferences({ updates: true })).toEqual({ updates: true })
    expect(updatePlan({ enabled: true, isPackaged: true, env: {} })).toEqual({ check: true, reason: 'on' })
    for (const v of ['off', 'OFF', '0', 'false', 'no']) expect(updatePlan({ enabled: true, isPackaged: true, env: { WIREMARK_UPDATES: v } }).check, v).toBe(false)
  })
})
