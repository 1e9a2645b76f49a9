import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import type { Annotation } from '../../core/annotation/types'
import type { SearchResult, StoryPage } from '../../shared/dto/library'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'
import { makeSnippet, parseQuery, snippetText } from './search'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

const story = (headline: string, body: string) => `${headline}\n\n${body}`

async function library() {
  const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
  const ids: Record<string, string> = {}
  const add = async (key: string, name: string, text: string) => {
    const r = await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name, text })
    ids[key] = r.items[0]!.storyId
  }
  await add('seed', 'seed.txt', readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt'))
  await add('budget', 'budget.txt', story('Finance minister unveils budget', 'LONDON - The finance minister said the budget would cut spending on defence. Lawmakers debated the budget late into the night.'))
  await add('football', 'football.txt', story('Striker scores twice in cup final', 'MADRID - "I dreamed of this night," the striker Luis Moreno said after the final. The budget for the stadium was not discussed.'))
  return { s, ids }
}

describe('parseQuery', () => {
  it('quotes every term so that user input never becomes FTS syntax', () => {
    expect(parseQuery('putin dialogue').match).toBe('"putin" AND "dialogue"')
    expect(parseQuery('"cold water" budg*').match).toBe('"cold water" AND "budg"*')
    expect(parseQuery('a AND (b OR "c').match).toBe('"a" AND "AND" AND "(b" AND "OR" AND "c"')
    expect(parseQuery('say "he said ""no"" today').match).toBe('"say" AND "he said " AND "no" AND " today"')
    expect(parseQuery('budget -football').match).toBe('"budget" NOT "football"')
    expect(parseQuery('* : " ').match).toBeNull()
  })

  it('separates field filters, including quoted values and unknown fields as text', () => {
    const q = parseQuery('speaker:Putin source:"Reuters" kind:Claim status:disputed state:new foo:bar')
    expect(q.filters).toEqual({ speaker: ['Putin'], source: ['Reuters'], kind: ['claim'], status: ['disputed'], state: ['new'] })
    expect(q.match).toBe('"foo:bar"')
  })
})

describe('makeSnippet', () => {
  const terms = parseQuery('"cold water" Lukash* sécurité').terms

  it('marks phrases as one run, prefixes by their start, and folds case and accents', () => {
    const { snippet } = snippetText(makeSnippet('They poured COLD water on Lukashenko and his securite plan.', terms).parts)
    expect(snippet).toBe('They poured «COLD water» on «Lukashenko» and his «securite» plan.')
    expect(makeSnippet('cold, then water', terms).hits).toBe(false)
  })

  it('cuts a long text to the window with the most matches', () => {
    const text = `${'filler words here '.repeat(30)}the cold water of Lukashenko ${'more filler '.repeat(30)}`
    const { snippet } = snippetText(makeSnippet(text, terms, 10).parts)
    expect(snippet.startsWith('…')).toBe(true)
    expect(snippet.endsWith('…')).toBe(true)
    expect(snippet).toContain('«cold water» of «Lukashenko»')
    expect(snippet.split(' ').length).toBeLessThan(16)
  })
})

