// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { buildArticle } from '../../core/article/build'
import { analyze } from '../../core/analysis/analyze'
import { summarise } from '../../shared/importSummary'
import { segmentBlock } from '../features/editor/document'

const calls: { channel: string; input: unknown }[] = []
/** The Node side's answer to a call, where a test gives one (else the defaults below) */
let answer: ((channel: string, input: unknown) => unknown) | null = null
/** The analysis worker: what it was asked, and the answer it gives (a test sets it) */
const analysed: { text: string; known: unknown[] }[] = []
let analysisAnswer: (() => Promise<unknown>) | null = null
vi.mock('../lib/analysis', () => ({
  analyzeOffThread: vi.fn((article: { text: string }, known: unknown[]) => {
    analysed.push({ text: article.text, known })
    return analysisAnswer ? analysisAnswer() : Promise.resolve({ people: [], findings: [], fresh: [] })
  }),
}))
vi.mock('../lib/api', () => ({
  // A call sent in pieces (CallOptions.pause) is counted once its last piece is written.
  call: vi.fn(async (channel: string, input: unknown, options?: { pause?: () => Promise<void> }) => {
    if (options?.pause) for (let i = 0; i < 3; i++) await options.pause()
    calls.push({ channel, input })
    const given = answer?.(channel, input)
    if (given) return given
    if (channel === 'annotations:saveDocument') {
      const counted = (input as { countFindings?: boolean }).countFindings !== false
      return { ok: true, value: { savedAt: 'now', openFindings: counted ? 1 : null } }
    }
    if (channel === 'stories:list') return { ok: true, value: [] }
    return { ok: true, value: (input as { annotation?: unknown }).annotation ?? { deleted: true } }
  }),
}))

// A desk opened before on this computer with "speakers to confirm first" on.
localStorage.setItem('wiremark-speakers-first', '1')
const { useStore } = await import('./index')
const { setCurrentEditor } = await import('../features/editor/bridge')
const initial = useStore.getState()

const article = buildArticle({ format: 'text', headline: 'Mayor speaks', paragraphs: ['"We will build it," the mayor said.'] })
const quoteStart = article.text.indexOf('We will')
const suggestion: Annotation = {
  id: 's1', storyId: 'st', versionId: 'v1', kind: 'quote', origin: 'auto', start: quoteStart, end: quoteStart + 16,
  selector: { exact: 'We will build it', prefix: 'Mayor speaks\n\n"', suffix: '," the mayor said.' }, status: 'unchecked',
  decision: null, speaker: 'the mayor', attribution: 'explicit', cue: 'said', note: null, evidence: [], suggestionId: null,
  anchor: 'exact', author: 'wiremark', createdAt: 't', updatedAt: 't',
}

function open() {
  useStore.setState({
    detail: {
      story: { id: 'st', headline: 'Mayor speaks', source: null, dateline: null, format: 'text', importedAt: 't', updatedAt: 't', state: 'new', openFindings: 0, versions: 1 },
      version: { id: 'v1', storyId: 'st', number: 1, importedAt: 't', fileName: null, article },
      annotations: [],
      analysis: analyze(article),
      dismissed: [],
    },
    records: { s1: suggestion },
    presentIds: new Set(['s1']),
    analysis: analyze(article),
    analysisText: article.text,
    undoSteps: [],
    redoSteps: [],
    speakersFirst: false,
  })
}

