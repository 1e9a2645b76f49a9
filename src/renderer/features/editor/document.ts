import {
  $createRangeSelection,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  $setSelection,
  type ElementNode,
  type LexicalNode,
  type PointType,
  type TextNode,
  $createParagraphNode,
} from 'lexical'
import type { EditedBlock } from '../../../core/annotation/review'
import type { Article } from '../../../core/article/types'
import { $blockKind, $createAnnotationMarkNode, $createWireBlockNode, $isAnnotationMarkNode } from './nodes'

export interface Span {
  start: number
  end: number
}

export interface AnchoredId extends Span {
  id: string
}

export interface Segment extends Span {
  ids: string[]
}

/**
 * Cuts [start, end) at every annotation boundary inside it; each piece lists the ids that cover it (so that
 * overlapping annotations share the pieces they overlap on, as Lexical's own marks do).
 */
export function segmentBlock(start: number, end: number, anchored: readonly AnchoredId[]): Segment[] {
  const inside = anchored.filter((a) => a.start < end && a.end > start && a.end > a.start)
  const cuts = new Set<number>([start, end])
  for (const a of inside) {
    cuts.add(Math.max(start, a.start))
    cuts.add(Math.min(end, a.end))
  }
  const points = [...cuts].sort((x, y) => x - y)
  const out: Segment[] = []
  for (let i = 0; i + 1 < points.length; i++) {
    const s = points[i] as number
    const e = points[i + 1] as number
    if (e <= s) continue
    out.push({ start: s, end: e, ids: inside.filter((a) => a.start <= s && a.end >= e).map((a) => a.id) })
  }
  return out
}

/**
 * Replaces the document by the article's blocks, with a mark for every anchored annotation. One pass over the
 * blocks with a cursor into the annotations sorted by start (a long story has thousands of each), and every
 * block's children appended at once.
 */
export function $buildDocument(article: Article, anchored: readonly AnchoredId[]): void {
  const root = $getRoot()
  root.clear()
  const sorted = [...anchored].sort((a, b) => a.start - b.start)
  // Annotations that started before the current block and may still reach into it.
  let open: AnchoredId[] = []
  let next = 0
  const blocks: ElementNode[] = []
  for (const block of article.blocks) {
    const el: ElementNode = block.kind === 'paragraph' ? $createParagraphNode() : $createWireBlockNode(block.kind)
    while (next < sorted.length && (sorted[next] as AnchoredId).start < block.end) open.push(sorted[next++] as AnchoredId)
    const here = open.filter((a) => a.end > block.start)
    open = here
    const children: LexicalNode[] = []
    for (const seg of segmentBlock(block.start, block.end, here)) {
      const text = $createTextNode(article.text.slice(seg.start, seg.end))
      children.push(seg.ids.length === 0 ? text : $createAnnotationMarkNode(seg.ids).append(text))
    }
    if (children.length > 0) el.append(...children)
    blocks.push(el)
  }
  if (blocks.length > 0) root.append(...blocks)
  else root.append($createParagraphNode())
}

export interface DocumentSnapshot {
  blocks: EditedBlock[]
  text: string
  /** Where each mark id sits now, in the offsets of `text` */
  spans: Map<string, Span>
}

/**
 * Reads the document as the article text would be saved (see articleWithBlocks: empty blocks dropped, blocks
 * joined by a blank line, a line break counted as one space) and where every mark id sits in it. It runs after
 * every pause in typing over the whole story, so it walks siblings rather than building child arrays.
 */
export function $readDocument(): DocumentSnapshot {
  const blocks: EditedBlock[] = []
  const spans = new Map<string, Span>()
  const parts: string[] = []
  let length = 0
  for (let child = $getRoot().getFirstChild(); child !== null; child = child.getNextSibling()) {
    if (!$isElementNode(child)) continue
    const raw = child.getTextContent()
    if (raw.trim() === '') continue
    if (blocks.length > 0) {
      parts.push('\n\n')
      length += 2
    }
    $readSpans(child, length, spans)
    const t = LINE_BREAK.test(raw) ? raw.replace(LINE_BREAKS, ' ') : raw
    blocks.push({ kind: $blockKind(child), text: t })
    parts.push(t)
    length += t.length
  }
  return { blocks, text: parts.join(''), spans }
}

