import { writeFileSync } from 'node:fs'
import { parentPort, workerData } from 'node:worker_threads'
import { emptyReport, loadSeeds, LONG_LIMITS, makeCase, record, runCase, type FuzzReport, type Limits, type Seed } from './fuzz'

// A worker thread of `npm run fuzz` (bundled and started by scripts/fuzz.mjs). It runs the blocks of inputs
// it is sent, writing the index of the input it is on into shared memory before each one, so the parent can
// tell a hang from slow progress, name the input that hung, and restart past it.

export interface FuzzSetup {
  runSeed: number
  fixturesDir: string
  slowMs: number
  /** Int32Array over a SharedArrayBuffer: [current index, or -1 when idle; 1 while the input runs, 0 while it is made] */
  progress: SharedArrayBuffer
  /** Replay mode: the bytes of each input are written here */
  replayTo?: string
  seedKb: number
  growthKb: number
}

export type ToWorker = { from: number; to: number }
export type FromWorker = { type: 'seeds'; count: number; formats: Record<string, number> } | { type: 'report'; report: FuzzReport } | { type: 'block'; from: number; to: number }

const setup = workerData as FuzzSetup
const seeds: Seed[] = loadSeeds(setup.fixturesDir, { maxBytes: setup.seedKb * 1024 })
const limits: Limits = { ...LONG_LIMITS, growth: setup.growthKb * 1024 }
const formats: Record<string, number> = {}
for (const s of seeds) formats[s.format] = (formats[s.format] ?? 0) + 1
const progress = new Int32Array(setup.progress)
parentPort?.postMessage({ type: 'seeds', count: seeds.length, formats } satisfies FromWorker)

parentPort?.on('message', ({ from, to }: ToWorker) => {
  // Reports go up in small batches, so a block cut short by a hang loses only the input that hung.
  let report = emptyReport(setup.runSeed)
  for (let i = from; i < to; i++) {
    // Making an input (a deep docx can take seconds to zip) is the harness's time, not Wiremark's: the watchdog
    // sees the index only while the input is imported and analysed.
    Atomics.store(progress, 1, 0)
    Atomics.store(progress, 0, i)
    const c = makeCase(setup.runSeed, i, seeds, limits)
    const seed = seeds[i % seeds.length] as Seed
    if (setup.replayTo) writeFileSync(setup.replayTo, c.bytes)
    Atomics.store(progress, 1, 1)
    record(report, c, seed.format, runCase(c.bytes, seed.name), setup.slowMs)
    if (report.inputs === 1) {
      parentPort?.postMessage({ type: 'report', report } satisfies FromWorker)
      report = emptyReport(setup.runSeed)
    }
  }
  Atomics.store(progress, 0, -1)
  parentPort?.postMessage({ type: 'block', from, to } satisfies FromWorker)
})
