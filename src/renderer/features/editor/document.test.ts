// @vitest-environment jsdom
import { MarkNode } from '@lexical/mark'
import { $createLineBreakNode, $createParagraphNode, $getRoot, $isElementNode, $isTextNode, createEditor, LineBreakNode, ParagraphNode, TextNode } from 'lexical'
import { describe, expect, it } from 'vitest'
import { articleWithBlocks } from '../../../core/annotation/review'
import { buildArticle } from '../../../core/article/build'
import { $buildDocument, $offsetOfPoint, $pointAt, $readDocument } from './document'
import { $isAnnotationMarkNode, AnnotationMarkNode, WireBlockNode } from './nodes'

const article = buildArticle({
  format: 'text',
  headline: 'Mayor speaks',
  paragraphs: ['"We will build it," the mayor said.', 'The bridge costs $4 million.'],
  creditLines: ['(Reporting by Jo Doe)'],
})
const at = (s: string) => ({ start: article.text.indexOf(s), end: article.text.indexOf(s) + s.length })

function editorWith(anchored: { id: string; start: number; end: number }[]) {
  const editor = createEditor({ nodes: [ParagraphNode, TextNode, LineBreakNode, WireBlockNode, MarkNode, AnnotationMarkNode], onError: (e) => { throw e } })
  editor.update(() => $buildDocument(article, anchored), { discrete: true })
  return editor
}

/** A story with one mark, edited at the text before it (the first paragraph's opening quote mark), read back. */
function editedBefore(mark: { id: string; start: number; end: number }, edit: (first: TextNode) => void) {
  const editor = editorWith([mark])
  editor.update(
    () => {
      const p = $getRoot().getChildAtIndex(1)
      const first = $isElementNode(p) ? p.getFirstChild() : null
      if (!$isTextNode(first)) throw new Error('expected the opening quote mark as text')
      edit(first)
    },
    { discrete: true },
  )
  return editor.getEditorState().read($readDocument)
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
    const snap = editedBefore(q, (first) => first.setTextContent(`Crowds cheered. ${first.getTextContent()}`))
    const span = snap.spans.get('q')!
    expect(snap.text.slice(span.start, span.end)).toBe('We will build it')
    expect(span.start).toBe(q.start + 'Crowds cheered. '.length)
    const saved = articleWithBlocks(article, snap.blocks)
    expect(saved.text).toBe(snap.text)
    expect(saved.paragraphs[0]).toBe('Crowds cheered. "We will build it," the mayor said.')
  })

  it('counts a line break as one space and drops an empty block, with the marks after them on their words', () => {
    const q = { id: 'q', ...at('We will build it') }
    const snap = editedBefore(q, (first) => {
      first.insertBefore($createLineBreakNode())
      $getRoot().getChildAtIndex(0)?.insertAfter($createParagraphNode())
    })
    expect(snap.blocks.map((b) => b.kind)).toEqual(['headline', 'paragraph', 'paragraph', 'creditLine'])
    expect(snap.blocks[1]?.text).toBe(' "We will build it," the mayor said.')
    expect(snap.spans.get('q')).toEqual({ start: q.start + 1, end: q.end + 1 })
    expect(snap.text.slice(q.start + 1, q.end + 1)).toBe('We will build it')
    expect(articleWithBlocks(article, snap.blocks).text).toBe(snap.text)
  })

  it('turns every text offset into a point and back, and at a mark\'s end puts the point before or after it as asked', () => {
    const q = { id: 'q', ...at('We will build it') }
    const editor = editorWith([q])
    editor.getEditorState().read(() => {
      for (let i = 0; i <= article.text.length; i++) {
        // (Between the two characters that join blocks there is no point: they are in no node.)
        if (article.text[i - 1] === '\n' && article.text[i] === '\n') continue
        const p = $pointAt(i)!
        const sel = { getNode: () => p.node, offset: p.offset, type: 'text' } as unknown as Parameters<typeof $offsetOfPoint>[0]
        const back = $offsetOfPoint(sel)
        if (back !== i) expect({ i, back }).toEqual({ i, back: i })
      }
      const before = $pointAt(q.end)!
      const after = $pointAt(q.end, true)!
      expect($isAnnotationMarkNode(before.node.getParent())).toBe(true)
      expect(before.offset).toBe(before.node.getTextContentSize())
      expect($isAnnotationMarkNode(after.node.getParent())).toBe(false)
      expect(after.offset).toBe(0)
      expect(after.node.getTextContent().startsWith(',"')).toBe(true)
    })
  })
})

