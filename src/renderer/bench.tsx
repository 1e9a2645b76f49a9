import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { $createMarkNode, MarkNode } from '@lexical/mark'
import { $createParagraphNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Article } from '../core/article/types'
import { segmentBlock, type AnchoredId } from './features/editor/document'
import { call } from './lib/api'
import { deskAnnotations } from './store/effective'
import './styles/app.css'

// The benchmark's baseline (npm run bench): a story in a plain Lexical editor, rich text and history only, none
// of Wiremark's nodes or plugins. Opened as bench.html?token=…&story=<id>, it shows the text alone; with
// &marks=1 it shows the same document as the desk, the text with a mark on every span the desk marks, made
// with Lexical's own MarkNode (one theme class for all, as @lexical/mark gives).

function PlainEditor({ article, anchored }: { article: Article; anchored: AnchoredId[] }) {
  const initialConfig = {
    namespace: 'wiremark-bench',
    nodes: [MarkNode],
    theme: { paragraph: 'blk blk-paragraph', mark: 'wm-mark k-quote', markOverlap: 'is-overlap' },
    onError: (e: Error) => {
      throw e
    },
    editorState: () => {
      const root = $getRoot()
      for (const block of article.blocks) {
        const kids: LexicalNode[] = segmentBlock(block.start, block.end, anchored).map((seg) => {
          const t = $createTextNode(article.text.slice(seg.start, seg.end))
          return seg.ids.length ? $createMarkNode(seg.ids).append(t) : t
        })
        root.append($createParagraphNode().append(...kids))
      }
    },
  }
  return (
    <LexicalComposer initialConfig={initialConfig}>
      <RichTextPlugin contentEditable={<ContentEditable className="editor-content" aria-label="Story text" data-testid="editor" />} ErrorBoundary={LexicalErrorBoundary} />
      <HistoryPlugin />
    </LexicalComposer>
  )
}

async function main() {
  const el = document.getElementById('root')
  if (!el) throw new Error('bench: #root is missing')
  const params = new URLSearchParams(window.location.search)
  const id = params.get('story') ?? ''
  const r = await call('stories:get', { id })
  if (!r.ok) {
    el.textContent = `bench: ${r.error.message}`
    return
  }
  const anchored: AnchoredId[] = []
  if (params.get('marks') === '1') {
    const a = await call('annotations:list', { storyId: id })
    if (!a.ok) {
      el.textContent = `bench: ${a.error.message}`
      return
    }
    const records = Object.fromEntries(a.value.annotations.map((x) => [x.id, x]))
    for (const x of deskAnnotations(records).values()) anchored.push({ id: x.id, start: x.start, end: x.end })
  }
  createRoot(el).render(
    <StrictMode>
      <main className="editor-area" data-story-ready="true">
        <article className="story">
          <PlainEditor article={r.value.version.article} anchored={anchored} />
        </article>
      </main>
    </StrictMode>,
  )
}

void main()