describe('the desk store', () => {
  beforeEach(() => {
    calls.length = 0
    open()
  })

  it("stores a decision beside the suggestion and undoes it; the suggestion itself never changes", () => {
    useStore.getState().updateAnnotation('s1', { decision: 'rejected' })
    const records = Object.values(useStore.getState().records)
    expect(records).toHaveLength(2)
    const decision = records.find((r) => r.origin === 'editor')!
    expect(decision).toMatchObject({ suggestionId: 's1', decision: 'rejected', kind: 'quote', start: suggestion.start })
    expect(useStore.getState().records.s1).toEqual(suggestion)
    useStore.getState().updateAnnotation('s1', { speaker: 'Jane Roe' })
    expect(Object.values(useStore.getState().records)).toHaveLength(2)
    expect(useStore.getState().undoStep()).toBe('record')
    expect(Object.values(useStore.getState().records).find((r) => r.origin === 'editor')).toMatchObject({ speaker: 'the mayor', decision: 'rejected' })
    expect(useStore.getState().undoStep()).toBe('record')
    expect(Object.values(useStore.getState().records)).toEqual([suggestion])
    expect(useStore.getState().redoStep()).toBe('record')
    expect(Object.values(useStore.getState().records)).toHaveLength(2)
  })

  it('interleaves text steps with record steps in one timeline', () => {
    useStore.getState().pushTextStep()
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    expect(useStore.getState().undoStep()).toBe('record')
    expect(useStore.getState().undoStep()).toBe('text')
    expect(useStore.getState().undoStep()).toBe('none')
  })

  it('moves anchors and selectors when the text changes, and flags an accepted quote without a speaker', async () => {
    const added = 'Crowds cheered. '
    const text = article.text.replace('"We', `${added}"We`)
    const start = quoteStart + added.length
    useStore.getState().documentChanged({
      blocks: [{ kind: 'headline', text: 'Mayor speaks' }, { kind: 'paragraph', text: text.split('\n\n')[1]! }],
      text,
      spans: new Map([['s1', { start, end: start + 16 }]]),
    })
    expect(useStore.getState().records.s1).toMatchObject({ start, end: start + 16, anchor: 'moved', selector: { exact: 'We will build it', prefix: `Mayor speaks\n\n${added}"`.slice(-32) } })
    useStore.getState().updateAnnotation('s1', { decision: 'accepted', speaker: null })
    expect(useStore.getState().findings.map((f) => f.rule)).toContain('accepted-quote-without-speaker')
    await useStore.getState().flush()
    const doc = calls.find((c) => c.channel === 'annotations:saveDocument')!.input as { anchors: { id: string; start: number }[] }
    expect(doc.anchors).toEqual([expect.objectContaining({ id: 's1', start, anchor: 'moved' })])
    expect(calls.some((c) => c.channel === 'annotations:save')).toBe(true)
    expect(useStore.getState().saveState).toBe('saved')
  })

  it('saves only the anchors that moved since the last save, and sends them again after a failed one', async () => {
    const { call } = await import('../lib/api')
    const paragraph = (t: string) => [{ kind: 'headline' as const, text: 'Mayor speaks' }, { kind: 'paragraph' as const, text: t.split('\n\n')[1]! }]
    const typed = (added: string) => {
      const text = article.text.replace('"We', `${added}"We`)
      const start = quoteStart + added.length
      return { blocks: paragraph(text), text, spans: new Map([['s1', { start, end: start + 16 }]]) }
    }
    const anchorsSent = () => {
      const saves = calls.filter((c) => c.channel === 'annotations:saveDocument')
      return (saves[saves.length - 1]!.input as { anchors: { id: string; start: number }[] }).anchors
    }
    useStore.getState().documentChanged(typed('One. '))
    await useStore.getState().flush()
    expect(anchorsSent()).toEqual([expect.objectContaining({ id: 's1', start: quoteStart + 5 })])
    // Text typed after the quote: the text is saved, the quote's anchor is where it was stored.
    useStore.getState().documentChanged({ ...typed('One. '), text: `${typed('One. ').text} More.` })
    await useStore.getState().flush()
    expect(anchorsSent()).toEqual([])
    // A failed save keeps the moved anchor to send, and the next save sends it.
    vi.mocked(call).mockResolvedValueOnce({ ok: false, error: { code: 'unavailable', message: 'down' } })
    useStore.getState().documentChanged(typed('Two. Two. '))
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('error')
    await useStore.getState().flush()
    expect(anchorsSent()).toEqual([expect.objectContaining({ id: 's1', start: quoteStart + 10 })])
    expect(useStore.getState().saveState).toBe('saved')
  })

  it('an autosave sends in a task after the one that prepared it, at once when a save on blur or unload comes meanwhile', async () => {
    const text = article.text.replace('"We', 'One. "We')
    const saves = () => calls.filter((c) => c.channel === 'annotations:saveDocument').length
    const microtasks = async () => {
      for (let i = 0; i < 50; i++) await Promise.resolve()
    }
    const edit = () =>
      useStore.getState().documentChanged({
        blocks: [{ kind: 'headline', text: 'Mayor speaks' }, { kind: 'paragraph', text: text.split('\n\n')[1]! }],
        text,
        spans: new Map([['s1', { start: quoteStart + 5, end: quoteStart + 21 }]]),
      })
    edit()
    const auto = useStore.getState().flush({ inPieces: true })
    await microtasks()
    expect(saves()).toBe(0)
    await auto
    expect(saves()).toBe(1)
    edit()
    const again = useStore.getState().flush({ inPieces: true })
    await microtasks()
    expect(saves()).toBe(1)
    // The page is going away: no later task will run, so the save (every piece of it) goes in this one.
    void useStore.getState().flush()
    await microtasks()
    expect(saves()).toBe(2)
    await again
  })

  it('after a save of the text alone, asks for the library again only when its row shows another headline or count', async () => {
    const story = useStore.getState().detail!.story
    const queries = () => calls.filter((c) => c.channel === 'stories:query').length
    const save = async () => {
      useStore.getState().documentChanged({
        blocks: [{ kind: 'headline', text: 'Mayor speaks' }, { kind: 'paragraph', text: article.text.split('\n\n')[1]! }],
        text: article.text,
        spans: new Map([['s1', { start: quoteStart, end: quoteStart + 16 }]]),
      })
      await useStore.getState().flush()
    }
    // The save answers one open finding; the row shows it already.
    useStore.setState({ listPages: { 0: { gen: useStore.getState().listGen, items: [{ ...story, headline: 'Mayor speaks', openFindings: 1 }] } } })
    await save()
    expect(queries()).toBe(0)
    useStore.setState({ listPages: { 0: { gen: useStore.getState().listGen, items: [{ ...story, headline: 'Mayor speaks', openFindings: 0 }] } } })
    await save()
    expect(queries()).toBe(1)
    useStore.setState({ listPages: { 0: { gen: useStore.getState().listGen, items: [{ ...story, headline: 'Mayor said', openFindings: 1 }] } } })
    await save()
    expect(queries()).toBe(2)
  })

  it('autosaves a second after the first edit it does not hold, whether typing stops or goes on', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] })
    try {
      const saves = () => calls.filter((c) => c.channel === 'annotations:saveDocument').length
      const change = () =>
        useStore.getState().documentChanged({
          blocks: [{ kind: 'headline', text: 'Mayor speaks' }, { kind: 'paragraph', text: article.text.split('\n\n')[1]! }],
          text: article.text,
          spans: new Map([['s1', { start: quoteStart, end: quoteStart + 16 }]]),
        })
      // One key, then quiet: the editor hands the text over after its pause, and the save follows a second
      // after the key.
      useStore.getState().noteEdit()
      await vi.advanceTimersByTimeAsync(250)
      change()
      await vi.advanceTimersByTimeAsync(700)
      expect(saves()).toBe(0)
      expect(useStore.getState().saveState).toBe('dirty')
      await vi.advanceTimersByTimeAsync(60)
      expect(saves()).toBe(1)
      expect(useStore.getState().saveState).toBe('saved')
      // Unbroken typing (a key every 100 ms, the text handed over once a second): a save every second.
      for (let t = 0; t < 3000; t += 100) {
        useStore.getState().noteEdit()
        // The indicator says "Unsaved changes" from the first key, before the text reaches the store.
        if (t === 0) expect(useStore.getState().saveState).toBe('dirty')
        if (t % 1000 === 900) change()
        await vi.advanceTimersByTimeAsync(100)
      }
      await vi.advanceTimersByTimeAsync(50)
      expect(saves()).toBe(4)
      // (Saves at 2.0 s, 2.9 s and 4.0 s: the one at 2.9 s came at once, since keys typed during the save at
      // 2.0 s, after its text was handed over at 1.9 s, had waited a second by then.)
      expect(useStore.getState().saveState).toBe('saved')
      // Saves during typing leave the count of open findings (and with it the library) for later; the typing
      // stops, the editor hands the text over after its pause, and the save that follows counts.
      const counts = () => calls.filter((c) => c.channel === 'annotations:saveDocument').map((c) => (c.input as { countFindings: boolean }).countFindings)
      const queries = () => calls.filter((c) => c.channel === 'stories:query').length
      expect(counts()).toEqual([true, false, false, false])
      const queriesWhileTyping = queries()
      // (one, after the first save, which counted)
      expect(queriesWhileTyping).toBe(1)
      await vi.advanceTimersByTimeAsync(200)
      change()
      await vi.advanceTimersByTimeAsync(1100)
      expect(counts()).toEqual([true, false, false, false, true])
      expect(queries()).toBe(queriesWhileTyping + 1)
    } finally {
      vi.useRealTimers()
    }
  })

  it("adjusts a suggestion's boundaries in the editor's record beside it; the suggestion keeps its span", async () => {
    const { deskAnnotations } = await import('./effective')
    const text = article.text
    const start = quoteStart
    const end = quoteStart + 'We will build'.length
    useStore.getState().adjustSpan('s1', start, end, text)
    const decision = Object.values(useStore.getState().records).find((r) => r.origin === 'editor')!
    expect(decision).toMatchObject({ suggestionId: 's1', start, end, anchor: 'changed', selector: { exact: 'We will build' } })
    expect(useStore.getState().records.s1).toEqual(suggestion)
    expect(deskAnnotations(useStore.getState().records).get('s1')).toMatchObject({ id: 's1', start, end, selector: { exact: 'We will build' } })
    // A later decision keeps the new boundaries.
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    expect(deskAnnotations(useStore.getState().records).get('s1')).toMatchObject({ decision: 'accepted', end })
    // Text typed before it moves the decision's span (the mark now follows it), not the suggestion's.
    const added = 'Crowds cheered. '
    const edited = text.replace('"We', `${added}"We`)
    useStore.getState().documentChanged({
      blocks: [{ kind: 'headline', text: 'Mayor speaks' }, { kind: 'paragraph', text: edited.split('\n\n')[1]! }],
      text: edited,
      spans: new Map([['s1', { start: start + added.length, end: end + added.length }]]),
    })
    expect(useStore.getState().records.s1).toEqual(suggestion)
    expect(deskAnnotations(useStore.getState().records).get('s1')).toMatchObject({ start: start + added.length, selector: { exact: 'We will build' } })
    // Undo takes the decision back, then the adjustment.
    expect(useStore.getState().undoStep()).toBe('record')
    expect(useStore.getState().undoStep()).toBe('record')
    expect(Object.values(useStore.getState().records)).toEqual([suggestion])
  })

  it('cuts a block at every annotation boundary so that overlapping marks share their pieces', () => {
    expect(segmentBlock(0, 10, [{ id: 'a', start: 2, end: 6 }, { id: 'b', start: 4, end: 8 }])).toEqual([
      { start: 0, end: 2, ids: [] },
      { start: 2, end: 4, ids: ['a'] },
      { start: 4, end: 6, ids: ['a', 'b'] },
      { start: 6, end: 8, ids: ['b'] },
      { start: 8, end: 10, ids: [] },
    ])
  })
})

