import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { Article } from '../core/article/types'
import { call } from './lib/api'
import './styles/app.css'

// The benchmark's baseline (npm run bench): a story's text in a plain Lexical editor, rich text and history
// only, none of Wiremark's nodes, marks or plugins. Opened as bench.html?token=…&story=<id>.

function PlainEditor({ article }: { article: Article }) {
  const initialConfig = {
    namespace: 'wiremark-bench',
    theme: { paragraph: 'blk blk-paragraph' },
    onError: (e: Error) => {
      throw e
    },
    editorState: () => {
      const root = $getRoot()
      for (const block of article.blocks) root.append($createParagraphNode().append($createTextNode(article.text.slice(block.start, block.end))))
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
  const id = new URLSearchParams(window.location.search).get('story') ?? ''
  const r = await call('stories:get', { id })
  if (!r.ok) {
    el.textContent = `bench: ${r.error.message}`
    return
  }
  createRoot(el).render(
    <StrictMode>
      <main className="editor-area" data-story-ready="true">
        <article className="story">
          <PlainEditor article={r.value.version.article} />
        </article>
      </main>
    </StrictMode>,
  )
}

void main()
