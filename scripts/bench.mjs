// `npm run bench [-- --json]`: builds, runs every benchmark, prints a table (or one JSON array with --json).
// Rows: {name, value, unit, target, pass}. Speed targets live here, never in tests.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
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
log('bench: importing 10,000 stories while typing in the window ...')
rows.push(...(await bulkImport()))

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

/** 10,000 stories made from the Reuters-21578 file with varied ids, as pasted text. */
function tenThousandStories() {
  const sgm = readFileSync(join(root, '..', 'shared', 'fixtures', 'reuters-21578', 'reut2-000.sgm'), 'latin1')
  const base = []
  for (const m of sgm.matchAll(/<REUTERS[^>]*NEWID="(\d+)"[^>]*>([\s\S]*?)<\/REUTERS>/g)) {
    const title = /<TITLE>([\s\S]*?)<\/TITLE>/.exec(m[2])?.[1]?.trim()
    const body = /<BODY>([\s\S]*?)<\/BODY>/.exec(m[2])?.[1]?.replace(/&#\d+;/g, '').replace(/&lt;/g, '<').replace(/&amp;/g, '&').trim()
    if (title && body) base.push({ title, body })
  }
  const files = []
  for (let i = 0; files.length < 10_000; i++) {
    const s = base[i % base.length]
    const edition = Math.floor(i / base.length)
    files.push({ name: `bench-${i}.txt`, text: `${s.title}\n\n${s.body}\n\nEdition ${edition} item ${i}.` })
  }
  return files
}

async function startHostAt(dataDir) {
  const host = spawn(process.execPath, [join(root, 'out', 'main', 'host.js'), '--port', '0', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] })
  const url = await new Promise((resolve, reject) => {
    let out = ''
    host.stdout.on('data', (d) => {
      out += d
      const m = /Wiremark is running at (\S+)/.exec(out)
      if (m) resolve(m[1])
    })
    host.on('exit', (c) => reject(new Error(`host exited ${c}`)))
  })
  return { host, url: new URL(url) }
}

/** Imports 10,000 stories through the worker while keys are pressed in the page; input latency = event to next frame. */
async function bulkImport() {
  const names = ['import 10,000 stories (worker, full-text index)', 'input latency p95 in the window during the import']
  const dataDir = mkdtempSync(join(tmpdir(), 'wiremark-bench-'))
  const { chromium } = await import('@playwright/test')
  const exe = chromiumPath()
  const browser = await chromium.launch({
    ...(exe ? { executablePath: exe } : {}),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  })
  const { host, url } = await startHostAt(dataDir)
  const token = url.searchParams.get('token')
  const api = async (channel, input) => {
    const r = await fetch(`${url.origin}/api/${channel}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-wiremark-token': token }, body: JSON.stringify(input) })
    const b = await r.json()
    if (!b.ok) throw new Error(`${channel}: ${b.error.message}`)
    return b.value
  }
  try {
    const page = await browser.newPage()
    await page.goto(url.href)
    await page.waitForSelector('.app[data-ready="true"]')
    await page.evaluate(() => {
      window.__latencies = []
      window.addEventListener('keydown', (e) => {
        const t = e.timeStamp
        requestAnimationFrame(() => window.__latencies.push(performance.now() - t))
      })
    })
    const files = tenThousandStories()
    const t0 = performance.now()
    await api('imports:start', { files })
    let count = 0
    while (count < files.length && performance.now() - t0 < 300_000) {
      await page.keyboard.press('Shift')
      const last = await api('stories:list', { limit: 1, offset: files.length - 1 })
      count = last.length ? files.length : 0
      await new Promise((r) => setTimeout(r, 100))
    }
    const seconds = (performance.now() - t0) / 1000
    const lat = (await page.evaluate(() => window.__latencies)).sort((a, b) => a - b)
    const p95 = lat[Math.floor(lat.length * 0.95)] ?? NaN
    return [
      { name: names[0], value: Math.round(seconds * 10) / 10, unit: 's', target: 60, pass: count === files.length && seconds <= 60 },
      { name: names[1], value: Math.round(p95 * 10) / 10, unit: 'ms', target: 50, pass: p95 <= 50 },
    ]
  } catch (e) {
    return names.map((name) => ({ name, value: NaN, unit: 'error', target: 0, pass: false, error: String(e) }))
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