describe('the desk store before any story is opened', () => {
  it('starts in review mode with nothing open, unsaved or to undo, and remembers "speakers first"', () => {
    expect(initial).toMatchObject({
      detail: null, opening: false, records: {}, dismissed: [], analysis: null, analysisText: '', findings: [], activeId: null, activeFinding: -1,
      saveState: 'saved', savedAt: null, undoSteps: [], redoSteps: [], askSpeakerFor: null, askNoteFor: null, mode: 'review', speakersFirst: true,
    })
  })
})

/** The text of the test story with `added` typed before the quote, as the editor reads it out. */
function typed(added: string, spans: Record<string, [number, number]> = {}) {
  const text = article.text.replace('"We', `${added}"We`)
  const start = quoteStart + added.length
  const paragraph = text.split('\n\n')[1]!
  return {
    blocks: [{ kind: 'headline' as const, text: 'Mayor speaks' }, { kind: 'paragraph' as const, text: paragraph }],
    text,
    spans: new Map<string, { start: number; end: number }>([['s1', { start, end: start + 16 }], ...Object.entries(spans).map(([id, [a, b]]) => [id, { start: a, end: b }] as const)]),
  }
}
const sent = (channel: string) => calls.filter((c) => c.channel === channel).map((c) => c.input)
const lastAnchors = () => (sent('annotations:saveDocument').at(-1) as { anchors: { id: string; start: number; end: number; anchor: string; exact: string }[] }).anchors

/** The test story opened through openStory, with nothing unsaved from an earlier test and nothing sent yet. */
async function openSaved() {
  answer = null
  await useStore.getState().flush()
  calls.length = 0
  open()
  // Saved as opened: the stored anchors are the records'.
  answer = (channel) =>
    channel === 'stories:get' ? { ok: true, value: useStore.getState().detail } : channel === 'annotations:list' ? { ok: true, value: { versionId: 'v1', annotations: [suggestion], dismissed: [] } } : undefined
  await useStore.getState().openStory('st')
  answer = null
  calls.length = 0
}

describe('what a save sends', () => {
  beforeEach(openSaved)

  it('the text, and no anchor for a mark that did not move', async () => {
    useStore.getState().documentChanged(typed(''))
    await useStore.getState().flush()
    expect(sent('annotations:saveDocument')).toHaveLength(1)
    expect(lastAnchors()).toEqual([])
  })

  it('a suggestion whose mark left the text: orphaned where it was (inside the text), and placed again when it comes back', async () => {
    useStore.getState().documentChanged({ ...typed(''), spans: new Map() })
    await useStore.getState().flush()
    expect(lastAnchors()).toEqual([expect.objectContaining({ id: 's1', start: quoteStart, end: quoteStart + 16, anchor: 'orphaned' })])
    const cut = { blocks: [{ kind: 'headline' as const, text: 'Mayor speaks' }], text: 'Mayor speaks', spans: new Map() }
    useStore.getState().documentChanged(cut)
    await useStore.getState().flush()
    expect(lastAnchors()).toEqual([expect.objectContaining({ id: 's1', start: 12, end: 12, anchor: 'orphaned', exact: 'We will build it' })])
    useStore.getState().documentChanged(typed(''))
    await useStore.getState().flush()
    expect(lastAnchors()).toEqual([expect.objectContaining({ id: 's1', start: quoteStart, end: quoteStart + 16, anchor: 'exact' })])
  })

  it('a mark whose words changed twice in place: each version, and "changed", also when it moves later', async () => {
    const reword = (words: string) => {
      const snap = typed('')
      const text = snap.text.replace('We will build it', words)
      return { ...snap, text, blocks: [snap.blocks[0]!, { kind: 'paragraph' as const, text: text.split('\n\n')[1]! }] }
    }
    useStore.getState().documentChanged(reword('We wall build it'))
    await useStore.getState().flush()
    expect(lastAnchors()).toEqual([expect.objectContaining({ id: 's1', exact: 'We wall build it', anchor: 'changed' })])
    useStore.getState().documentChanged(reword('We will built it'))
    await useStore.getState().flush()
    expect(lastAnchors()).toEqual([expect.objectContaining({ id: 's1', exact: 'We will built it', anchor: 'changed' })])
    const moved = typed('Cheers. ')
    const text = moved.text.replace('We will build it', 'We will built it')
    useStore.getState().documentChanged({ ...moved, text, blocks: [moved.blocks[0]!, { kind: 'paragraph' as const, text: text.split('\n\n')[1]! }] })
    expect(useStore.getState().records.s1).toMatchObject({ start: quoteStart + 8, anchor: 'changed' })
    await useStore.getState().flush()
  })

  it("a decision's span moves with its mark and is saved with it", async () => {
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    await useStore.getState().flush()
    calls.length = 0
    useStore.getState().documentChanged(typed('Cheers. '))
    await useStore.getState().flush()
    const decision = Object.values(useStore.getState().records).find((r) => r.origin === 'editor')!
    expect(decision).toMatchObject({ start: quoteStart + 8, anchor: 'moved' })
    expect(sent('annotations:save')).toEqual([{ annotation: expect.objectContaining({ id: decision.id, start: quoteStart + 8, anchor: 'moved', decision: 'accepted' }) }])
    // The suggestion's own anchor goes with the text.
    expect(lastAnchors()).toEqual([expect.objectContaining({ id: 's1', start: quoteStart + 8, anchor: 'moved' })])
  })

  it('keeps the set of marks in the text as it was when no mark came or went', () => {
    const present = useStore.getState().presentIds
    useStore.getState().documentChanged(typed('Cheers. '))
    expect(useStore.getState().presentIds).toBe(present)
    useStore.getState().documentChanged(typed('Cheers. ', { x: [0, 5] }))
    expect([...useStore.getState().presentIds].sort()).toEqual(['s1', 'x'])
    // As many marks as before, but another one.
    useStore.getState().documentChanged({ ...typed('Cheers. '), spans: new Map([['y', { start: 0, end: 5 }]]) })
    expect([...useStore.getState().presentIds]).toEqual(['y'])
  })
})

