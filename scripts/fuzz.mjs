// `npm run fuzz [-- --inputs N --seed S --workers W --slow-ms MS]`: feeds mutated fixture files to every importer
// (importBytes) and to analyze(), in worker threads (seed files up to --seed-kb, mutations growing an input by up
// to --growth-kb), and prints the totals. Bar: no crash, no masked crash,
// no broken invariant, no input over 2 s, no hang. Exit code 1 when any input fails the bar.
// `npm run fuzz -- --seed S --replay I` re-runs one input and saves its bytes to fuzz-case-S-I.bin.
// Then it runs the desk's key fuzz (scripts/fuzz-keys.mjs): `--keys N` sequences, 10,000 by default, 0 to skip.
import { spawnSync } from 'node:child_process'
import { mkdirSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { join, resolve } from 'node:path'
import { performance } from 'node:perf_hooks'
import { Worker } from 'node:worker_threads'
import { build } from 'rolldown'

const root = process.cwd()
const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? Number(args[i + 1]) : fallback
}
const inputs = flag('inputs', 100_000)
const runSeed = flag('seed', 20240501)
const slowMs = flag('slow-ms', 2000)
const hangMs = flag('hang-ms', 3_000)
const workers = Math.max(1, Math.min(flag('workers', Math.min(2, availableParallelism())), 8))
const replay = flag('replay', -1)
const seedKb = flag('seed-kb', 32)
const growthKb = flag('growth-kb', 256)
const fixturesDir = process.env.WIREMARK_FIXTURES ?? resolve(root, '..', 'shared', 'fixtures')
const log = (s) => process.stdout.write(`${s}\n`)

const outDir = join(root, 'node_modules', '.cache', 'wiremark-hardening')
mkdirSync(outDir, { recursive: true })
const workerFile = join(outDir, 'fuzzWorker.mjs')
await build({
  input: join(root, 'src', 'hardening', 'fuzzWorker.ts'),
  platform: 'node',
  external: [/^node:/, 'better-sqlite3'],
  output: { file: workerFile, format: 'esm' },
  logLevel: 'warn',
})

const BLOCK = 250
const blocks = []
if (replay >= 0) blocks.push([replay, replay + 1])
else for (let a = 0; a < inputs; a += BLOCK) blocks.push([a, Math.min(inputs, a + BLOCK)])
const reports = []
let seedInfo = null
let done = 0

/** One worker loop: takes blocks off the queue; a hang or a crash of the thread is recorded and the block resumes after that input. */
function lane() {
  return new Promise((resolveLane) => {
    let w = null
    let view = null
    let current = null
    let last = -1
    let since = 0
    const spawnWorker = () => {
      const progress = new SharedArrayBuffer(8)
      view = new Int32Array(progress)
      Atomics.store(view, 0, -1)
      const replayTo = replay >= 0 ? join(root, `fuzz-case-${runSeed}-${replay}.bin`) : undefined
      w = new Worker(workerFile, { workerData: { runSeed, fixturesDir, slowMs, progress, replayTo, seedKb, growthKb } })
      w.on('message', (m) => {
        if (m.type === 'seeds') {
          if (!seedInfo) {
            seedInfo = m
            log(`fuzz: ${m.count} seed files: ${Object.entries(m.formats).map(([k, v]) => `${k} ${v}`).join(', ')}`)
          }
          next()
        } else if (m.type === 'report') {
          reports.push(m.report)
          done += m.report.inputs
        } else if (m.type === 'block') {
          next()
        }
      })
      w.on('error', (e) => restart({ crashed: Atomics.load(view, 0), error: String(e?.stack ?? e) }))
    }
    const restart = (failure) => {
      const at = failure.hung ?? failure.crashed
      reports.push(failure)
      const [, to] = current
      done += 1
      current = at + 1 < to ? [at + 1, to] : null
      const old = w
      w = null
      void old.terminate().then(() => {
        if (current) blocks.unshift(current)
        current = null
        spawnWorker()
      })
    }
    const next = () => {
      current = blocks.shift() ?? null
      if (!current) {
        clearInterval(timer)
        void w.terminate().then(() => resolveLane())
        return
      }
      last = current[0]
      since = performance.now()
      w.postMessage({ from: current[0], to: current[1] })
    }
    const timer = setInterval(() => {
      if (!w || !current) return
      // the clock runs while an input is imported and analysed, not while the harness makes it
      const now = Atomics.load(view, 0)
      const running = Atomics.load(view, 1) === 1
      if (now !== last || !running) {
        last = now
        since = performance.now()
      } else if (now >= 0 && performance.now() - since > hangMs) {
        restart({ hung: now })
      }
    }, 200)
    spawnWorker()
  })
}

