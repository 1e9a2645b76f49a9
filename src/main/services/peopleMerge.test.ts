import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { PeopleResult, PersonQuote, PersonSummary } from '../../shared/dto/library'
import { dispatch } from '../ipc/dispatch'
import { foldedKeys, withMerges } from './people'
import { createServices, type Services } from './index'

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}
async function rpcError(s: Services, channel: string, input: unknown): Promise<string> {
  const r = await dispatch(s.handlers, channel, input)
  if (r.ok) throw new Error(`${channel} should have failed`)
  return r.error.code
}

const ninjs = (uri: string, headline: string, body: string, language = 'en') =>
  JSON.stringify({ uri, version: '1', type: 'text', language, headline, body_text: body })

const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})
const open = (dbPath: string) => createServices({ dbPath, dataDir: '/tmp', mode: 'browser', version: 'test' })
const add = async (s: Services, name: string, text: string) => (await rpc<{ imported: number }>(s, 'stories:import', { name, text })).imported

const find = (r: PeopleResult, name: string) => r.people.find((p) => p.name === name)

describe('people: alias names folded together', () => {
  it('folds "Präsident Wladimir Putin" in a German story and "Vladimir Putin" in an English one into one person', async () => {
    const s = open(':memory:')
    expect(await add(s, 'en.json', ninjs('urn:en', 'Kremlin talks', 'MOSCOW - "We are ready to talk about everything," Vladimir Putin said on Friday.'))).toBe(1)
    expect(
      await add(s, 'de.json', ninjs('urn:de', 'Gespräche im Kreml', 'MOSKAU - „Wir sind bereit, über alles zu reden“, sagte Präsident Wladimir Putin am Freitag.', 'de')),
    ).toBe(1)
    const r = await rpc<PeopleResult>(s, 'library:people', {})
    const putins = r.people.filter((p) => /putin/i.test(p.name))
    expect(putins).toHaveLength(1)
    expect(putins[0]!.name).toBe('Vladimir Putin')
    expect(putins[0]!.quotes).toBe(2)
    expect(putins[0]!.stories).toBe(2)
    expect(putins[0]!.aliases).toHaveLength(1)
    expect(putins[0]!.aliases[0]).toMatch(/^(?:Präsident )?Wladimir Putin$/)
    s.close()
  })

  it('keeps people with the same surname and different first names apart', () => {
    const rows = [
      { key: 'alexander lukashenko', name: 'Alexander Lukashenko', quotes: 3 },
      { key: 'viktor lukashenko', name: 'Viktor Lukashenko', quotes: 1 },
      { key: 'lukashenko', name: 'Lukashenko', quotes: 1 },
      { key: 'sergej lawrow', name: 'Sergej Lawrow', quotes: 1 },
      { key: 'sergei lavrov', name: 'Sergei Lavrov', quotes: 2 },
    ]
    const f = foldedKeys(rows)
    expect(f.get('viktor lukashenko')).toBe('viktor lukashenko')
    expect(f.get('alexander lukashenko')).toBe('alexander lukashenko')
    // a surname alone stays alone when two full names end with it
    expect(f.get('lukashenko')).toBe('lukashenko')
    // the most quoted spelling leads
    expect(f.get('sergej lawrow')).toBe('sergei lavrov')
    const m = withMerges(f, [{ key: 'viktor lukashenko', intoKey: 'alexander lukashenko', actor: 'x', at: 'now' }])
    expect(m.get('viktor lukashenko')).toBe('alexander lukashenko')
    expect(m.get('sergej lawrow')).toBe('sergei lavrov')
  })
})

describe('people merged by hand', () => {
  const storyA = ninjs('urn:a', 'Port strike', 'HAMBURG - "The strike will go on until we have a deal," union leader Hans Berger said on Monday.')
  const storyB = ninjs('urn:b', 'Port talks', 'HAMBURG - "We are close to an agreement on wages," Johann Berger told reporters on Tuesday.')
  const storyC = ninjs('urn:c', 'Port deal', 'HAMBURG - "Nobody should call this a victory for either side," Johann Berger said on Wednesday.')

  it('merges two people under the name kept, across stories and after a restart, and undoes the merge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-merge-'))
    dirs.push(dir)
    const file = join(dir, 'library.sqlite')
    let s = open(file)
    await add(s, 'a.json', storyA)
    await add(s, 'b.json', storyB)
    let r = await rpc<PeopleResult>(s, 'library:people', {})
    const hans = find(r, 'Hans Berger')!
    const johann = find(r, 'Johann Berger')!
    expect(hans.key).not.toBe(johann.key)

    r = await rpc<PeopleResult>(s, 'library:mergePeople', { from: johann.key, into: hans.key })
    expect(find(r, 'Johann Berger')).toBeUndefined()
    const one = find(r, 'Hans Berger')!
    expect(one).toMatchObject({ key: hans.key, quotes: 2, stories: 2, merged: [{ key: johann.key, name: 'Johann Berger' }] })
    const detail = await rpc<{ person: PersonSummary; quotes: PersonQuote[] }>(s, 'library:person', { key: johann.key })
    expect(detail.person.name).toBe('Hans Berger')
    expect(detail.quotes).toHaveLength(2)
    s.close()

    // After a restart, a new story quoting the merged name joins the same person.
    s = open(file)
    await add(s, 'c.json', storyC)
    r = await rpc<PeopleResult>(s, 'library:people', {})
    expect(find(r, 'Johann Berger')).toBeUndefined()
    expect(find(r, 'Hans Berger')).toMatchObject({ quotes: 3, stories: 3 })

    r = await rpc<PeopleResult>(s, 'library:unmergePerson', { key: johann.key })
    expect(find(r, 'Hans Berger')).toMatchObject({ quotes: 1, merged: [] })
    expect(find(r, 'Johann Berger')).toMatchObject({ quotes: 2, stories: 2 })
    s.close()
  })

  it('refuses a merge of unknown people or of a person with themselves, and an undo of nothing', async () => {
    const s = open(':memory:')
    await add(s, 'a.json', storyA)
    const r = await rpc<PeopleResult>(s, 'library:people', {})
    const hans = find(r, 'Hans Berger')!
    expect(await rpcError(s, 'library:mergePeople', { from: 'nobody at all', into: hans.key })).toBe('not_found')
    expect(await rpcError(s, 'library:mergePeople', { from: hans.key, into: hans.key })).toBe('conflict')
    expect(await rpcError(s, 'library:unmergePerson', { key: hans.key })).toBe('not_found')
    s.close()
  })
})