/** The Node side holds its answer to every record save until the returned function is called. */
function holdRecordSaves(): () => void {
  let release = () => {}
  const gate = new Promise<void>((r) => (release = r))
  answer = (channel, input) => (channel === 'annotations:save' ? gate.then(() => ({ ok: true, value: (input as { annotation: unknown }).annotation })) : undefined)
  return () => release()
}

describe('the save indicator', () => {
  beforeEach(async () => {
    answer = null
    await useStore.getState().flush()
    calls.length = 0
    open()
    useStore.setState({ saveState: 'saved', toasts: [] })
  })

  it('stays "Saving" for a change made while a save is on its way, which is then saved by itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
      const release = holdRecordSaves()
      const saving = useStore.getState().flush()
      await vi.waitFor(() => expect(sent('annotations:save')).toHaveLength(1))
      expect(useStore.getState().saveState).toBe('saving')
      useStore.getState().updateAnnotation('s1', { speaker: 'Jane Roe' })
      expect(useStore.getState().saveState).toBe('saving')
      answer = null
      release()
      await saving
      expect(useStore.getState().saveState).toBe('dirty')
      calls.length = 0
      // No one asks for it: the autosave comes a second later.
      await vi.advanceTimersByTimeAsync(1100)
      expect(sent('annotations:save')).toEqual([{ annotation: expect.objectContaining({ speaker: 'Jane Roe', decision: 'accepted' }) }])
      expect(useStore.getState().saveState).toBe('saved')
    } finally {
      vi.useRealTimers()
    }
  })

  it('a change made during a save that a blur joined is saved by itself afterwards', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
      const release = holdRecordSaves()
      const saving = useStore.getState().flush({ inPieces: true })
      await vi.waitFor(() => expect(sent('annotations:save')).toHaveLength(1))
      useStore.getState().updateAnnotation('s1', { speaker: 'Jane Roe' })
      // The window loses focus: that save joins the one on its way (and takes the change's autosave with it).
      const blur = useStore.getState().flush()
      answer = null
      release()
      await Promise.all([saving, blur])
      expect(useStore.getState().saveState).toBe('dirty')
      calls.length = 0
      await vi.advanceTimersByTimeAsync(1100)
      expect(sent('annotations:save')).toEqual([{ annotation: expect.objectContaining({ speaker: 'Jane Roe', decision: 'accepted' }) }])
      expect(useStore.getState().saveState).toBe('saved')
    } finally {
      vi.useRealTimers()
    }
  })

  it('a record undone during a save that a blur joined is deleted by itself afterwards', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
      await useStore.getState().flush()
      useStore.getState().updateAnnotation('s1', { speaker: 'Jane Roe' })
      const release = holdRecordSaves()
      const saving = useStore.getState().flush({ inPieces: true })
      await vi.waitFor(() => expect(sent('annotations:save')).toHaveLength(2))
      // Both changes undone while the second is on its way: the decision record goes.
      useStore.getState().undoStep()
      useStore.getState().undoStep()
      const blur = useStore.getState().flush()
      answer = null
      release()
      await Promise.all([saving, blur])
      calls.length = 0
      await vi.advanceTimersByTimeAsync(1100)
      expect(sent('annotations:delete')).toHaveLength(1)
      expect(useStore.getState().saveState).toBe('saved')
    } finally {
      vi.useRealTimers()
    }
  })

  it('after a failed save, says "Unsaved changes" for a new change and does not retry by itself', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      answer = (channel) => (channel === 'annotations:save' ? { ok: false, error: { code: 'io', message: 'disk full' } } : undefined)
      useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
      await useStore.getState().flush()
      expect(useStore.getState().saveState).toBe('error')
      calls.length = 0
      await vi.advanceTimersByTimeAsync(5000)
      expect(sent('annotations:save')).toEqual([])
      expect(useStore.getState().saveState).toBe('error')
      answer = null
      useStore.getState().updateAnnotation('s1', { speaker: 'Jane Roe' })
      expect(useStore.getState().saveState).toBe('dirty')
      await vi.advanceTimersByTimeAsync(1100)
      expect(useStore.getState().saveState).toBe('saved')
    } finally {
      vi.useRealTimers()
    }
  })

  it('a note typed is unsaved at once; put back as it was, it is saved again without sending anything', async () => {
    useStore.getState().draftNote('s1', 'a thought')
    expect(useStore.getState().saveState).toBe('dirty')
    useStore.getState().draftNote('s1', '')
    await useStore.getState().flush()
    expect(calls.filter((c) => c.channel.startsWith('annotations:'))).toEqual([])
    expect(useStore.getState().saveState).toBe('saved')
  })

  it('asks the library again after a record is saved, and after any save when it is sorted by last change', async () => {
    const story = useStore.getState().detail!.story
    const rowShowing = { 0: { gen: useStore.getState().listGen, items: [{ ...story, id: 'other', headline: 'x', openFindings: 9 }, { ...story, headline: 'Mayor speaks', openFindings: 1 }] } }
    const queries = () => sent('stories:query').length
    useStore.setState({ listPages: rowShowing })
    useStore.getState().documentChanged(typed(''))
    await useStore.getState().flush()
    expect(queries()).toBe(0)
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    useStore.getState().documentChanged(typed(''))
    await useStore.getState().flush()
    expect(queries()).toBe(1)
    useStore.setState({ listPages: rowShowing, listSort: { ...useStore.getState().listSort, sort: 'updatedAt' } })
    useStore.getState().documentChanged(typed(''))
    await useStore.getState().flush()
    expect(queries()).toBe(2)
    useStore.setState({ listSort: { ...useStore.getState().listSort, sort: 'headline' } })
    // A save that failed changed nothing the library shows.
    answer = (channel) => (channel === 'annotations:saveDocument' ? { ok: false, error: { code: 'io', message: 'disk full' } } : undefined)
    useStore.setState({ listPages: {} })
    useStore.getState().documentChanged(typed(''))
    await useStore.getState().flush()
    expect(queries()).toBe(2)
    answer = null
    await useStore.getState().flush()
  })
})