describe('library:search', () => {
  it('finds words, phrases and prefixes with highlighted snippets, headline matches first', async () => {
    const { s, ids } = await library()
    const r = await rpc<SearchResult>(s, 'library:search', { query: 'budget' })
    expect(r.hits.map((h) => h.storyId)).toEqual([ids.budget, ids.football])
    expect(r.hits[0]!.field).toBe('headline')
    expect(r.hits[1]!.snippet).toContain('«budget»')
    expect(r.hits[1]!.parts.some((p) => p.mark && p.text.toLowerCase() === 'budget')).toBe(true)
    const phrase = await rpc<SearchResult>(s, 'library:search', { query: '"cold water"' })
    expect(phrase.hits.map((h) => h.storyId)).toEqual([ids.seed])
    expect(phrase.hits[0]!.snippet).toContain('«cold water»')
    const prefix = await rpc<SearchResult>(s, 'library:search', { query: 'Lukash*' })
    expect(prefix.hits.map((h) => h.storyId)).toEqual([ids.seed])
    // Each hit's snippet comes from its own story, also for a prefix query (an FTS5 rowid lookup pitfall).
    const mixed = await rpc<SearchResult>(s, 'library:search', { query: 'said budg*' })
    expect(new Set(mixed.hits.map((h) => h.storyId))).toEqual(new Set([ids.budget, ids.football]))
    for (const h of mixed.hits) expect(h.snippet).toContain(h.storyId === ids.football ? 'stadium' : 'minister')
    const none = await rpc<SearchResult>(s, 'library:search', { query: '"cold budget"' })
    expect(none.hits).toEqual([])
  })

  it('survives input that would be FTS5 syntax', async () => {
    const { s } = await library()
    for (const query of ['AND', '"', 'NEAR(', 'budget OR', '^x', 'a:b:c', '-', '(((', 'speaker:', 'col:"x']) {
      const r = await dispatch(s.handlers, 'library:search', { query })
      expect(r.ok, query).toBe(true)
    }
  })

  it('matches quotes and filters by speaker and source', async () => {
    const { s, ids } = await library()
    const quote = await rpc<SearchResult>(s, 'library:search', { query: 'dreamed' })
    expect(quote.hits[0]).toMatchObject({ storyId: ids.football })
    const bySpeaker = await rpc<SearchResult>(s, 'library:search', { query: 'speaker:Putin' })
    expect(bySpeaker.hits.map((h) => h.storyId)).toEqual([ids.seed])
    expect(bySpeaker.hits[0]).toMatchObject({ field: 'filter', speaker: 'Vladimir Putin' })
    const speakerAndText = await rpc<SearchResult>(s, 'library:search', { query: 'speaker:Moreno budget' })
    expect(speakerAndText.hits.map((h) => h.storyId)).toEqual([ids.football])
    const bySource = await rpc<SearchResult>(s, 'library:search', { query: 'source:reuters' })
    expect(bySource.hits.map((h) => h.storyId)).toEqual([ids.seed])
    expect((await rpc<SearchResult>(s, 'library:search', { query: 'source:reuters budget' })).hits).toEqual([])
  })

  it("filters by an annotation's kind in stories nobody has opened (their suggestions are stored on import)", async () => {
    const { s, ids } = await library()
    const quotes = await rpc<SearchResult>(s, 'library:search', { query: 'kind:quote' })
    expect(new Set(quotes.hits.map((h) => h.storyId))).toEqual(new Set([ids.seed, ids.football]))
    // The first open stores nothing more: the desk gets the suggestions the import stored.
    const before = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId: ids.seed })
    const again = await rpc<{ annotations: Annotation[] }>(s, 'annotations:list', { storyId: ids.seed })
    expect(again.annotations.map((a) => a.id)).toEqual(before.annotations.map((a) => a.id))
    expect(before.annotations.filter((a) => a.kind === 'quote')).toHaveLength(4)
  })

  it("filters by an annotation's kind and status, and finds the editor's notes", async () => {
    const { s, ids } = await library()
    const listed = await rpc<{ versionId: string; annotations: Annotation[] }>(s, 'annotations:list', { storyId: ids.seed })
    const claim = listed.annotations.find((a) => a.kind === 'claim')!
    const { author: _a, createdAt: _c, updatedAt: _u, ...rest } = claim
    await rpc(s, 'annotations:save', {
      annotation: { ...rest, id: 'd1', origin: 'editor', suggestionId: claim.id, status: 'disputed', note: 'Kremlin transcript disagrees' },
    })
    const disputed = await rpc<SearchResult>(s, 'library:search', { query: 'kind:claim status:disputed' })
    expect(disputed.hits.map((h) => h.storyId)).toEqual([ids.seed])
    expect(disputed.hits[0]!.snippet.length).toBeGreaterThan(0)
    const unverified = await rpc<SearchResult>(s, 'library:search', { query: 'kind:claim status:disputed source:AP' })
    expect(unverified.hits).toEqual([])
    const note = await rpc<SearchResult>(s, 'library:search', { query: 'transcript' })
    expect(note.hits[0]).toMatchObject({ storyId: ids.seed, field: 'note' })
    expect(note.hits[0]!.snippet).toContain('«transcript»')
  })
})

