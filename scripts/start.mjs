// `npm start`: the Electron window where Electron's binary is installed; otherwise browser mode
// (build, then serve the app on 127.0.0.1 from the same per-user library the desktop app uses, and open the default
// browser at it where there is one; `npm start -- --no-open` leaves the browser alone).
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { checkLinuxSandbox } from './linuxSandbox.mjs'
import { openBrowser, takeNoOpen } from './openBrowser.mjs'

const root = process.cwd()
const electronDir = join(root, 'node_modules', 'electron')
const pathFile = join(electronDir, 'path.txt')
const hasElectron = existsSync(pathFile) && existsSync(join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()))
const evite = join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js')
// --no-open: browser mode leaves the browser alone (the desktop window ignores it)
const { open, rest: forward } = takeNoOpen(process.argv.slice(2))

if (hasElectron && !process.env.WIREMARK_BROWSER) {
  // Ubuntu 24.04+: say how to let Chromium's sandbox start, instead of Electron's abort (see linuxSandbox.mjs).
  const advice = checkLinuxSandbox(join(electronDir, 'dist', 'chrome-sandbox'))
  if (advice) {
    console.error(advice)
    process.exit(1)
  }
  const child = spawn(process.execPath, [evite, 'preview', ...forward], { stdio: 'inherit' })
  child.on('exit', (code) => process.exit(code ?? 0))
} else {
  console.log('Electron is not installed here: building Wiremark for browser mode ...')
  const build = spawnSync(process.execPath, [evite, 'build'], { stdio: ['ignore', 'ignore', 'inherit'] })
  if (build.status !== 0) {
    console.error('wiremark: the build failed; see the messages above.')
    process.exit(1)
  }
  const host = spawn(process.execPath, [join(root, 'out', 'main', 'host.js'), ...forward], { stdio: ['inherit', 'pipe', 'inherit'] })
  // The host's lines pass through; the first address it prints opens in the default browser.
  let seen = ''
  let opened = !open
  host.stdout.on('data', (d) => {
    process.stdout.write(d)
    if (opened) return
    seen += d.toString()
    const url = /Wiremark is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(seen)?.[1]
    if (!url) return
    opened = true
    openBrowser(url)
  })
  const stop = () => host.kill('SIGTERM')
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
  host.on('exit', (code) => process.exit(code ?? 0))
}
