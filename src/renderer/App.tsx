import { useEffect, useState } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Toasts } from './components/Toasts'
import { onEvent } from './lib/api'
import { ContextMenu } from './features/desk/ContextMenu'
import { openExportDialog } from './features/export/exporting'
import { ImportPanel } from './features/import/ImportPanel'
import { onDeskKey } from './features/desk/actions'
import { AnnotationCard } from './features/desk/AnnotationCard'
import { ChecksPanel } from './features/desk/ChecksPanel'
import { NotesBox } from './features/desk/NotesBox'
import { Overlays } from './features/desk/Overlays'
import { PeoplePanel } from './features/desk/PeoplePanel'
import { Toolbar } from './features/desk/Toolbar'
import { StoryEditor } from './features/editor/StoryEditor'
import { installImportListeners } from './features/import/importing'
import { LibrarySidebar } from './features/library/LibrarySidebar'
import { ReviewStateControl } from './features/library/ReviewStateControl'
import { PeopleView } from './features/people-view/PeopleView'
import { SearchPanel } from './features/search/SearchPanel'
import { VersionsPanel } from './features/versions/VersionsPanel'
import { useStore } from './store'

type Tab = 'review' | 'people' | 'versions'

export function App() {
  const loadLibrary = useStore((s) => s.loadLibrary)
  const loaded = useStore((s) => s.libraryLoaded)
  const detail = useStore((s) => s.detail)
  const opening = useStore((s) => s.opening)
  const seq = useStore((s) => s.openSeq)
  const toasts = useStore(useShallow((s) => s.toasts))
  const dismissToast = useStore((s) => s.dismissToast)
  const [tab, setTab] = useState<Tab>('review')

  useEffect(() => {
    void loadLibrary()
  }, [loadLibrary])
  useEffect(() => installImportListeners(), [])
  // The desktop menu's File > Export… (Ctrl+E there) opens the export dialog.
  useEffect(
    () =>
      onEvent((e) => {
        if (e.type === 'menu:export') openExportDialog()
      }),
    [],
  )
  useEffect(() => {
    window.addEventListener('keydown', onDeskKey)
    return () => window.removeEventListener('keydown', onDeskKey)
  }, [])

  return (
    <div className="app" data-ready={loaded ? 'true' : 'false'}>
      <LibrarySidebar search={<SearchPanel />} people={<PeopleView />} />
      <main
        className="editor-area"
        aria-label="Story"
        aria-busy={opening}
        data-story-id={detail?.story.id ?? ''}
        data-open-seq={seq}
        data-story-ready={detail && !opening ? 'true' : 'false'}
      >
        <Toolbar />
        <ImportPanel />
        {detail === null ? (
          <div className="empty-state" data-testid="empty-state">
            <h1>Wiremark</h1>
            <p>Paste or drop wire copy here, or use File &gt; Import.</p>
            <p className="hint">Wiremark marks every quote, speaker, claim and credit, and lists what needs checking.</p>
          </div>
        ) : (
          <article className="story">
            <NotesBox notes={detail.version.article.notes} />
            <StoryEditor />
          </article>
        )}
      </main>
      <aside className="right-panel" aria-label="Review">
        {detail && (
          <>
            <ReviewStateControl />
            <div className="tabs" role="tablist" aria-label="Panels">
              <button type="button" role="tab" aria-selected={tab === 'review'} onClick={() => setTab('review')}>
                Review
              </button>
              <button type="button" role="tab" aria-selected={tab === 'people'} onClick={() => setTab('people')}>
                People
              </button>
              <button type="button" role="tab" aria-selected={tab === 'versions'} onClick={() => setTab('versions')} data-testid="tab-versions">
                Versions{detail.story.versions > 1 ? ` (${detail.story.versions})` : ''}
              </button>
            </div>
            {tab === 'review' ? (
              <div role="tabpanel" aria-label="Review">
                <AnnotationCard />
                <ChecksPanel />
              </div>
            ) : tab === 'people' ? (
              <div role="tabpanel" aria-label="People">
                <PeoplePanel />
              </div>
            ) : (
              <div role="tabpanel" aria-label="Versions">
                <VersionsPanel />
              </div>
            )}
          </>
        )}
      </aside>
      <Overlays />
      <ContextMenu />
      <Toasts toasts={toasts} onDismiss={dismissToast} />
    </div>
  )
}