describe('note drafts', () => {
  beforeEach(async () => {
    answer = null
    await useStore.getState().flush()
    open()
  })

  it('become one record change after 600 ms without typing, however many keys were typed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] })
    try {
      for (const t of ['a', 'a th', 'a thought']) {
        useStore.getState().draftNote('s1', t)
        await vi.advanceTimersByTimeAsync(400)
      }
      expect(useStore.getState().undoSteps).toEqual([])
      await vi.advanceTimersByTimeAsync(250)
      expect(useStore.getState().undoSteps).toHaveLength(1)
      const shown = Object.values(useStore.getState().records).find((r) => r.origin === 'editor')
      expect(shown?.note).toBe('a thought')
      await useStore.getState().flush()
    } finally {
      vi.useRealTimers()
    }
  })

  it('a draft on another card is kept first; a blank note clears the note; clearing no note changes nothing', async () => {
    const own = { ...suggestion, id: 'own', origin: 'editor' as const, author: 'you', note: 'old' }
    useStore.setState({ records: { s1: suggestion, own } })
    useStore.getState().draftNote('own', 'first')
    useStore.getState().draftNote('s1', 'second')
    expect(useStore.getState().records.own?.note).toBe('first')
    useStore.getState().commitNoteDraft()
    expect(Object.values(useStore.getState().records).find((r) => r.suggestionId === 's1')?.note).toBe('second')
    useStore.getState().draftNote('own', '  \n ')
    useStore.getState().commitNoteDraft()
    expect(useStore.getState().records.own?.note).toBeNull()
    const steps = useStore.getState().undoSteps.length
    useStore.getState().draftNote('own', '')
    useStore.getState().commitNoteDraft()
    // Nothing waiting: nothing happens.
    useStore.getState().commitNoteDraft()
    expect(useStore.getState().undoSteps).toHaveLength(steps)
    await useStore.getState().flush()
  })
})

describe('changes to a record', () => {
  beforeEach(async () => {
    answer = null
    await useStore.getState().flush()
    open()
  })
  const records = () => Object.values(useStore.getState().records)

  it('ignore a mark that is not there, and every change while no story is open', () => {
    useStore.getState().updateAnnotation('nothing', { decision: 'accepted' })
    useStore.getState().adjustSpan('nothing', 0, 5, article.text)
    useStore.setState({ detail: null })
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    useStore.getState().adjustSpan('s1', 0, 5, article.text)
    useStore.getState().addHandAnnotation('h', 'note', { ...typed(''), spans: new Map([['h', { start: 0, end: 5 }]]) })
    useStore.getState().reanalyze(typed(''))
    expect(records()).toEqual([suggestion])
    expect(useStore.getState().undoSteps).toEqual([])
    expect(analysed).toEqual([])
  })

  it("change the editor's own mark in place, and a suggestion through one decision record by 'you'", () => {
    const own = { ...suggestion, id: 'own', origin: 'editor' as const, author: 'Dana' }
    useStore.setState({ records: { s1: suggestion, own } })
    useStore.getState().updateAnnotation('own', { note: 'mine' })
    expect(records()).toHaveLength(2)
    expect(useStore.getState().records.own).toMatchObject({ note: 'mine', author: 'Dana', origin: 'editor', suggestionId: null })
    useStore.getState().updateAnnotation('s1', { note: 'theirs' })
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    const decisions = records().filter((r) => r.suggestionId === 's1')
    expect(decisions).toEqual([expect.objectContaining({ origin: 'editor', author: 'you', note: 'theirs', decision: 'accepted', start: suggestion.start })])
  })

  it('stops asking for a speaker once one is set, and a new change clears what could be redone', () => {
    useStore.setState({ askSpeakerFor: 's1' })
    useStore.getState().updateAnnotation('s1', { note: 'n' })
    expect(useStore.getState().askSpeakerFor).toBe('s1')
    useStore.getState().updateAnnotation('s1', { speaker: 'Jane Roe' })
    expect(useStore.getState().askSpeakerFor).toBeNull()
    useStore.getState().undoStep()
    expect(useStore.getState().redoSteps).toHaveLength(1)
    useStore.getState().updateAnnotation('s1', { status: 'confirmed' })
    expect(useStore.getState().redoSteps).toEqual([])
    useStore.getState().undoStep()
    useStore.getState().adjustSpan('s1', quoteStart, quoteStart + 7, article.text)
    expect(useStore.getState().redoSteps).toEqual([])
    expect(useStore.getState().undoSteps.at(-1)).toMatchObject({ type: 'record' })
  })

  it('adjusts boundaries only to a span with words, keeps one decision record per suggestion, and moves a mark of its own', () => {
    useStore.getState().adjustSpan('s1', quoteStart + 3, quoteStart + 3, article.text)
    useStore.getState().adjustSpan('s1', quoteStart + 5, quoteStart + 3, article.text)
    expect(records()).toEqual([suggestion])
    useStore.getState().adjustSpan('s1', quoteStart, quoteStart + 7, article.text)
    useStore.getState().adjustSpan('s1', quoteStart, quoteStart + 13, article.text)
    expect(records().filter((r) => r.origin === 'editor')).toEqual([expect.objectContaining({ suggestionId: 's1', author: 'you', end: quoteStart + 13, selector: expect.objectContaining({ exact: 'We will build' }) })])
    const own = { ...suggestion, id: 'own', origin: 'editor' as const }
    useStore.setState({ records: { own } })
    useStore.getState().adjustSpan('own', quoteStart + 3, quoteStart + 7, article.text)
    expect(records()).toEqual([expect.objectContaining({ id: 'own', start: quoteStart + 3, end: quoteStart + 7, anchor: 'changed', selector: expect.objectContaining({ exact: 'will' }) })])
  })
})

describe('the undo timeline', () => {
  beforeEach(async () => {
    answer = null
    await useStore.getState().flush()
    open()
  })

  it('says whether a text step was typed (edit mode) or only marked (review mode)', () => {
    useStore.getState().setMode('edit')
    useStore.getState().pushTextStep()
    useStore.getState().setMode('review')
    useStore.getState().pushTextStep()
    expect(useStore.getState().undoSteps).toEqual([{ type: 'text', typed: true }, { type: 'text', typed: false }])
  })

  it('a new text step clears what could be redone', () => {
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    useStore.getState().undoStep()
    useStore.getState().pushTextStep()
    expect(useStore.getState().redoSteps).toEqual([])
  })

  it('redoes text steps through the editor and record steps itself, in the order they were undone', () => {
    expect(useStore.getState().redoStep()).toBe('none')
    useStore.getState().pushTextStep()
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    expect(useStore.getState().undoStep()).toBe('record')
    expect(useStore.getState().undoStep()).toBe('text')
    expect(useStore.getState().redoSteps).toHaveLength(2)
    expect(useStore.getState().redoStep()).toBe('text')
    expect(useStore.getState().undoSteps).toEqual([{ type: 'text', typed: false }])
    expect(useStore.getState().redoStep()).toBe('record')
    expect(useStore.getState().redoSteps).toEqual([])
    expect(useStore.getState().undoSteps).toHaveLength(2)
    expect(Object.values(useStore.getState().records).find((r) => r.origin === 'editor')?.decision).toBe('accepted')
    expect(useStore.getState().redoStep()).toBe('none')
  })
})

