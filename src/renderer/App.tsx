import { useCallback, useEffect, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Toasts } from './components/Toasts'
import { call, onEvent } from './lib/api'
import { ContextMenu } from './features/desk/ContextMenu'
import { openExportDialog } from './features/export/exporting'
import { ImportPanel } from './features/import/ImportPanel'
import { onDeskKey } from './features/desk/actions'
import { AnnotationCard } from './features/desk/AnnotationCard'
import { ClaimsPanel } from './features/desk/ClaimsPanel'
import { ChecksPanel } from './features/desk/ChecksPanel'
import { NotesBox } from './features/desk/NotesBox'
import { Overlays } from './features/desk/Overlays'
import { PeoplePanel } from './features/desk/PeoplePanel'
import { ModeSwitch, Toolbar } from './features/desk/Toolbar'
import { StoryEditor } from './features/editor/StoryEditor'
import { installImportListeners } from './features/import/importing'
import { LibrarySidebar } from './features/library/LibrarySidebar'
import { REVEAL_CHECKS, ReviewStateControl } from './features/library/ReviewStateControl'
import { FirstRun } from './features/library/FirstRun'
import { PeopleView } from './features/people-view/PeopleView'
import { SearchPanel } from './features/search/SearchPanel'
import { VersionsPanel } from './features/versions/VersionsPanel'
import { shortcutLabel } from './lib/platform'
import { flushTypedText } from './features/editor/bridge'
import { useStore } from './store'
import './styles/layout.css'
import type { Events } from '../shared/ipc/events'

type Tab = 'review' | 'people' | 'claims' | 'versions'

const LIBRARY_KEY = 'wiremark.layout.libraryCollapsed'
const REVIEW_KEY = 'wiremark.layout.reviewCollapsed'

/** A remembered yes/no of the layout; storage that cannot be read or written only loses the memory. */
function useRemembered(key: string): [boolean, (v: boolean) => void] {
  const [value, setValue] = useState(() => {
    try {
      return localStorage.getItem(key) === 'true'
    } catch (e) {
      console.warn(`Wiremark: cannot read the layout setting ${key}`, e)
      return false
    }
  })
  const set = useCallback(
    (v: boolean) => {
      setValue(v)
      try {
        localStorage.setItem(key, String(v))
      } catch (e) {
        console.warn(`Wiremark: cannot remember the layout setting ${key}`, e)
      }
    },
    [key],
  )
  return [value, set]
}

/** Saves what the editor did and tells the Node side, which waits for it before it closes the library. */
async function flushForQuit({ id }: Events['app:flush']): Promise<void> {
  // The words typed in the last moment are read out of the editor first.
  flushTypedText()
  await useStore.getState().flush()
  await call('app:flushed', { id, saved: useStore.getState().saveState !== 'error' })
}

