import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServices } from '../main/services/index'
import { FIXTURES, readFixtureText } from '../test/fixtures'
import { rng } from './fuzz'
import { bundle, checkLibrary, runAndKill } from './harness'

// kill -9 of a child process in the middle of a bulk import and of annotation saves, then the checks a crash
// must never break: integrity_check ok, no half-imported story, every acknowledged write present.
// `npm test` kills 12 times; `npm run crashtest` kills 200 times (WIREMARK_CRASH_KILLS).

const KILLS = Number(process.env.WIREMARK_CRASH_KILLS ?? 12)
/** Room for the long run (a kill cycle takes well under a second, but the machine may be busy): not a speed check. */
const TIMEOUT = Math.max(60_000, KILLS * 5_000)
const random = rng(20240501)
let worker: string
let dir: string

beforeAll(async () => {
  worker = await bundle('crashWorker.ts')
  dir = mkdtempSync(join(tmpdir(), 'wiremark-crash-'))
})
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** A spread of real wire files in several formats (multi-story SGML included). */
function importList(): string {
  const g2 = join(FIXTURES, 'dpa-newsmlg2-testdata')
  const pick = (d: string, n: number) => {
    const found: string[] = []
    const walk = (p: string) => {
      for (const e of readdirSync(p, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        if (found.length >= n) return
        if (e.isDirectory()) walk(join(p, e.name))
        else if (/\.(xml|json|txt|tst|iptc|sgm)$/.test(e.name)) found.push(join(p, e.name))
      }
    }
    walk(d)
    return found
  }
  const files = [
    ...pick(g2, 25),
    ...pick(join(FIXTURES, 'dpa-digitalwires', 'digitalwires-json'), 8),
    ...pick(join(FIXTURES, 'superdesk-core-io-fixtures'), 20),
    join(FIXTURES, 'wire', 'reuters-putin-lukashenko-aggregator.txt'),
  ]
  const list = join(dir, 'files.json')
  writeFileSync(list, JSON.stringify(files))
  return list
}

describe(`crash safety: ${KILLS} kills`, () => {
  it('survives kill -9 during bulk import: every story whole, every acknowledged story present', async () => {
    const db = join(dir, 'import.db')
    const list = importList()
    let acked = 0
    let midWrite = 0
    for (let k = 0; k < Math.ceil(KILLS / 2); k++) {
      // every other kill counts its delay from the first write, so each test kills after some work too
      const r = await runAndKill(worker, ['import', db, list, String(k)], Math.floor(random() * 700), k % 2 ? 'ack' : 'ready')
      expect(r.stderr).toBe('')
      if (r.killedWhileRunning) midWrite++
      acked += r.acked.length
      const check = checkLibrary(db, r.acked)
      expect(check.integrity, `kill ${k}`).toBe('ok')
      expect(check.foreignKeyProblems, `kill ${k}`).toBe(0)
      expect(check.halfImported, `kill ${k}`).toEqual([])
      expect(check.missingAcked, `kill ${k}`).toEqual([])
    }
    // The kills must really land while the child writes, and the child must get work done between them.
    expect(midWrite).toBe(Math.ceil(KILLS / 2))
    expect(acked).toBeGreaterThan(0)
    const final = checkLibrary(db, [])
    expect(final.stories).toBeGreaterThan(0)
    console.log(`crash test (import): ${Math.ceil(KILLS / 2)} kills, ${acked} acknowledged imports, ${final.stories} stories, nothing lost`)
  }, TIMEOUT)

  it('survives kill -9 during annotation saves: every acknowledged save present', async () => {
    const db = join(dir, 'save.db')
    const s = createServices({ dbPath: db, dataDir: dir, mode: 'browser', version: 'test' })
    const summary = s.library.importFile('seed.txt', new TextEncoder().encode(readFixtureText('wire/reuters-putin-lukashenko-aggregator.txt')))
    s.close()
    const storyId = summary.items[0]?.storyId
    if (!storyId) throw new Error('the seed story did not import')
    const all: { kind: string; id: string }[] = []
    for (let k = 0; k < Math.floor(KILLS / 2); k++) {
      const r = await runAndKill(worker, ['save', db, storyId, String(k)], Math.floor(random() * 500), k % 2 ? 'ack' : 'ready')
      expect(r.stderr).toBe('')
      expect(r.killedWhileRunning).toBe(true)
      all.push(...r.acked)
      const check = checkLibrary(db, all)
      expect(check.integrity, `kill ${k}`).toBe('ok')
      expect(check.foreignKeyProblems, `kill ${k}`).toBe(0)
      expect(check.halfImported, `kill ${k}`).toEqual([])
      expect(check.missingAcked, `kill ${k}`).toEqual([])
    }
    expect(all.length).toBeGreaterThan(0)
    console.log(`crash test (saves): ${Math.floor(KILLS / 2)} kills, ${all.length} acknowledged saves, nothing lost`)
  }, TIMEOUT)
})
