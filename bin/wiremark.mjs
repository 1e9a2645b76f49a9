#!/usr/bin/env node
// The `wiremark` command. Runs the built CLI (out/main/cli.js); in a checkout, builds it first when the
// sources are newer, so `npx wiremark` always runs the code you see. Build output goes to stderr.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const cli = join(root, 'out', 'main', 'cli.js')

function newestMtime(dir) {
  let newest = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, entry.name)
    if (entry.isDirectory()) newest = Math.max(newest, newestMtime(p))
    else if (!entry.name.includes('.test.')) newest = Math.max(newest, statSync(p).mtimeMs)
  }
  return newest
}

const src = join(root, 'src')
if (existsSync(src) && (!existsSync(cli) || newestMtime(src) > statSync(cli).mtimeMs)) {
  process.stderr.write('wiremark: building the CLI from src/ ...\n')
  const r = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 2, 2],
  })
  if (r.status !== 0) {
    process.stderr.write('wiremark: the build failed; see the messages above.\n')
    process.exit(1)
  }
}
await import(pathToFileURL(cli).href)
