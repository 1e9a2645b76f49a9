#!/usr/bin/env node
// npm run eval: scores quotes and speakers against ../shared/fixtures/gold with the reference scorers
// (../shared/tools/score_quotes.py and score_polnear.py), which run `npx --no-install wiremark analyze --json`;
// prints PolNeAR train and dev side by side (the scorer's numbers, recomputed in src/core/analysis/evalPolnear.ts
// and checked against the scorer's own lines) with speaker errors by kind and the reliability of speakerConfidence;
// then checks the seed story against its gold file. Prints every result; exits 1 when a target is missed.
// `--errors train` lists train's individual errors instead (dev and the other gold sets are read as totals only);
// `--fit` prints train's counts per speaker path that speakerConfidence is fitted from (scripts/eval-confidence.mjs).
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { runnerImport } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const fixtures = join(shared, 'fixtures')
const tools = join(shared, 'tools')

const USAGE = `usage: npm run eval [-- --errors train [--kind N] | --fit]

Scores quotes and speakers against ../shared/fixtures with the reference scorers in ../shared/tools (their
targets decide the exit code), prints PolNeAR train and dev side by side with speaker errors by kind and the
speakerConfidence reliability table, and checks the seed story.

  --errors train   list every train speaker error with its kind, and every extra quote (kind 8), for
                   development; nothing else runs. Only train can be listed: PolNeAR dev, Wikinews 2019 and
                   the seed story are checks, and their errors are read as totals only, never one by one.
  --kind N         with --errors: only kind N (1 to 8, or - for "other wrong person")
  --fit            print, per way a speaker was found, how many train speakers are right: the counts the
                   speakerConfidence table (src/core/analysis/confidence.ts) is fitted from; nothing else runs`

const { values: opts } = (() => {
  try {
    return parseArgs({ options: { errors: { type: 'string' }, kind: { type: 'string' }, fit: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } } })
  } catch (e) {
    console.error(`eval: ${e instanceof Error ? e.message : String(e)}\n\n${USAGE}`)
    process.exit(2)
  }
})()
if (opts.help) {
  console.log(USAGE)
  process.exit(0)
}
if (opts.errors !== undefined && opts.errors !== 'train') {
  console.error(`eval: will not list the errors of "${opts.errors}". Only train's errors are listed one by one: PolNeAR dev,\n` +
    'Wikinews 2019 and the seed story are checks, read as totals only (develop on train, then check the totals).')
  process.exit(2)
}
if (opts.kind !== undefined && (opts.errors === undefined || !/^(?:[1-8]|-)$/.test(opts.kind))) {
  console.error(`eval: --kind takes 1 to 8 or - and goes with --errors train\n\n${USAGE}`)
  process.exit(2)
}

if (!existsSync(fixtures) || !existsSync(tools)) {
  console.error(`eval: ${shared} with fixtures/ and tools/ is needed beside the checkout`)
  process.exit(2)
}
if (opts.fit) {
  if (opts.errors !== undefined) {
    console.error(`eval: --fit and --errors each run alone\n\n${USAGE}`)
    process.exit(2)
  }
  const fit = spawnSync(process.execPath, [join(root, 'scripts', 'eval-confidence.mjs')], { cwd: root, stdio: 'inherit' })
  process.exit(fit.status ?? 1)
}

/** @type {typeof import('../src/core/analysis/evalPolnear')} */
const polnear = (await runnerImport(join(root, 'src', 'core', 'analysis', 'evalPolnear.ts'), { root, configFile: false, logLevel: 'error' })).module

/** Scores one PolNeAR split from one `wiremark analyze --json` run, as score_polnear.py does; null when the run fails. */
function scorePolnear(split) {
  const dir = join(fixtures, 'polnear', 'data', split)
  const articles = polnear.polnearArticles(readdirSync(join(dir, 'text')), readdirSync(join(dir, 'attributions')))
  const files = articles.map((a) => join(dir, 'text', a.text))
  const r = spawnSync('npx', ['--no-install', 'wiremark', 'analyze', ...files, '--json'], {
    cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 900_000, maxBuffer: 1 << 30,
  })
  const outs = (r.stdout ?? '').split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l))
  if (outs.length !== files.length) {
    console.log(`PolNeAR ${split}: expected ${files.length} JSON lines from wiremark analyze, got ${outs.length} (exit ${r.status}) ${(r.stderr ?? '').slice(-1000)}`)
    return null
  }
  const tally = polnear.newPolnearTally(split)
  articles.forEach((a, i) => {
    const gold = polnear.readPolnearGold(readFileSync(join(dir, 'text', a.text), 'utf8'), readFileSync(join(dir, 'attributions', a.ann), 'utf8'))
    polnear.scorePolnearArticle(tally, a.id, gold, polnear.predictedStory(outs[i]))
  })
  return tally
}

if (opts.errors === 'train') {
  const train = scorePolnear('train')
  if (!train) process.exit(1)
  console.log(polnear.formatPolnearTable([train]).join('\n'))
  console.log(`\n== train errors${opts.kind ? ` of kind ${opts.kind}` : ''}: kind [named|form|described] article: got speaker (attribution, cue) want gold mention (cue): quote`)
  console.log(polnear.formatErrors(train, opts.kind).join('\n'))
  process.exit(0)
}

let failed = false

