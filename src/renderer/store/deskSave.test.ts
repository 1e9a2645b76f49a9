// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { buildArticle } from '../../core/article/build'
import { analyze } from '../../core/analysis/analyze'
import type { StoryDetail } from '../../shared/dto'

// What holds an editor's work, through the store's public actions against a fake Node side that keeps what it
// was sent (records by id), can refuse a save, and can hold an answer back.
const db = new Map<string, Annotation>()
const sent: string[] = []
let refuse: ((channel: string, input: unknown) => string | null) | null = null
let hold: Promise<void> | null = null

vi.mock('../lib/api', () => ({
  call: vi.fn(async (channel: string, input: unknown) => {
    sent.push(channel)
    if (hold) await hold
    const why = refuse?.(channel, input) ?? null
    if (why) return { ok: false, error: { code: 'io', message: why } }
    if (channel === 'annotations:save') {
      const a = (input as { annotation: Annotation }).annotation
      db.set(a.id, { ...a, author: 'desk', createdAt: 'c', updatedAt: 'u' })
      return { ok: true, value: db.get(a.id) }
    }
    if (channel === 'annotations:delete') {
      // As the Node side: a suggestion goes only once an edit has stored it orphaned.
      const gone = db.get((input as { id: string }).id)
      if (gone?.origin === 'auto' && gone.anchor !== 'orphaned') return { ok: false, error: { code: 'conflict', message: 'words still in the text' } }
      return { ok: true, value: { deleted: db.delete((input as { id: string }).id) } }
    }
    if (channel === 'annotations:saveDocument') {
      for (const a of (input as { anchors: { id: string; anchor: Annotation['anchor'] }[] }).anchors) {
        const r = db.get(a.id)
        if (r) db.set(a.id, { ...r, anchor: a.anchor })
      }
      return { ok: true, value: { savedAt: 'now', openFindings: 1 } }
    }
    if (channel === 'annotations:list') return { ok: true, value: { versionId: 'v1', annotations: [...db.values()], dismissed: [] } }
    if (channel === 'stories:get') return { ok: true, value: detail }
    if (channel === 'stories:query') return { ok: true, value: { items: [], total: 0 } }
    return { ok: true, value: null }
  }),
}))

const { useStore } = await import('./index')
const { setCurrentEditor } = await import('../features/editor/bridge')

const article = buildArticle({ format: 'text', headline: 'Mayor speaks', paragraphs: ['"We will build it," the mayor said.'] })
const at = (words: string) => article.text.indexOf(words)
const record = (id: string, kind: Annotation['kind'], words: string): Annotation => ({
  id, storyId: 'st', versionId: 'v1', kind, origin: 'auto', start: at(words), end: at(words) + words.length,
  selector: { exact: words, prefix: '', suffix: '' }, status: kind === 'claim' ? 'unverified' : kind === 'quote' ? 'unchecked' : null,
  decision: null, speaker: kind === 'quote' ? 'the mayor' : null, attribution: null, cue: null, note: null, evidence: [],
  suggestionId: null, anchor: 'exact', author: 'wiremark', createdAt: 't', updatedAt: 't',
})
const detail: StoryDetail = {
  story: { id: 'st', headline: 'Mayor speaks', source: null, dateline: null, format: 'text', importedAt: 't', updatedAt: 't', state: 'new', openFindings: 0, versions: 1 },
  version: { id: 'v1', storyId: 'st', number: 1, importedAt: 't', fileName: null, article },
  annotations: [],
  analysis: analyze(article),
  dismissed: [],
}
const SUGGESTIONS = [record('q1', 'quote', 'We will build it'), record('p1', 'speaker', 'the mayor'), record('c1', 'claim', 'We will build it,'), record('r1', 'credit', 'Mayor')]

/** The decision record the store keeps beside a suggestion (the editor's changes to it). */
const decisionOn = (id: string) => [...db.values()].find((r) => r.suggestionId === id)

async function openFresh() {
  db.clear()
  for (const s of SUGGESTIONS) db.set(s.id, s)
  await useStore.getState().openStory('st')
  sent.length = 0
}

