// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { summarise } from '../../../shared/importSummary'
import type { DropFileEntry } from './droppedFiles'

// A stale import banner: a fresh-eyes editor saw an earlier import's messages (and its summary) still on screen
// after importing again. The Node side is a fake that refuses every story, or keeps one import waiting.
let waiting = false
vi.mock('../../lib/api', () => ({
  call: vi.fn((channel: string) => {
    if (channel === 'stories:import') {
      return waiting ? new Promise(() => {}) : Promise.resolve({ ok: false, error: { code: 'malformed', message: 'not a wire file' } })
    }
    return Promise.resolve({ ok: false, error: { code: 'unknown_channel', message: channel } })
  }),
  onEvent: () => () => {},
}))

const { useStore } = await import('../../store')
const { importDropped, importFiles, importText } = await import('./importing')

const messages = () => useStore.getState().toasts.map((t) => t.message)
const failedRun = () => ({
  phase: 'done' as const, done: 5, total: 5, file: null, cancelled: false, cancelling: false, message: null,
  summary: summarise([{ file: 'old.xml', outcome: 'failed', storyId: null, headline: null, error: { code: 'malformed', message: 'bad' }, warnings: [] }]),
})

beforeEach(() => {
  waiting = false
  // (the library re-read after an import is not what these tests are about)
  useStore.setState({ toasts: [], importRun: null, importing: false, loadLibrary: async () => {} })
})

describe('an import clears the last one off the screen', () => {
  it("a paste takes away an earlier import's error and its summary; a message of the desk's own stays", async () => {
    await importText('Some wire copy', 'first.txt')
    expect(messages()).toEqual(['Import failed: not a wire file'])
    useStore.setState({ importRun: failedRun() })
    useStore.getState().notify('error', 'Not saved: the disk is full')
    waiting = true
    void importText('More wire copy', 'second.txt')
    expect(messages()).toEqual(['Not saved: the disk is full'])
    expect(useStore.getState().importRun).toBeNull()
    expect(useStore.getState().importing).toBe(true)
  })

  it('so do picked files', async () => {
    await importFiles([new File(['x'], 'a.txt')])
    expect(messages()).toEqual(['a.txt: not a wire file'])
    await importFiles([new File(['y'], 'b.txt')])
    expect(messages()).toEqual(['b.txt: not a wire file'])
  })

  it("a drop keeps its own messages: the files it could not read and those the import refused", async () => {
    useStore.getState().notify('error', 'old.txt: not a wire file', 'import')
    const unreadable: DropFileEntry = {
      name: 'locked.txt', fullPath: '/drop/locked.txt', isFile: true, isDirectory: false,
      file: (_ok, fail) => fail?.(new DOMException('not allowed', 'NotReadableError')),
    }
    await importDropped([{ entry: unreadable }, { file: new File(['x'], 'c.txt') }])
    expect(messages()).toHaveLength(2)
    expect(messages()[0]).toBe('drop/locked.txt: could not be read')
    expect(messages()[1]).toBe('c.txt: not a wire file')
  })
})
