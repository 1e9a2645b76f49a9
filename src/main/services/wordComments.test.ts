import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { EXPORT_FORMATS } from '../../core/export/index'
import { hasPdftotext, pdfText } from '../../test/pdfText'
import { wordFile } from '../../test/wordFile'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

const PRIVATE = 'His mobile is in the desk file'
const SECOND = 'Second source: the harbour union'
const STORY = wordFile(
  'Port reopens after strike',
  ['The port reopened on Friday after a week-long strike, harbour master Karim Haddad said.', 'Ships queued outside the harbour for days.'],
  [
    { on: 'Karim Haddad', author: 'Lina Stringer', date: '2026-12-01T09:30:00Z', text: PRIVATE },
    { on: 'week-long strike', author: 'Lina Stringer', text: SECOND },
  ],
)

async function imported() {
  const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
  const r = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name: 'port.docx', base64: Buffer.from(STORY).toString('base64') })
  const storyId = r.items[0]!.storyId
  const { annotations } = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId })
  return { s, storyId, annotations }
}

describe("a Word file's own comments", () => {
  it('come in as non-public note marks on their words, by their author, at their date', async () => {
    const { annotations } = await imported()
    const notes = annotations.filter((a) => a.kind === 'note')
    expect(notes.map((a) => ({ on: a.selector.exact, note: a.note, author: a.author, createdAt: a.createdAt, origin: a.origin, nonPublic: a.nonPublic }))).toEqual([
      { on: 'week-long strike', note: SECOND, author: 'Lina Stringer', createdAt: expect.any(String), origin: 'editor', nonPublic: true },
      { on: 'Karim Haddad', note: PRIVATE, author: 'Lina Stringer', createdAt: '2026-12-01T09:30:00Z', origin: 'editor', nonPublic: true },
    ])
    // Every other record is public, as before.
    expect(annotations.filter((a) => a.kind !== 'note').every((a) => a.nonPublic === undefined)).toBe(true)
  })

  it('stay non-public when the desk saves them, even if the window asks otherwise', async () => {
    const { s, annotations } = await imported()
    const note = annotations.find((a) => a.note === PRIVATE) as Annotation
    const { author: _a, createdAt: _c, updatedAt: _u, nonPublic: _n, ...sent } = note
    const saved = await rpc<Annotation>(s, 'annotations:save', { annotation: { ...sent, note: `${PRIVATE} (checked)` } })
    expect(saved.nonPublic).toBe(true)
    const again = (await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId: note.storyId })).annotations.find((a) => a.id === note.id)
    expect(again).toMatchObject({ note: `${PRIVATE} (checked)`, nonPublic: true })
  })

  it('never reach an export, in any format, while the words they are on do', async () => {
    const { s, storyId } = await imported()
    expect(EXPORT_FORMATS.length).toBe(7)
    for (const format of EXPORT_FORMATS) {
      const out = await rpc<{ base64: string }>(s, 'exports:render', { storyId, format })
      const bytes = Buffer.from(out.base64, 'base64')
      // The PDF is read back through its text layer where pdftotext is installed (the check is skipped, visibly, elsewhere).
      if (format === 'pdf' && !hasPdftotext) continue
      const text =
        format === 'docx'
          ? Object.values(unzipSync(new Uint8Array(bytes))).map((f) => strFromU8(f)).join('\n')
          : format === 'pdf'
            ? pdfText(new Uint8Array(bytes)).replace(/\s+/g, ' ')
            : bytes.toString('utf8')
      expect(text, format).not.toContain('desk file')
      expect(text, format).not.toContain('harbour union')
      if (format !== 'claimreview') expect(text, format).toContain('Karim Haddad')
    }
  })
})
