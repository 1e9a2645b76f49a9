import type { StateCreator } from 'zustand'
import type { ImportSummary } from '../../shared/dto'
import { importWarnings } from '../../shared/importSummary'
import type { StoreState } from './index'

export interface Toast {
  id: number
  /** An error or a warning stays until its × (or, about an import, the next import); information times out */
  kind: 'error' | 'warning' | 'info'
  message: string
  /** What the message is about: an import's messages go when the next import starts */
  about?: 'import'
}

export type Overlay = 'none' | 'shortcuts' | 'palette' | 'export' | 'settings'

/** A bulk import the window follows: its own (dropped or picked files) or one started from File > Import. */
export interface ImportRun {
  phase: 'running' | 'done' | 'failed'
  done: number
  total: number
  /** The file being imported */
  file: string | null
  summary: ImportSummary | null
  cancelled: boolean
  cancelling: boolean
  message: string | null
}

/** The boundaries of a mark being adjusted from its card, in the document's offsets; committed with Enter. */
export interface Adjusting {
  id: string
  start: number
  end: number
}

/** Where the context menu opens, and whether it was opened on words or on a mark. */
export interface ContextMenuAt {
  x: number
  y: number
  selection: boolean
  markId: string | null
  /** Opened with Shift+F10 or the Menu key: the first item takes focus, and closing gives it back to the text */
  keyboard?: boolean
}

export interface UiSlice {
  toasts: Toast[]
  importing: boolean
  overlay: Overlay
  importRun: ImportRun | null
  adjusting: Adjusting | null
  contextMenu: ContextMenuAt | null
  setOverlay: (o: Overlay) => void
  /** Whether an import of a few files or of pasted text is under way (the Import buttons wait for it) */
  setImporting: (importing: boolean) => void
  /** Starts following a bulk import (or forgets the one followed, with null) */
  setImportRun: (run: ImportRun | null) => void
  /** Changes the followed bulk import's fields; nothing when none is followed */
  updateImportRun: (patch: Partial<ImportRun>) => void
  /**
   * A new import begins: the last one's messages and its finished summary go (they are about files no longer on the
   * editor's mind). A running import stays.
   */
  clearImportNotices: () => void
  /**
   * The editor moved on (opened a story): a finished import that needs nothing more (no failure, warning or cancel)
   * goes; one that does stays until dismissed or the next import.
   */
  settleImportRun: () => void
  /** Starts adjusting a mark's boundaries, moves them, or stops (null) */
  setAdjusting: (adjusting: Adjusting | null) => void
  openContextMenu: (at: ContextMenuAt) => void
  closeContextMenu: () => void
  notify: (kind: Toast['kind'], message: string, about?: Toast['about']) => void
  dismissToast: (id: number) => void
}

/** A finished import with nothing left to read: every file went in, nothing warned, nothing was cancelled. */
export function importNeedsNothing(run: ImportRun): boolean {
  const s = run.summary
  return run.phase === 'done' && !run.cancelled && !!s && s.failed === 0 && importWarnings(s).length === 0
}

let nextToast = 1

export const createUiSlice: StateCreator<StoreState, [], [], UiSlice> = (set) => ({
  toasts: [],
  importing: false,
  overlay: 'none',
  importRun: null,
  adjusting: null,
  contextMenu: null,
  setOverlay: (overlay) => set({ overlay }),
  setImporting: (importing) => set({ importing }),
  setImportRun: (importRun) => set({ importRun }),
  updateImportRun: (patch) => set((s) => (s.importRun ? { importRun: { ...s.importRun, ...patch } } : {})),
  clearImportNotices: () =>
    set((s) => ({
      toasts: s.toasts.some((t) => t.about === 'import') ? s.toasts.filter((t) => t.about !== 'import') : s.toasts,
      importRun: s.importRun?.phase === 'running' ? s.importRun : null,
    })),
  settleImportRun: () => set((s) => (s.importRun && importNeedsNothing(s.importRun) ? { importRun: null } : {})),
  setAdjusting: (adjusting) => set({ adjusting }),
  openContextMenu: (contextMenu) => set({ contextMenu }),
  closeContextMenu: () => set({ contextMenu: null }),
  notify: (kind, message, about) => {
    const id = nextToast++
    set((s) => ({ toasts: [...s.toasts, about ? { id, kind, message, about } : { id, kind, message }] }))
    // Plain information goes away by itself; an error or a warning (something to read) stays until dismissed.
    if (kind === 'info') setTimeout(() => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })), 4000)
  },
  dismissToast: (id) => set((s) => ({ toasts: s.toasts.filter((t) => t.id !== id) })),
})
