// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { buildArticle } from '../../core/article/build'
import { analyze } from '../../core/analysis/analyze'
import { segmentBlock } from '../features/editor/document'

const calls: { channel: string; input: unknown }[] = []
vi.mock('../lib/api', () => ({
  // A call sent in pieces (CallOptions.pause) is counted once its last piece is written.
  call: vi.fn(async (channel: string, input: unknown, options?: { pause?: () => Promise<void> }) => {
    if (options?.pause) for (let i = 0; i < 3; i++) await options.pause()
    calls.push({ channel, input })
    if (channel === 'annotations:saveDocument') {
      const counted = (input as { countFindings?: boolean }).countFindings !== false
      return { ok: true, value: { savedAt: 'now', openFindings: counted ? 1 : null } }
    }
    if (channel === 'stories:list') return { ok: true, value: [] }
    return { ok: true, value: (input as { annotation?: unknown }).annotation ?? { deleted: true } }
  }),
}))

const { useStore } = await import('./index')

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
