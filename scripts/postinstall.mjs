// Runs after `npm install` / `npm ci`. Never fails the install: every step that needs the network is optional.
// 1. Installs Electron's binary (its own install script is not approved in allowScripts, because it fails the
//    whole install where the download is impossible). Where it cannot be had, says so in one line.
// 2. Where Electron is there, builds better-sqlite3 for Electron's ABI into native/electron/, beside the Node
//    build that the tests and the CLI use, so `npm start` and `npm test` never need a rebuild in between.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { join } from 'node:path'

const root = process.cwd()
const electronDir = join(root, 'node_modules', 'electron')
const say = (s) => console.log(`wiremark: ${s}`)

function electronBinaryInstalled() {
  const pathFile = join(electronDir, 'path.txt')
  return existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
}

function installElectron() {
  if (!existsSync(join(electronDir, 'install.js'))) return false
  if (electronBinaryInstalled()) return true
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    say('the Electron binary is not available (ELECTRON_SKIP_BINARY_DOWNLOAD is set); `npm start` will open Wiremark in the browser instead.')
    return false
  }
  const r = spawnSync(process.execPath, ['install.js'], { cwd: electronDir, encoding: 'utf8', timeout: 300_000 })
  if (r.status === 0 && electronBinaryInstalled()) return true
  const reason = `${r.stderr ?? ''}${r.stdout ?? ''}`.match(/(ENOTFOUND[^\n]*|ETIMEDOUT[^\n]*|ECONNREFUSED[^\n]*|HTTPError[^\n]*)/)?.[1] ?? (r.error?.message ?? `exit code ${r.status}`)
  say(`the Electron binary is not available (download failed: ${reason.trim()}); \`npm start\` will open Wiremark in the browser instead.`)
  return false
}

function buildSqliteForElectron() {
  const target = JSON.parse(readFileSync(join(electronDir, 'package.json'), 'utf8')).version
  const out = join(root, 'native', 'electron', 'better_sqlite3.node')
  const stamp = join(root, 'native', 'electron', `electron-${target}`)
  if (existsSync(out) && existsSync(stamp)) return
  const work = join(root, 'node_modules', '.cache', 'wiremark-electron-sqlite', 'better-sqlite3')
  rmSync(work, { recursive: true, force: true })
  cpSync(join(root, 'node_modules', 'better-sqlite3'), work, { recursive: true, filter: (p) => !p.includes(`${'better-sqlite3'}/build`) })
  const env = { ...process.env }
  delete env.npm_config_nodedir // that points at Node's headers; Electron's are needed here
  let ok = false
  const prebuild = join(root, 'node_modules', 'prebuild-install', 'bin.js')
  if (existsSync(prebuild)) {
    const r = spawnSync(process.execPath, [prebuild, '--runtime', 'electron', '--target', target, '--arch', process.arch], { cwd: work, env, encoding: 'utf8', timeout: 300_000 })
    ok = r.status === 0 && existsSync(join(work, 'build', 'Release', 'better_sqlite3.node'))
  }
  if (!ok) {
    const gyp = process.env.npm_config_node_gyp
    if (gyp && existsSync(gyp)) {
      const r = spawnSync(process.execPath, [gyp, 'rebuild', '--release', `--target=${target}`, `--arch=${process.arch}`, '--dist-url=https://electronjs.org/headers'], { cwd: work, env, encoding: 'utf8', timeout: 900_000 })
      ok = r.status === 0 && existsSync(join(work, 'build', 'Release', 'better_sqlite3.node'))
    }
  }
  if (!ok) {
    say(`could not build better-sqlite3 for Electron ${target}; the desktop app cannot open its library until \`npm run postinstall\` succeeds with network access.`)
    return
  }
  mkdirSync(join(root, 'native', 'electron'), { recursive: true })
  cpSync(join(work, 'build', 'Release', 'better_sqlite3.node'), out)
  cpSync(join(work, 'package.json'), stamp)
  say(`better-sqlite3 built for Electron ${target} (native/electron/better_sqlite3.node).`)
}

try {
  if (installElectron()) buildSqliteForElectron()
} catch (e) {
  say(`optional desktop setup skipped: ${e instanceof Error ? e.message : String(e)}`)
}
