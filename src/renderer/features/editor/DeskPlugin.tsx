import { $unwrapMarkNode, $wrapSelectionInMarkNode } from '@lexical/mark'
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext'
import type { HistoryState } from '@lexical/history'
import { mergeRegister, $findMatchingParent, $dfs } from '@lexical/utils'
import {
  $addUpdateTag,
  $createRangeSelection,
  $createRangeSelectionFromDom,
  $getNodeByKey,
  $getSelection,
  $isRangeSelection,
  $isTextNode,
  $setSelection,
  COMMAND_PRIORITY_EDITOR,
  COMMAND_PRIORITY_HIGH,
  REDO_COMMAND,
  UNDO_COMMAND,
  type NodeKey,
} from 'lexical'
import { useEffect } from 'react'
import { deskAnnotationsOf, looksChanged } from '../../store/effective'
import type { Annotation } from '../../../core/annotation/types'
import type { ReviewFinding } from '../../../core/annotation/review'
import { afterNextPaint, nextTask } from '../../lib/nextTask'
import { useStore } from '../../store'
import type { DeskMode } from '../../store/deskSlice'
import { setCurrentEditor, setFlushDocument } from './bridge'
import { ADD_SUGGESTION_MARKS, ANNOTATE, JUMP_TO, REMOVE_MARK, SET_MARK_RANGE } from './commands'
import { clearJump, showJump } from './jumpHighlight'
import { $offsetOfPoint, $pointAt, $readDocument, $selectRange, type DocumentSnapshot } from './document'
import { $createAnnotationMarkNode, $isAnnotationMarkNode, AnnotationMarkNode, setMarkDecorator } from './nodes'

/** The document is read after this long without typing, */
const DOC_SYNC_MS = 250
/** and during unbroken typing no later than this after the first edit it has not read (the autosave follows) */
const DOC_SYNC_MAX_WAIT_MS = 1000
/** The analysis starts this long after positions were synced, unless typing has resumed since */
const ANALYSIS_MS = 700
/** Typing puts it off no longer than this after the first sync still waiting for it */
const ANALYSIS_MAX_WAIT_MS = 5000
/** New suggestion marks go into the text only after this long without a key */
const QUIET_FOR_MARKS_MS = 600

/**
 * Wires the editor to the desk: paints marks from the records, follows the cursor to the active mark, keeps
 * positions and the analysis up to date off the typing path, saves on blur, and folds record changes into undo.
 */