export function App() {
  const loadLibrary = useStore((s) => s.loadLibrary)
  const loaded = useStore((s) => s.libraryLoaded)
  const detail = useStore((s) => s.detail)
  const opening = useStore((s) => s.opening)
  const seq = useStore((s) => s.openSeq)
  const toasts = useStore(useShallow((s) => s.toasts))
  const dismissToast = useStore((s) => s.dismissToast)
  const pane = useStore((s) => s.libraryPane)
  const searchOpen = useStore((s) => s.searchOpen)
  const [tab, setTab] = useState<Tab>('review')
  // The library's People view takes the main pane while it is chosen, until a story is opened.
  const [libraryPeople, setLibraryPeople] = useState(false)
  const [libraryCollapsed, setLibraryCollapsed] = useRemembered(LIBRARY_KEY)
  const [reviewCollapsed, setReviewCollapsed] = useRemembered(REVIEW_KEY)

  useEffect(() => {
    void loadLibrary()
    void useStore.getState().loadSettings()
  }, [loadLibrary])
  useEffect(() => installImportListeners(), [])
  // The desktop menu's File > Export… (Ctrl+E there) opens the export dialog.
  useEffect(
    () =>
      onEvent((e) => {
        if (e.type === 'menu:export') openExportDialog()
        // The desktop app is closing: everything is saved first, and the answer says whether it was.
        if (e.type === 'app:flush') void flushForQuit(e.payload)
        // A new house style recounted every story's open findings: the list shows the new counts.
        if (e.type === 'findings:recounted') void useStore.getState().loadLibrary()
      }),
    [],
  )
  useEffect(() => {
    window.addEventListener('keydown', onDeskKey)
    return () => window.removeEventListener('keydown', onDeskKey)
  }, [])
  useEffect(() => setLibraryPeople(pane === 'people' && !searchOpen), [pane, searchOpen])
  useEffect(() => {
    setLibraryPeople(false)
    setTab('review')
  }, [seq])
  // Search opens in the library: a folded library unfolds for it.
  useEffect(() => {
    if (searchOpen) setLibraryCollapsed(false)
  }, [searchOpen, setLibraryCollapsed])
  // Ctrl+\ folds the library, Ctrl+Shift+\ the review panel (⌘ on macOS).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || e.code !== 'Backslash') return
      e.preventDefault()
      if (e.shiftKey) setReviewCollapsed(!reviewCollapsed)
      else setLibraryCollapsed(!libraryCollapsed)
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [libraryCollapsed, reviewCollapsed, setLibraryCollapsed, setReviewCollapsed])
  // "Review them" in the Checked gate: the checks come into view.
  useEffect(() => {
    const reveal = () => {
      setReviewCollapsed(false)
      setLibraryPeople(false)
      setTab('review')
    }
    window.addEventListener(REVEAL_CHECKS, reveal)
    return () => window.removeEventListener(REVEAL_CHECKS, reveal)
  }, [setReviewCollapsed])

  const right = detail === null ? 'none' : reviewCollapsed ? 'collapsed' : 'open'
  const main = libraryPeople ? 'library-people' : detail === null ? 'empty' : tab

  return (
    <div
      className="app"
      data-ready={loaded ? 'true' : 'false'}
      data-library={libraryCollapsed ? 'collapsed' : 'open'}
      data-right={right}
      data-main={main}
    >
      <LibrarySidebar search={<SearchPanel />} people={<PeopleInMain onShow={() => setLibraryPeople(true)} />} />
      <main
        className="editor-area"
        aria-label="Story"
        aria-busy={opening}
        data-story-id={detail?.story.id ?? ''}
        data-open-seq={seq}
        data-story-ready={detail && !opening ? 'true' : 'false'}
      >
        <div className="desk-head">
        <Toolbar />
        <div className="view-bar" data-testid="view-bar">
          <PanelToggle what="library" label="Library" collapsed={libraryCollapsed} keys={'Ctrl+\\'} onToggle={setLibraryCollapsed} side="left" />
          {detail && (
            <div className="view-tabs" role="tablist" aria-label="Views of the story">
              <button type="button" role="tab" aria-selected={main === 'review'} onClick={() => (setLibraryPeople(false), setTab('review'))} data-testid="tab-review">
                Story
              </button>
              <button type="button" role="tab" aria-selected={main === 'people'} onClick={() => (setLibraryPeople(false), setTab('people'))} data-testid="tab-story-people">
                People
              </button>
              <button type="button" role="tab" aria-selected={main === 'claims'} onClick={() => (setLibraryPeople(false), setTab('claims'))} data-testid="tab-claims">
                Claims
              </button>
              <button type="button" role="tab" aria-selected={main === 'versions'} onClick={() => (setLibraryPeople(false), setTab('versions'))} data-testid="tab-versions">
                Versions{detail.story.versions > 1 ? ` (${detail.story.versions})` : ''}
              </button>
            </div>
          )}
          {detail && main === 'review' && <ModeSwitch />}
          <span className="spacer" />
          {detail && (
            <PanelToggle what="review" label="Checks" collapsed={reviewCollapsed} keys={'Ctrl+Shift+\\'} onToggle={setReviewCollapsed} side="right" />
          )}
        </div>
        </div>
        <ImportPanel />
        {main === 'library-people' && (
          <section className="main-view" aria-label="People in the library" data-testid="main-people">
            <PeopleView />
          </section>
        )}
        {detail === null ? (
          main === 'empty' && <FirstRun />
        ) : (
          <>
            <article className="story" hidden={main !== 'review'}>
              <NotesBox notes={detail.version.article.notes} />
              <StoryEditor />
            </article>
            {main === 'people' && (
              <section className="main-view" role="tabpanel" aria-label="People in this story">
                <PeoplePanel />
              </section>
            )}
            {main === 'claims' && (
              <section className="main-view" role="tabpanel" aria-label="Claims in this story">
                <ClaimsPanel onShow={() => setTab('review')} />
              </section>
            )}
            {main === 'versions' && (
              <section className="main-view" role="tabpanel" aria-label="Versions">
                <VersionsPanel />
              </section>
            )}
          </>
        )}
      </main>
      {detail && (
        <aside className="right-panel" aria-label="Review" hidden={reviewCollapsed}>
          <ReviewStateControl />
          <AnnotationCard />
          <ChecksPanel />
        </aside>
      )}
      <Overlays />
      <ContextMenu />
      <Toasts toasts={toasts} onDismiss={dismissToast} />
    </div>
  )
}

/** Folds or unfolds a side panel; its title names the key, as this platform writes it. */
function PanelToggle(props: { what: 'library' | 'review'; label: string; collapsed: boolean; keys: string; side: 'left' | 'right'; onToggle: (collapsed: boolean) => void }) {
  const { collapsed, label } = props
  const name = label.toLowerCase()
  const arrow = (props.side === 'left') === collapsed ? '⇥' : '⇤'
  return (
    <button
      type="button"
      className="panel-toggle"
      aria-pressed={!collapsed}
      aria-label={`${collapsed ? 'Show' : 'Hide'} the ${name}`}
      title={`${collapsed ? 'Show' : 'Hide'} the ${name} (${shortcutLabel(props.keys)})`}
      data-testid={`toggle-${props.what}`}
      onClick={() => props.onToggle(!collapsed)}
    >
      {props.side === 'left' ? arrow : null}
      <span className="panel-toggle-label">{label}</span>
      {props.side === 'right' ? arrow : null}
    </button>
  )
}

/** In the library pane while its People view fills the main pane. */
function PeopleInMain({ onShow }: { onShow: () => void }) {
  return (
    <div className="people-in-main hint">
      <p>The people of the library are in the main pane.</p>
      <button type="button" onClick={onShow}>
        Show them
      </button>
    </div>
  )
}
