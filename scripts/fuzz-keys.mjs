// `npm run fuzz:keys [-- --sequences N --seed S]`: the desk's key fuzz at length. Random sequences of every
// documented review key, from random places, against the seed story in browser mode; the story text must not
// change while the desk is in review mode (e2e/review-keys.spec.ts, which `npm test` runs with 200 sequences).
// Builds the app first. Exit code 1 when any sequence changed the text; its seed and keys are printed.
// A long run is cut into tests of 500 sequences; `--part 4501-5000` runs one of them again (with its `--seed`).
import { spawnSync } from 'node:child_process'
import { join } from 'node:path'

const args = process.argv.slice(2)
const flag = (name, fallback) => {
  const i = args.indexOf(`--${name}`)
  return i >= 0 && args[i + 1] !== undefined ? String(args[i + 1]) : fallback
}
const root = process.cwd()
const env = {
  ...process.env,
  WIREMARK_KEY_SEQUENCES: flag('sequences', '10000'),
  ...(flag('seed', '') ? { WIREMARK_KEY_SEED: flag('seed', '') } : {}),
}
const node = (script, ...rest) => spawnSync(process.execPath, [join(root, 'node_modules', ...script), ...rest], { stdio: 'inherit', env })
const build = node(['electron-vite', 'bin', 'electron-vite.js'], 'build')
if (build.status !== 0) process.exit(build.status ?? 1)
const part = flag('part', '')
const run = node(['@playwright', 'test', 'cli.js'], 'test', 'e2e/review-keys.spec.ts', '--project=browser', ...(part ? ['--grep', `sequences ${part}\\)`] : []))
process.exit(run.status ?? 1)
