import { describe, expect, it } from 'vitest'
import { AppError } from '../../shared/ipc/result'
import { createServices } from '../services/index'
import type { Handlers } from '../../shared/ipc/contract'
import { dispatch } from './dispatch'

const services = () => createServices({ dbPath: ':memory:', dataDir: '/tmp/none', mode: 'browser', version: '9.9.9' })

describe('dispatch', () => {
  it('answers a known channel in the envelope', async () => {
    const s = services()
    const r = await dispatch(s.handlers, 'app:info', {})
    expect(r).toMatchObject({ ok: true, value: { name: 'Wiremark', version: '9.9.9', mode: 'browser' } })
    s.close()
  })

  it('refuses an unknown channel with a clear error', async () => {
    const s = services()
    const r = await dispatch(s.handlers, 'fs:readFile', { path: '/etc/passwd' })
    expect(r).toEqual({ ok: false, error: { code: 'unknown_channel', message: 'Unknown channel: fs:readFile' } })
    s.close()
  })

  it('refuses invalid input and names the field', async () => {
    const s = services()
    const r = await dispatch(s.handlers, 'stories:list', { limit: 'all' })
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.error.code).toBe('invalid_input')
      expect(r.error.message).toMatch(/stories:list at limit/)
    }
    const extra = await dispatch(s.handlers, 'stories:get', { id: 'x', sql: 'DROP TABLE story' })
    expect(extra.ok).toBe(false)
    s.close()
  })

  it('turns an AppError into its code and a bug into internal', async () => {
    const s = services()
    const missing = await dispatch(s.handlers, 'stories:get', { id: 'nope' })
    expect(missing).toMatchObject({ ok: false, error: { code: 'not_found' } })
    const broken = { ...s.handlers, 'app:info': () => { throw new Error('boom') } } as Handlers
    const origError = console.error
    console.error = () => {}
    const r = await dispatch(broken, 'app:info', {})
    console.error = origError
    expect(r).toMatchObject({ ok: false, error: { code: 'internal' } })
    expect(new AppError('conflict', 'x').code).toBe('conflict')
    s.close()
  })
})