describe('the analysis of edited text', () => {
  const decision = { ...suggestion, id: 'd1', origin: 'editor' as const, suggestionId: 's1', decision: 'accepted' as const, author: 'you' }
  const own = { ...suggestion, id: 'own', kind: 'note' as const, origin: 'editor' as const, start: 0, end: 5, selector: { exact: 'Mayor', prefix: '', suffix: ' speaks' } }
  const lost = { ...suggestion, id: 'lost', start: 0, end: 5, anchor: 'orphaned' as const }
  const pending: ((a: unknown) => void)[] = []
  const reply = async (i: number, a: unknown) => {
    pending[i]!(a)
    // The store applies an answer in the task after it came: let it ask for that task, then wait for it.
    for (let k = 0; k < 10; k++) await Promise.resolve()
    await new Promise((r) => setTimeout(r, 0))
  }
  const editorPlacing = (accept: (id: string) => boolean) => {
    const asked: { marks: { id: string; exact: string }[] }[] = []
    setCurrentEditor({
      dispatchCommand: (_c: unknown, p: { marks: { id: string; exact: string }[]; placed: string[] }) => {
        asked.push(p)
        for (const m of p.marks) if (accept(m.id)) p.placed.push(m.id)
        return true
      },
    } as never)
    return asked
  }

  beforeEach(async () => {
    answer = null
    analysisAnswer = null
    setCurrentEditor(null)
    await useStore.getState().flush()
    open()
    answer = (channel) =>
      channel === 'stories:get'
        ? { ok: true, value: useStore.getState().detail }
        : channel === 'annotations:list'
          ? { ok: true, value: { versionId: 'v1', annotations: [suggestion, decision, own, lost], dismissed: [] } }
          : undefined
    await useStore.getState().openStory('st')
    answer = null
    analysed.length = 0
    pending.length = 0
    analysisAnswer = () => new Promise((r) => pending.push(r))
  })

  it('is asked with the marks in the text now, and only the latest answer for the story still open counts', async () => {
    const first = typed('', { own: [0, 5] })
    const second = typed('Cheers. ', { own: [0, 5] })
    useStore.getState().reanalyze(first)
    useStore.getState().reanalyze(second)
    const at = { start: quoteStart, end: quoteStart + 16 }
    expect(analysed[0]!.known).toEqual([{ kind: 'quote', ...at }, { kind: 'quote', ...at }, { kind: 'note', start: 0, end: 5 }])
    const finding = (m: string) => ({ rule: 'loaded-verb', severity: 'warning', message: m, excerpt: 'said', start: 0, end: 4 })
    await reply(1, { people: [], findings: [finding('second')], fresh: [] })
    expect(useStore.getState().analysisText).toBe(second.text)
    await reply(0, { people: [], findings: [finding('first')], fresh: [] })
    expect(useStore.getState().analysisText).toBe(second.text)
    expect(useStore.getState().analysis?.findings.map((f) => f.message)).toEqual(['second'])
    // An answer that comes after another story was opened is dropped.
    useStore.getState().reanalyze(first)
    const detail = useStore.getState().detail!
    useStore.setState({ detail: { ...detail, story: { ...detail.story, id: 'another' } } })
    await reply(2, { people: [], findings: [finding('late')], fresh: [] })
    expect(useStore.getState().analysis?.findings.map((f) => f.message)).toEqual(['second'])
  })

  it('a recheck (the Settings changed) keeps the selection on its finding where the new checks still find it, and selects none where they do not', async () => {
    const finding = (m: string, start: number) => ({ rule: 'loaded-verb', severity: 'warning', message: m, excerpt: article.text.slice(start, start + 4), start, end: start + 4 })
    const rules = () => useStore.getState().findings.map((f) => f.message)
    useStore.getState().recheck()
    await reply(0, { people: [], findings: [finding('a', 0), finding('b', 6)], fresh: [] })
    useStore.getState().setActiveFinding(1)
    const chosen = rules()[1]
    // The next checks list one more before it: the selection follows its finding.
    useStore.getState().recheck()
    await reply(1, { people: [], findings: [finding('c', 2), finding('a', 0), finding('b', 6)], fresh: [] })
    expect(rules()[useStore.getState().activeFinding]).toBe(chosen)
    // Checks that no longer find it: nothing is selected.
    useStore.getState().recheck()
    await reply(2, { people: [], findings: [finding('c', 2)], fresh: [] })
    expect(useStore.getState().activeFinding).toBe(-1)
    // With nothing selected, new checks select nothing.
    useStore.getState().recheck()
    await reply(3, { people: [], findings: [finding('c', 2), finding('a', 0)], fresh: [] })
    expect(useStore.getState().activeFinding).toBe(-1)
  })

  it('logs a failed analysis and changes nothing', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    analysisAnswer = () => Promise.reject(new Error('worker died'))
    const before = useStore.getState().records
    useStore.getState().reanalyze(typed(''))
    await vi.waitFor(() => expect(logged).toHaveBeenCalledWith('Wiremark: the analysis failed', expect.any(Error)))
    expect(useStore.getState().records).toBe(before)
    logged.mockRestore()
  })

  it('retires a placed suggestion whose words are gone, with its decision; not an orphan, nor a mark of the editor', async () => {
    useStore.getState().setActive('own')
    const snap = { ...typed(''), spans: new Map() }
    useStore.getState().documentChanged(snap)
    useStore.getState().reanalyze(snap)
    await reply(0, { people: [], findings: [], fresh: [] })
    expect(Object.keys(useStore.getState().records).sort()).toEqual(['lost', 'own'])
    expect(useStore.getState().activeId).toBe('own')
    calls.length = 0
    await useStore.getState().flush()
    // Stored orphaned with the text, then deleted; the hand mark (gone from the text too) is deleted.
    expect(lastAnchors()).toEqual(expect.arrayContaining([expect.objectContaining({ id: 's1', anchor: 'orphaned', start: quoteStart, end: quoteStart })]))
    expect(sent('annotations:delete')).toEqual(expect.arrayContaining([{ id: 's1' }, { id: 'd1' }, { id: 'own' }]))
    expect(sent('annotations:delete')).not.toContainEqual({ id: 'lost' })
    // Deleted: a later save of the text sends nothing more about it.
    calls.length = 0
    useStore.getState().documentChanged({ ...typed('Cheers. '), spans: new Map() })
    await useStore.getState().flush()
    expect(lastAnchors().map((a) => a.id)).toEqual([])
  })

  it('brings a retired suggestion back with its decision when an undo brings its words back, saved again if already deleted', async () => {
    const gone = { ...typed(''), spans: new Map([['own', { start: 0, end: 5 }]]) }
    useStore.getState().documentChanged(gone)
    useStore.getState().reanalyze(gone)
    await reply(0, { people: [], findings: [], fresh: [] })
    // Undone before any save: the deletion is called off.
    useStore.getState().documentChanged(typed('', { own: [0, 5] }))
    expect(useStore.getState().records).toMatchObject({ s1: expect.objectContaining({ id: 's1' }), d1: expect.objectContaining({ decision: 'accepted' }) })
    calls.length = 0
    await useStore.getState().flush()
    expect(sent('annotations:delete')).toEqual([])
    // Retired and saved (deleted), then undone: saved again as it was.
    useStore.getState().documentChanged(gone)
    useStore.getState().reanalyze(gone)
    await reply(1, { people: [], findings: [], fresh: [] })
    await useStore.getState().flush()
    expect(sent('annotations:delete')).toEqual([{ id: 's1' }, { id: 'd1' }])
    calls.length = 0
    useStore.getState().documentChanged(typed('', { own: [0, 5] }))
    await useStore.getState().flush()
    expect(sent('annotations:save').map((i) => (i as { annotation: { id: string } }).annotation.id).sort()).toEqual(['d1', 's1'])
  })

  it('marks new quotes in typed text as suggestions where the editor could place them, on the text it read', async () => {
    const asked = editorPlacing((id) => asked.length > 0 && id !== asked[0]!.marks[1]?.id)
    const snap = typed('', { own: [0, 5] })
    useStore.getState().setActive('s1')
    useStore.getState().documentChanged(snap)
    useStore.getState().reanalyze(snap)
    const fresh = (start: number, end: number) => ({ kind: 'claim' as const, start, end, status: 'unverified' as const, speaker: null, attribution: null, cue: 'number', note: null })
    await reply(0, { people: [], findings: [], fresh: [fresh(0, 5), fresh(6, 12)] })
    expect(asked).toHaveLength(1)
    expect(asked[0]!.marks.map((m) => m.exact)).toEqual(['Mayor', 'speaks'])
    const made = Object.values(useStore.getState().records).filter((r) => r.kind === 'claim')
    expect(made).toEqual([expect.objectContaining({ origin: 'auto', author: 'wiremark', start: 0, end: 5, status: 'unverified', cue: 'number', storyId: 'st', versionId: 'v1' })])
    expect(useStore.getState().activeId).toBe('s1')
    // Nothing new: the editor is not asked; new words typed since the analysis read the text: not marked.
    useStore.getState().reanalyze(snap)
    await reply(1, { people: [], findings: [], fresh: [] })
    useStore.getState().reanalyze(snap)
    useStore.getState().documentChanged(typed('More. ', { own: [0, 5] }))
    await reply(2, { people: [], findings: [], fresh: [fresh(6, 12)] })
    expect(asked).toHaveLength(1)
    // A fresh suggestion is retired like any other once its words go.
    const gone = { ...typed(''), spans: new Map([['s1', { start: quoteStart, end: quoteStart + 16 }], ['own', { start: 0, end: 5 }]]) }
    useStore.getState().documentChanged(gone)
    useStore.getState().reanalyze(gone)
    await reply(3, { people: [], findings: [], fresh: [] })
    expect(Object.values(useStore.getState().records).filter((r) => r.kind === 'claim')).toEqual([])
    setCurrentEditor(null)
    await useStore.getState().flush()
  })
})