/** Runs a reference scorer, prints what it prints, and returns that. A non-zero exit is a missed target. */
function runScorer(title, args) {
  console.log(`\n== ${title}`)
  const r = spawnSync('python3', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 900_000 })
  process.stdout.write(r.stdout ?? '')
  if (r.status !== 0) {
    failed = true
    process.stdout.write((r.stderr ?? '').slice(-2000))
    console.log(`${title}: below target (exit ${r.status})`)
  }
  return r.stdout ?? ''
}

runScorer('wikinews2019 gold (quote F1 >= 0.98, speaker >= 0.95)', [
  join(tools, 'score_quotes.py'),
  join(fixtures, 'gold', 'wikinews2019'),
  join(fixtures, 'wikinews-en-2019-2020', 'wikinews_2019.csv'),
  '--min-f1', '0.98', '--min-speaker', '0.95',
])

const reference = {
  dev: runScorer('PolNeAR dev (direct F1 >= 0.97)', [join(tools, 'score_polnear.py'), join(fixtures, 'polnear', 'data', 'dev'), '--min-f1', '0.97']),
  train: runScorer('PolNeAR train (no target: the reference for the table below)', [join(tools, 'score_polnear.py'), join(fixtures, 'polnear', 'data', 'train')]),
}

// The same numbers side by side, recomputed from one more `wiremark analyze --json` run per split, with what the
// scorer does not print. The recomputed lines must equal the scorer's, or this table is not to be trusted.
console.log('\n== PolNeAR train and dev: totals, speaker errors by kind, speakerConfidence (dev: totals only)')
const tallies = ['train', 'dev'].map(scorePolnear)
if (tallies.every(Boolean)) {
  console.log(polnear.formatPolnearTable(tallies).join('\n'))
  for (const t of tallies) {
    const { agrees, missing } = polnear.compareWithReference(t, reference[t.split])
    if (agrees) console.log(`${t.split}: the table's totals agree with score_polnear.py`)
    else {
      failed = true
      console.log(`${t.split}: the table DISAGREES with score_polnear.py; its lines would be:\n  ${missing.join('\n  ')}`)
    }
  }
  console.log('')
  console.log(polnear.formatReliability(tallies).join('\n'))
} else failed = true

// The seed story: every quote with its speaker and attribution type, and the people with their descriptions.
console.log('\n== seed story (gold/reuters-putin-lukashenko-aggregator.gold.json)')
const gold = JSON.parse(readFileSync(join(fixtures, 'gold', 'reuters-putin-lukashenko-aggregator.gold.json'), 'utf8'))
const r = spawnSync('npx', ['--no-install', 'wiremark', 'analyze', join(fixtures, gold.file), '--json'], {
  cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 300_000,
})
const line = (r.stdout ?? '').split('\n').find((l) => l.trim().startsWith('{'))
if (!line) {
  failed = true
  console.log(`wiremark analyze gave no JSON (exit ${r.status}): ${(r.stderr ?? '').slice(-1000)}`)
} else {
  const out = JSON.parse(line)
  const norm = (s) => (s ?? '').replace(/[\u201c\u201d\u201e\u00ab\u00bb"\u2018\u2019\u201a']/g, '').replace(/\s+/g, ' ').trim().toLowerCase()
  let ok = 0
  for (const g of gold.quotes) {
    const q = (out.quotes ?? []).find((x) => norm(x.text) === norm(g.text))
    const good = q && q.speaker === g.speaker && q.attribution === g.attribution
    if (good) ok++
    else console.log(`  quote wrong: want ${g.speaker}/${g.attribution}, got ${q ? `${q.speaker}/${q.attribution}` : 'nothing'}: ${g.text.slice(0, 60)}`)
  }
  const extra = (out.quotes ?? []).length - gold.quotes.length
  console.log(`quotes ${ok}/${gold.quotes.length} right${extra > 0 ? `, ${extra} extra` : ''}`)
  let pOk = 0
  for (const g of gold.people) {
    const p = (out.people ?? []).find((x) => x.name === g.name)
    if (p && p.description === g.description) pOk++
    else console.log(`  person wrong: want ${g.name} (${g.description}), got ${p ? `${p.name} (${p.description})` : 'nothing'}`)
  }
  console.log(`people ${pOk}/${gold.people.length} with their descriptions`)
  let rOk = 0
  for (const g of gold.reported_speech ?? []) {
    if ((out.reportedSpeech ?? []).some((x) => x.source === g.source && norm(x.text).includes(norm(g.text).slice(0, 40)))) rOk++
    else console.log(`  reported speech missing: ${g.source}: ${g.text.slice(0, 60)}`)
  }
  console.log(`reported speech ${rOk}/${(gold.reported_speech ?? []).length}`)
  if (ok !== gold.quotes.length || extra > 0 || pOk !== gold.people.length) failed = true
}

// Claims and the unattributed-claim check against the hand-labelled sentences (eval/claims, docs/claims.md).
console.log('\n== claims (eval/claims/labels.tsv: dev, and the check split by totals only)')
const claims = spawnSync(process.execPath, [join(root, 'scripts', 'eval-claims.mjs')], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 600_000 })
process.stdout.write(claims.stdout ?? '')
if (claims.status !== 0) {
  failed = true
  process.stdout.write((claims.stderr ?? '').slice(-2000))
  console.log(`claims: below target (exit ${claims.status})`)
}

console.log(failed ? '\neval: some targets missed' : '\neval: all targets met')
process.exit(failed ? 1 : 0)
