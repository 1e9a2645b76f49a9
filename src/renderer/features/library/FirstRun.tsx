import { isDesktop } from '../../lib/api'
import { shortcutLabel } from '../../lib/platform'
import { SAMPLE_STORY } from '../../lib/sample'
import { useStore } from '../../store'
import { filtersActive } from '../../store/libraryList'
import { importText } from '../import/importing'
import '../../styles/checks.css'

/** Opens the sample story the way a paste would: the same import, then the desk. */
export const openSampleStory = () => importText(SAMPLE_STORY.text, SAMPLE_STORY.name)

/**
 * The main pane before a story is open. An empty library says how to start (paste, Import…, or the sample
 * story); the desktop app's File menu is named only where there is one.
 */
export function FirstRun() {
  const loaded = useStore((s) => s.libraryLoaded)
  const total = useStore((s) => s.listTotal)
  const filtered = useStore((s) => filtersActive(s.listFilters))
  const importing = useStore((s) => s.importing)
  const empty = loaded && total === 0 && !filtered
  const paste = shortcutLabel('Ctrl+V')
  return (
    <div className="empty-state" data-testid="empty-state" data-library-empty={empty ? 'true' : 'false'}>
      <h1>{empty ? 'Start with a story' : 'Wiremark'}</h1>
      {empty ? (
        <>
          <p>Paste or drop wire copy here ({paste}), and Wiremark marks every quote, speaker, claim and credit, and lists what needs checking.</p>
          <div className="first-run-actions">
            <button type="button" onClick={() => document.getElementById('import-input')?.click()} disabled={importing}>
              Import…
            </button>
            <button type="button" onClick={() => void openSampleStory()} disabled={importing} data-testid="open-sample">
              Open a sample story
            </button>
          </div>
          <p className="hint">
            Import reads text, saved web pages, NewsML-G2, NITF, ninjs, ANPA, IPTC 7901 and Word files
            {isDesktop() ? '; File > Import Folder… takes a whole folder.' : '.'}
          </p>
        </>
      ) : (
        <>
          <p>Open a story from the library, or paste or drop wire copy here ({paste}).</p>
          <p className="hint">Wiremark marks every quote, speaker, claim and credit, and lists what needs checking.</p>
        </>
      )}
    </div>
  )
}
