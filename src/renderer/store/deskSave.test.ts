// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { buildArticle } from '../../core/article/build'
import { analyze } from '../../core/analysis/analyze'
import type { StoryDetail } from '../../shared/dto'
import type { Finding } from '../../core/analysis/types'

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
    if (channel === 'annotations:dismissFinding') {
      const { key, reason } = input as { key: string; reason: string }
      return { ok: true, value: { key, reason, by: 'Sam Checker', at: '2026-12-07T13:10:00.000Z' } }
    }
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
  // What an earlier test left unsaved goes to the old database, not the fresh one.
  await useStore.getState().flush()
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

  it("saves a claim's evidence links and an editor's speaker on a suggestion, and finds them after a reload", async () => {
    useStore.getState().updateAnnotation('c1', { evidence: ['https://example.org/budget.pdf'], status: 'disputed' })
    useStore.getState().updateAnnotation('q1', { speaker: 'Jane Roe', decision: 'accepted' })
    await useStore.getState().flush()
    expect(decisionOn('c1')).toMatchObject({ evidence: ['https://example.org/budget.pdf'], status: 'disputed', origin: 'editor' })
    expect(decisionOn('q1')).toMatchObject({ speaker: 'Jane Roe', decision: 'accepted' })
    // The suggestions themselves stay as the analysis made them.
    expect(db.get('q1')?.speaker).toBe('the mayor')
    // A reload shows the editor's fields on the marks, and has nothing left to save.
    await useStore.getState().openStory('st')
    const { deskAnnotations } = await import('./effective')
    const shown = deskAnnotations(useStore.getState().records)
    expect(shown.get('c1')).toMatchObject({ evidence: ['https://example.org/budget.pdf'], status: 'disputed' })
    expect(shown.get('q1')).toMatchObject({ speaker: 'Jane Roe', decision: 'accepted' })
    expect(useStore.getState()).toMatchObject({ saveState: 'saved', undoSteps: [], activeId: null, mode: 'review', opening: false })
    sent.length = 0
    await useStore.getState().flush()
    expect(sent).toEqual([])
  })

  it('says why a story cannot be opened, and keeps the one that was open', async () => {
    refuse = (channel) => (channel === 'annotations:list' ? 'database is locked' : null)
    useStore.setState({ toasts: [] })
    const before = useStore.getState().detail
    await useStore.getState().openStory('st')
    expect(useStore.getState().opening).toBe(false)
    expect(useStore.getState().toasts.map((t) => [t.kind, t.message])).toEqual([['error', 'Cannot open the story: database is locked']])
    expect(useStore.getState().detail).toBe(before)
  })

  it('says "Not saved" when the Node side refuses a record, keeps it, and saves it on the next try', async () => {
    refuse = (channel) => (channel === 'annotations:save' ? 'disk full' : null)
    useStore.setState({ toasts: [] })
    useStore.getState().updateAnnotation('q1', { decision: 'rejected' })
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('error')
    expect(useStore.getState().toasts.map((t) => [t.kind, t.message])).toEqual([['error', 'Not saved: disk full. Your changes are kept and saving will be retried.']])
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

  describe('edits that arrive after a save was sent are not called saved', () => {
    const text = article.text
    const spans = new Map(SUGGESTIONS.map((s) => [s.id, { start: s.start, end: s.end }]))
    const snapshot = (t = text) => ({ blocks: [{ kind: 'headline' as const, text: 'Mayor speaks' }, { kind: 'paragraph' as const, text: t.split('\n\n')[1]! }], text: t, spans })
    /** Starts a save of the text and holds the Node side's answer until `release`. */
    const heldSave = async () => {
      let release = () => {}
      hold = new Promise<void>((r) => (release = r))
      useStore.getState().documentChanged(snapshot())
      const saving = useStore.getState().flush()
      await vi.waitFor(() => expect(sent).toContain('annotations:saveDocument'))
      expect(useStore.getState().saveState).toBe('saving')
      return async () => {
        hold = null
        release()
        await saving
      }
    }

    it('a key typed while the text was on its way: "Unsaved changes" until that text is saved', async () => {
      vi.useFakeTimers({ toFake: ['performance'] })
      try {
        const done = await heldSave()
        vi.advanceTimersByTime(5)
        useStore.getState().noteEdit()
        await done()
        expect(useStore.getState().saveState).toBe('dirty')
        // Nothing new to send yet (the editor has not read out the text): still not saved.
        await useStore.getState().flush()
        expect(useStore.getState().saveState).toBe('dirty')
        vi.advanceTimersByTime(5)
        useStore.getState().documentChanged(snapshot(text.replace('said.', 'said today.')))
        await useStore.getState().flush()
        expect(useStore.getState().saveState).toBe('saved')
      } finally {
        vi.useRealTimers()
      }
    })

    it('a text read out while the save was on its way is sent by the next save', async () => {
      const done = await heldSave()
      const later = text.replace('said.', 'said on Monday.')
      useStore.getState().documentChanged(snapshot(later))
      await done()
      expect(useStore.getState().saveState).toBe('dirty')
      sent.length = 0
      await useStore.getState().flush()
      expect(sent.filter((c) => c.startsWith('annotations:'))).toEqual(['annotations:saveDocument'])
      expect(useStore.getState().saveState).toBe('saved')
    })

    it('a note still being typed when the save came back', async () => {
      const done = await heldSave()
      useStore.getState().draftNote('r1', 'typed during the save')
      await done()
      expect(useStore.getState().saveState).toBe('dirty')
      await useStore.getState().flush()
      expect(useStore.getState().saveState).toBe('saved')
      expect(decisionOn('r1')?.note).toBe('typed during the save')
    })

    it('a record deleted while the save was on its way', async () => {
      useStore.getState().updateAnnotation('q1', { decision: 'accepted' })
      let release = () => {}
      hold = new Promise<void>((r) => (release = r))
      const saving = useStore.getState().flush()
      await vi.waitFor(() => expect(sent).toContain('annotations:save'))
      // The decision is undone while its save is on the way: the record goes, and that is not saved yet.
      expect(useStore.getState().undoStep()).toBe('record')
      hold = null
      release()
      await saving
      expect(decisionOn('q1')?.decision).toBe('accepted')
      expect(useStore.getState().saveState).toBe('dirty')
      await useStore.getState().flush()
      expect(useStore.getState().saveState).toBe('saved')
      expect(decisionOn('q1')).toBeUndefined()
    })
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

describe("the desk's other actions on the open story", () => {
  const finding = (rule: Finding['rule'], severity: Finding['severity'], words: string): Finding => ({
    rule, severity, message: `${rule}: ${words}`, excerpt: words, start: at(words), end: at(words) + words.length,
  })
  const FINDINGS = [finding('loaded-verb', 'warning', 'said'), finding('doubtful-speaker', 'info', 'the mayor'), finding('anonymous-source', 'error', 'Mayor')]
  const keys = () => useStore.getState().findings.map((f) => f.rule)

  beforeEach(async () => {
    refuse = null
    hold = null
    await openFresh()
    useStore.setState({ analysis: { ...detail.analysis, findings: FINDINGS }, analysisText: article.text, toasts: [], speakersFirst: false })
    // Any change recomputes the findings from the analysis above.
    useStore.getState().setActiveFinding(0)
    useStore.getState().setSpeakersFirst(false)
  })

  it('dismisses a finding with its reason, keeps the selection in the list, and restores it', async () => {
    expect(keys()).toEqual(['anonymous-source', 'loaded-verb', 'doubtful-speaker'])
    useStore.getState().setActiveFinding(2)
    const key = useStore.getState().findings[2]!.key
    await useStore.getState().dismissFinding(key, 'Named in the caption.')
    expect(sent).toContain('annotations:dismissFinding')
    expect(useStore.getState().dismissed).toEqual([{ key, reason: 'Named in the caption.', by: 'Sam Checker', at: '2026-12-07T13:10:00.000Z' }])
    expect(keys()).toEqual(['anonymous-source', 'loaded-verb'])
    expect(useStore.getState().activeFinding).toBe(1)
    // Dismissed again (a new reason): one record, not two.
    await useStore.getState().dismissFinding(key, 'Named twice.')
    expect(useStore.getState().dismissed.map((d) => d.reason)).toEqual(['Named twice.'])
    await useStore.getState().restoreFinding(key)
    expect(useStore.getState().dismissed).toEqual([])
    expect(keys()).toEqual(['anonymous-source', 'loaded-verb', 'doubtful-speaker'])
    expect(sent.filter((c) => c === 'stories:query').length).toBe(3)
  })

  it('after a dismissal the next finding is selected and its mark is the active one, or none is when no mark covers it', async () => {
    useStore.getState().setActiveFinding(0)
    expect([keys()[0], useStore.getState().activeId]).toEqual(['anonymous-source', 'r1'])
    await useStore.getState().dismissFinding(useStore.getState().findings[0]!.key, 'A credit, not a source.')
    // 'said' is under no mark: the card leaves the dismissed finding's credit.
    expect([keys()[useStore.getState().activeFinding], useStore.getState().activeId]).toEqual(['loaded-verb', null])
    await useStore.getState().dismissFinding(useStore.getState().findings[0]!.key, 'House style allows it.')
    expect([keys()[useStore.getState().activeFinding], useStore.getState().activeId]).toEqual(['doubtful-speaker', 'p1'])
    await useStore.getState().dismissFinding(useStore.getState().findings[0]!.key, 'Named above.')
    expect([keys(), useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([[], -1, null])
  })

  it('opens a story with no finding selected, so that the first J selects the first finding', async () => {
    await openFresh()
    useStore.setState({ analysis: { ...detail.analysis, findings: FINDINGS }, analysisText: article.text })
    await useStore.getState().openStory('st')
    expect(useStore.getState().findings.length).toBeGreaterThan(0)
    expect([useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([-1, null])
    useStore.getState().setActiveFinding(useStore.getState().activeFinding + 1)
    expect(useStore.getState().activeFinding).toBe(0)
  })

  it('says so when a finding cannot be dismissed or restored, and changes nothing', async () => {
    refuse = (channel) => (channel.endsWith('Finding') ? 'read-only database' : null)
    const key = useStore.getState().findings[0]!.key
    await useStore.getState().dismissFinding(key, 'why')
    await useStore.getState().restoreFinding(key)
    expect(useStore.getState().toasts.map((t) => t.message)).toEqual(['The finding was not dismissed: read-only database', 'The finding was not restored: read-only database'])
    expect(keys()).toHaveLength(3)
  })

  it('lists the speakers to confirm first when asked, selects the first of them, remembers it, and on turning it off keeps the selection on its finding', () => {
    useStore.getState().setActiveFinding(1)
    expect(useStore.getState().findings[1]!.rule).toBe('loaded-verb')
    useStore.getState().setSpeakersFirst(true)
    expect(keys()).toEqual(['doubtful-speaker', 'anonymous-source', 'loaded-verb'])
    expect(useStore.getState().activeFinding).toBe(0)
    expect(localStorage.getItem('wiremark-speakers-first')).toBe('1')
    useStore.getState().setActiveFinding(2)
    useStore.getState().setSpeakersFirst(false)
    expect(localStorage.getItem('wiremark-speakers-first')).toBe('0')
    expect(useStore.getState().findings[useStore.getState().activeFinding]!.rule).toBe('loaded-verb')
  })

  it('selects nothing on turning "speakers first" on or off when nothing was selected, or when there is nothing to select', () => {
    useStore.setState({ activeFinding: -1, activeId: null })
    useStore.getState().setSpeakersFirst(false)
    expect([useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([-1, null])
    useStore.setState({ analysis: { ...detail.analysis, findings: [] } })
    useStore.getState().setSpeakersFirst(true)
    expect([useStore.getState().findings, useStore.getState().activeFinding, useStore.getState().activeId]).toEqual([[], -1, null])
    useStore.getState().setActiveFinding(0)
    expect(useStore.getState().activeFinding).toBe(-1)
  })

  it('keeps the selected finding inside the list', () => {
    useStore.getState().setActiveFinding(7)
    expect(useStore.getState().activeFinding).toBe(2)
    useStore.getState().setActiveFinding(-3)
    expect(useStore.getState().activeFinding).toBe(0)
  })

  it("offers as speakers the analysis' people with a name and every speaker the editor typed, once each", () => {
    const people = [
      { id: 'p1', name: 'Ana Ruiz', description: null, aliases: [], kind: 'person' as const, pronoun: null, mentions: [] },
      { id: 'p2', name: '', description: 'a spokesman', aliases: [], kind: 'unnamed' as const, pronoun: null, mentions: [] },
      { id: 'p3', name: 'a witness', description: null, aliases: [], kind: 'unnamed' as const, pronoun: null, mentions: [] },
    ]
    useStore.setState({ analysis: { ...detail.analysis, people } })
    useStore.getState().updateAnnotation('q1', { speaker: 'Jane Roe' })
    useStore.getState().updateAnnotation('c1', { speaker: 'Ana Ruiz' })
    expect(useStore.getState().people().map((p) => [p.id, p.name])).toEqual([['p1', 'Ana Ruiz'], ['p3', 'a witness'], ['added-the mayor', 'the mayor'], ['added-Jane Roe', 'Jane Roe']])
  })

  it("says so when a note's mark is gone before the note could be kept", () => {
    useStore.getState().draftNote('gone', 'a note on nothing')
    useStore.getState().commitNoteDraft()
    expect(useStore.getState().toasts.map((t) => [t.kind, t.message])).toEqual([['error', 'The note could not be kept: its mark is gone from the story.']])
    // An empty note is no note: clearing one that was never set changes nothing.
    useStore.getState().draftNote('q1', '   ')
    useStore.getState().commitNoteDraft()
    expect(decisionOn('q1')).toBeUndefined()
    expect(useStore.getState().undoSteps).toEqual([])
  })
})

describe("a mark of the editor's own", () => {
  const text = article.text
  const spans = new Map(SUGGESTIONS.map((s) => [s.id, { start: s.start, end: s.end }]))
  const blocks = [{ kind: 'headline' as const, text: 'Mayor speaks' }, { kind: 'paragraph' as const, text: text.split('\n\n')[1]! }]
  /** The document with the marks given (and the suggestions'), as the editor reads it out */
  const withMarks = (...marks: [string, string][]) => ({ blocks, text, spans: new Map([...spans, ...marks.map(([id, words]) => [id, { start: at(words), end: at(words) + words.length }] as const)]) })
  const withMark = (id: string, words: string) => withMarks([id, words])

  beforeEach(async () => {
    refuse = null
    hold = null
    await openFresh()
  })

  it('is made with the status its kind starts with, asks for what it needs, is saved, and goes when its words go', async () => {
    useStore.getState().addHandAnnotation('h-quote', 'quote', withMark('h-quote', 'build it'))
    expect(useStore.getState()).toMatchObject({ activeId: 'h-quote', askSpeakerFor: 'h-quote', askNoteFor: null })
    useStore.getState().addHandAnnotation('h-claim', 'claim', withMarks(['h-quote', 'build it'], ['h-claim', 'We will']))
    useStore.getState().addHandAnnotation('h-note', 'note', withMarks(['h-quote', 'build it'], ['h-claim', 'We will'], ['h-note', 'mayor said']))
    expect(useStore.getState()).toMatchObject({ activeId: 'h-note', askSpeakerFor: null, askNoteFor: 'h-note' })
    // A mark the editor's snapshot does not have is not made.
    useStore.getState().addHandAnnotation('h-none', 'credit', { blocks, text, spans })
    expect(useStore.getState().records['h-none']).toBeUndefined()
    await useStore.getState().flush()
    expect([db.get('h-quote'), db.get('h-claim'), db.get('h-note')].map((r) => [r?.origin, r?.status, r?.selector.exact])).toEqual([
      ['editor', 'unchecked', 'build it'],
      ['editor', 'unverified', 'We will'],
      ['editor', null, 'mayor said'],
    ])
    // The words go (the snapshot has the mark no more): the records go with the next save.
    useStore.getState().documentChanged({ blocks, text, spans })
    await useStore.getState().flush()
    expect(['h-quote', 'h-claim', 'h-note'].map((id) => db.has(id))).toEqual([false, false, false])
    expect(useStore.getState().saveState).toBe('saved')
  })

  it('comes back with an undo of the text and is saved again, not deleted', async () => {
    useStore.getState().addHandAnnotation('h1', 'note', withMark('h1', 'mayor said'))
    await useStore.getState().flush()
    useStore.getState().documentChanged({ blocks, text, spans })
    // Undone before the save: the mark and its words are back in the next snapshot.
    useStore.getState().documentChanged(withMark('h1', 'mayor said'))
    await useStore.getState().flush()
    expect(db.get('h1')?.selector.exact).toBe('mayor said')
    expect(sent).not.toContain('annotations:delete')
  })

  it('is kept, and its deletion tried again, when the Node side refuses to delete it', async () => {
    useStore.getState().addHandAnnotation('h1', 'note', withMark('h1', 'mayor said'))
    await useStore.getState().flush()
    refuse = (channel) => (channel === 'annotations:delete' ? 'busy' : null)
    useStore.setState({ toasts: [] })
    useStore.getState().documentChanged({ blocks, text, spans })
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('error')
    expect(useStore.getState().toasts.map((t) => t.message)).toEqual(['Not saved: busy. Your changes are kept and saving will be retried.'])
    expect(db.has('h1')).toBe(true)
    refuse = null
    await useStore.getState().flush()
    expect(db.has('h1')).toBe(false)
    expect(useStore.getState().saveState).toBe('saved')
  })
})
