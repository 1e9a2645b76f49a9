import { useEffect } from 'react'
import { useShallow } from 'zustand/react/shallow'
import { Toasts } from './components/Toasts'
import { LibrarySidebar } from './features/library/LibrarySidebar'
import { useStore } from './store'

export function App() {
  const loadLibrary = useStore((s) => s.loadLibrary)
  const loaded = useStore((s) => s.libraryLoaded)
  const selected = useStore((s) => s.selectedStoryId)
  const toasts = useStore(useShallow((s) => s.toasts))
  const dismissToast = useStore((s) => s.dismissToast)

  useEffect(() => {
    void loadLibrary()
  }, [loadLibrary])

  return (
    <div className="app" data-ready={loaded ? 'true' : 'false'}>
      <LibrarySidebar />
      <main className="editor-area" aria-label="Story">
        {selected === null && (
          <div className="empty-state" data-testid="empty-state">
            <h1>Wiremark</h1>
            <p>Paste or drop wire copy here, or use File &gt; Import.</p>
            <p className="hint">Wiremark marks every quote, speaker, claim and credit, and lists what needs checking.</p>
          </div>
        )}
      </main>
      <aside className="right-panel" aria-label="Checks" />
      <Toasts toasts={toasts} onDismiss={dismissToast} />
    </div>
  )
}
