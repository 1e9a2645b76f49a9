import { useStore } from '../../store'
import { deskAnnotationsOf } from '../../store/effective'
import { currentEditor, readSnapshot } from '../editor/bridge'
import { SET_MARK_RANGE } from '../editor/commands'
import { $pointAt } from '../editor/document'

/**
 * Boundary adjustment from the card: Shift+←/→ move the end, Alt+Shift+←/→ the start, with Ctrl a word at a
 * time; Enter commits (the editor's record beside the suggestion), Esc cancels. The pending span is shown
 * as a highlight over the text, without touching the document until it is committed.
 */
const HIGHLIGHT = 'wm-adjust'

/** The next word edge from `at`: a start lands on a word's first letter, an end just after a word's last one. */
function wordStep(text: string, at: number, dir: 1 | -1, edge: 'start' | 'end'): number {
  const space = (i: number) => /\s/.test(text[i] ?? ' ')
  let i = at
  if (dir > 0 && edge === 'end') {
    while (i < text.length && space(i)) i++
    while (i < text.length && !space(i)) i++
  } else if (dir > 0) {
    while (i < text.length && !space(i)) i++
    while (i < text.length && space(i)) i++
  } else if (edge === 'end') {
    while (i > 0 && !space(i - 1)) i--
    while (i > 0 && space(i - 1)) i--
  } else {
    while (i > 0 && space(i - 1)) i--
    while (i > 0 && !space(i - 1)) i--
  }
  return i
}

function paintPreview(start: number, end: number) {
  const editor = currentEditor()
  const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined
  if (!editor || !registry || typeof Highlight === 'undefined') return
  const points = editor.getEditorState().read(() => {
    const a = $pointAt(start)
    const b = $pointAt(end)
    return a && b ? { a: { key: a.node.getKey(), offset: a.offset }, b: { key: b.node.getKey(), offset: b.offset } } : null
  })
  if (!points) return
  const domText = (key: string) => {
    const el = editor.getElementByKey(key)
    return el?.firstChild?.nodeType === Node.TEXT_NODE ? el.firstChild : null
  }
  const a = domText(points.a.key)
  const b = domText(points.b.key)
  if (!a || !b) return
  const range = document.createRange()
  range.setStart(a, Math.min(points.a.offset, a.textContent?.length ?? 0))
  range.setEnd(b, Math.min(points.b.offset, b.textContent?.length ?? 0))
  registry.set(HIGHLIGHT, new Highlight(range))
  ;(a.parentElement ?? undefined)?.scrollIntoView({ block: 'nearest' })
}

function clearPreview() {
  if (typeof CSS !== 'undefined') CSS.highlights?.delete(HIGHLIGHT)
}

/** Starts adjusting the active mark at its present boundaries (the context menu's entry). */
export function startAdjust() {
  const s = useStore.getState()
  const snap = readSnapshot()
  const span = s.activeId && snap ? snap.spans.get(s.activeId) : undefined
  if (!s.activeId || !span) return s.notify('info', 'Click a mark first, then adjust its boundaries.')
  s.setAdjusting({ id: s.activeId, start: span.start, end: span.end })
  paintPreview(span.start, span.end)
}

/** Moves one boundary of the active mark; the first step starts the adjustment. */
export function adjustStep(which: 'start' | 'end', dir: 1 | -1, byWord: boolean) {
  const s = useStore.getState()
  const snap = readSnapshot()
  if (!snap) return
  let adj = s.adjusting
  if (!adj) {
    const id = s.activeId
    const a = id ? deskAnnotationsOf(s.records).get(id) : undefined
    const span = id ? snap.spans.get(id) : undefined
    if (!id || !a || !span) return s.notify('info', 'Click a mark first, then adjust its boundaries.')
    adj = { id, start: span.start, end: span.end }
  }
  const text = snap.text
  // A mark stays inside its block: it never reaches over a paragraph break.
  const blockStart = text.lastIndexOf('\n\n', adj.start) < 0 ? 0 : text.lastIndexOf('\n\n', adj.start) + 2
  const nextBreak = text.indexOf('\n\n', adj.start)
  const blockEnd = nextBreak < 0 ? text.length : nextBreak
  let { start, end } = adj
  if (which === 'end') {
    end = byWord ? wordStep(text, end, dir, 'end') : end + dir
    end = Math.min(Math.max(end, start + 1), blockEnd)
  } else {
    start = byWord ? wordStep(text, start, dir, 'start') : start + dir
    start = Math.max(Math.min(start, end - 1), blockStart)
  }
  s.setAdjusting({ id: adj.id, start, end })
  paintPreview(start, end)
}

export function commitAdjust() {
  const s = useStore.getState()
  const adj = s.adjusting
  const snap = readSnapshot()
  s.setAdjusting(null)
  clearPreview()
  if (!adj || !snap) return
  const now = snap.spans.get(adj.id)
  if (now && now.start === adj.start && now.end === adj.end) return
  s.adjustSpan(adj.id, adj.start, adj.end, snap.text)
  currentEditor()?.dispatchCommand(SET_MARK_RANGE, { id: adj.id, start: adj.start, end: adj.end })
  s.setActive(adj.id)
}

export function cancelAdjust() {
  useStore.getState().setAdjusting(null)
  clearPreview()
}

/** The words the pending boundaries cover, for the card's preview. */
export function adjustingText(): string | null {
  const adj = useStore.getState().adjusting
  const snap = adj ? readSnapshot() : null
  return adj && snap ? snap.text.slice(adj.start, adj.end) : null
}
