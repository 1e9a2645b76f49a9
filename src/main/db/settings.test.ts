import { describe, expect, it } from 'vitest'
import { openDatabase } from './connection'
import { createSettingsRepo } from './settings'

describe('settings repository', () => {
  it('stores a JSON value a key, replaces it, and lists them all', () => {
    const db = openDatabase(':memory:')
    const settings = createSettingsRepo(db)
    expect(settings.get('checkerName')).toBeUndefined()
    settings.set('checkerName', 'Ana Ruiz')
    settings.set('disabledRules', ['loaded-verb'])
    expect(settings.get('checkerName')).toBe('Ana Ruiz')
    settings.set('checkerName', 'Ben Ode')
    expect(settings.all()).toEqual({ checkerName: 'Ben Ode', disabledRules: ['loaded-verb'] })
  })

  it('leaves out a value that is no longer JSON instead of failing', () => {
    const db = openDatabase(':memory:')
    const settings = createSettingsRepo(db)
    db.prepare(`INSERT INTO setting (key, value, updated_at) VALUES ('broken', '{', 'x')`).run()
    expect(settings.get('broken')).toBeUndefined()
    expect(settings.all()).toEqual({})
  })
})
