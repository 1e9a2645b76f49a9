import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { createImportJobs } from './importJobs'

// The desktop app's import worker, out/main/importWorker.cjs, as `npm run build` emits it: one CommonJS file that a
// worker thread can start from inside app.asar. Needs a build first; skipped (and says so) without one.
const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..')
const CJS = join(ROOT, 'out', 'main', 'importWorker.cjs')
const built = existsSync(CJS)

describe.skipIf(!built)('the built import worker (out/main/importWorker.cjs; run `npm run build` first)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-worker-cjs-'))
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  it('is self-contained CommonJS: it requires only Node built-ins and better-sqlite3, and imports no chunk', () => {
    const code = readFileSync(CJS, 'utf8')
    const required = [...code.matchAll(/require\("([^"]+)"\)/g)].map((m) => m[1] as string)
    expect(required.length).toBeGreaterThan(0)
    const allowed = new Set([...builtinModules, ...builtinModules.map((m) => `node:${m}`), 'better-sqlite3'])
    expect(required.filter((r) => !allowed.has(r))).toEqual([])
    expect(code).not.toMatch(/^\s*import\s|^\s*export\s/m)
  })

  it('imports a story in a worker thread', async () => {
    const file = join(dir, 'story.txt')
    writeFileSync(file, 'WASHINGTON (Reuters) - "We will act," the minister said on Tuesday.\n')
    const events: { type: string; payload: unknown }[] = []
    const jobs = createImportJobs({ workerPath: CJS, dbPath: join(dir, 'library.sqlite'), dataDir: dir, version: '0.0.0', emit: (e) => void events.push(e) })
    const { jobId } = jobs.start([{ name: file, path: file }])
    await jobs.wait(jobId)
    const done = events.find((e) => e.type === 'import:done')?.payload as { summary: { imported: number } } | undefined
    expect(done?.summary.imported).toBe(1)
  })
})
