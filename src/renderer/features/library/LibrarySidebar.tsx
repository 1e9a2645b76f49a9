import { useShallow } from 'zustand/react/shallow'
import { useStore } from '../../store'

export function LibrarySidebar() {
  const stories = useStore(useShallow((s) => s.stories))
  const selected = useStore((s) => s.selectedStoryId)
  const select = useStore((s) => s.selectStory)
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
            <li key={s.id} role="option" aria-selected={s.id === selected} onClick={() => select(s.id)}>
              <span className="headline">{s.headline ?? '(no headline)'}</span>
              <span className="meta">
                {s.source ?? 'unknown source'} · {s.openFindings} open
              </span>
            </li>
          ))}
        </ul>
      )}
    </nav>
  )
}
