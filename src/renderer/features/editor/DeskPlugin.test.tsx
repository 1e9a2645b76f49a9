// @vitest-environment jsdom
import { createEmptyHistoryState } from '@lexical/history'
import { MarkNode } from '@lexical/mark'
import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { $getRoot, $isElementNode, $isTextNode, type LexicalEditor } from 'lexical'
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { buildArticle } from '../../../core/article/build'
import type { DocumentSnapshot } from './document'

vi.mock('../../lib/api', () => ({ call: vi.fn(async () => ({ ok: true, value: {} })) }))

const { useStore } = await import('../../store')
const { DeskPlugin } = await import('./DeskPlugin')
const { currentEditor } = await import('./bridge')
const { $buildDocument } = await import('./document')
const { AnnotationMarkNode, WireBlockNode } = await import('./nodes')

const article = buildArticle({ format: 'text', headline: 'Mayor speaks', paragraphs: ['The bridge opens in May.'] })

/** The desk's plugin on a story, with the store's document actions recorded instead of run. */
let root: Root
let editor: LexicalEditor
const synced: DocumentSnapshot[] = []
const analysed: DocumentSnapshot[] = []

beforeEach(async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'requestAnimationFrame', 'cancelAnimationFrame', 'performance', 'Date'] })
  synced.length = 0
  analysed.length = 0
  useStore.setState({
    documentChanged: (snap) => void synced.push(snap),
    reanalyze: (snap) => void analysed.push(snap),
    flush: async () => {},
  })
  ;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true
  root = createRoot(document.createElement('div'))
  const initialConfig = {
    namespace: 'test',
    nodes: [WireBlockNode, MarkNode, AnnotationMarkNode],
    onError: (e: Error) => {
      throw e
    },
    editorState: () => $buildDocument(article, []),
  }
  await act(async () => root.render(<LexicalComposer initialConfig={initialConfig}><DeskPlugin history={createEmptyHistoryState()} /></LexicalComposer>))
  editor = currentEditor()!
})

afterEach(async () => {
  await act(async () => root.unmount())
  vi.useRealTimers()
})

/** Types a character at the end of the story. */
function type(ch: string) {
  editor.update(
    () => {
      const p = $getRoot().getLastChild()
      const text = $isElementNode(p) ? p.getLastChild() : null
      if (!$isTextNode(text)) throw new Error('expected text at the end')
      text.setTextContent(text.getTextContent() + ch)
    },
    { discrete: true },
  )
}
const wait = (ms: number) => act(async () => void (await vi.advanceTimersByTimeAsync(ms)))

describe('the desk plugin after typing', () => {
  it('syncs the positions after a pause, and analyses that same snapshot when the pause goes on', async () => {
    type('!')
    await wait(200)
    expect(synced).toHaveLength(0)
    await wait(100)
    expect(synced).toHaveLength(1)
    expect(synced[0]!.text.endsWith('May.!')).toBe(true)
    await wait(700)
    expect(analysed).toEqual([synced[0]])
  })

  it('puts the analysis off while typing goes on, and runs it over the text of the next pause', async () => {
    type('a')
    await wait(300)
    expect(synced).toHaveLength(1)
    // Typing resumes before the analysis was due, and goes on past that time.
    for (let i = 0; i < 8; i++) {
      await wait(100)
      type('b')
    }
    expect(analysed).toHaveLength(0)
    await wait(300)
    expect(synced).toHaveLength(2)
    await wait(700)
    expect(analysed).toEqual([synced[1]])
    expect(analysed[0]!.text.endsWith('abbbbbbbb')).toBe(true)
  })

  it('reads the text during unbroken typing, so that what was typed over a second ago is with the store', async () => {
    // A key every 100 ms for four seconds: never the pause of a quiet sync.
    let typed = ''
    const typedAt: number[] = []
    for (let i = 0; i < 40; i++) {
      const ch = String.fromCharCode(97 + (i % 26))
      type(ch)
      typed += ch
      typedAt.push(i * 100)
      await wait(100)
      const now = (i + 1) * 100
      // Every key typed more than 1.1 s ago is in the latest snapshot the store has.
      const due = typedAt.filter((t) => t <= now - 1100).length
      if (due > 0) expect(synced.at(-1)?.text).toContain(`May.${typed.slice(0, due)}`)
    }
    expect(synced.length).toBeGreaterThanOrEqual(3)
    expect(synced.length).toBeLessThanOrEqual(5)
    // The analysis still waits for a pause.
    expect(analysed).toHaveLength(0)
  })

  it('does not put the analysis off for longer than five seconds', async () => {
    // Short pauses, each long enough for a sync but not for the analysis.
    let waited = 0
    while (analysed.length === 0 && waited < 20_000) {
      type('c')
      await wait(600)
      waited += 600
    }
    expect(synced.length).toBeGreaterThan(5)
    expect(waited).toBeGreaterThan(5000)
    expect(waited).toBeLessThan(7000)
  })
})
