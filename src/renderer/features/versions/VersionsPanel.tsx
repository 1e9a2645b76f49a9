import { useEffect, useState } from 'react'
import type { Annotation } from '../../../core/annotation/types'
import type { DiffPart, VersionDiff, VersionInfo } from '../../../shared/dto/library'
import { call } from '../../lib/api'
import { useStore } from '../../store'
import { deskAnnotationsOf } from '../../store/effective'
import { useStoreWith } from '../../store/select'
import { lastOf, sameAnnotationsShown } from '../desk/shown'
import '../../styles/library.css'

/** Unchanged text longer than this is shortened to its ends in the diff. */
const KEEP_EQUAL = 320
const EDGE = 140

const dateOf = (iso: string) => {
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString(undefined, { dateStyle: 'short', timeStyle: 'short' })
}

function DiffText({ parts }: { parts: readonly DiffPart[] }) {
  return (
    <div className="diff" data-testid="diff">
      {parts.map((p, i) => {
        if (p.op === 'insert') return <ins key={i}>{p.text}</ins>
        if (p.op === 'delete') return <del key={i}>{p.text}</del>
        if (p.text.length <= KEEP_EQUAL) return <span key={i}>{p.text}</span>
        // Cut at spaces, so that no word is shown in halves.
        const head = i === 0 ? '' : p.text.slice(0, p.text.lastIndexOf(' ', EDGE) + 1 || EDGE)
        const tailAt = p.text.indexOf(' ', p.text.length - EDGE)
        const tail = i === parts.length - 1 ? '' : p.text.slice(tailAt < 0 ? p.text.length - EDGE : tailAt)
        return (
          <span key={i}>
            {head}
            <span className="diff-skip" title={`${p.text.length - head.length - tail.length} unchanged characters`}>
              {' '}
              …{' '}
            </span>
            {tail}
          </span>
        )
      })}
    </div>
  )
}

/** Orphans: annotations that could not be placed on this version. Listed with the text they had, never dropped. */
const orphansOf = lastOf((records: Record<string, Annotation>) => [...deskAnnotationsOf(records).values()].filter((a) => a.anchor === 'orphaned'))

/** The open story's versions (with how the annotations were carried over), the diff of two of them, and the orphans. */
export function VersionsPanel() {
  const storyId = useStore((s) => s.detail?.story.id ?? null)
  const count = useStore((s) => s.detail?.story.versions ?? 0)
  const seq = useStore((s) => s.openSeq)
  // Typing moves records (never an orphan): the list re-renders only when the orphans it shows change.
  const orphans = useStoreWith((s) => orphansOf(s.records), sameAnnotationsShown)
  const [versions, setVersions] = useState<VersionInfo[] | null>(null)
  const [pair, setPair] = useState<{ from: string; to: string } | null>(null)
  const [diff, setDiff] = useState<VersionDiff | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    if (!storyId) return
    let live = true
    setVersions(null)
    setDiff(null)
    setPair(null)
    void call('stories:versions', { storyId }).then((r) => {
      if (!live) return
      if (!r.ok) return setError(r.error.message)
      setVersions(r.value)
      const last = r.value[r.value.length - 1]
      const before = r.value[r.value.length - 2]
      if (last && before) setPair({ from: before.id, to: last.id })
    })
    return () => {
      live = false
    }
  }, [storyId, seq, count])

  useEffect(() => {
    if (!storyId || !pair) return
    let live = true
    void call('stories:diff', { storyId, fromVersionId: pair.from, toVersionId: pair.to }).then((r) => {
      if (!live) return
      if (!r.ok) return setError(r.error.message)
      setDiff(r.value)
    })
    return () => {
      live = false
    }
  }, [storyId, pair])

  if (!storyId) return null
  const ready = versions !== null && (pair === null || diff !== null)

  return (
    <section className="versions" aria-label="Versions" data-testid="versions" data-ready={ready ? 'true' : 'false'}>
      <h2>Versions</h2>
      {error && <p className="export-error" role="alert">{error}</p>}
      {versions && (
        <table className="versions-table">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Agency</th>
              <th scope="col">Imported</th>
              <th scope="col" title="Annotations carried over: exact, moved, changed, orphaned">Anchors</th>
              <th scope="col">
                <span className="sr-only">Compare</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.id} data-version={v.number} aria-current={pair?.to === v.id ? 'true' : undefined}>
                <td>{v.number}</td>
                <td>{v.agencyVersion ?? '—'}</td>
                <td title={v.fileName ?? ''}>{dateOf(v.importedAt)}</td>
                <td className="anchor-counts">
                  <span title="exact">{v.anchors.exact}</span>/<span title="moved">{v.anchors.moved}</span>/
                  <span title="changed">{v.anchors.changed}</span>/
                  <span title="orphaned" className={v.anchors.orphaned > 0 ? 'sev-warning' : ''}>
                    {v.anchors.orphaned}
                  </span>
                </td>
                <td>
                  {v.number > 1 && (
                    <button
                      type="button"
                      className="link"
                      aria-pressed={pair?.to === v.id}
                      onClick={() => {
                        const prev = versions.find((p) => p.number === v.number - 1)
                        if (prev) setPair({ from: prev.id, to: v.id })
                      }}
                    >
                      diff
                    </button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {versions && versions.length > 1 && <p className="versions-legend hint">Anchors: exact / moved / changed / orphaned annotations carried onto the version.</p>}
      {versions && versions.length < 2 && <p className="hint">One version. A write-through or correction of this story will show here with its changes.</p>}
      {diff && (
        <>
          <p className="diff-summary" data-testid="diff-summary">
            Version {diff.from.number} → {diff.to.number}: <span className="diff-ins">+{diff.wordsInserted}</span> words,{' '}
            <span className="diff-del">−{diff.wordsDeleted}</span> words
          </p>
          <DiffText parts={diff.parts} />
        </>
      )}
      {orphans.length > 0 && (
        <div className="orphans" data-testid="orphans">
          <h3>Not placed on this version ({orphans.length})</h3>
          <p className="hint">Their text was not found in the new version. They are kept here with the text they had.</p>
          <ul>
            {orphans.map((a) => (
              <li key={a.id} className="orphan">
                <span className={`chip k-${a.kind}`}>{a.kind}</span> <q>{a.selector.exact}</q>
                {a.note ? <span className="hint"> — {a.note}</span> : null}
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  )
}