describe('stories:query', () => {
  it('filters by source, state, findings and date, sorts on any column and pages with a total', async () => {
    const { s, ids } = await library()
    const all = await rpc<StoryPage>(s, 'stories:query', {})
    expect(all.total).toBe(3)
    expect(new Set(all.items.map((i) => i.id))).toEqual(new Set(Object.values(ids)))
    const times = all.items.map((i) => i.importedAt)
    expect(times).toEqual([...times].sort().reverse())
    const byHeadline = await rpc<StoryPage>(s, 'stories:query', { sort: 'headline', dir: 'asc' })
    expect(byHeadline.items.map((i) => i.headline)).toEqual([...byHeadline.items.map((i) => i.headline)].sort((a, b) => a!.localeCompare(b!)))
    const page = await rpc<StoryPage>(s, 'stories:query', { sort: 'headline', dir: 'asc', limit: 1, offset: 1 })
    expect(page).toMatchObject({ total: 3, items: [{ id: byHeadline.items[1]!.id }] })
    expect((await rpc<StoryPage>(s, 'stories:query', { source: 'REUTERS' })).items.map((i) => i.id)).toEqual([ids.seed])
    expect((await rpc<StoryPage>(s, 'stories:query', { state: 'checked' })).total).toBe(0)
    const withFindings = await rpc<StoryPage>(s, 'stories:query', { hasFindings: true })
    expect(withFindings.items.length).toBeGreaterThan(0)
    expect(withFindings.items.length).toBe(all.items.filter((i) => i.openFindings > 0).length)
    expect(withFindings.items.every((i) => i.openFindings > 0)).toBe(true)
    expect((await rpc<StoryPage>(s, 'stories:query', { from: '2999-01-01' })).total).toBe(0)
    const today = new Date().toISOString().slice(0, 10)
    expect((await rpc<StoryPage>(s, 'stories:query', { from: '2000-01-01', to: today })).total).toBe(3)
    // Every column, both ways: the whole order, as SQLite gives it (nulls first ascending, text without case, ties by id).
    type Item = StoryPage['items'][number]
    const key = (i: Item, sort: string) => {
      const v = i[sort as keyof Item]
      return typeof v === 'string' ? v.toLowerCase() : v
    }
    const compare = (a: unknown, b: unknown) => (a === b ? 0 : a === null ? -1 : b === null ? 1 : (a as string) < (b as string) ? -1 : 1)
    const orders = new Set<string>()
    for (const sort of ['headline', 'source', 'dateline', 'importedAt', 'updatedAt', 'state', 'openFindings']) {
      const asc = await rpc<StoryPage>(s, 'stories:query', { sort, dir: 'asc' })
      expect(asc.items, sort).toHaveLength(3)
      const expected = [...asc.items].sort((a, b) => compare(key(a, sort), key(b, sort)) || compare(a.id, b.id)).map((i) => i.id)
      expect(asc.items.map((i) => i.id), sort).toEqual(expected)
      const desc = await rpc<StoryPage>(s, 'stories:query', { sort, dir: 'desc' })
      expect(desc.items.map((i) => i.id), sort).toEqual([...expected].reverse())
      orders.add(expected.join())
    }
    // The columns do not all agree, so the orders above are not one order checked seven times.
    expect(orders.size).toBeGreaterThan(1)
    expect((await dispatch(s.handlers, 'stories:query', { sort: 'nonsense' })).ok).toBe(false)
  })
})