describe('opening a story', () => {
  const own = { ...suggestion, id: 'own', kind: 'note' as const, origin: 'editor' as const, start: 0, end: 5, selector: { exact: 'Mayor', prefix: '', suffix: ' speaks' } }
  const lost = { ...suggestion, id: 'lost', start: 0, end: 5, anchor: 'orphaned' as const }
  let detail: unknown
  beforeEach(async () => {
    answer = null
    await useStore.getState().flush()
    open()
    detail = useStore.getState().detail
    calls.length = 0
  })
  const serve = (gate?: Promise<void>) =>
    (answer = (channel) =>
      channel === 'stories:get'
        ? (gate ?? Promise.resolve()).then(() => ({ ok: true, value: detail }))
        : channel === 'annotations:list'
          ? { ok: true, value: { versionId: 'v1', annotations: [suggestion, own, lost], dismissed: [] } }
          : undefined)

  it('saves what is unsaved first, says it is opening, and starts afresh: marks in the text, review mode, nothing to undo', async () => {
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    useStore.getState().pushTextStep()
    useStore.getState().undoStep()
    useStore.setState({ mode: 'edit', activeId: 's1', activeFinding: 2, askSpeakerFor: 's1', askNoteFor: 'own' })
    const seq = useStore.getState().openSeq
    let release = () => {}
    serve(new Promise<void>((r) => (release = r)))
    const opening = useStore.getState().openStory('st')
    await vi.waitFor(() => expect(calls.map((c) => c.channel)).toContain('stories:get'))
    expect(calls.map((c) => c.channel).indexOf('annotations:save')).toBeLessThan(calls.map((c) => c.channel).indexOf('stories:get'))
    expect(useStore.getState()).toMatchObject({ opening: true, selectedStoryId: 'st' })
    release()
    await opening
    answer = null
    expect(useStore.getState()).toMatchObject({
      opening: false, openSeq: seq + 1, saveState: 'saved', undoSteps: [], redoSteps: [], mode: 'review', activeId: null, activeFinding: -1, askSpeakerFor: null, askNoteFor: null,
    })
    expect([...useStore.getState().presentIds].sort()).toEqual(['own', 's1'])
    expect(Object.keys(useStore.getState().records).sort()).toEqual(['lost', 'own', 's1'])
  })

  it('says why the story cannot be opened', async () => {
    useStore.setState({ toasts: [] })
    answer = (channel) => (channel === 'stories:get' ? { ok: false, error: { code: 'not_found', message: 'no such story' } } : undefined)
    await useStore.getState().openStory('gone')
    answer = null
    expect(useStore.getState().toasts.map((t) => t.message)).toEqual(['Cannot open the story: no such story'])
    expect(useStore.getState().opening).toBe(false)
  })

  it('puts away a finished import with nothing left to read when a story opens; one with a failure stays', async () => {
    const item = (outcome: 'imported' | 'failed') => ({ file: `${outcome}.xml`, outcome, storyId: null, headline: null, error: null, warnings: [] })
    const run = (outcome: 'imported' | 'failed') => ({ phase: 'done' as const, done: 1, total: 1, file: null, summary: summarise([item(outcome)]), cancelled: false, cancelling: false, message: null })
    const failed = run('failed')
    serve()
    useStore.setState({ importRun: failed })
    await useStore.getState().openStory('st')
    expect(useStore.getState().importRun).toBe(failed)
    useStore.setState({ importRun: run('imported') })
    await useStore.getState().openStory('st')
    answer = null
    expect(useStore.getState().importRun).toBeNull()
  })

  it('sends the text again only when it changed: a record change alone saves the record', async () => {
    serve()
    await useStore.getState().openStory('st')
    useStore.getState().documentChanged(typed('', { own: [0, 5] }))
    await useStore.getState().flush()
    calls.length = 0
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    await useStore.getState().flush()
    answer = null
    expect(calls.map((c) => c.channel).filter((c) => c.startsWith('annotations:'))).toEqual(['annotations:save'])
  })

  it("sends the editor's own mark's new place when typing moves it", async () => {
    serve()
    await useStore.getState().openStory('st')
    answer = null
    useStore.getState().documentChanged({ ...typed(''), text: `A ${article.text}`, spans: new Map([['own', { start: 2, end: 7 }]]) })
    await useStore.getState().flush()
    expect(lastAnchors()).toEqual(expect.arrayContaining([expect.objectContaining({ id: 'own', start: 2, end: 7, anchor: 'moved' })]))
  })
})

