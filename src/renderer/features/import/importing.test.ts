// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { summarise } from '../../../shared/importSummary'
import type { DropFileEntry } from './droppedFiles'

// A stale import banner: a fresh-eyes editor saw an earlier import's messages (and its summary) still on screen
// after importing again. The Node side is a fake that refuses every story, or keeps one import waiting.
let waiting = false
/** What the fake import answers when set (else it refuses) */
let imported: unknown = null
vi.mock('../../lib/api', () => ({
  call: vi.fn((channel: string) => {
    if (channel === 'stories:import') {
      if (imported) return Promise.resolve({ ok: true, value: imported })
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
  imported = null
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

describe('what an import has to say stays until its × or the next import', () => {
  // A fresh-eyes editor saw an import's warnings vanish after four seconds, the mouse over them.
  const item = (file: string, warnings: string[] = []) => ({ file, outcome: 'imported' as const, storyId: null, headline: 'h', error: null, warnings })

  it('warnings, and the line of files and stories of an import that warned, stay (in the warning style); plain news times out', async () => {
    vi.useFakeTimers()
    try {
      imported = summarise([item('pack.xml', ['a picture without its caption was left out']), item('pack.xml')])
      await importText('Some wire copy', 'pack.xml')
      const toasts = () => useStore.getState().toasts.map((t) => [t.kind, t.message])
      const shown = [
        ['warning', 'pack.xml: a picture without its caption was left out'],
        ['warning', '1 file, 2 stories imported'],
      ]
      expect(toasts()).toEqual(shown)
      useStore.getState().notify('info', 'Settings saved.')
      vi.advanceTimersByTime(60_000)
      expect(toasts()).toEqual(shown)
      // The × takes one away; the next import the rest.
      useStore.getState().dismissToast(useStore.getState().toasts[0]!.id)
      expect(toasts()).toEqual(shown.slice(1))
      imported = summarise([item('clean-a.xml'), item('clean-a.xml')])
      await importText('More wire copy', 'clean-a.xml')
      // Nothing refused or warned: the line is plain news, and goes by itself.
      expect(toasts()).toEqual([['info', '1 file, 2 stories imported']])
      vi.advanceTimersByTime(60_000)
      expect(toasts()).toEqual([])
    } finally {
      vi.useRealTimers()
    }
  })
})
