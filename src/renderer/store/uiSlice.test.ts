// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportItemResult } from '../../shared/dto'
import { summarise } from '../../shared/importSummary'
import type { ImportRun } from './uiSlice'

vi.mock('../lib/api', () => ({ call: vi.fn(() => new Promise(() => {})) }))

const { useStore } = await import('./index')

const running: ImportRun = { phase: 'running', done: 0, total: 12, file: null, summary: null, cancelled: false, cancelling: false, message: null }

beforeEach(() => useStore.setState({ importing: false, importRun: null, toasts: [] }))

describe('the import actions of the ui slice', () => {
  it('marks an import under way and done', () => {
    useStore.getState().setImporting(true)
    expect(useStore.getState().importing).toBe(true)
    useStore.getState().setImporting(false)
    expect(useStore.getState().importing).toBe(false)
  })

  it('follows a bulk import: progress changes only the fields given, and closing forgets it', () => {
    const { setImportRun, updateImportRun } = useStore.getState()
    setImportRun(running)
    updateImportRun({ done: 5, file: 'story-5.xml' })
    expect(useStore.getState().importRun).toEqual({ ...running, done: 5, file: 'story-5.xml' })
    updateImportRun({ cancelling: true })
    expect(useStore.getState().importRun?.cancelling).toBe(true)
    expect(useStore.getState().importRun?.done).toBe(5)
    setImportRun(null)
    expect(useStore.getState().importRun).toBeNull()
  })

  it('changes nothing when no bulk import is followed', () => {
    useStore.getState().updateImportRun({ done: 3 })
    expect(useStore.getState().importRun).toBeNull()
  })
})

const item = (file: string, outcome: ImportItemResult['outcome'], warnings: string[] = []): ImportItemResult => ({
  file,
  outcome,
  storyId: outcome === 'failed' ? null : (`s-${file}` as never),
  headline: null,
  error: outcome === 'failed' ? { code: 'malformed', message: 'not a wire file' } : null,
  warnings,
})
const finished = (items: ImportItemResult[], patch: Partial<ImportRun> = {}): ImportRun => ({
  ...running,
  phase: 'done',
  done: items.length,
  total: items.length,
  summary: summarise(items),
  ...patch,
})

describe("an import's messages and summary while the editor moves on", () => {
  it('a new import takes the last one away: its messages and its finished summary; other messages stay', () => {
    const { notify, setImportRun, clearImportNotices } = useStore.getState()
    setImportRun(finished([item('a.xml', 'failed')]))
    notify('error', 'a.xml: not a wire file', 'import')
    notify('info', 'That story is already in the library; opened it.', 'import')
    notify('error', 'Not saved: the disk is full')
    clearImportNotices()
    expect(useStore.getState().toasts.map((t) => t.message)).toEqual(['Not saved: the disk is full'])
    expect(useStore.getState().importRun).toBeNull()
  })

  it('a running import stays when another starts (its progress bar is still current)', () => {
    useStore.getState().setImportRun(running)
    useStore.getState().clearImportNotices()
    expect(useStore.getState().importRun).toEqual(running)
  })

  it('opening a story settles only a summary with nothing left to read', () => {
    const { setImportRun, settleImportRun } = useStore.getState()
    const keep = [
      finished([item('a.xml', 'imported'), item('b.xml', 'failed')]),
      finished([item('a.xml', 'imported', ['no dateline'])]),
      finished([item('a.xml', 'imported')], { cancelled: true }),
      finished([item('a.xml', 'imported')], { phase: 'failed', message: 'the import stopped' }),
      running,
    ]
    for (const run of keep) {
      setImportRun(run)
      settleImportRun()
      expect(useStore.getState().importRun).toBe(run)
    }
    setImportRun(finished([item('a.xml', 'imported'), item('b.xml', 'duplicate')]))
    settleImportRun()
    expect(useStore.getState().importRun).toBeNull()
  })
})

describe('the desk actions of the ui slice', () => {
  it("adjusts a mark's boundaries and stops; opens the context menu and closes it", () => {
    const { setAdjusting, openContextMenu, closeContextMenu } = useStore.getState()
    setAdjusting({ id: 'm1', start: 2, end: 9 })
    expect(useStore.getState().adjusting).toEqual({ id: 'm1', start: 2, end: 9 })
    setAdjusting(null)
    expect(useStore.getState().adjusting).toBeNull()
    openContextMenu({ x: 4, y: 5, selection: true, markId: null })
    expect(useStore.getState().contextMenu).toEqual({ x: 4, y: 5, selection: true, markId: null })
    closeContextMenu()
    expect(useStore.getState().contextMenu).toBeNull()
  })
})