describe('the desk keeps every field an editor sets', () => {
  beforeEach(async () => {
    refuse = null
    hold = null
    await openFresh()
  })

  it('saves a note typed on a quote, a person, a claim and a credit card, and finds each after a reload', async () => {
    // One card after another, each left as soon as its note is typed.
    for (const s of SUGGESTIONS) useStore.getState().draftNote(s.id, `note on ${s.kind}`)
    // A note being typed counts as unsaved at once.
    expect(useStore.getState().saveState).toBe('dirty')
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('saved')
    for (const s of SUGGESTIONS) expect(decisionOn(s.id)?.note).toBe(`note on ${s.kind}`)
    await useStore.getState().openStory('st')
    for (const s of SUGGESTIONS) expect(useStore.getState().records[decisionOn(s.id)!.id]?.note).toBe(`note on ${s.kind}`)
  })

  it("saves a claim's evidence links and an editor's speaker on a suggestion", async () => {
    useStore.getState().updateAnnotation('c1', { evidence: ['https://example.org/budget.pdf'], status: 'disputed' })
    useStore.getState().updateAnnotation('q1', { speaker: 'Jane Roe', decision: 'accepted' })
    await useStore.getState().flush()
    expect(decisionOn('c1')).toMatchObject({ evidence: ['https://example.org/budget.pdf'], status: 'disputed', origin: 'editor' })
    expect(decisionOn('q1')).toMatchObject({ speaker: 'Jane Roe', decision: 'accepted' })
    // The suggestions themselves stay as the analysis made them.
    expect(db.get('q1')?.speaker).toBe('the mayor')
  })

  it('says "Not saved" when the Node side refuses a record, keeps it, and saves it on the next try', async () => {
    refuse = (channel) => (channel === 'annotations:save' ? 'disk full' : null)
    useStore.getState().updateAnnotation('q1', { decision: 'rejected' })
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('error')
    expect(decisionOn('q1')).toBeUndefined()
    refuse = null
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('saved')
    expect(decisionOn('q1')?.decision).toBe('rejected')
  })

  it('does not say "Saved" while a change made during the save is still unsent', async () => {
    let release = () => {}
    hold = new Promise<void>((r) => (release = r))
    useStore.getState().updateAnnotation('q1', { decision: 'accepted' })
    const first = useStore.getState().flush()
    await Promise.resolve()
    useStore.getState().draftNote('p1', 'typed while the save was on its way')
    useStore.getState().commitNoteDraft()
    hold = null
    release()
    await first
    expect(useStore.getState().saveState).toBe('dirty')
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('saved')
    expect(decisionOn('p1')?.note).toBe('typed while the save was on its way')
  })

  it('turns a typed quote into a suggestion after the analysis, and retires a suggestion whose words were deleted', async () => {
    // The editor: every new mark is placed (the words are where the analysis saw them).
    const placedMarks: string[] = []
    setCurrentEditor({
      dispatchCommand: (_cmd: unknown, payload: { marks: { id: string }[]; placed: string[] }) => {
        for (const m of payload.marks) {
          payload.placed.push(m.id)
          placedMarks.push(m.id)
        }
        return true
      },
    } as never)
    const typed = '"We will build it," the mayor said. "The bridge opens in May," said Ana Ruiz, the city engineer.'
    const text = `Mayor speaks\n\n${typed}`
    const span = (words: string) => ({ start: text.indexOf(words), end: text.indexOf(words) + words.length })
    // q1's words are still there; c1's mark went with an edit (it is not in the snapshot).
    const snapshot = {
      blocks: [{ kind: 'headline' as const, text: 'Mayor speaks' }, { kind: 'paragraph' as const, text: typed }],
      text,
      spans: new Map([['q1', span('We will build it')], ['p1', span('the mayor')], ['r1', span('Mayor')]]),
    }
    // The analysis comes back before any save: c1 is retired while the library still has it where it was.
    useStore.getState().documentChanged(snapshot)
    useStore.getState().reanalyze(snapshot)
    await vi.waitFor(() => expect(Object.values(useStore.getState().records).some((r) => r.selector.exact === 'The bridge opens in May,')).toBe(true))
    const fresh = Object.values(useStore.getState().records).find((r) => r.selector.exact === 'The bridge opens in May,')!
    expect(fresh).toMatchObject({ kind: 'quote', origin: 'auto', speaker: 'Ana Ruiz' })
    expect(placedMarks).toContain(fresh.id)
    expect(useStore.getState().records.c1).toBeUndefined()
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('saved')
    expect(db.get(fresh.id)?.origin).toBe('auto')
    expect(db.has('c1')).toBe(false)
    // Untouched marks keep their records.
    expect(db.get('q1')).toBeDefined()
    setCurrentEditor(null)
  })
})
