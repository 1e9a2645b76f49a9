import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { importTotals, importWarnings } from '../../shared/importSummary'
import type { AppEvent } from '../../shared/ipc/events'
import { readFixture } from '../../test/fixtures'
import { createServices, type Services } from './index'
import { runImport } from './importRun'

const story = (n: number) => `Council vote number ${n} passes\n\nThe council on Monday approved measure ${n} by ${n + 3} votes to two, the clerk said.`

let dir: string
let s: Services
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wiremark-import-'))
  s = createServices({ dbPath: join(dir, 'lib.sqlite'), dataDir: dir, mode: 'browser', version: '1' })
})
afterEach(() => {
  s.close()
  rmSync(dir, { recursive: true, force: true })
})

describe('runImport', () => {
  it('imports files from disk, skips duplicates and reports unreadable files', () => {
    for (let i = 0; i < 3; i++) writeFileSync(join(dir, `s${i}.txt`), story(i))
    const progress: number[] = []
    const r = runImport(
      s.library,
      [
        { name: 's0.txt', path: join(dir, 's0.txt') },
        { name: 's1.txt', path: join(dir, 's1.txt') },
        { name: 'again.txt', path: join(dir, 's0.txt') },
        { name: 'missing.txt', path: join(dir, 'missing.txt') },
        { name: 'pasted', bytes: new TextEncoder().encode(story(2)) },
      ],
      { onProgress: (p) => progress.push(p.done) },
    )
    expect([r.imported, r.duplicates, r.failed]).toEqual([3, 1, 1])
    expect(r.items.find((i) => i.outcome === 'failed')?.error?.message).toMatch(/missing\.txt: ENOENT/)
    expect(progress).toEqual([1, 2, 3, 4, 5])
    expect(s.library.list().length).toBe(3)
  })

  it('counts files and stories apart, refuses control bytes and warns of prose saved as .xml', () => {
    const sgml = (id: number, title: string) =>
      `<REUTERS NEWID="${id}"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>${title}</TITLE><DATELINE>HARBOURTON, Feb 26 - </DATELINE>` +
      `<BODY>The council voted ${id} times on the ${title.toLowerCase()}, the clerk said.\n Reuter\n</BODY></TEXT></REUTERS>\n`
    const enc = (t: string) => new TextEncoder().encode(t)
    const noise = new Uint8Array(3000).map((_, i) => (i % 3 === 0 ? 0x61 + (i % 26) : [1, 2, 3, 4, 0x10, 0x1e, 0x1f][i % 7]!))
    const r = runImport(s.library, [
      { name: 'two.sgm', bytes: enc(sgml(9001, 'PIER TO REOPEN') + sgml(9002, 'FERRY TIMETABLE SET')) },
      { name: 'notes.xml', bytes: enc(story(7)) },
      { name: 'feed.dat', bytes: noise },
      { name: 'package.xml', bytes: readFixture('superdesk-core-io-fixtures/fixtures/LISTING_6_Simple_NewsML-G2_Package.xml') },
    ])
    expect(r).toMatchObject({ files: 4, stories: 3, imported: 3, failed: 1 })
    expect(r.withoutStory.map((f) => f.file)).toEqual(['package.xml'])
    expect(importTotals(r)).toBe('3 files, 3 stories imported; 1 file refused; 1 file without a story')
    expect(r.items.find((i) => i.file === 'feed.dat')?.error?.message).toBe('feed.dat: the file is mostly control bytes (67% of its characters), not text')
    const warnings = importWarnings(r)
    expect(warnings).toContain('notes.xml: .xml file holds no XML; read as plain text')
    expect(warnings).toContain('package.xml: no story found in the file')
    expect(s.library.list().map((x) => x.headline).sort()).toEqual(['Council vote number 7 passes', 'FERRY TIMETABLE SET', 'PIER TO REOPEN'])
  })

  it('stops at a cancel between files and leaves only whole stories', () => {
    let calls = 0
    const sources = Array.from({ length: 10 }, (_, i) => ({ name: `s${i}`, bytes: new TextEncoder().encode(story(i)) }))
    const r = runImport(s.library, sources, { isCancelled: () => ++calls > 4 })
    expect(r.cancelled).toBe(true)
    expect(r.imported).toBe(4)
    const counts = s.db
      .prepare(`SELECT (SELECT count(*) FROM story) AS stories, (SELECT count(*) FROM story_version) AS versions, (SELECT count(*) FROM story_fts) AS fts`)
      .get()
    expect(counts).toEqual({ stories: 4, versions: 4, fts: 4 })
  })

  it('refuses a file over the size limit before reading it', () => {
    writeFileSync(join(dir, 'big.txt'), 'x'.repeat(2048))
    const r = runImport(s.library, [{ name: 'big.txt', path: join(dir, 'big.txt') }], { maxBytes: 1024 })
    expect(r.items[0]?.error?.code).toBe('too_large')
  })

  it('imports:start reports progress and a summary as events', async () => {
    const events: AppEvent[] = []
    s.events.subscribe((e) => events.push(e))
    const r = await s.handlers['imports:start']({ files: [{ name: 'a', text: story(1) }, { name: 'b', text: story(2) }] })
    expect(r.total).toBe(2)
    expect(events.filter((e) => e.type === 'import:progress')).toHaveLength(2)
    const done = events.find((e) => e.type === 'import:done')
    expect(done?.type === 'import:done' && done.payload.summary.imported).toBe(2)
  })
})
