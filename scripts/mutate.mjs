// `npm run mutate`: Stryker over the modules named in stryker.config.mjs, every argument passed on to it.
// `npm run mutate -- --since <ref>` mutates only those modules that changed since <ref>, or whose tests beside them
// did (committed or not), in Stryker's incremental mode, which also reuses the last run's results for mutants and
// tests that did not change.
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import config from '../stryker.config.mjs'

const args = process.argv.slice(2)
const at = args.indexOf('--since')
if (at >= 0) {
  const ref = args[at + 1]
  if (!ref || ref.startsWith('-')) {
    console.error('mutate: --since needs a git ref, e.g. npm run mutate -- --since main')
    process.exit(2)
  }
  args.splice(at, 2)
  const git = (...a) => {
    const r = spawnSync('git', a, { encoding: 'utf8' })
    if (r.status !== 0) {
      console.error(`mutate: git ${a.join(' ')} failed: ${r.stderr.trim()}`)
      process.exit(2)
    }
    return r.stdout.split('\n').filter(Boolean)
  }
  const base = git('merge-base', ref, 'HEAD')[0]
  const changed = new Set([...git('diff', '--name-only', base), ...git('ls-files', '--others', '--exclude-standard')])
  const include = config.mutate.filter((p) => !p.startsWith('!')).map(glob)
  const exclude = config.mutate.filter((p) => p.startsWith('!')).map((p) => glob(p.slice(1)))
  const mutated = (f) => include.some((g) => g.test(f)) && !exclude.some((g) => g.test(f))
  // A module counts as changed when it did, or when the tests beside it (name.test.ts) did.
  const candidates = [...changed].map((f) => f.replace(/\.test\.tsx?$/, '.ts'))
  const files = [...new Set(candidates.filter(mutated))].sort()
  if (files.length === 0) {
    console.log(`mutate: none of the mutated modules changed since ${ref}; nothing to do.`)
    process.exit(0)
  }
  console.log(`mutate: changed since ${ref}: ${files.join(', ')}`)
  if (!args.includes('--mutate') && !args.includes('-m')) args.push('--mutate', files.join(','))
  if (!args.includes('--incremental')) args.push('--incremental')
}

/** The config's patterns use only `*` within one folder. */
function glob(pattern) {
  return new RegExp(`^${pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`)
}

const bin = JSON.parse(readFileSync(new URL('../node_modules/@stryker-mutator/core/package.json', import.meta.url), 'utf8')).bin
const cli = new URL(`../node_modules/@stryker-mutator/core/${typeof bin === 'string' ? bin : bin.stryker}`, import.meta.url)
const r = spawnSync(process.execPath, [cli.pathname, 'run', 'stryker.config.mjs', ...args], { stdio: 'inherit' })
process.exit(r.status ?? 1)
