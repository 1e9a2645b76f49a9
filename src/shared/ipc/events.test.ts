import { describe, expect, it } from 'vitest'
import { isAppEvent, type AppEvent } from './events'

describe('events read off the wire', () => {
  it('takes an event of the map', () => {
    const events: AppEvent[] = [
      { type: 'import:progress', payload: { jobId: 'j', done: 1, total: 2, file: 'a.xml' } },
      { type: 'findings:recounted', payload: { stories: 3 } },
      { type: 'app:flush', payload: { id: 'f1' } },
      { type: 'menu:export', payload: null },
    ]
    for (const e of events) expect(isAppEvent(JSON.parse(JSON.stringify(e))), e.type).toBe(true)
  })

  it('refuses what is no event of the map', () => {
    for (const v of [null, 'import:done', 3, {}, { type: 'story:saved', payload: {} }, { type: 'import:done' }, { payload: {} }, { type: 7, payload: {} }, { type: 'toString', payload: {} }]) {
      expect(isAppEvent(v), JSON.stringify(v)).toBe(false)
    }
  })
})
