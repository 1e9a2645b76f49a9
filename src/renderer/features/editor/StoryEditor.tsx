import { createEmptyHistoryState } from '@lexical/history'
import { MarkNode } from '@lexical/mark'
import { LexicalComposer } from '@lexical/react/LexicalComposer'
import { ContentEditable } from '@lexical/react/LexicalContentEditable'
import { LexicalErrorBoundary } from '@lexical/react/LexicalErrorBoundary'
import { HistoryPlugin } from '@lexical/react/LexicalHistoryPlugin'
import { RichTextPlugin } from '@lexical/react/LexicalRichTextPlugin'
import { useMemo } from 'react'
import { deskAnnotationsOf } from '../../store/effective'
import { useStore } from '../../store'
import { DeskPlugin } from './DeskPlugin'
import { $buildDocument } from './document'
import { AnnotationMarkNode, WireBlockNode } from './nodes'
import { StorySummary } from './StorySummary'

/** The story's text as Lexical nodes, with a mark for every annotation placed in it. Remounts on every open. */
export function StoryEditor() {
  const detail = useStore((s) => s.detail)
  const seq = useStore((s) => s.openSeq)
  // A fresh undo history for every open: the story was rebuilt from the stored text.
  const history = useMemo(() => (seq >= 0 ? createEmptyHistoryState() : createEmptyHistoryState()), [seq])
  if (!detail) return null
  const initialConfig = {
    namespace: 'wiremark',
    nodes: [WireBlockNode, MarkNode, AnnotationMarkNode],
    theme: { paragraph: 'blk blk-paragraph', mark: 'wm-mark', markOverlap: 'is-overlap' },
    onError: (e: Error) => {
      console.error('Wiremark editor error', e)
      useStore.getState().notify('error', `The editor hit a problem: ${e.message}`)
    },
    editorState: () => {
      const { records, presentIds } = useStore.getState()
      const anchored = [...deskAnnotationsOf(records).values()]
        .filter((a) => presentIds.has(a.id))
        .map((a) => ({ id: a.id, start: a.start, end: a.end }))
      $buildDocument(detail.version.article, anchored)
    },
  }
  const { summary, language } = detail.version.article
  return (
    <>
      {/* A story stored before summaries were read has no field: none to show. */}
      <StorySummary summary={summary ?? null} language={language ?? null} />
      <LexicalComposer key={seq} initialConfig={initialConfig}>
        <div className="editor-shell">
          <RichTextPlugin
            contentEditable={<ContentEditable className="editor-content" aria-label="Story text" spellCheck data-testid="editor" />}
            ErrorBoundary={LexicalErrorBoundary}
          />
        </div>
        <HistoryPlugin externalHistoryState={history} />
        <DeskPlugin history={history} />
      </LexicalComposer>
    </>
  )
}
