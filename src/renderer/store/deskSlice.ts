import type { StateCreator } from 'zustand'
import type { Person } from '../../core/analysis/types'
import { articleWithBlocks, newAnnotation, reviewFindings, textQuote, type ReviewFinding } from '../../core/annotation/review'
import type { Annotation, AnnotationKind } from '../../core/annotation/types'
import type { Article } from '../../core/article/types'
import type { DismissedFinding, StoryDetail } from '../../shared/dto'
import type { AnchorUpdate, AnnotationInput } from '../../shared/ipc/areas/annotations'
import { call } from '../lib/api'
import { nextTask } from '../lib/nextTask'
import { analyzeOffThread } from '../lib/analysis'
import type { DeskAnalysis } from '../lib/deskAnalysis'
import type { DocumentSnapshot } from '../features/editor/document'
import { deskAnnotations, deskAnnotationsOf, isAdjusted } from './effective'
import type { StoreState } from './index'

export type SaveState = 'saved' | 'dirty' | 'saving' | 'error'

/** One undoable change to an annotation record: the record before and after (null: absent). */
export interface RecordChange {
  before: Annotation | null
  after: Annotation | null
}
/** The desk's undo timeline: a text step (Lexical's history holds it) or a record change (ours). */
export type TimelineStep = { type: 'text' } | { type: 'record'; change: RecordChange }

export interface DeskSlice {
  detail: StoryDetail | null
  /** Bumped on every open, so the editor remounts with the stored document */
  openSeq: number
  opening: boolean
  records: Record<string, Annotation>
  /** Mark ids that are in the document now */
  presentIds: ReadonlySet<string>
  dismissed: DismissedFinding[]
  analysis: DeskAnalysis | null
  analysisText: string
  findings: ReviewFinding[]
  activeId: string | null
  activeFinding: number
  saveState: SaveState
  savedAt: string | null
  undoSteps: TimelineStep[]
  redoSteps: TimelineStep[]
  /** A new quote waits for its speaker: the card opens its picker */
  askSpeakerFor: string | null

  openStory: (id: string) => Promise<void>
  closeStory: () => void
  setActive: (id: string | null) => void
  setActiveFinding: (i: number) => void
  /** Change an annotation as the editor sees it; a suggestion gets (or updates) its decision record */
  updateAnnotation: (markId: string, change: Partial<Pick<Annotation, 'decision' | 'speaker' | 'status' | 'note' | 'evidence' | 'kind'>>) => void
  /**
   * New boundaries for a mark, as the editor set them from its card: a suggestion keeps its own span and the
   * editor's decision record carries the new one; a mark of the editor's own simply moves. `text` is the
   * document's text now (the offsets' frame).
   */
  adjustSpan: (markId: string, start: number, end: number, text: string) => void
  /** A new record of the editor's own for a mark the editor just made */
  addHandAnnotation: (id: string, kind: AnnotationKind, snapshot: DocumentSnapshot) => void
  /** The document changed: new positions (and presence) of every mark */
  documentChanged: (snapshot: DocumentSnapshot) => void
  /** Re-runs the analysis over the edited text */
  reanalyze: (snapshot: DocumentSnapshot) => void
  dismissFinding: (key: string, reason: string) => Promise<void>
  restoreFinding: (key: string) => Promise<void>
  pushTextStep: () => void
  /** Undo a record change if it is the latest step; returns 'text' when Lexical's history should undo instead */
  undoStep: () => 'text' | 'record' | 'none'
  redoStep: () => 'text' | 'record' | 'none'
  scheduleSave: () => void
  /** The editor's text changed (a keystroke): the autosave waits for a second without one */
  noteEdit: () => void
  /**
   * Saves what changed. `inPieces` (the autosave) prepares and sends in short tasks, so that a keystroke waiting
   * meanwhile comes first; a save on blur or unload sends at once.
   */
  flush: (how?: { inPieces?: boolean }) => Promise<void>
  people: () => Person[]
}

