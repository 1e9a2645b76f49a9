import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { createPreferences, updatesSetting } from './updates'

describe('the updates switch in Settings', () => {
  it('in a release: switchable, showing the choice, saying what it does', () => {
    expect(updatesSetting({ enabled: false, isPackaged: true, env: {} })).toMatchObject({ switchable: true, on: false })
    const on = updatesSetting({ enabled: true, isPackaged: true, env: {} })
    expect(on).toMatchObject({ switchable: true, on: true })
    expect(on.note).toMatch(/installs it when you quit/)
  })

  it('a development build has no feed: no switch, and it says why', () => {
    const dev = updatesSetting({ enabled: true, isPackaged: false, env: {} })
    expect(dev).toMatchObject({ switchable: false, on: false })
    expect(dev.note).toMatch(/development build/)
  })

  it('WIREMARK_UPDATES=off wins over the choice, and the note names it', () => {
    for (const v of ['off', ' No ', '0', 'FALSE']) {
      const s = updatesSetting({ enabled: true, isPackaged: true, env: { WIREMARK_UPDATES: v } })
      expect(s, v).toMatchObject({ switchable: false, on: false })
      expect(s.note).toContain('WIREMARK_UPDATES=off')
    }
    expect(updatesSetting({ enabled: true, isPackaged: true, env: { WIREMARK_UPDATES: 'on' } }).switchable).toBe(true)
  })
})

describe('desktop-preferences.json', () => {
  let dir = ''
  afterEach(() => rmSync(dir, { recursive: true, force: true }))

  it('starts off, keeps a change across a restart, and reads a damaged file as the defaults', () => {
    dir = mkdtempSync(join(tmpdir(), 'wiremark-prefs-'))
    expect(createPreferences(dir).get()).toEqual({ updates: false })
    createPreferences(dir).set({ updates: true })
    expect(JSON.parse(readFileSync(join(dir, 'desktop-preferences.json'), 'utf8'))).toEqual({ updates: true })
    expect(createPreferences(dir).get()).toEqual({ updates: true })
    writeFileSync(join(dir, 'desktop-preferences.json'), '{"updates": tr')
    expect(createPreferences(dir).get()).toEqual({ updates: false })
  })
})
