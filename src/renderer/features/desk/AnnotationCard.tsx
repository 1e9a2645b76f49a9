import { useEffect, useMemo, useState } from 'react'
import { deskAnnotationsOf } from '../../store/effective'
import { CLAIM_STATUSES, type Annotation, type AnnotationKind } from '../../../core/annotation/types'
import { useStore } from '../../store'
import { useStoreWith } from '../../store/select'
import { removeMark } from './actions'
import { adjustingText } from './adjust'
import { SpeakerPicker } from './SpeakerPicker'
import { namedPeople, sameOnCard, sameStrings } from './shown'

export const KIND_LABEL: Record<AnnotationKind, string> = {
  quote: 'Quote',
  speaker: 'Person',
  claim: 'Claim',
  credit: 'Credit',
  note: 'Note',
}

/** What the card calls the person a mark is about ("Speaker", a claim's "Source"); null for a kind without one. */
export function speakerWord(kind: AnnotationKind): 'Speaker' | 'Source' | null {
  return kind === 'claim' ? 'Source' : kind === 'quote' || kind === 'speaker' ? 'Speaker' : null
}

/** The card of the mark under the cursor: decide, set the speaker, the claim's status, evidence and a note. */
export function AnnotationCard() {
  // Typing moves the active mark's record; the card re-renders only when what it shows changes.
  const a = useStoreWith((s) => (s.activeId ? (deskAnnotationsOf(s.records).get(s.activeId) ?? null) : null), sameOnCard)
  const askSpeaker = useStore((s) => s.askSpeakerFor)
  const askNote = useStore((s) => s.askNoteFor)
  if (!a) return <NoMarkCard />
  return <Card key={a.id} a={a} askSpeaker={askSpeaker === a.id} askNote={askNote === a.id} />
}

/**
 * No mark is active. A selected finding that no mark covers ("No dateline") is shown itself, with word that A, X
 * and S have no mark to act on here; with no finding either, how to pick one.
 */
function NoMarkCard() {
  const finding = useStore((s) => s.findings[s.activeFinding] ?? null)
  if (finding) {
    return (
      <section className="card card-empty card-finding" aria-label="Finding" tabIndex={-1} data-testid="card-no-mark">
        <p className="card-finding-message">{finding.message}</p>
        <p className="hint">
          No mark here: no mark covers these words, so <kbd>A</kbd>, <kbd>X</kbd> and <kbd>S</kbd> act on nothing. <kbd>Enter</kbd> shows the
          words, <kbd>D</kbd> dismisses the finding.
        </p>
      </section>
    )
  }
  return (
    <section className="card card-empty" aria-label="Annotation" tabIndex={-1}>
      <p>Click a mark, or move the cursor onto one, to review it here.</p>
      <p className="hint">Select words and press Q, C, P, R or N to mark them yourself.</p>
    </section>
  )
}

/** The focus back on the card, where the single keys act on this mark. */
const backToCard = () => setTimeout(() => document.querySelector<HTMLElement>('.card')?.focus(), 0)

