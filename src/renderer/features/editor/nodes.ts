import { MarkNode } from '@lexical/mark'
import {
  $applyNodeReplacement,
  $getState,
  $setState,
  addClassNamesToElement,
  createState,
  ParagraphNode,
  type EditorConfig,
  type LexicalNode,
  type RangeSelection,
} from 'lexical'
import { BLOCK_KINDS, type BlockKind } from '../../../core/article/types'

/**
 * An annotation mark: a MarkNode that carries annotation ids and nothing else. The records (kind, speaker,
 * status, decision) live in the store and SQLite; MarksPlugin paints the classes from them.
 */
export class AnnotationMarkNode extends MarkNode {
  override $config() {
    return this.config('wm-annotation', { extends: MarkNode })
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const el = super.createDOM(config)
    el.classList.add('wm-mark')
    // Painted as it is made, so that opening a long story writes each mark's attributes once.
    decorate?.(el, this.getIDs())
    return el
  }

  override insertNewAfter(_selection: RangeSelection, restoreSelection = true): AnnotationMarkNode {
    const node = $createAnnotationMarkNode(this.getIDs())
    this.insertAfter(node, restoreSelection)
    return node
  }
}

let decorate: ((el: HTMLElement, ids: readonly string[]) => void) | null = null

/** How a mark's element shows its annotations (classes and data attributes from the records): set by the desk. */
export function setMarkDecorator(fn: ((el: HTMLElement, ids: readonly string[]) => void) | null): void {
  decorate = fn
}

export function $createAnnotationMarkNode(ids: readonly string[]): AnnotationMarkNode {
  return $applyNodeReplacement(new AnnotationMarkNode(ids))
}

export function $isAnnotationMarkNode(node: LexicalNode | null | undefined): node is AnnotationMarkNode {
  return node instanceof AnnotationMarkNode
}

/** Blocks a screen reader announces as headings, and at which level: the headline, then the crossheads under it. */
const HEADING_LEVEL: Partial<Record<BlockKind, string>> = { headline: '1', heading: '2' }

const blockKindState = createState('wmKind', {
  parse: (v): BlockKind => (typeof v === 'string' && (BLOCK_KINDS as readonly string[]).includes(v) ? (v as BlockKind) : 'paragraph'),
})

/** A block of the wire story other than a body paragraph: headline, dateline, byline, crosshead, caption, credit line. */
export class WireBlockNode extends ParagraphNode {
  override $config() {
    return this.config('wm-block', { extends: ParagraphNode, stateConfigs: [{ stateConfig: blockKindState, flat: true }] })
  }

  getKind(): BlockKind {
    return $getState(this, blockKindState)
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const el = super.createDOM(config)
    addClassNamesToElement(el, `blk blk-${this.getKind()}`)
    el.dataset.block = this.getKind()
    const level = HEADING_LEVEL[this.getKind()]
    if (level) {
      el.setAttribute('role', 'heading')
      el.setAttribute('aria-level', level)
    }
    return el
  }

  override updateDOM(prev: this, dom: HTMLElement, config: EditorConfig): boolean {
    return super.updateDOM(prev, dom, config) || $getState(prev, blockKindState) !== this.getKind()
  }
}

export function $createWireBlockNode(kind: BlockKind): WireBlockNode {
  return $setState($applyNodeReplacement(new WireBlockNode()), blockKindState, kind)
}

export function $isWireBlockNode(node: LexicalNode | null | undefined): node is WireBlockNode {
  return node instanceof WireBlockNode
}

/** The block kind of a top-level element: body paragraphs are plain ParagraphNodes. */
export function $blockKind(node: LexicalNode): BlockKind {
  return $isWireBlockNode(node) ? node.getKind() : 'paragraph'
}
