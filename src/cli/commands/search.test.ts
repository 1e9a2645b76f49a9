import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture } from '../../test/fixtures'
import type { CliIo } from '../command'
import { runCli } from '../index'

function io(dataDir: string) {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: { WIREMARK_DATA_DIR: dataDir }, cwd: process.cwd() }
  return { io: value, out, err }
}

async function imported() {
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-cli-lib-'))
  const db = join(dir, 'lib.sqlite')
  const t = io(dir)
  expect(await runCli(['import', fixture('wire/reuters-putin-lukashenko-aggregator.txt'), '--db', db], t.io, '0'), t.err.join('\n')).toBe(0)
  return { dir, db }
}

describe('wiremark search, people, backup, restore', () => {
  it('search --json prints one array of hits with story id, headline, source and a marked snippet', async () => {
    const { dir, db } = await imported()
    const t = io(dir)
    expect(await runCli(['search', 'cold', 'water', '--db', db, '--json'], t.io, '0')).toBe(0)
    expect(t.out).toHaveLength(1)
    const hits = JSON.parse(t.out[0]!) as Record<string, unknown>[]
    expect(hits).toHaveLength(1)
    expect(hits[0]).toMatchObject({ headline: 'Putin says Lukashenko should start dialogue with Belarusian opposition', source: 'Reuters', field: 'body' })
    expect(Object.keys(hits[0]!).slice(0, 4)).toEqual(['storyId', 'headline', 'source', 'snippet'])
    expect(hits[0]!.snippet).toMatch(/«cold» .*«water»|«cold water»/)
    const byFilter = io(dir)
    expect(await runCli(['search', 'speaker:putin', '--db', db], byFilter.io, '0')).toBe(0)
    expect(byFilter.out[0]).toContain('Putin says Lukashenko')
    const none = io(dir)
    expect(await runCli(['search', '--db', db], none.io, '0')).toBe(2)
    expect(none.err[0]).toMatch(/give a query/)
  })

  it('people --json lists speakers with counts and their quotes; --findings prints an array', async () => {
    const { dir, db } = await imported()
    const t = io(dir)
    expect(await runCli(['people', '--db', db, '--json'], t.io, '0')).toBe(0)
    const people = JSON.parse(t.out[0]!) as { name: string; quotes: number; stories: number; items: { storyId: string; text: string }[] }[]
    const putin = people.find((p) => p.name === 'Vladimir Putin')!
    expect(putin.stories).toBe(1)
    expect(putin.items).toHaveLength(putin.quotes)
    const f = io(dir)
    expect(await runCli(['people', '--findings', '--json', '--db', db], f.io, '0')).toBe(0)
    expect(JSON.parse(f.out[0]!)).toEqual([])
  })

  it('backs up and restores, and refuses a corrupt backup with exit code 2 naming the file', async () => {
    const { dir, db } = await imported()
    const out = join(dir, 'copy.sqlite')
    const b = io(dir)
    expect(await runCli(['backup', out, '--db', db], b.io, '0'), b.err.join('\n')).toBe(0)
    expect(b.out[0]).toMatch(/^backed up 1 stories to .*copy\.sqlite/)
    const r = io(dir)
    expect(await runCli(['restore', out, '--db', db, '--json'], r.io, '0'), r.err.join('\n')).toBe(0)
    expect(JSON.parse(r.out[0]!)).toMatchObject({ stories: 1, replacedKeptAt: expect.stringMatching(/lib\.sqlite\.replaced-/) })
    const bad = join(dir, 'bad.sqlite')
    writeFileSync(bad, 'SQLite format 3\0' + 'garbage'.repeat(1000))
    const c = io(dir)
    expect(await runCli(['restore', bad, '--db', db], c.io, '0')).toBe(2)
    expect(c.err[0]).toMatch(/^wiremark restore: Cannot restore from .*bad\.sqlite: /)
  })
})