/**
 * The autosave goes this long after the first edit it does not hold yet: a second after a change followed by
 * quiet, and every second during unbroken typing, so that a crash loses about the last second of typing.
 */
const SAVE_AFTER_MS = 1000
/** A save this soon after a key counts as one during typing */
const TYPING_GAP_MS = 250
/** When the editor last reported an edit, and the first edit not yet in a save (performance.now) */
let lastEdit = -Infinity
let unsavedSince: number | null = null
/** When the document snapshot that a save sends was given to the store */
let snapshotAt = -Infinity
let saveTimer: ReturnType<typeof setTimeout> | null = null
let flushing: Promise<void> | null = null
/** Ends the pause an autosave is in; set with `rushed` by a save that must go at once (blur, unload) */
let rush: (() => void) | null = null
let rushed = false
/** The autosave's pause between its pieces: a task, unless a save that must go at once came meanwhile. */
const piecePause = (): Promise<void> => (rushed ? Promise.resolve() : Promise.race([nextTask(), new Promise<void>((resolve) => (rush = resolve))]))
let again = false
const dirtyRecords = new Set<string>()
const deletedRecords = new Set<string>()
let documentDirty = false
let lastSnapshot: DocumentSnapshot | null = null
/**
 * The anchors the database holds for the open version (as opened, then as saved): a save sends only the anchors
 * that differ, since typing moves the marks after the cursor and leaves the others where they were stored.
 */
let storedAnchors: { version: StoryDetail['version']; byId: Map<string, AnchorUpdate> } | null = null
let analysisSeq = 0

const toInput = (a: Annotation): AnnotationInput => {
  const { author: _a, createdAt: _c, updatedAt: _u, ...rest } = a
  return rest
}

const newId = () => crypto.randomUUID()

const sameAnchor = (a: AnchorUpdate, b: AnchorUpdate) =>
  a.start === b.start && a.end === b.end && a.anchor === b.anchor && a.exact === b.exact && a.prefix === b.prefix && a.suffix === b.suffix

/** Whether the library's loaded row of a story shows this headline and count of open findings. */
function rowShows(pages: StoreState['listPages'], storyId: string, shown: { headline: string | null; openFindings: number | null }): boolean {
  for (const page of Object.values(pages)) {
    const row = page.items.find((s) => s.id === storyId)
    if (row) return row.headline === shown.headline && row.openFindings === shown.openFindings
  }
  return false
}

function computeFindings(s: Pick<StoreState, 'records' | 'presentIds' | 'analysis' | 'analysisText' | 'dismissed'>): ReviewFinding[] {
  if (!s.analysis) return []
  const present = [...deskAnnotationsOf(s.records).values()].filter((a) => s.presentIds.has(a.id))
  return reviewFindings(s.analysisText, s.analysis.findings, present, new Set(s.dismissed.map((d) => d.key)))
}

