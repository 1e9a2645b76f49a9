import { useMemo } from 'react'
import type { Annotation } from '../../../core/annotation/types'
import { useStore } from '../../store'
import { deskAnnotationsOf } from '../../store/effective'
import { useStoreWith } from '../../store/select'
import { currentEditor } from '../editor/bridge'
import { JUMP_TO } from '../editor/commands'
import { kindWord, listClaims } from './claimsList'
import { lastOf, sameAnnotationsShown } from './shown'

const claimsOf = lastOf((records: Record<string, Annotation>) => [...deskAnnotationsOf(records).values()].filter((a) => a.kind === 'claim'))
const sameClaimsShown = (a: readonly Annotation[], b: readonly Annotation[]) =>
  sameAnnotationsShown(a, b) && a.every((x, i) => x.status === b[i]!.status && x.decision === b[i]!.decision && x.anchor === b[i]!.anchor)

/**
 * The story's claims, most check-worthy first (a figure with no source above a date in a quote), each with the
 * kind of check it needs, whose it is and its status. A row shows the claim's words in the story and opens its card.
 */
export function ClaimsPanel({ onShow }: { onShow: () => void }) {
  const claims = useStoreWith((s) => claimsOf(s.records), sameClaimsShown)
  const ranks = useStore((s) => s.analysis?.claims)
  const list = useMemo(() => listClaims(claims, ranks), [claims, ranks])
  const open = (a: Annotation) => {
    onShow()
    useStore.getState().setActive(a.id)
    // (After the story is in sight again: a jump into a hidden text would scroll nothing.)
    setTimeout(() => currentEditor()?.dispatchCommand(JUMP_TO, { start: a.start, end: a.end }), 0)
  }
  return (
    <section className="claims-list" aria-label="Claims" data-testid="claims">
      <h2>
        Claims <span className="count">{list.length}</span>
      </h2>
      {list.length === 0 ? (
        <p className="empty">No claims in this story. Select words and press C to mark one.</p>
      ) : (
        <ol>
          {list.map((c) => {
            const a = c.annotation
            return (
              <li key={a.id} data-claim={a.id} data-kind={c.kind ?? 'yours'} data-checkworthiness={c.checkworthiness ?? ''}>
                <button type="button" onClick={() => open(a)} title="Show it in the story">
                  <span className={`claim-kind${a.speaker ? '' : ' is-unsourced'}`}>{kindWord(c)}</span>
                  <q>{a.selector.exact}</q>
                  <span className="claim-meta">
                    {a.speaker ? `attributed to ${a.speaker}` : "in the reporter's own voice"}
                    {a.status && a.status !== 'unverified' ? ` · ${a.status}` : ''}
                    {c.checkworthiness !== null ? ` · check-worthiness ${c.checkworthiness.toFixed(2)}` : ' · marked by hand'}
                  </span>
                </button>
              </li>
            )
          })}
        </ol>
      )}
    </section>
  )
}
