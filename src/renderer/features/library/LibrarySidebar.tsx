import { useShallow } from 'zustand/react/shallow'
import { useStore } from '../../store'

export function LibrarySidebar() {
  const stories = useStore(useShallow((s) => s.stories))
  const selected = useStore((s) => s.selectedStoryId)
  const open = useStore((s) => s.openStory)
  return (
    <nav className="library" aria-label="Library">
      <header className="library-header">
        <span className="brand">Wiremark</span>
        <span className="count" data-testid="story-count">
          {stories.length} {stories.length === 1 ? 'story' : 'stories'}
        </span>
      </header>
      {stories.length === 0 ? (
        <p className="library-empty">No stories yet.</p>
      ) : (
        <ul role="listbox" aria-label="Stories">
          {stories.map((s) => (
            <li
              key={s.id}
              role="option"
              tabIndex={0}
              aria-selected={s.id === selected}
              data-story-id={s.id}
              data-open-findings={s.openFindings}
              onClick={() => void open(s.id)}
              onKeyDown={(e) => e.key === 'Enter' && void open(s.id)}
            >
              <span className="headline">{s.headline ?? '(no headline)'}</span>
              <span className="meta">
                {s.source ?? 'unknown source'} · <span data-testid="open-findings">{s.openFindings} open</span>
              </span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
