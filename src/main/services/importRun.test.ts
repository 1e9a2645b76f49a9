import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { AppEvent } from '../../shared/ipc/events'
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