export function DeskPlugin({ history }: { history: HistoryState }) {
  const [editor] = useLexicalComposerContext()

  useEffect(() => {
    setCurrentEditor(editor)
    const marks = new Map<NodeKey, string[]>()
    let effective = new Map<string, Annotation>()
    let effectiveOf: Record<string, Annotation> | null = null
    let docTimer: ReturnType<typeof setTimeout> | null = null
    let lastEdit = 0
    /** The first edit since the document was last read */
    let unreadSince: number | null = null
    /** A read during unbroken typing is on its way (after the next frame) */
    let readingWhileTyping = false
    /** Read after a pause and not yet given to the store */
    let unapplied: DocumentSnapshot | null = null
    let analysisTimer: ReturnType<typeof setTimeout> | null = null
    let analysisDueSince: number | null = null
    let undoDepth = history.undoStack.length
    let lastCursor = ''

    const effectiveNow = () => {
      const records = useStore.getState().records
      if (records !== effectiveOf) {
        effective = deskAnnotationsOf(records)
        effectiveOf = records
      }
      return effective
    }

    const paint = (key: NodeKey) => {
      const el = editor.getElementByKey(key)
      const ids = marks.get(key)
      if (el && ids) decorateMark(el, ids)
    }
    const paintAll = () => {
      for (const key of marks.keys()) paint(key)
    }

    // After a pause: the document is read in one task and the positions applied in the next, so that a keystroke
    // arriving meanwhile waits for neither in full.
    const syncWhenQuiet = () => {
      const wait = lastEdit + DOC_SYNC_MS - performance.now()
      if (wait > 1) {
        docTimer = setTimeout(syncWhenQuiet, wait)
        return
      }
      readDocument()
      void nextTask().then(() => applyDocument())
    }
    // During unbroken typing the document is read all the same once DOC_SYNC_MAX_WAIT_MS have passed since the
    // first edit not read, so that the autosave keeps up; right after a frame, between two keys, and applied
    // even when a key came between the read and the apply (that key's own read follows).
    const syncWhileTyping = async () => {
      readingWhileTyping = true
      await afterNextPaint()
      readingWhileTyping = false
      if (unreadSince === null) return
      readDocument(false)
      await nextTask()
      applyDocument(true)
    }
    const readDocument = (quiet = true) => {
      if (quiet) docTimer = null
      unreadSince = null
      unapplied = editor.getEditorState().read($readDocument)
    }
    const applyDocument = (evenIfEdited = false) => {
      const snap = unapplied
      unapplied = null
      // An edit since the read has its own sync coming (flushNow reads again at once).
      if (!snap || (docTimer && !evenIfEdited)) return
      useStore.getState().documentChanged(snap)
      scheduleAnalysis(snap)
    }
    // The analysis reads the snapshot the positions came from, not the document again (a walk of every block).
    const scheduleAnalysis = (snap: DocumentSnapshot) => {
      const since = (analysisDueSince ??= performance.now())
      if (analysisTimer) clearTimeout(analysisTimer)
      analysisTimer = setTimeout(
        () => {
          analysisTimer = null
          // A long story's analysis is a few hundred ms of CPU: off this thread, but on a two-core machine it
          // slows the typing all the same. When typing has resumed since this snapshot, its next pause brings a
          // newer one and the analysis runs then, unless it has been put off too long.
          if (docTimer && performance.now() - since < ANALYSIS_MAX_WAIT_MS) return
          analysisDueSince = null
          useStore.getState().reanalyze(snap)
        },
        Math.max(0, Math.min(ANALYSIS_MS, since + ANALYSIS_MAX_WAIT_MS - performance.now())),
      )
    }
    const flushNow = () => {
      if (docTimer) {
        clearTimeout(docTimer)
        readDocument()
      }
      applyDocument()
      void useStore.getState().flush()
    }

    // Review mode: the text is read-only (Lexical's own non-editable state: no key, paste or drop changes it).
    // The root carries the mode at once (React renders contenteditable a moment later), for the key fuzz's watch.
    const applyMode = (mode: DeskMode) => {
      const root = editor.getRootElement()
      if (root) root.dataset.mode = mode
      editor.setEditable(mode === 'edit')
    }
    applyMode(useStore.getState().mode)
    setDoubtful(useStore.getState().findings)
    const unsubscribe = useStore.subscribe((s, prev) => {
      // Enter's highlight shows one finding's words until the editor moves on.
      if (s.activeFinding !== prev.activeFinding || s.activeId !== prev.activeId || s.mode !== prev.mode || s.records !== prev.records || s.findings !== prev.findings) clearJump()
      if (s.mode !== prev.mode) {
        if (s.mode === 'review') flushNow()
        applyMode(s.mode)
      }
      // Records that only moved (typing moves every mark after the cursor) leave every look as it is.
      const doubtChanged = s.findings !== prev.findings && setDoubtful(s.findings)
      if (doubtChanged || looksChanged(prev.records, s.records)) paintAll()
      else if (s.activeId !== prev.activeId) {
        // Only the marks that gain or lose the active one change.
        for (const [key, ids] of marks) if ((s.activeId && ids.includes(s.activeId)) || (prev.activeId && ids.includes(prev.activeId))) paint(key)
      }
    })

    // In review mode there is no caret to follow: a click on a mark makes it the active one.
    const onClick = (e: MouseEvent) => {
      if (editor.isEditable() || !(e.target instanceof Element)) return
      const id = innermostUnder(e.target, effectiveNow())
      if (id) useStore.getState().setActive(id)
    }

    /** True when the step was handled here (a record change, or typing refused in review); false for Lexical's history. */
    const stepOrRefuse = (which: 'undo' | 'redo') => {
      const s = useStore.getState()
      const top = (which === 'undo' ? s.undoSteps : s.redoSteps).at(-1)
      if (top?.type === 'text' && top.typed && !editor.isEditable()) {
        s.notify('info', `That ${which} would change the words: press F2 to edit, then ${which === 'undo' ? 'Ctrl+Z' : 'Ctrl+Shift+Z'}.`)
        return true
      }
      return (which === 'undo' ? s.undoStep() : s.redoStep()) === 'record'
    }

    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flushNow()
    }
    document.addEventListener('visibilitychange', onVisibility)
    window.addEventListener('beforeunload', flushNow)
    setFlushDocument(flushNow)

    const cleanup = mergeRegister(
      editor.registerMutationListener(
        AnnotationMarkNode,
        (mutations) => {
          editor.getEditorState().read(() => {
            for (const [key, m] of mutations) {
              if (m === 'destroyed') marks.delete(key)
              else {
                const node = $getNodeByKey(key)
                if ($isAnnotationMarkNode(node)) marks.set(key, node.getIDs())
              }
            }
          })
          for (const [key, m] of mutations) if (m !== 'destroyed') paint(key)
        },
        { skipInitialization: false },
      ),
      editor.registerUpdateListener(({ editorState, dirtyElements, dirtyLeaves, tags, prevEditorState }) => {
        // The cursor on a mark makes it the active one: the innermost (shortest) annotation under it.
        editorState.read(() => {
          const sel = $getSelection()
          if (!$isRangeSelection(sel) || !sel.isCollapsed()) return
          const where = `${sel.anchor.key}:${sel.anchor.offset}`
          if (where === lastCursor) return
          lastCursor = where
          const mark = $findMatchingParent(sel.anchor.getNode(), (n) => $isAnnotationMarkNode(n))
          if (!$isAnnotationMarkNode(mark)) return
          const eff = effectiveNow()
          // A mark just made has no record yet; its record makes itself active when it arrives.
          if (mark.getIDs().some((id) => !eff.has(id))) return
          const ids = mark.getIDs()
          const best = ids.sort((a, b) => span(eff.get(a)) - span(eff.get(b)))[0]
          if (best) useStore.getState().setActive(best)
        })
        if (prevEditorState.isEmpty() || (dirtyElements.size === 0 && dirtyLeaves.size === 0)) return
        const depth = history.undoStack.length
        if (!tags.has('historic') && depth > undoDepth) useStore.getState().pushTextStep()
        undoDepth = depth
        // One timer per pause rather than one per keystroke: it moves itself on while edits keep coming.
        lastEdit = performance.now()
        unreadSince ??= lastEdit
        docTimer ??= setTimeout(syncWhenQuiet, DOC_SYNC_MS)
        if (!readingWhileTyping && lastEdit - unreadSince >= DOC_SYNC_MAX_WAIT_MS) void syncWhileTyping()
        useStore.getState().noteEdit()
      }),
      editor.registerCommand(
        ANNOTATE,
        ({ kind }) => {
          // In review mode (read-only text) Lexical does not follow the selection: the words selected on screen are read.
          const selected = $getSelection()
          const dom = editor.isEditable() ? null : window.getSelection()
          const sel = dom && !dom.isCollapsed ? $createRangeSelectionFromDom(dom, editor) : selected
          if (!$isRangeSelection(sel) || sel.isCollapsed()) {
            useStore.getState().notify('info', 'Select the words to mark first.')
            return true
          }
          const id = crypto.randomUUID()
          $wrapSelectionInMarkNode(sel, sel.isBackward(), id, (ids) => $createAnnotationMarkNode(ids))
          // The cursor goes to the start of the new mark, so the card that opens is the new annotation's.
          const first = $dfs().find(({ node }) => $isAnnotationMarkNode(node) && node.hasID(id))?.node
          const text = $isAnnotationMarkNode(first) ? first.getFirstDescendant() : null
          if ($isTextNode(text) && editor.isEditable()) text.select(0, 0)
          else {
            $setSelection(null)
            window.getSelection()?.removeAllRanges()
          }
          setTimeout(() => useStore.getState().addHandAnnotation(id, kind, editor.getEditorState().read($readDocument)), 0)
          return true
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        JUMP_TO,
        ({ start, end }) => {
          if (editor.isEditable()) {
            if (!$selectRange(start, end)) return false
            const sel = $getSelection()
            const key = $isRangeSelection(sel) ? sel.anchor.key : null
            setTimeout(() => {
              if (key) editor.getElementByKey(key)?.scrollIntoView({ block: 'center' })
              editor.focus()
            }, 0)
            return true
          }
          // Review mode: the words are highlighted and scrolled to; neither the focus nor a caret goes into the text.
          const a = $pointAt(start)
          const b = $pointAt(end)
          if (!a || !b) return false
          const [ka, oa, kb, ob] = [a.node.getKey(), a.offset, b.node.getKey(), b.offset]
          setTimeout(() => highlightWords(editor.getElementByKey(ka), oa, editor.getElementByKey(kb), ob), 0)
          return true
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        REMOVE_MARK,
        ({ id }) => {
          for (const { node } of $dfs()) {
            if (!$isAnnotationMarkNode(node) || !node.hasID(id)) continue
            if (node.getIDs().length === 1) $unwrapMarkNode(node)
            else node.deleteID(id)
          }
          return true
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        SET_MARK_RANGE,
        ({ id, start, end }) => {
          for (const { node } of $dfs()) {
            if (!$isAnnotationMarkNode(node) || !node.hasID(id)) continue
            if (node.getIDs().length === 1) $unwrapMarkNode(node)
            else node.deleteID(id)
          }
          if (!$selectRange(start, end)) return false
          const sel = $getSelection()
          if (!$isRangeSelection(sel) || sel.isCollapsed()) return false
          $wrapSelectionInMarkNode(sel, false, id, (ids) => $createAnnotationMarkNode(ids))
          // The focus stays on the card, where the adjustment was made.
          $setSelection(null)
          // The positions reach the store at once, so no later sync reads the old boundaries.
          setTimeout(() => useStore.getState().documentChanged(editor.getEditorState().read($readDocument)), 0)
          return true
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      editor.registerCommand(
        ADD_SUGGESTION_MARKS,
        ({ text: analysed, marks: wanted, placed }) => {
          // Never while keys are coming (an update then can put the caret back a few letters) and only on the very
          // text the analysis read: otherwise nothing is placed, and the analysis after the next pause brings them.
          if (performance.now() - lastEdit < QUIET_FOR_MARKS_MS) return true
          const text = $readDocument().text
          if (text !== analysed) return true
          // Part of the edit that brought the words: undoing the typing takes these marks with it.
          $addUpdateTag('history-merge')
          // Wrapping splits text nodes, and a caret in a split node can end up a letter early ("detained|." after
          // a claim is marked up to the full stop): the selection is noted as text offsets and put back after.
          const sel = $getSelection()
          const kept = $isRangeSelection(sel) ? { anchor: $offsetOfPoint(sel.anchor), focus: $offsetOfPoint(sel.focus) } : null
          for (const m of wanted) {
            if (text.slice(m.start, m.end) !== m.exact) continue
            const a = $pointAt(m.start)
            const b = $pointAt(m.end)
            if (!a || !b) continue
            const range = $createRangeSelection()
            range.anchor.set(a.node.getKey(), a.offset, 'text')
            range.focus.set(b.node.getKey(), b.offset, 'text')
            $wrapSelectionInMarkNode(range, false, m.id, (ids) => $createAnnotationMarkNode(ids))
            placed.push(m.id)
          }
          // (After a mark's end rather than inside it: the next key types plain words, not the mark's.)
          if (kept && kept.anchor !== null && kept.focus !== null && placed.length > 0) $selectRange(kept.anchor, kept.focus, true)
          return true
        },
        COMMAND_PRIORITY_EDITOR,
      ),
      // Undoing or redoing typing changes the words: in review mode it is refused with a word on how to do it, so
      // the text never changes in review. A step that only added or moved marks undoes in place.
      editor.registerCommand(UNDO_COMMAND, () => stepOrRefuse('undo'), COMMAND_PRIORITY_HIGH),
      editor.registerCommand(REDO_COMMAND, () => stepOrRefuse('redo'), COMMAND_PRIORITY_HIGH),
      editor.registerRootListener((root, prev) => {
        prev?.removeEventListener('blur', flushNow)
        prev?.removeEventListener('click', onClick)
        root?.addEventListener('blur', flushNow)
        root?.addEventListener('click', onClick)
        if (root) root.dataset.mode = useStore.getState().mode
      }),
    )
    return () => {
      flushNow()
      cleanup()
      unsubscribe()
      document.removeEventListener('visibilitychange', onVisibility)
      window.removeEventListener('beforeunload', flushNow)
      setFlushDocument(null)
      if (analysisTimer) clearTimeout(analysisTimer)
      setCurrentEditor(null)
    }
  }, [editor, history])

  return null
}

/** A mark's classes, data attributes and tooltip, from the ids it carries. */
interface MarkLook {
  className: string
  kinds: string
  title: string
}
/** Looks by signature (what each id shows): few distinct ones, so records that only move keep theirs. */
const looks = new Map<string, MarkLook>()

/**
 * The quotes whose speaker Wiremark is not sure of: the spans ("start:end") of the open doubtful-speaker findings,
 * which go once the editor decides on the quote. Their marks show the doubt, so that an editor reading the text
 * sees which speakers to confirm and can trust the rest.
 */
let doubtful = new Set<string>()
const spanKey = (a: { start: number; end: number }) => `${a.start}:${a.end}`

/** Takes the open findings' doubtful speakers; true when the set changed (the marks need painting again). */
function setDoubtful(findings: readonly ReviewFinding[]): boolean {
  const next = new Set(findings.filter((f) => f.rule === 'doubtful-speaker').map(spanKey))
  if (next.size === doubtful.size && [...next].every((k) => doubtful.has(k))) return false
  doubtful = next
  return true
}

const KIND_WORD: Record<Annotation['kind'], string> = { quote: 'Quote', speaker: 'Person', claim: 'Claim', credit: 'Credit', note: 'Note' }

/** One line of a mark's tooltip: what it is, who said it and by which cue, and what the editor decided. */
function describe(a: Annotation): string {
  const who =
    a.kind === 'quote' || a.kind === 'speaker'
      ? a.speaker
        ? ` by ${a.speaker}${a.cue ? ` (${a.cue})` : ''}`
        : ' · no speaker'
      : a.kind === 'claim'
        ? a.speaker
          ? ` · attributed to ${a.speaker}`
          : " · in the reporter's own voice"
        : ''
  const status = a.kind === 'claim' && a.status && a.status !== 'unverified' ? ` · ${a.status}` : ''
  const decided = a.decision ?? (a.origin === 'editor' && !a.suggestionId ? 'yours' : 'suggestion')
  return `${KIND_WORD[a.kind]}${who}${status} · ${decided}`
}

function lookOf(ids: readonly string[]): MarkLook {
  const eff = deskAnnotationsOf(useStore.getState().records)
  const anns = ids.map((id) => eff.get(id)).filter((a): a is Annotation => a !== undefined)
  const doubt = (a: Annotation) => a.kind === 'quote' && a.decision === null && doubtful.has(spanKey(a))
  const signature = anns.map((a) => `${a.kind}.${a.decision ?? ''}.${a.origin}.${a.suggestionId ? 's' : ''}.${a.status ?? ''}.${a.speaker ?? ''}.${a.cue ?? ''}.${doubt(a) ? '?' : ''}`).join(' ')
  let look = looks.get(signature)
  if (look) return look
  const live = anns.filter((a) => a.decision !== 'rejected')
  const cls = ['wm-mark', ...new Set(live.map((a) => `k-${a.kind}`))]
  if (live.length === 0) cls.push('is-rejected')
  if (live.length > 1) cls.push('is-overlap')
  // Decided marks are drawn solid; suggestions nobody has looked at yet, lighter.
  if (live.some((a) => a.decision === 'accepted' || (a.origin === 'editor' && !a.suggestionId))) cls.push('is-accepted')
  else if (live.length > 0) cls.push('is-suggested')
  const claim = live.find((a) => a.kind === 'claim')
  if (claim) cls.push(claim.speaker ? 'c-attributed' : 'c-unattributed', `st-${claim.status ?? 'unverified'}`)
  const unsure = live.some(doubt)
  if (unsure) cls.push('is-doubtful')
  // Every kind under the mark, rejected ones included (the classes paint only the live ones).
  const title = anns.map(describe).join('\n') + (unsure ? '\nSpeaker not certain: confirm it (A accepts, S sets the speaker)' : '')
  look = { className: cls.join(' '), kinds: [...new Set(anns.map((a) => a.kind))].join(' '), title }
  looks.set(signature, look)
  return look
}

/**
 * Paints a mark's element from the records. Attributes are written only when they change: a write invalidates
 * style, and a long story has thousands of marks. Looks are computed once per ids and records.
 */
function decorateMark(el: HTMLElement, ids: readonly string[]): void {
  const idList = ids.join(' ')
  const look = lookOf(ids)
  const active = useStore.getState().activeId
  const className = active && ids.includes(active) ? `${look.className} is-active` : look.className
  if (el.className !== className) el.className = className
  if (el.dataset.ids !== idList) el.dataset.ids = idList
  if (el.dataset.kinds !== look.kinds) el.dataset.kinds = look.kinds
  if (el.title !== look.title) el.title = look.title
}
setMarkDecorator(decorateMark)

const span = (a: Annotation | undefined) => (a ? a.end - a.start : Number.MAX_SAFE_INTEGER)

/** The innermost (shortest) annotation under an element of the text, or null off any mark. */
function innermostUnder(target: Element, eff: Map<string, Annotation>): string | null {
  const el = target.closest('mark.wm-mark[data-ids]')
  if (!(el instanceof HTMLElement)) return null
  const ids = (el.dataset.ids ?? '').split(' ').filter((id) => eff.has(id))
  return ids.sort((a, b) => span(eff.get(a)) - span(eff.get(b)))[0] ?? null
}

/**
 * Shows the words of a finding without touching the text or the selection: a CSS highlight (the Custom
 * Highlight API paints a range without adding elements), scrolled into view. Where the API is missing, the
 * words are scrolled to only.
 */
function highlightWords(from: HTMLElement | null, fromOffset: number, to: HTMLElement | null, toOffset: number): void {
  const a = from?.firstChild
  const b = to?.firstChild
  if (!a || !b) return
  from.scrollIntoView({ block: 'center' })
  try {
    const range = document.createRange()
    range.setStart(a, Math.min(fromOffset, a.textContent?.length ?? 0))
    range.setEnd(b, Math.min(toOffset, b.textContent?.length ?? 0))
    showJump(range)
  } catch {
    clearJump()
  }
}
