import type { StateCreator } from 'zustand'
import type { Person } from '../../core/analysis/types'
import { articleWithBlocks, newAnnotation, reviewFindings, textQuote, type ReviewFinding } from '../../core/annotation/review'
import type { Annotation, AnnotationKind } from '../../core/annotation/types'
import type { Article } from '../../core/article/types'
import type { DismissedFinding, StoryDetail } from '../../shared/dto'
import type { AnchorUpdate, AnnotationInput } from '../../shared/dto/annotations'
import { call } from '../lib/api'
import { nextTask } from '../lib/nextTask'
import { createAutosaver, pageClock, type SaveRun, type SaveState } from './autosaver'
import { analyzeOffThread } from '../lib/analysis'
import type { DeskAnalysis } from '../lib/deskAnalysis'
import type { DocumentSnapshot } from '../features/editor/document'
import { currentEditor } from '../features/editor/bridge'
import { ADD_SUGGESTION_MARKS } from '../features/editor/commands'
import type { FreshSuggestion, KnownSpan } from '../../core/annotation/fresh'
import { deskAnnotations, deskAnnotationsOf, isAdjusted } from './effective'
import { firstFindingOf, markOfFinding } from './findingMark'
import type { StoreState } from './index'
import { analyzeOptionsOf } from './settingsSlice'

export type { SaveState }
/**
 * Review: the story text is read-only and single keys act on the active mark or finding. Edit: typing edits
 * the text, and marking needs a modifier or the card. Every open starts in review, so that no key can change
 * the copy until the editor asks to edit it.
 */
export type DeskMode = 'review' | 'edit'

/** One undoable change to an annotation record: the record before and after (null: absent). */
export interface RecordChange {
  before: Annotation | null
  after: Annotation | null
}
/**
 * The desk's undo timeline: a text step (Lexical's history holds it; `typed` when it was made in edit mode, where it
 * may have changed the words; in review mode only marks were added or moved) or a record change (ours).
 */
export type TimelineStep = { type: 'text'; typed: boolean } | { type: 'record'; change: RecordChange }

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
  /** The checks panel lists the speakers to confirm before every other finding (remembered on this computer) */
  speakersFirst: boolean
  activeId: string | null
  /** The selected finding's index; -1 when none is (the active mark has no finding) */
  activeFinding: number
  saveState: SaveState
  savedAt: string | null
  undoSteps: TimelineStep[]
  redoSteps: TimelineStep[]
  /** A new quote waits for its speaker: the card opens its picker */
  askSpeakerFor: string | null
  /** A new note mark waits for its words: the card puts the caret in its note box */
  askNoteFor: string | null
  mode: DeskMode
  setMode: (mode: DeskMode) => void
  /**
   * The words typed in a card's note box, not yet a record change: they count as unsaved at once, become a
   * record change (one undo step) after a short pause, on leaving the box or the card, and before any save.
   */
  draftNote: (markId: string, note: string) => void
  /** Turns a waiting note draft into its record change now */
  commitNoteDraft: () => void

  openStory: (id: string) => Promise<void>
  setActive: (id: string | null) => void
  setActiveFinding: (i: number) => void
  setSpeakersFirst: (on: boolean) => void
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
  /** Re-runs the checks of the open story, its text as it stands (after a change of house style) */
  recheck: () => void
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

/** A note draft becomes a record change after this long without typing in the note box */
const NOTE_DRAFT_MS = 600
let noteDraft: { markId: string; note: string | null } | null = null
let noteTimer: ReturnType<typeof setTimeout> | null = null
const dirtyRecords = new Set<string>()
const deletedRecords = new Set<string>()
/**
 * The editor's own marks whose records a save deleted after the mark left the text (removed, or its typing undone),
 * still held in the store: an undo that brings the mark back must save its record again, or it is lost on reopening.
 */
const deletedStored = new Set<string>()
let documentDirty = false
let lastSnapshot: DocumentSnapshot | null = null
/**
 * The anchors the database holds for the open version (as opened, then as saved): a save sends only the anchors
 * that differ, since typing moves the marks after the cursor and leaves the others where they were stored.
 */
let storedAnchors: { version: StoryDetail['version']; byId: Map<string, AnchorUpdate> } | null = null
let analysisSeq = 0
/** Marks that were in the text during this open: a suggestion that leaves the text is retired, an orphan is not */
let placedOnce = new Set<string>()
/**
 * Suggestions whose words the editor deleted, by mark id, with their decision records: gone from the desk and the
 * library, and back where an undo brings their marks back.
 */
const retired = new Map<string, Annotation[]>()

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

