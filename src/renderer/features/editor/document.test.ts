// @vitest-environment jsdom
import { MarkNode } from '@lexical/mark'
import { $getRoot, $isElementNode, $isTextNode, createEditor, ParagraphNode, TextNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import { articleWithBlocks } from '../../../core/annotation/review'
import { buildArticle } from '../../../core/article/build'
import { $buildDocument, $readDocument } from './document'
import { $isAnnotationMarkNode, AnnotationMarkNode, WireBlockNode } from './nodes'

const article = buildArticle({
  format: 'text',
  headline: 'Mayor speaks',
  paragraphs: ['"We will build it," the mayor said.', 'The bridge costs $4 million.'],
  creditLines: ['(Reporting by Jo Doe)'],
})
const at = (s: string) => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length })

function editorWith(anchored: { id: string; start: number; end: number }[]) {
  const editor = createEditor({ nodes: [ParagraphNode, TextNode, WireBlockNode, MarkNode, AnnotationMarkNode], onError: (e) => { throw e } })
  editor.update(() => $buildDocument(article, anchored), { discrete: true })
  return editor
}

describe('the story document', () => {
  it('builds blocks and marks that read back as the same text and spans', () => {
    const q = { id: 'q', ...at('We will build it') }
    const c = { id: 'c', ...at('build it," the mayor') }
    const editor = editorWith([q, c])
    const snap = editor.getEditorState().read($readDocument)
    expect(snap.text).toBe(article.text)
    expect(snap.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph', 'creditLine'])
    expect(snap.spans.get('q')).toEqual({ start: q.start, end: q.end })
    expect(snap.spans.get('c')).toEqual({ start: c.start, end: c.end })
    const marks = editor.getEditorState().read(() => {
      const p = $getRoot().getChildAtIndex(1)
      return $isElementNode(p) ? p.getChildren().filter($isAnnotationMarkNode).map((m) => m.getIDs()) : []
    })
    expect(marks).toEqual([['q'], ['q', 'c'], ['c']])
  })

  it('keeps a mark on its words when text is typed before it, and the saved article agrees', () => {
    const q = { id: 'q', ...at('We will build it') }
    const editor = editorWith([q])
    editor.update(
      () => {
        const p = $getRoot().getChildAtIndex(1)
        const first = $isElementNode(p) ? p.getFirstChild() : null
        if (!$isTextNode(first)) throw new Error('expected the opening quote mark as text')
        first.setTextContent(`Crowds cheered. ${first.getTextContent()}`)
      },
      { discrete: true },
    )
    const snap = editor.getEditorState().read($readDocument)
    const span = snap.spans.get('q')!
    expect(snap.text.slice(span.start, span.end)).toBe('We will build it')
    expect(span.start).toBe(q.start + 'Crowds cheered. '.length)
    const saved = articleWithBlocks(article, snap.blocks)
    expect(saved.text).toBe(snap.text)
    expect(saved.paragraphs[0]).toBe('Crowds cheered. "We will build it," the mayor said.')
  })
})
