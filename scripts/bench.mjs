// `npm run bench [-- --json]`: builds, runs every benchmark, prints a table (or one JSON array with --json).
// Rows: {name, value, unit, target, pass}. Speed targets live here, never in tests.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'

const root = process.cwd()
const json = process.argv.includes('--json')
const log = (s) => process.stderr.write(`${s}\n`)

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
if (build.status !== 0) {
  log('bench: the build failed')
  process.exit(1)
}

const rows = []
log('bench: core and database ...')
const node = spawnSync(process.execPath, [join(root, 'out', 'main', 'bench.js')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'], maxBuffer: 64 * 1024 * 1024 })
for (const line of node.stdout.split('\n')) if (line.trim().startsWith('{')) rows.push(JSON.parse(line))
if (node.status !== 0) rows.push({ name: 'core benchmarks', value: NaN, unit: 'error', target: 0, pass: false })

log('bench: browser mode cold start ...')
rows.push(await coldStart())

function chromiumPath() {
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p))
}

/** From spawning the host to the app's first contentful paint in Chromium, fresh data folder. */
async function coldStart() {
  const name = 'browser mode: cold start to first paint'
  const dataDir = mkdtempSync(join(tmpdir(), 'wiremark-bench-'))
  const { chromium } = await import('@playwright/test')
  const exe = chromiumPath()
  const browser = await chromium.launch({
    ...(exe ? { executablePath: exe } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const page = await browser.newPage()
  const t0 = performance.now()
  const host = spawn(process.execPath, [join(root, 'out', 'main', 'host.js'), '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
  try {
    const url = await new Promise((resolve, reject) => {
      let out = ''
      host.stdout.on('data', (d) => {
        out += d
        const m = /Wiremark is running at (\S+)/.exec(out)
        if (m) resolve(m[1])
      })
      host.on('exit', (c) => reject(new Error(`host exited ${c}`)))
    })
    await page.goto(url)
    await page.waitForSelector('.app[data-ready="true"]')
    const fcp = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now())
    const navStart = await page.evaluate(() => performance.timeOrigin)
    const value = navStart + fcp - (performance.timeOrigin + t0)
    return { name, value: Math.round(value), unit: 'ms', target: 1500, pass: value <= 1500 }
  } catch (e) {
    return { name, value: NaN, unit: 'error', target: 1500, pass: false, error: String(e) }
  } finally {
    host.kill()
    await browser.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

if (json) process.stdout.write(`${JSON.stringify(rows.map(({ name, value, unit, target, pass }) => ({ name, value, unit, target, pass })))}\n`)
else {
  const w = Math.max(...rows.map((r) => r.name.length), 4)
  const lines = [`${'name'.padEnd(w)}  ${'value'.padStart(10)}  unit  ${'target'.padStart(8)}  pass`]
  lines.push('-'.repeat(lines[0].length))
  for (const r of rows) lines.push(`${r.name.padEnd(w)}  ${String(r.value).padStart(10)}  ${r.unit.padEnd(4)}  ${('≤ ' + r.target).padStart(8)}  ${r.pass ? 'yes' : 'NO'}`)
  process.stdout.write(`${lines.join('\n')}\n`)
}