describe('the checks the desk lists', () => {
  beforeEach(async () => {
    answer = null
    await useStore.getState().flush()
    open()
  })

  it('are none without an analysis', () => {
    useStore.setState({ analysis: null })
    useStore.getState().updateAnnotation('s1', { decision: 'accepted', speaker: null })
    expect(useStore.getState().findings).toEqual([])
  })

  it('come from the marks in the text only', () => {
    useStore.setState({ presentIds: new Set() })
    useStore.getState().updateAnnotation('s1', { decision: 'accepted', speaker: null })
    expect(useStore.getState().findings.map((f) => f.rule)).not.toContain('accepted-quote-without-speaker')
  })
})

describe('a save, from what Stryker found', () => {
  beforeEach(async () => {
    await openSaved()
    useStore.setState({ toasts: [] })
  })

  it("keeps the editor's own mark that an undo took out of the text and a redo brought back while the save was on its way", async () => {
    useStore.getState().addHandAnnotation('h', 'quote', typed('', { h: [0, 5] }))
    await useStore.getState().flush()
    expect(sent('annotations:save')).toEqual([{ annotation: expect.objectContaining({ id: 'h', origin: 'editor' }) }])
    calls.length = 0
    // Undo: the mark is gone from the text; the save that follows would delete its record...
    useStore.getState().documentChanged(typed(''))
    let release = () => {}
    const gate = new Promise<void>((r) => (release = r))
    answer = (channel) => (channel === 'annotations:saveDocument' ? gate.then(() => ({ ok: true, value: { savedAt: 'now', openFindings: 1 } })) : undefined)
    const saving = useStore.getState().flush()
    // ...but a redo brings it back before the deletion goes.
    useStore.getState().documentChanged(typed('', { h: [0, 5] }))
    answer = null
    release()
    await saving
    await useStore.getState().flush()
    expect(sent('annotations:delete')).toEqual([])
    expect(sent('annotations:save')).toContainEqual({ annotation: expect.objectContaining({ id: 'h', origin: 'editor' }) })
    expect(useStore.getState().records.h).toBeDefined()
    expect(useStore.getState().saveState).toBe('saved')
  })

  it('selects no finding when the editor makes a mark, whatever finding was selected before', () => {
    useStore.setState({ activeFinding: 0 })
    useStore.getState().addHandAnnotation('n', 'note', typed('', { n: [0, 5] }))
    expect([useStore.getState().activeId, useStore.getState().activeFinding]).toEqual(['n', -1])
  })

  it("saves again the editor's own mark that an undo brought back after the save had deleted its record", async () => {
    useStore.getState().addHandAnnotation('h', 'claim', typed('', { h: [0, 5] }))
    useStore.getState().updateAnnotation('h', { note: 'ask the ministry' })
    await useStore.getState().flush()
    calls.length = 0
    // Removed (or its typing undone): the save deletes its record.
    useStore.getState().documentChanged(typed(''))
    await useStore.getState().flush()
    expect(sent('annotations:delete')).toEqual([{ id: 'h' }])
    calls.length = 0
    // Ctrl+Z brings the mark back: its record is saved again, note and all, where the mark now is.
    useStore.getState().documentChanged(typed('', { h: [0, 5] }))
    await useStore.getState().flush()
    expect(sent('annotations:save')).toEqual([{ annotation: expect.objectContaining({ id: 'h', origin: 'editor', kind: 'claim', note: 'ask the ministry', start: 0, end: 5 }) }])
    expect(lastAnchors().map((a) => a.id)).not.toContain('h')
    // Saved once: the next save of the text sends it no more.
    calls.length = 0
    useStore.getState().documentChanged(typed('Hi. ', { h: [0, 5] }))
    await useStore.getState().flush()
    expect(sent('annotations:save')).toEqual([])
    expect(useStore.getState().saveState).toBe('saved')
  })

  it('says nothing went wrong after a save that went through, and keeps the time it went through during the next', async () => {
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    await useStore.getState().flush()
    expect(useStore.getState().toasts).toEqual([])
    const savedAt = useStore.getState().savedAt
    expect(savedAt).toEqual(expect.any(String))
    useStore.getState().updateAnnotation('s1', { note: 'later' })
    const release = holdRecordSaves()
    const saving = useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('saving')
    expect(useStore.getState().savedAt).toBe(savedAt)
    answer = null
    release()
    await saving
    expect(useStore.getState().saveState).toBe('saved')
  })

  it('asks the library again when the text went and a record did not (its count of open findings changed)', async () => {
    const story = useStore.getState().detail!.story
    useStore.setState({ listPages: { 0: { gen: useStore.getState().listGen, items: [{ ...story, headline: 'Mayor speaks', openFindings: 0 }] } } })
    answer = (channel) => (channel === 'annotations:save' ? { ok: false, error: { code: 'io', message: 'disk full' } } : undefined)
    useStore.getState().updateAnnotation('s1', { decision: 'accepted' })
    useStore.getState().documentChanged(typed(''))
    await useStore.getState().flush()
    expect(useStore.getState().saveState).toBe('error')
    expect(sent('annotations:saveDocument')).toHaveLength(1)
    expect(sent('stories:query')).toHaveLength(1)
    expect(useStore.getState().toasts.map((t) => t.message)).toEqual(['Not saved: disk full. Your changes are kept and saving will be retried.'])
  })
})