const LINE_BREAK = /[\n\r]/
const LINE_BREAKS = /[\n\r]/g

/** Adds where each mark id under `element` sits (its text starting at `offset`); returns the offset after it. */
function $readSpans(element: ElementNode, offset: number, spans: Map<string, Span>): number {
  let off = offset
  for (let node = element.getFirstChild(); node !== null; node = node.getNextSibling()) {
    if ($isAnnotationMarkNode(node)) {
      const start = off
      off = $readSpans(node, off, spans)
      for (const id of node.getIDs()) {
        const prev = spans.get(id)
        spans.set(id, prev ? { start: Math.min(prev.start, start), end: Math.max(prev.end, off) } : { start, end: off })
      }
    } else if ($isElementNode(node)) {
      off = $readSpans(node, off, spans)
    } else {
      off += node.getTextContentSize()
    }
  }
  return off
}

/**
 * Where a selection point is in the text, as $readDocument counts (blocks joined by two characters); null for a
 * point outside the story's blocks.
 */
export function $offsetOfPoint(point: PointType): number | null {
  const target = point.getNode()
  let base = 0
  let first = true
  for (const child of $getRoot().getChildren()) {
    if (!$isElementNode(child)) continue
    const raw = child.getTextContent()
    const holds = target === child || target.getParents().includes(child)
    if (raw.trim() === '') {
      if (holds) return first ? 0 : base + 2
      continue
    }
    if (!first) base += 2
    first = false
    if (holds) return $offsetIn(child, target, point, base)
    base += raw.length
  }
  return null
}

/** The offset of a point inside `node`, whose text starts at `off`; null if the point is not under it. */
function $offsetIn(node: LexicalNode, target: LexicalNode, point: PointType, off: number): number | null {
  if (node === target && point.type === 'text') return off + point.offset
  if (!$isElementNode(node)) return null
  let at = off
  const children = node.getChildren()
  for (let i = 0; i < children.length; i++) {
    if (node === target && i === point.offset) return at
    const c = children[i]!
    if (c === target || target.getParents().includes(c as ElementNode)) return $offsetIn(c, target, point, at)
    at += c.getTextContentSize()
  }
  return node === target ? at : null
}

/**
 * The text node and offset at a text offset (as $readDocument counts), or null past the end. Where two text nodes
 * meet (a mark's end and the words after it), the earlier node's end, or with `after` the later node's start.
 */
export function $pointAt(target: number, after = false): { node: TextNode; offset: number } | null {
  let base = 0
  let first = true
  let last: { node: TextNode; offset: number } | null = null
  for (const child of $getRoot().getChildren()) {
    if (!$isElementNode(child)) continue
    const raw = child.getTextContent()
    if (raw.trim() === '') continue
    if (!first) base += 2
    first = false
    let off = base
    let found: { node: TextNode; offset: number } | null = null
    const walk = (node: LexicalNode) => {
      if (found) return
      if ($isElementNode(node)) {
        for (const c of node.getChildren()) walk(c)
        return
      }
      const size = node.getTextContentSize()
      if ($isTextNode(node)) {
        if (target >= off && (after ? target < off + size : target <= off + size)) found = { node, offset: target - off }
        else if (after && target === off + size) atEnd = { node, offset: size }
        last = { node, offset: size }
      }
      off += size
    }
    let atEnd: { node: TextNode; offset: number } | null = null
    for (const c of child.getChildren()) walk(c)
    found ??= atEnd
    if (found) return found
    base += raw.length
    if (target < base) return last
  }
  return null
}

/** Selects [start, end) of the text; false when the range is not in the document any more. */
export function $selectRange(start: number, end: number, after = false): boolean {
  const a = $pointAt(start, after)
  const b = $pointAt(end, after)
  if (!a || !b) return false
  const sel = $createRangeSelection()
  sel.anchor.set(a.node.getKey(), a.offset, 'text')
  sel.focus.set(b.node.getKey(), b.offset, 'text')
  $setSelection(sel)
  return true
}
