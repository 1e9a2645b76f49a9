// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { ImportRun } from './uiSlice'

vi.mock('../lib/api', () => ({ call: vi.fn(() => new Promise(() => {})) }))

const { useStore } = await import('./index')

const running: ImportRun = { phase: 'running', done: 0, total: 12, file: null, summary: null, cancelled: false, cancelling: false, message: null }

beforeEach(() => useStore.setState({ importing: false, importRun: null }))

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