const t0 = performance.now()
if (replay < 0) log(`fuzz: ${inputs} inputs, seed ${runSeed}, ${workers} worker(s), seed files <= ${seedKb} KB, growth <= ${growthKb} KB, slow bar ${slowMs} ms, hang bar ${hangMs} ms`)
const ticker = replay >= 0 ? null : setInterval(() => log(`fuzz: ${done} inputs done, ${((performance.now() - t0) / 1000).toFixed(0)} s`), 60_000)
let interrupted = false
process.on('SIGINT', () => {
  interrupted = true
  summarise()
})
process.on('SIGTERM', () => {
  interrupted = true
  summarise()
})
await Promise.all(Array.from({ length: replay >= 0 ? 1 : workers }, () => lane()))
if (ticker) clearInterval(ticker)
summarise()

function summarise() {
const total = { inputs: 0, bytes: 0, articles: 0, verdicts: {}, byFormat: {}, maxMs: 0, maxCase: null, failures: [] }
{
  for (const r of reports) {
    if (r.hung !== undefined) {
      total.inputs++
      total.failures.push({ index: r.hung, seed: '?', ops: [], verdict: 'hang', ms: hangMs, detail: `no answer in ${hangMs} ms` })
      continue
    }
    if (r.crashed !== undefined) {
      total.inputs++
      total.failures.push({ index: r.crashed, seed: '?', ops: [], verdict: 'worker crash', ms: 0, detail: r.error })
      continue
    }
    total.inputs += r.inputs
    total.bytes += r.bytes
    total.articles += r.articles
    for (const [k, v] of Object.entries(r.verdicts)) total.verdicts[k] = (total.verdicts[k] ?? 0) + v
    for (const [k, v] of Object.entries(r.byFormat)) total.byFormat[k] = (total.byFormat[k] ?? 0) + v
    if (r.maxMs > total.maxMs) {
      total.maxMs = r.maxMs
      total.maxCase = r.maxCase
    }
    total.failures.push(...r.failures)
  }
}

const secs = (performance.now() - t0) / 1000
// The worst first: crashes and masked crashes, then broken invariants, then hangs and slow inputs.
const rank = { 'worker crash': 0, crash: 1, internal: 2, invariant: 3, hang: 4, slow: 5 }
total.failures.sort((a, b) => (rank[a.verdict] ?? 9) - (rank[b.verdict] ?? 9) || a.index - b.index)
for (const f of total.failures.slice(0, 40)) {
  const what = f.ops.length ? `${f.seed}; ${f.ops.join('+')}; ` : ''
  log(`FAIL ${f.verdict} seed ${runSeed} input ${f.index} (${what}${f.ms.toFixed(0)} ms): ${f.detail}  [replay: npm run fuzz -- --seed ${runSeed} --replay ${f.index}]`)
}
if (total.failures.length > 40) log(`... and ${total.failures.length - 40} more failures`)
log('')
log(`fuzz totals (seed ${runSeed}, ${secs.toFixed(0)} s${interrupted ? ', INTERRUPTED: partial' : ''}):`)
log(`  inputs fuzzed          ${total.inputs}  (${(total.bytes / 1024 / 1024).toFixed(0)} MB)`)
log(`  per seed format        ${Object.entries(total.byFormat).sort().map(([k, v]) => `${k} ${v}`).join(', ')}`)
log(`  imported               ${total.verdicts.ok ?? 0} inputs, ${total.articles} articles (up to 3 per input analysed)`)
log(`  refused (ImportError)  ${total.verdicts['import-error'] ?? 0}`)
log(`  masked crashes         ${total.verdicts.internal ?? 0}`)
log(`  crashes                ${(total.verdicts.crash ?? 0) + total.failures.filter((f) => f.verdict === 'worker crash').length}`)
log(`  broken invariants      ${total.verdicts.invariant ?? 0}`)
log(`  hangs                  ${total.failures.filter((f) => f.verdict === 'hang').length}`)
log(`  slow (> ${slowMs} ms)        ${total.failures.filter((f) => f.verdict === 'slow').length}`)
log(`  slowest input          ${total.maxMs.toFixed(0)} ms${total.maxCase ? ` (input ${total.maxCase.index}: ${total.maxCase.seed}; ${total.maxCase.ops.join('+')})` : ''}`)
log(total.failures.length === 0 ? 'fuzz: PASS' : `fuzz: FAIL (${total.failures.length} failing inputs)`)
if (replay >= 0) log(`fuzz: the input's bytes are in fuzz-case-${runSeed}-${replay}.bin`)
const importsPassed = total.failures.length === 0 && !interrupted
// Then the desk's key fuzz (10,000 sequences of review keys; `--keys N` sets how many, `--keys 0` skips it).
const keySequences = flag('keys', replay >= 0 ? 0 : 10_000)
// (not after an interrupted import run: Ctrl+C stops the whole fuzz)
if (keySequences > 0 && !interrupted) {
  log('')
  log(`fuzz: the desk's review keys, ${keySequences} sequences (npm run fuzz:keys)`)
  const keys = spawnSync(process.execPath, [join(root, 'scripts', 'fuzz-keys.mjs'), '--sequences', String(keySequences)], { stdio: 'inherit' })
  process.exit(importsPassed && keys.status === 0 ? 0 : 1)
}
process.exit(importsPassed ? 0 : 1)
}
