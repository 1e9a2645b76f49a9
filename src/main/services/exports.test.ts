import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { readFixtureText } from '../../test/fixtures'
import { dispatch } from '../ipc/dispatch'
import { exportFileName } from './exports'
import { createServices, type Services } from './index'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

async function seeded() {
  const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
  const text = `${readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt')}\n\nEditor's note: call the desk <script>alert(1)</script>`
  const imported = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'seed.txt', text })
  const storyId = imported.items[0]!.storyId
  const { annotations } = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId })
  return { s, storyId, annotations }
}

const decode = (b64: string) => Buffer.from(b64, 'base64')

describe('exports:render', () => {
  it('renders a stored story with the editor’s decisions, in every format', async () => {
    const { s, storyId, annotations } = await seeded()
    const q = annotations.find((a) => a.kind === 'quote')!
    const { author: _a, createdAt: _c, updatedAt: _u, ...rest } = q
    await rpc(s, 'annotations:save', { annotation: { ...rest, id: 'd1', origin: 'editor', suggestionId: q.id, decision: 'accepted', note: 'Confirmed with the Kremlin transcript' } })

    const html = await rpc<{ fileName: string; mime: string; base64: string; bytes: number }>(s, 'exports:render', { storyId, format: 'html' })
    expect(html.fileName).toMatch(/^putin-says-.*\.html$/)
    expect(html.mime).toMatch(/^text\/html/)
    const page = decode(html.base64).toString('utf8')
    expect(html.bytes).toBe(decode(html.base64).length)
    expect(page).toContain('Confirmed with the Kremlin transcript')
    expect(page).toContain('Vladimir Putin')
    expect(page).not.toContain('<script>alert(1)')

    const pdf = await rpc<{ base64: string; mime: string }>(s, 'exports:render', { storyId, format: 'pdf' })
    expect(pdf.mime).toBe('application/pdf')
    expect(decode(pdf.base64).subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const docx = await rpc<{ base64: string; fileName: string }>(s, 'exports:render', { storyId, format: 'docx' })
    expect(docx.fileName).toMatch(/\.docx$/)
    expect(decode(docx.base64).subarray(0, 2).toString('latin1')).toBe('PK')
    const w3c = await rpc<{ base64: string; fileName: string }>(s, 'exports:render', { storyId, format: 'w3c' })
    expect(w3c.fileName).toMatch(/\.annotations\.jsonld$/)
    expect(JSON.parse(decode(w3c.base64).toString('utf8'))).toBeTruthy()
    for (const format of ['claimreview', 'csv', 'md'] as const) {
      const r = await rpc<{ bytes: number }>(s, 'exports:render', { storyId, format })
      expect(r.bytes).toBeGreaterThan(0)
    }
  })

  it('refuses an unknown format and an unknown story; exports:save is the desktop’s only', async () => {
    const { s, storyId } = await seeded()
    expect(await dispatch(s.handlers, 'exports:render', { storyId, format: 'rtf' })).toMatchObject({ ok: false, error: { code: 'invalid_input' } })
    expect(await dispatch(s.handlers, 'exports:render', { storyId: 'nope', format: 'html' })).toMatchObject({ ok: false, error: { code: 'not_found' } })
    expect(await dispatch(s.handlers, 'exports:save', { storyId, format: 'html' })).toMatchObject({ ok: false, error: { code: 'unavailable' } })
  })

  it('names files after the headline, safely', () => {
    expect(exportFileName('Putin says: "Lukashenko" — ça va?', 'x', 'pdf')).toBe('putin-says-lukashenko-ca-va.pdf')
    expect(exportFileName(null, 'urn:a/b', 'csv')).toBe('story-urnab.csv')
    expect(exportFileName('../../etc/passwd', 'x', 'md')).toBe('etc-passwd.md')
  })
})