function Card({ a, askSpeaker, askNote }: { a: Annotation; askSpeaker: boolean; askNote: boolean }) {
  const update = useStore((s) => s.updateAnnotation)
  const draftNote = useStore((s) => s.draftNote)
  const commitNoteDraft = useStore((s) => s.commitNoteDraft)
  // A note being typed is kept when the card goes (another mark made active, the story closed).
  useEffect(() => () => commitNoteDraft(), [commitNoteDraft])
  // Every analysis makes new people; the picker changes only when their names do.
  const people = useStoreWith((s) => namedPeople(s.analysis?.people), sameStrings)
  const speakers = useMemo(() => {
    const names = new Set(people)
    for (const r of Object.values(useStore.getState().records)) if (r.speaker) names.add(r.speaker)
    if (a.speaker) names.add(a.speaker)
    return [...names].sort()
  }, [people, a.speaker])
  const [newPerson, setNewPerson] = useState<string | null>(askSpeaker && speakers.length === 0 ? '' : null)
  const [link, setLink] = useState('')
  const [note, setNote] = useState(a.note ?? '')
  const handMade = a.origin === 'editor' && !a.suggestionId
  const decision = a.decision ?? (handMade ? 'accepted' : null)
  const word = speakerWord(a.kind)

  const addEvidence = () => {
    const url = link.trim()
    if (!url) return
    update(a.id, { evidence: [...a.evidence, url] })
    setLink('')
  }

  return (
    <section className={`card card-${a.kind}`} aria-label={`${KIND_LABEL[a.kind]} annotation`} tabIndex={-1} data-testid="card" data-annotation-id={a.id}>
      <header className="card-head">
        <span className={`chip k-${a.kind}`}>{KIND_LABEL[a.kind]}</span>
        {a.nonPublic ? (
          <span className="card-origin" title="A comment the imported file carried on these words: for the desk only, never exported">
            {a.author}’s comment · not for publication
          </span>
        ) : (
          <span className="card-origin" title={handMade ? 'A mark you made' : "Wiremark's suggestion: your decision is kept beside it"}>
            {handMade ? 'yours' : 'suggested'}
          </span>
        )}
        <span className="card-decision" data-testid="card-decision">
          {decision ?? 'undecided'}
        </span>
      </header>
      <blockquote className="card-exact">{a.selector.exact}</blockquote>
      <AdjustPreview id={a.id} />
      {!handMade && (
        <div className="card-actions" role="group" aria-label="Decision">
          <button type="button" aria-pressed={a.decision === 'accepted'} onClick={() => update(a.id, { decision: 'accepted' })}>
            Accept <kbd>A</kbd>
          </button>
          <button type="button" aria-pressed={a.decision === 'rejected'} onClick={() => update(a.id, { decision: 'rejected' })}>
            Reject <kbd>X</kbd>
          </button>
        </div>
      )}
      {word && (
        <div className="field">
          <span id="speaker-label">
            {word} <kbd>S</kbd>
          </span>
          {newPerson === null ? (
            <SpeakerPicker
              value={a.speaker}
              choices={speakers}
              asks={askSpeaker}
              onPick={(speaker) => update(a.id, { speaker })}
              onNewPerson={() => setNewPerson('')}
              onLeave={backToCard}
              labelledBy="speaker-label"
              listLabel={word === 'Source' ? 'Sources' : 'Speakers'}
            />
          ) : (
            <input
              id="speaker-picker"
              aria-labelledby="speaker-label"
              autoFocus
              placeholder="Full name, then Enter"
              value={newPerson}
              onChange={(e) => setNewPerson(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' && newPerson.trim()) {
                  update(a.id, { speaker: newPerson.trim() })
                  setNewPerson(null)
                }
                if (e.key === 'Escape') {
                  setNewPerson(null)
                  backToCard()
                }
              }}
            />
          )}
        </div>
      )}
      {a.kind === 'quote' && a.cue && <p className="hint">Cue: “{a.cue}” · attribution {a.attribution ?? 'none'}</p>}
      {a.kind === 'claim' && (
        <>
          <fieldset className="field statuses" aria-label="Claim status">
            <legend>Status</legend>
            {CLAIM_STATUSES.map((s) => (
              <label key={s} className={`status status-${s}`}>
                <input type="radio" name="claim-status" value={s} checked={(a.status ?? 'unverified') === s} onChange={() => update(a.id, { status: s })} />
                {s}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <span>Evidence</span>
            <ul className="evidence">
              {a.evidence.map((url, i) => (
                <li key={`${i}-${url}`}>
                  <a href={url} target="_blank" rel="noreferrer">
                    {url}
                  </a>
                  <button type="button" aria-label={`Remove ${url}`} onClick={() => update(a.id, { evidence: a.evidence.filter((_, j) => j !== i) })}>
                    ×
                  </button>
                </li>
              ))}
            </ul>
            <div className="row">
              <input
                aria-label="Evidence link"
                placeholder="https://…"
                value={link}
                onChange={(e) => setLink(e.target.value)}
                onKeyDown={(e) => e.key === 'Enter' && addEvidence()}
              />
              <button type="button" onClick={addEvidence}>
                Add
              </button>
            </div>
          </div>
        </>
      )}
      <label className="field">
        <span>Note</span>
        <textarea
          aria-label="Note"
          rows={3}
          value={note}
          autoFocus={askNote}
          onChange={(e) => {
            setNote(e.target.value)
            draftNote(a.id, e.target.value)
          }}
          onBlur={commitNoteDraft}
        />
      </label>
      {handMade && (
        <button type="button" className="danger" onClick={() => removeMark(a.id)}>
          Remove this mark
        </button>
      )}
    </section>
  )
}

/** While the boundaries are being adjusted: the words they cover now, and how to keep or drop them. */
function AdjustPreview({ id }: { id: string }) {
  const adjusting = useStore((s) => (s.adjusting?.id === id ? s.adjusting : null))
  if (!adjusting) {
    return (
      <p className="hint adjust-hint">
        Boundaries: <kbd>Shift+←/→</kbd> end, <kbd>Alt+Shift+←/→</kbd> start, <kbd>Ctrl</kbd> by a word
      </p>
    )
  }
  return (
    <div className="adjusting" role="status" data-testid="adjusting" data-start={adjusting.start} data-end={adjusting.end}>
      <span className="hint">New boundaries:</span>
      <blockquote className="card-exact adjusting-exact" data-testid="adjusting-text">
        {adjustingText()}
      </blockquote>
      <span className="hint">
        <kbd>Enter</kbd> keep · <kbd>Esc</kbd> drop
      </span>
    </div>
  )
}