export const createDeskSlice: StateCreator<StoreState, [], [], DeskSlice> = (set, get) => {
  /** Sets state and recomputes the findings from it, in one change. */
  const setWithFindings = (patch: Partial<StoreState>) => set({ ...patch, findings: computeFindings({ ...get(), ...patch }) })

  const applyChange = (change: RecordChange, direction: 'forward' | 'back') => {
    const target = direction === 'forward' ? change.after : change.before
    const other = direction === 'forward' ? change.before : change.after
    const records = { ...get().records }
    if (target) {
      records[target.id] = target
      dirtyRecords.add(target.id)
      deletedRecords.delete(target.id)
    } else if (other) {
      delete records[other.id]
      dirtyRecords.delete(other.id)
      deletedRecords.add(other.id)
    }
    setWithFindings({ records })
    get().scheduleSave()
  }

  return {
    detail: null,
    openSeq: 0,
    opening: false,
    records: {},
    presentIds: new Set(),
    dismissed: [],
    analysis: null,
    analysisText: '',
    findings: [],
    activeId: null,
    activeFinding: 0,
    saveState: 'saved',
    savedAt: null,
    undoSteps: [],
    redoSteps: [],
    askSpeakerFor: null,

    openStory: async (id) => {
      await get().flush()
      set({ opening: true, selectedStoryId: id })
      const [d, l] = await Promise.all([call('stories:get', { id }), call('annotations:list', { storyId: id })])
      if (!d.ok || !l.ok) {
        set({ opening: false })
        get().notify('error', `Cannot open the story: ${(!d.ok ? d.error : !l.ok ? l.error : null)?.message ?? ''}`)
        return
      }
      const records: Record<string, Annotation> = {}
      for (const a of l.value.annotations) records[a.id] = a
      const placed = new Set([...deskAnnotations(records).values()].filter((a) => a.anchor !== 'orphaned').map((a) => a.id))
      dirtyRecords.clear()
      deletedRecords.clear()
      documentDirty = false
      lastSnapshot = null
      unsavedSince = null
      storedAnchors = { version: d.value.version, byId: new Map() }
      for (const r of l.value.annotations) {
        if (r.origin !== 'editor' || !r.suggestionId) storedAnchors.byId.set(r.id, { id: r.id, start: r.start, end: r.end, ...r.selector, anchor: r.anchor })
      }
      setWithFindings({
        detail: d.value,
        openSeq: get().openSeq + 1,
        opening: false,
        records,
        presentIds: placed,
        dismissed: l.value.dismissed,
        analysis: d.value.analysis,
        analysisText: d.value.version.article.text,
        activeId: null,
        activeFinding: 0,
        saveState: 'saved',
        undoSteps: [],
        redoSteps: [],
        askSpeakerFor: null,
      })
    },

    closeStory: () => set({ detail: null, selectedStoryId: null, records: {}, findings: [], activeId: null }),

    setActive: (id) => {
      if (get().activeId !== id) set({ activeId: id })
    },
    setActiveFinding: (i) => set({ activeFinding: Math.max(0, Math.min(i, get().findings.length - 1)) }),

    updateAnnotation: (markId, change) => {
      const { records, detail } = get()
      const current = records[markId]
      if (!current || !detail) return
      const at = new Date().toISOString()
      let before: Annotation | null
      let after: Annotation
      if (current.origin === 'auto') {
        before = Object.values(records).find((r) => r.origin === 'editor' && r.suggestionId === markId) ?? null
        const baseRecord: Annotation = before ?? {
          ...current,
          id: newId(),
          origin: 'editor',
          suggestionId: markId,
          author: 'you',
          createdAt: at,
        }
        // Boundaries the editor adjusted stay the decision's; otherwise it follows the suggestion's span.
        const span = before && isAdjusted(before, current) ? before : current
        after = { ...baseRecord, ...change, start: span.start, end: span.end, selector: span.selector, anchor: span.anchor, updatedAt: at }
      } else {
        before = current
        after = { ...current, ...change, updatedAt: at }
      }
      const step: TimelineStep = { type: 'record', change: { before, after } }
      set({ undoSteps: [...get().undoSteps, step], redoSteps: [], askSpeakerFor: change.speaker !== undefined ? null : get().askSpeakerFor })
      applyChange({ before, after }, 'forward')
    },

    adjustSpan: (markId, start, end, text) => {
      const { records, detail } = get()
      const current = records[markId]
      if (!current || !detail || end <= start) return
      const at = new Date().toISOString()
      const selector = textQuote(text, start, end)
      let before: Annotation | null
      let base: Annotation
      if (current.origin === 'auto') {
        before = Object.values(records).find((r) => r.origin === 'editor' && r.suggestionId === markId) ?? null
        base = before ?? { ...current, id: newId(), origin: 'editor', suggestionId: markId, author: 'you', createdAt: at }
      } else {
        before = current
        base = current
      }
      const after: Annotation = { ...base, start, end, selector, anchor: 'changed', updatedAt: at }
      set({ undoSteps: [...get().undoSteps, { type: 'record', change: { before, after } }], redoSteps: [] })
      applyChange({ before, after }, 'forward')
    },

    addHandAnnotation: (id, kind, snapshot) => {
      const { detail } = get()
      const span = snapshot.spans.get(id)
      if (!detail || !span) return
      const at = new Date().toISOString()
      const record = newAnnotation(
        { id, storyId: detail.story.id, versionId: detail.version.id, kind, origin: 'editor', text: snapshot.text, span, author: 'you', at },
        { status: kind === 'quote' ? 'unchecked' : kind === 'claim' ? 'unverified' : null },
      )
      dirtyRecords.add(id)
      deletedRecords.delete(id)
      set({ records: { ...get().records, [id]: record }, activeId: id, askSpeakerFor: kind === 'quote' ? id : null })
      get().documentChanged(snapshot)
    },

    documentChanged: (snapshot) => {
      lastSnapshot = snapshot
      snapshotAt = performance.now()
      documentDirty = true
      const before = get().records
      const { text, spans } = snapshot
      // Copied on the first record that moved: a pause that moved no mark changes no record.
      let records: Record<string, Annotation> | null = null
      const prevPresent = get().presentIds
      let samePresent = spans.size === prevPresent.size
      if (samePresent) for (const k of spans.keys()) if (!prevPresent.has(k)) samePresent = false
      const present = samePresent ? prevPresent : new Set(spans.keys())
      const list = Object.values(before)
      // Suggestions whose boundaries the editor adjusted: the mark follows the decision, the suggestion stays put.
      const adjusted = new Set<string>()
      for (const r of list) if (r.origin === 'editor' && r.suggestionId && isAdjusted(r, before[r.suggestionId])) adjusted.add(r.suggestionId)
      for (const r of list) {
        if (r.origin === 'auto' && adjusted.has(r.id)) continue
        const markId = r.origin === 'editor' && r.suggestionId ? r.suggestionId : r.id
        const span = spans.get(markId)
        if (!span) continue
        // (startsWith compares in place: no slice for each of thousands of records that did not move.)
        if (span.start === r.start && span.end === r.end && r.selector.exact.length === span.end - span.start && text.startsWith(r.selector.exact, span.start)) continue
        const selector = textQuote(text, span.start, span.end)
        const anchor = selector.exact === r.selector.exact ? (r.anchor === 'changed' ? 'changed' : 'moved') : 'changed'
        records ??= { ...before }
        records[r.id] = { ...r, start: span.start, end: span.end, selector, anchor }
        // A decision's span is its own record: saved with it, so that it keeps matching its suggestion.
        if (r.origin === 'editor' && r.suggestionId) dirtyRecords.add(r.id)
      }
      // Unchanged records keep their identity, so that nothing repaints for a keystroke that moved no mark.
      set({ ...(records ? { records } : {}), presentIds: present, saveState: 'dirty' })
      get().scheduleSave()
    },

    reanalyze: (snapshot) => {
      const detail = get().detail
      if (!detail) return
      const article: Article = articleWithBlocks(detail.version.article, snapshot.blocks)
      const storyId = detail.story.id
      // Off the typing path: a worker analyses; only the latest answer for the story still open is applied.
      const seq = ++analysisSeq
      void analyzeOffThread(article).then(
        async (analysis) => {
          // Decoding the answer was that task's work; the findings (and the checks list) come in the next.
          await nextTask()
          if (seq !== analysisSeq || get().detail?.story.id !== storyId) return
          setWithFindings({ analysis, analysisText: snapshot.text })
        },
        (e: unknown) => console.error('Wiremark: the analysis failed', e),
      )
    },

    dismissFinding: async (key, reason) => {
      const detail = get().detail
      if (!detail) return
      const r = await call('annotations:dismissFinding', { storyId: detail.story.id, key, reason })
      if (!r.ok) return get().notify('error', `The finding was not dismissed: ${r.error.message}`)
      setWithFindings({ dismissed: [...get().dismissed.filter((d) => d.key !== key), r.value] })
      set({ activeFinding: Math.min(get().activeFinding, Math.max(0, get().findings.length - 1)) })
      void get().loadLibrary()
    },

    restoreFinding: async (key) => {
      const detail = get().detail
      if (!detail) return
      const r = await call('annotations:restoreFinding', { storyId: detail.story.id, key })
      if (!r.ok) return get().notify('error', `The finding was not restored: ${r.error.message}`)
      setWithFindings({ dismissed: get().dismissed.filter((d) => d.key !== key) })
      void get().loadLibrary()
    },

    pushTextStep: () => set({ undoSteps: [...get().undoSteps, { type: 'text' }], redoSteps: [] }),

    undoStep: () => {
      const steps = get().undoSteps
      const top = steps[steps.length - 1]
      if (!top) return 'none'
      set({ undoSteps: steps.slice(0, -1), redoSteps: [...get().redoSteps, top] })
      if (top.type === 'text') return 'text'
      applyChange(top.change, 'back')
      return 'record'
    },

    redoStep: () => {
      const steps = get().redoSteps
      const top = steps[steps.length - 1]
      if (!top) return 'none'
      set({ redoSteps: steps.slice(0, -1), undoSteps: [...get().undoSteps, top] })
      if (top.type === 'text') return 'text'
      applyChange(top.change, 'forward')
      return 'record'
    },

    scheduleSave: () => {
      const state = get().saveState
      if (state !== 'saving' && state !== 'dirty') set({ saveState: 'dirty' })
      unsavedSince ??= performance.now()
      if (saveTimer) clearTimeout(saveTimer)
      // (The editor reads the document after a pause and, while keys keep coming, once a second: see DeskPlugin.)
      const autosave = () => {
        saveTimer = null
        void get().flush({ inPieces: true })
      }
      saveTimer = setTimeout(autosave, Math.max(0, unsavedSince + SAVE_AFTER_MS - performance.now()))
    },

    noteEdit: () => {
      lastEdit = performance.now()
      unsavedSince ??= lastEdit
      // The indicator says so from the first key (the text reaches the store after a pause, or within a second).
      if (get().saveState === 'saved') set({ saveState: 'dirty' })
    },

    flush: async (how) => {
      if (saveTimer) {
        clearTimeout(saveTimer)
        saveTimer = null
      }
      if (flushing) {
        again = true
        if (!how?.inPieces) {
          // The page may be going away: no later task would run, so the rest of the save goes in this one.
          rushed = true
          rush?.()
        }
        return flushing
      }
      rushed = false
      const detail = get().detail
      if (!detail || (!documentDirty && dirtyRecords.size === 0 && deletedRecords.size === 0)) return
      set({ saveState: 'saving' })
      flushing = (async () => {
        let failed: string | null = null
        let openFindings: number | null = null
        let headline: string | null = null
        let recordCalls = false
        let documentSent = false
        const sentSnapshotAt = snapshotAt
        if (documentDirty && lastSnapshot) {
          const snap = lastSnapshot
          documentDirty = false
          const records = get().records
          if (storedAnchors?.version !== detail.version) storedAnchors = { version: detail.version, byId: new Map() }
          const stored = storedAnchors.byId
          const anchors: AnchorUpdate[] = []
          for (const r of Object.values(records)) {
            if (r.origin === 'editor' && r.suggestionId) continue
            const placed = snap.spans.has(r.id)
            if (!placed && r.origin === 'editor') {
              // A mark of the editor's own that is gone from the text (deleted or undone) goes with it.
              if (!deletedRecords.has(r.id)) deletedRecords.add(r.id)
              dirtyRecords.delete(r.id)
              continue
            }
            const start = Math.min(r.start, snap.text.length)
            const end = Math.min(Math.max(r.end, start), snap.text.length)
            const anchor: AnchorUpdate = { id: r.id, start, end, ...r.selector, anchor: placed ? r.anchor : 'orphaned' }
            const was = stored.get(r.id)
            if (!was || !sameAnchor(was, anchor)) anchors.push(anchor)
          }
          // The autosave sends in pieces (its JSON a few hundred anchors at a time), each a task of its own.
          if (how?.inPieces) await piecePause()
          // While keys keep coming the host does not count the open findings (an analysis of the whole story on
          // the app's main thread, which routes the keys too); the save after the typing pauses counts them.
          const countFindings = !how?.inPieces || performance.now() - lastEdit >= TYPING_GAP_MS
          const input = { storyId: detail.story.id, versionId: detail.version.id, blocks: snap.blocks, anchors, countFindings }
          const res = await call('annotations:saveDocument', input, how?.inPieces ? { pause: piecePause } : undefined)
          if (res.ok) {
            documentSent = true
            openFindings = res.value.openFindings
            headline = snap.blocks.find((b) => b.kind === 'headline')?.text ?? null
            for (const a of anchors) stored.set(a.id, a)
          } else {
            documentDirty = true
            failed = res.error.message
          }
        }
        const presentIds = get().presentIds
        for (const id of [...deletedRecords]) {
          const rec = get().records[id]
          // An undone hand mark that came back (redo) is saved again rather than deleted.
          if (rec && rec.origin === 'editor' && !rec.suggestionId && presentIds.has(id)) {
            deletedRecords.delete(id)
            dirtyRecords.add(id)
            continue
          }
          const r = await call('annotations:delete', { id })
          recordCalls = true
          storedAnchors?.byId.delete(id)
          if (r.ok) deletedRecords.delete(id)
          else failed = r.error.message
        }
        for (const id of [...dirtyRecords]) {
          const rec = get().records[id]
          dirtyRecords.delete(id)
          if (!rec) continue
          const r = await call('annotations:save', { annotation: toInput(rec) })
          recordCalls = true
          storedAnchors?.byId.delete(id)
          if (!r.ok) {
            dirtyRecords.add(id)
            failed = r.error.message
          }
        }
        if (failed) {
          set({ saveState: 'error' })
          get().notify('error', `Not saved: ${failed}. Your changes are kept and saving will be retried.`)
        } else {
          // Edits made after the saved snapshot are not in this save: they count as unsaved from then on.
          const behind = lastEdit > sentSnapshotAt
          set({ saveState: behind ? 'dirty' : 'saved', savedAt: new Date().toISOString() })
          unsavedSince = behind ? sentSnapshotAt : null
        }
        // A save of the text alone changes the story's headline and open findings in the library (which also
        // filters and sorts by them); when the row shows both already (most autosaves), the list stays as it is.
        const textOnly = openFindings !== null && !recordCalls && get().listSort.sort !== 'updatedAt'
        const rowCurrent = textOnly && rowShows(get().listPages, detail.story.id, { headline, openFindings })
        // A save of the text alone during typing (its count skipped) leaves the library to the save that counts,
        // after the typing pauses.
        const countLater = documentSent && openFindings === null && !recordCalls
        if ((openFindings !== null || !failed) && !rowCurrent && !countLater) void get().loadLibrary()
      })()
      try {
        await flushing
      } finally {
        flushing = null
      }
      if (again || documentDirty || dirtyRecords.size > 0) {
        again = false
        if (get().saveState !== 'error') get().scheduleSave()
      }
    },

    people: () => {
      const { analysis, records } = get()
      const list: Person[] = [...(analysis?.people ?? [])].filter((p) => p.kind !== 'unnamed' || p.name)
      const known = new Set(list.map((p) => p.name))
      for (const r of Object.values(records)) {
        if (r.speaker && !known.has(r.speaker)) {
          known.add(r.speaker)
          list.push({ id: `added-${r.speaker}`, name: r.speaker, description: null, aliases: [], kind: 'person', pronoun: null, mentions: [] })
        }
      }
      return list
    },
  }
}
