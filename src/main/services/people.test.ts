import { describe, expect, it } from 'vitest'
import { readFixtureText } from '../../test/fixtures'
import type { CrossFinding, PeopleResult, PersonQuote, PersonSummary } from '../../shared/dto/library'
import { dispatch } from '../ipc/dispatch'
import { canonicalKeys, normalise } from './people'
import { createServices, type Services } from './index'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

const ninjs = (uri: string, headline: string, body: string, version = '1') =>
  JSON.stringify({ uri, version, type: 'text', headline, body_text: body })

const QUOTE = 'We will never accept a deal that hurts our farmers'

async function library() {
  const s = createServices({ dbPath: ':memory:', dataDir: '/tmp', mode: 'browser', version: 'test' })
  const add = async (name: string, text: string) =>
    (await rpc<{ items: { storyId: string }[] }>(s, 'stories:import', { name, text })).items[0]!.storyId
  const seed = await add('seed.txt', readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt'))
  const a = await add('a.json', ninjs('urn:a', 'Trade talks stall', `PARIS - "${QUOTE}," French Agriculture Minister Marie Dupont said on Monday.`))
  const b = await add('b.json', ninjs('urn:b', 'Farmers protest', `BRUSSELS - "${QUOTE}," European Commissioner Hans Berger said on Tuesday.`))
  const c = await add('c.json', ninjs('urn:c', 'Dupont defiant', `PARIS - "We will never accept any deal that would hurt our farmers," Marie Dupont told reporters.`))
  return { s, seed, a, b, c }
}

describe('people across stories', () => {
  it('normalises quotes and joins a surname to the only full name that ends with it', () => {
    expect(normalise('“We’ll  NEVER accept” — Déjà vu!')).toBe('we ll never accept deja vu')
    const canon = canonicalKeys(['vladimir putin', 'putin', 'trump', 'donald trump', 'ivanka trump', 'lukashenko'])
    expect(canon.get('putin')).toBe('vladimir putin')
    expect(canon.get('trump')).toBe('trump')
    expect(canon.get('lukashenko')).toBe('lukashenko')
  })

  it('lists every quoted person with quote and story counts, and their quotes linked to stories', async () => {
    const { s, seed, a, c } = await library()
    const r = await rpc<PeopleResult>(s, 'library:people', {})
    expect(r.pending).toBe(0)
    const putin = r.people.find((p) => p.name === 'Vladimir Putin')!
    expect(putin).toMatchObject({ key: 'vladimir putin', stories: 1 })
    expect(putin.quotes).toBeGreaterThanOrEqual(2)
    const dupont = r.people.find((p) => p.name === 'Marie Dupont')!
    expect(dupont).toMatchObject({ quotes: 2, stories: 2 })
    const detail = await rpc<{ person: PersonSummary; quotes: PersonQuote[] }>(s, 'library:person', { key: dupont.key })
    expect(detail.quotes.map((q) => q.storyId).sort()).toEqual([a, c].sort())
    expect(detail.quotes.every((q) => q.headline && q.text.length > 10)).toBe(true)
    const putinQuotes = await rpc<{ quotes: PersonQuote[] }>(s, 'library:person', { key: 'putin' })
    expect(putinQuotes.quotes.every((q) => q.storyId === seed)).toBe(true)
    expect((await rpc<{ person: null }>(s, 'library:person', { key: 'nobody' })).person).toBeNull()
  })

  it('finds the same quote given to two speakers, and a quote reworded between stories and between versions', async () => {
    const { s, a, b, c } = await library()
    const findings = await rpc<CrossFinding[]>(s, 'library:crossFindings', {})
    const conflict = findings.filter((f) => f.rule === 'quote-speaker-conflict')
    expect(conflict).toHaveLength(1)
    expect(new Set(conflict[0]!.quotes.map((q) => q.speaker))).toEqual(new Set(['Marie Dupont', 'Hans Berger']))
    expect(conflict[0]!.quotes.map((q) => q.storyId).sort()).toEqual([a, b].sort())
    const reworded = findings.filter((f) => f.rule === 'quote-wording-changed')
    const betweenStories = reworded.find((f) => f.quotes.some((q) => q.storyId === c))
    expect(betweenStories).toBeDefined()
    await rpc(s, 'stories:import', {
      name: 'a2.json',
      text: ninjs('urn:a', 'Trade talks stall', `PARIS - "We shall never accept a deal that harms our farmers," French Agriculture Minister Marie Dupont said on Monday.`, '2'),
    })
    const later = await rpc<CrossFinding[]>(s, 'library:crossFindings', {})
    expect(later.filter((f) => f.rule === 'quote-speaker-conflict')).toHaveLength(0)
    const betweenVersions = later.find(
      (f) => f.rule === 'quote-wording-changed' && f.quotes.every((q) => q.storyId === a) && f.quotes[0]!.versionId !== f.quotes[1]!.versionId,
    )
    expect(betweenVersions?.quotes.map((q) => q.text.replace(/,$/, ''))).toEqual([QUOTE, 'We shall never accept a deal that harms our farmers'])
  })

  it('indexes stories imported before the quote index existed', async () => {
    const { s } = await library()
    s.db.exec('DELETE FROM quote; DELETE FROM quote_indexed;')
    const r = await rpc<PeopleResult>(s, 'library:people', { limit: 2 })
    expect(r.pending).toBe(2)
    const again = await rpc<PeopleResult>(s, 'library:people', {})
    expect(again.pending).toBe(0)
    expect(again.people.find((p) => p.name === 'Marie Dupont')).toMatchObject({ quotes: 2, stories: 2 })
  })
})
