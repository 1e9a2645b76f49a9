import { Readability } from '@mozilla/readability'
import { parseHTML } from 'linkedom'
import { BLOCK_TAGS, type TextBlock } from './htmltext'

/*
 * The article of a saved page as Mozilla's Readability finds it, over linkedom as the DOM (linkedom runs no
 * scripts and loads nothing; happy-dom has had script-execution advisories, jsdom 29 is 7× slower here).
 * Readability's HTML is never used: its article element is walked for text and block structure only.
 */

/** The part of a DOM node this module reads; linkedom's nodes have it (core has no DOM types). */
interface DomNode {
  nodeType: number
  nodeName: string
  nodeValue: string | null
  childNodes: ArrayLike<DomNode>
}

const ELEMENT = 1
const TEXT = 3
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'])
/** Left out of the body text: captions travel separately; the h1 is the headline. */
const SKIP = new Set(['figure', 'figcaption', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'button', 'select', 'textarea'])

/** The blocks of an element: paragraphs and headings, whitespace-normalised, table cells of a row on one line. */
function domBlocks(root: DomNode): TextBlock[] {
  const out: TextBlock[] = []
  let cur = ''
  let inHeading = 0
  const flush = (): void => {
    const t = cur.replace(/[\s\u00a0]+/g, ' ').trim()
    if (t) out.push({ kind: inHeading > 0 ? 'heading' : 'paragraph', text: t })
    cur = ''
  }
  type Item = DomNode | { end: 'block' | 'heading' | 'cell' }
  const stack: Item[] = [root]
  while (stack.length) {
    const item = stack.pop() as Item
    if ('end' in item) {
      if (item.end === 'cell') cur += ' '
      else flush()
      if (item.end === 'heading') inHeading--
      continue
    }
    if (item.nodeType === TEXT) {
      cur += item.nodeValue ?? ''
      continue
    }
    if (item.nodeType !== ELEMENT) continue
    const tag = item.nodeName.toLowerCase()
    if (SKIP.has(tag) || (tag === 'h1' && item !== root)) continue
    if (tag === 'br') {
      flush()
      continue
    }
    const heading = HEADINGS.has(tag)
    const block = heading || BLOCK_TAGS.has(tag)
    const cell = tag === 'td' || tag === 'th'
    if (block) flush()
    if (cell) cur += ' '
    if (heading) {
      inHeading++
      stack.push({ end: 'heading' })
    } else if (block) stack.push({ end: 'block' })
    else if (cell) stack.push({ end: 'cell' })
    const kids = item.childNodes
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as DomNode)
  }
  flush()
  return out
}

/** Readability's work grows with elements times depth; the largest fixture page has about 9,000 elements. */
const MAX_ELEMENTS = 30_000
/**
 * Readability reads each candidate's whole text (textContent) for every element above it, so a page nested
 * thousands deep costs it the square of its size (an import fuzz page of 108,000 elements nested one in another
 * took 3 minutes, past its maxElemsToParse check). Real pages nest a few dozen deep.
 */
const MAX_DEPTH = 400

/** Whether no element of the page lies more than MAX_DEPTH deep (its size is bounded before the parse). */
function shallow(root: DomNode): boolean {
  const stack: [DomNode, number][] = [[root, 0]]
  while (stack.length) {
    const [node, depth] = stack.pop()!
    if (depth > MAX_DEPTH) return false
    const kids = (node as unknown as { children: ArrayLike<DomNode> }).children
    for (let i = 0; i < kids.length; i++) stack.push([kids[i]!, depth + 1])
  }
  return true
}

export interface ReadabilityArticle {
  title: string | null
  byline: string | null
  blocks: TextBlock[]
}

/** Readability's article of an HTML page as text blocks, or null when it finds none. Never throws on bad markup. */
export function readabilityArticle(html: string): ReadabilityArticle | null {
  // A page with more start tags than Readability may read is not even parsed for it (linkedom's own parse of
  // 100,000 nested tags takes seconds).
  let tags = 0
  const START_TAG = /<[A-Za-z]/g
  while (START_TAG.exec(html)) if (++tags > MAX_ELEMENTS) return null
  const { document } = parseHTML(html)
  // linkedom builds no root element from some broken markup ("<!doctype html><_x…", found by the import fuzz), and
  // Readability's constructor throws on such a document: the caller's own extraction reads it instead.
  // (The depth is measured from the document: markup with no <html> leaves its elements beside documentElement, not
  // under it, and a fuzzed feed nested 3,400 deep there took Readability 6 s.)
  if (!document?.documentElement || !shallow(document as unknown as DomNode)) return null
  // The serializer hands back the article element itself, so no HTML string is ever made from the page.
  const reader = new Readability<DomNode>(document as never, { serializer: (node) => node as unknown as DomNode, maxElemsToParse: MAX_ELEMENTS })
  let result: ReturnType<typeof reader.parse>
  try {
    result = reader.parse()
  } catch {
    // Readability throws when the page has more elements than maxElemsToParse, and on some broken markup that
    // linkedom builds into a tree it does not expect (a TypeError deep in _grabArticle, found by the import fuzz):
    // either way the caller's own extraction reads the page, so a bad page never fails the import here.
    return null
  }
  if (!result?.content) return null
  return { title: result.title ?? null, byline: result.byline ?? null, blocks: domBlocks(result.content) }
}