function computeFindings(s: Pick<StoreState, 'records' | 'presentIds' | 'analysis' | 'analysisText' | 'dismissed' | 'speakersFirst'>): ReviewFinding[] {
  if (!s.analysis) return []
  const present = [...deskAnnotationsOf(s.records).values()].filter((a) => s.presentIds.has(a.id))
  return reviewFindings(s.analysisText, s.analysis.findings, present, new Set(s.dismissed.map((d) => d.key)), s.speakersFirst ? 'doubtful-speaker' : null)
}

const SPEAKERS_FIRST = 'wiremark-speakers-first'
const storedSpeakersFirst = (): boolean => {
  try {
    return globalThis.localStorage?.getItem(SPEAKERS_FIRST) === '1'
  } catch {
    return false
  }
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

  /**
   * After the analysis of edited text: suggestions whose words the editor deleted are retired (with the editor's
   * decision on them), and new quotes, speakers, claims and credits in typed or pasted text become suggestions.
   * Marks the editor did not touch keep their records and decisions.
   */
  const applyReanalysis = (snapshot: DocumentSnapshot, fresh: readonly FreshSuggestion[]) => {
    const detail = get().detail
    if (!detail) return
    const records = { ...get().records }
    let changed = false
    for (const r of Object.values(records)) {
      if (r.origin !== 'auto' || !placedOnce.has(r.id) || snapshot.spans.has(r.id)) continue
      const recs = [r, ...Object.values(records).filter((d) => d.suggestionId === r.id)]
      retired.set(r.id, recs)
      for (const d of recs) {
        delete records[d.id]
        dirtyRecords.delete(d.id)
        deletedRecords.add(d.id)
      }
      // The next save sends the text (and the retired one's orphaned anchor) before it deletes.
      documentDirty = lastSnapshot !== null
      changed = true
    }
    // New marks only on the text the analysis read: a later edit brings its own analysis.
    const editor = currentEditor()
    if (fresh.length > 0 && editor && lastSnapshot?.text === snapshot.text) {
      const at = new Date().toISOString()
      const made = fresh.map((f) => {
        const { kind, status, speaker, attribution, cue, note } = f
        return newAnnotation(
          { id: newId(), storyId: detail.story.id, versionId: detail.version.id, kind, origin: 'auto', text: snapshot.text, span: f, author: 'wiremark', at },
          { status, speaker, attribution, cue, note },
        )
      })
      const placed: string[] = []
      editor.dispatchCommand(ADD_SUGGESTION_MARKS, { text: snapshot.text, marks: made.map((m) => ({ id: m.id, start: m.start, end: m.end, exact: m.selector.exact })), placed })
      const ok = new Set(placed)
      for (const m of made) {
        if (!ok.has(m.id)) continue
        records[m.id] = m
        dirtyRecords.add(m.id)
        placedOnce.add(m.id)
        changed = true
      }
    }
    if (!changed) return
    set({ records, activeId: get().activeId && records[get().activeId ?? ''] ? get().activeId : null })
    get().scheduleSave()
  }

  /**
   * One save: the edited text with the anchors that moved, then the records deleted and changed. Resolves to
   * false when something did not go (kept, and the editor told so).
   */
  const send = async (run: SaveRun): Promise<boolean> => {
    const detail = get().detail
    if (!detail) return true
    let failed: string | null = null
    let openFindings: number | null = null
    let headline: string | null = null
    let recordCalls = false
    let documentSent = false
    if (documentDirty && lastSnapshot) {
      const snap = lastSnapshot
      documentDirty = false
      const records = get().records
      if (storedAnchors?.version !== detail.version) storedAnchors = { version: detail.version, byId: new Map() }
      const stored = storedAnchors.byId
      const anchors: AnchorUpdate[] = []
      for (const r of Object.values(records)) {
        // A decision record (only the editor's carry a suggestionId) is placed by its suggestion's anchor.
        if (r.suggestionId) continue
        const placed = snap.spans.has(r.id)
        if (placed && deletedStored.delete(r.id)) {
          // Back in the text after its record was deleted: saved whole again (with its place), below.
          dirtyRecords.add(r.id)
          continue
        }
        if (!placed && r.origin === 'editor') {
          // A mark of the editor's own that is gone from the text (deleted or undone) goes with it.
          deletedRecords.add(r.id)
          dirtyRecords.delete(r.id)
          continue
        }
        const start = Math.min(r.start, snap.text.length)
        const end = Math.min(Math.max(r.end, start), snap.text.length)
        const anchor: AnchorUpdate = { id: r.id, start, end, ...r.selector, anchor: placed ? r.anchor : 'orphaned' }
        const was = stored.get(r.id)
        if (!was || !sameAnchor(was, anchor)) anchors.push(anchor)
      }
      // A retired suggestion (its words deleted) is stored orphaned first: only then may it be deleted.
      for (const recs of retired.values()) {
        const r = recs[0]
        if (!r || r.origin !== 'auto' || !deletedRecords.has(r.id)) continue
        const start = Math.min(r.start, snap.text.length)
        anchors.push({ id: r.id, start, end: start, ...r.selector, anchor: 'orphaned' })
      }
      // The autosave sends in pieces (its JSON a few hundred anchors at a time), each a task of its own.
      if (run.inPieces) await run.pause()
      // While keys keep coming the host does not count the open findings (an analysis of the whole story on
      // the app's main thread, which routes the keys too); the save after the typing pauses counts them.
      const countFindings = !run.inPieces || !run.typing()
      const input = { storyId: detail.story.id, versionId: detail.version.id, blocks: snap.blocks, anchors, countFindings }
      const res = await call('annotations:saveDocument', input, run.inPieces ? { pause: run.pause } : undefined)
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
      if (r.ok) {
        deletedRecords.delete(id)
        if (rec?.origin === 'editor' && !rec.suggestionId) deletedStored.add(id)
      } else failed = r.error.message
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
    if (failed) get().notify('error', `Not saved: ${failed}. Your changes are kept and saving will be retried.`)
    // A save of the text alone changes the story's headline and open findings in the library (which also
    // filters and sorts by them); when the row shows both already (most autosaves), the list stays as it is.
    const textOnly = openFindings !== null && !recordCalls && get().listSort.sort !== 'updatedAt'
    const rowCurrent = textOnly && rowShows(get().listPages, detail.story.id, { headline, openFindings })
    // A save of the text alone during typing (its count skipped) leaves the library to the save that counts,
    // after the typing pauses.
    const countLater = documentSent && openFindings === null && !recordCalls
    if ((openFindings !== null || !failed) && !rowCurrent && !countLater) void get().loadLibrary()
    return failed === null
  }

  /** When to save, one save at a time, and the indicator (see autosaver.ts); `send` is what a save sends. */
  const saver = createAutosaver({
    call: send,
    clock: pageClock,
    pending: () => get().detail !== null && (documentDirty || dirtyRecords.size > 0 || deletedRecords.size > 0),
    held: () => noteDraft !== null || get().detail === null,
    state: () => get().saveState,
    setState: (saveState, savedAt) => set(savedAt === undefined ? { saveState } : { saveState, savedAt }),
  })


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
    speakersFirst: storedSpeakersFirst(),
    activeId: null,
    activeFinding: -1,
    saveState: 'saved',
    savedAt: null,
    undoSteps: [],
    redoSteps: [],
    askSpeakerFor: null,
    askNoteFor: null,
    mode: 'review',

    setMode: (mode) => {
      if (get().mode !== mode) set({ mode })
    },

    draftNote: (markId, note) => {
      // A draft on another mark (a card left a moment ago) is kept first.
      if (noteDraft && noteDraft.markId !== markId) get().commitNoteDraft()
      noteDraft = { markId, note: note.trim() === '' ? null : note }
      if (noteTimer) clearTimeout(noteTimer)
      noteTimer = setTimeout(() => get().commitNoteDraft(), NOTE_DRAFT_MS)
      saver.touched()
    },

    commitNoteDraft: () => {
      if (noteTimer) clearTimeout(noteTimer)
      noteTimer = null
      const draft = noteDraft
      noteDraft = null
      if (!draft) return
      const current = deskAnnotationsOf(get().records).get(draft.markId)
      if (current && (current.note ?? null) !== draft.note) get().updateAnnotation(draft.markId, { note: draft.note })
      else if (!current) get().notify('error', 'The note could not be kept: its mark is gone from the story.')
    },

    openStory: async (id) => {
      await get().flush()
      // The editor has moved on: a finished import with nothing left to read goes.
      get().settleImportRun()
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
      deletedStored.clear()
      retired.clear()
      placedOnce = new Set(placed)
      documentDirty = false
      lastSnapshot = null
      saver.reset()
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
        // No finding is selected on opening (none looked selected without its card): the first J selects the first.
        activeFinding: -1,
        saveState: 'saved',
        undoSteps: [],
        redoSteps: [],
        askSpeakerFor: null,
        askNoteFor: null,
        mode: 'review',
      })
    },

    setActive: (id) => {
      const s = get()
      if (s.activeId === id) return
      // The checks follow the text: when the active finding is about another mark, this mark's first finding (if it
      // has one) becomes the active one, so that J, K and Enter go on from where the editor is.
      // A mark with no finding selects none (-1), so that Enter and D cannot act on a finding about other words; J
      // then starts from the first.
      if (id && markOfFinding(s, s.findings[s.activeFinding]) !== id) {
        return set({ activeId: id, activeFinding: firstFindingOf(s, s.findings, id) })
      }
      set({ activeId: id })
    },
    setActiveFinding: (i) => {
      const s = get()
      // (with no findings, none is selected)
      const at = s.findings.length > 0 ? Math.max(0, Math.min(i, s.findings.length - 1)) : -1
      // …and the text follows the checks: the finding's mark becomes the active mark, so that A, X and S act on the
      // flagged words; a finding no mark covers ("No dateline") leaves none active, so that they act on no mark at all
      // (the previous finding's mark stayed active, and A accepted it).
      set({ activeFinding: at, activeId: markOfFinding(s, s.findings[at]) })
    },
    setSpeakersFirst: (on) => {
      try {
        globalThis.localStorage?.setItem(SPEAKERS_FIRST, on ? '1' : '0')
      } catch {
        // a browser without storage keeps the choice for this session only
      }
      // On, the selection goes to the first speaker to confirm (where the editor starts; J walks on from there);
      // off, it stays on the finding it was on, wherever the new order puts it.
      const key = get().findings[get().activeFinding]?.key
      setWithFindings({ speakersFirst: on })
      const at = on ? 0 : key ? get().findings.findIndex((f) => f.key === key) : -1
      // (through setActiveFinding: the selected finding's mark is the active mark, or none is)
      // (none selected, and none to select: the selection stays as it was, on nothing)
      if (at >= 0) get().setActiveFinding(at)
    },

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
      set({
        records: { ...get().records, [id]: record },
        activeId: id,
        // A new mark has no finding of its own: none is selected, so that D and Enter cannot act on the finding
        // selected before, about other words (a fresh-eyes editor dismissed one so).
        activeFinding: -1,
        askSpeakerFor: kind === 'quote' ? id : null,
        askNoteFor: kind === 'note' ? id : null,
      })
      get().documentChanged(snapshot)
    },

    documentChanged: (snapshot) => {
      lastSnapshot = snapshot
      saver.readOut()
      documentDirty = true
      // An undo brought back the words (and marks) of retired suggestions: their records come back with them.
      if (retired.size > 0) {
        let back: Record<string, Annotation> | null = null
        for (const [markId, recs] of [...retired]) {
          if (!snapshot.spans.has(markId)) continue
          retired.delete(markId)
          back ??= { ...get().records }
          for (const r of recs) {
            back[r.id] = r
            // Not deleted yet: the deletion is called off. Deleted already: saved again, as it was.
            if (deletedRecords.has(r.id)) deletedRecords.delete(r.id)
            else dirtyRecords.add(r.id)
          }
        }
        if (back) set({ records: back })
      }
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
      // The marks in the text now (the snapshot's offsets): the analysis suggests only where none of a kind is.
      const known: KnownSpan[] = []
      for (const r of Object.values(get().records)) {
        const span = snapshot.spans.get(r.origin === 'editor' && r.suggestionId ? r.suggestionId : r.id)
        if (span) known.push({ kind: r.kind, start: span.start, end: span.end })
      }
      // Off the typing path: a worker analyses; only the latest answer for the story still open is applied.
      const seq = ++analysisSeq
      void analyzeOffThread(article, known, analyzeOptionsOf(get().checkSettings)).then(
        async (analysis) => {
          // Decoding the answer was that task's work; the findings (and the checks list) come in the next.
          await nextTask()
          if (seq !== analysisSeq || get().detail?.story.id !== storyId) return
          const { fresh, ...desk } = analysis
          applyReanalysis(snapshot, fresh ?? [])
          setWithFindings({ analysis: desk, analysisText: snapshot.text })
        },
        (e: unknown) => console.error('Wiremark: the analysis failed', e),
      )
    },

    recheck: () => {
      const detail = get().detail
      if (!detail) return
      // Edited text is analysed as the edits go; otherwise the text is the version as opened.
      if (lastSnapshot) return get().reanalyze(lastSnapshot)
      const article = detail.version.article
      const storyId = detail.story.id
      const seq = ++analysisSeq
      void analyzeOffThread(article, undefined, analyzeOptionsOf(get().checkSettings)).then(
        async (analysis) => {
          await nextTask()
          if (seq !== analysisSeq || get().detail?.story.id !== storyId) return
          const key = get().findings[get().activeFinding]?.key
          setWithFindings({ analysis: { people: analysis.people, findings: analysis.findings, claims: analysis.claims }, analysisText: article.text })
          // the selection stays on its finding where the new checks still find it (and on none where there was none)
          // (gone: none is selected, and the active mark stays, as for a mark with no finding)
          set({ activeFinding: get().findings.findIndex((f) => f.key === key) })
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
      // The selection moves on to the next finding, and the active mark with it (the card stayed on the old claim).
      get().setActiveFinding(get().activeFinding)
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

    pushTextStep: () => set({ undoSteps: [...get().undoSteps, { type: 'text', typed: get().mode === 'edit' }], redoSteps: [] }),

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

    scheduleSave: () => saver.schedule(),

    noteEdit: () => saver.edited(),

    flush: (how) => {
      // A note still being typed goes into this save.
      get().commitNoteDraft()
      return saver.flush(how)
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
