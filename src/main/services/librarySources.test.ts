import Database from 'better-sqlite3'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures'
import { openDatabase } from '../db/connection'
import { MIGRATIONS } from '../db/migrations'
import type { SearchResult, StoryPage } from '../../shared/dto/library'
import { dispatch } from '../ipc/dispatch'
import { createServices, type Services } from './index'

const services = () => createServices({ dbPath: ':memory:', dataDir: '/tmp/none', mode: 'browser', version: '1' })
const bytes = (rel: string) => new Uint8Array(readFileSync(fixture(rel)))

async function rpc<T>(s: Services, channel: string, input: unknown): Promise<T> {
  const r = await dispatch(s.handlers, channel, input)
  if (!r.ok) throw new Error(`${r.error.code}: ${r.error.message}`)
  return r.value as T
}

/** Three real Reuters files whose feeds spell the agency "REUTERS", "reuters.com" and "Reuters", and one AP file. */
const REUTERS = [
  ['iptc-newsml-g2/examples/LISTING_1_A_NewsML-G2_News_Item.xml', 'REUTERS', '2016-10-18T16:12:00Z'],
  ['iptc-newsml-g2/unit_test_files/2.28/should_pass/CR00206_metadataCreator.xml', 'reuters.com', '2007-02-16T12:19:30Z'],
  ['superdesk-core-io-fixtures/fixtures/ninjs2.json', 'Reuters', '2017-08-24T01:58:40Z'],
] as const
const AP = 'superdesk-core-io-fixtures/fixtures/ap-nitf.xml'

function library() {
  const s = services()
  for (const [rel] of REUTERS) expect(s.library.importFile(rel.split('/').pop()!, bytes(rel)).imported).toBe(1)
  expect(s.library.importFile('ap-nitf.xml', bytes(AP)).imported).toBe(1)
  return s
}

describe('the library: one name per agency, the item date', () => {
  it('lists three raw spellings of Reuters as one source, keeping each raw value', async () => {
    const s = library()
    const all = await rpc<StoryPage>(s, 'stories:query', { sort: 'source', dir: 'asc' })
    expect(all.total).toBe(4)
    expect(all.items.map((i) => i.source)).toEqual(['AP', 'Reuters', 'Reuters', 'Reuters'])
    expect(all.items.map((i) => i.sourceRaw).sort()).toEqual(['REUTERS', 'Reuters', 'The Associated Press', 'reuters.com'])
    for (const typed of ['Reuters', 'REUTERS', 'reuters.com']) {
      const page = await rpc<StoryPage>(s, 'stories:query', { source: typed })
      expect(page.total, `source filter "${typed}"`).toBe(3)
    }
    expect((await rpc<StoryPage>(s, 'stories:query', { source: 'Associated Press' })).total).toBe(1)
    // The filter offers each agency once, under its one name.
    expect(await rpc(s, 'library:sources', {})).toEqual([
      { name: 'Reuters', stories: 3 },
      { name: 'AP', stories: 1 },
    ])
    s.close()
  })

  it('finds all of an agency\'s stories with source: in search, under any of its spellings', async () => {
    const s = library()
    for (const q of ['source:reuters', 'source:REUTERS', 'source:reuters.com', 'source:"Thomson Reuters"']) {
      const r = await rpc<SearchResult>(s, 'library:search', { query: q })
      expect(r.hits.length, q).toBe(3)
      expect(new Set(r.hits.map((h) => h.source))).toEqual(new Set(['Reuters']))
    }
    expect((await rpc<SearchResult>(s, 'library:search', { query: 'source:"Associated Press"' })).hits.map((h) => h.source)).toEqual(['AP'])
    s.close()
  })

  it('keeps each item\'s filing date, not the import time, and sorts on it', async () => {
    const s = library()
    const asc = await rpc<StoryPage>(s, 'stories:query', { sort: 'itemDate', dir: 'asc' })
    expect(asc.items.map((i) => i.itemDate)).toEqual(['2007-02-16T12:19:30Z', '2015-12-10T19:10:44Z', '2016-10-18T16:12:00Z', '2017-08-24T01:58:40Z'])
    for (const i of asc.items) expect(i.importedAt).not.toBe(i.itemDate)
    const desc = await rpc<StoryPage>(s, 'stories:query', { sort: 'itemDate', dir: 'desc' })
    expect(desc.items[0]?.itemDate).toBe('2017-08-24T01:58:40Z')
    s.close()
  })
})

describe('migration 5', () => {
  it('normalises the sources of a library written before it, keeps the raw value and fills in the item date', () => {
    const raw = new Database(':memory:')
    for (const sql of MIGRATIONS.slice(0, 4)) raw.exec(sql)
    raw.pragma('user_version = 4')
    const article = (created: string | null, date: string | null) => JSON.stringify({ created, dateline: date ? { text: 'X', place: 'X', date } : null })
    const rows = [
      ['a', 'REUTERS', article('2017-08-24T01:58:40+0000', null)],
      ['b', 'reuters.com', article('2016-10-18T11:12:00-05:00', null)],
      ['c', 'Associated Press', article('2015-02-18T16:01:41', null)],
      ['d', 'Acme News', article(null, '2021-07-13')],
      ['e', null, article(null, null)],
    ] as const
    for (const [id, source, art] of rows) {
      raw.prepare(`INSERT INTO story (id, text_hash, source, format, imported_at, updated_at, latest_version_id) VALUES (?, ?, ?, 'text', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z', ?)`).run(id, id, source, `v${id}`)
      raw.prepare(`INSERT INTO story_version (id, story_id, number, content_hash, article, text, imported_at) VALUES (?, ?, 1, ?, ?, '', '2026-01-01T00:00:00Z')`).run(`v${id}`, id, id, art)
    }
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-m5-'))
    const migrate = openDatabaseFrom(raw, join(dir, 'library.sqlite'))
    const got = migrate.prepare(`SELECT id, source, source_raw, item_date FROM story ORDER BY id`).all()
    expect(got).toEqual([
      { id: 'a', source: 'Reuters', source_raw: 'REUTERS', item_date: '2017-08-24T01:58:40Z' },
      { id: 'b', source: 'Reuters', source_raw: 'reuters.com', item_date: '2016-10-18T16:12:00Z' },
      { id: 'c', source: 'AP', source_raw: 'Associated Press', item_date: '2015-02-18T16:01:41' },
      { id: 'd', source: 'Acme News', source_raw: 'Acme News', item_date: '2021-07-13' },
      { id: 'e', source: null, source_raw: null, item_date: null },
    ])
    migrate.close()
    rmSync(dir, { recursive: true, force: true })
  })
})

/** Runs the remaining migrations on a database built by hand, through the same path a library file takes. */
function openDatabaseFrom(raw: Database.Database, file: string): Database.Database {
  raw.prepare(`VACUUM INTO ?`).run(file)
  raw.close()
  return openDatabase(file)
}
