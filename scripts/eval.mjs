#!/usr/bin/env node
// npm run eval: scores quotes and speakers against ../shared/fixtures/gold with the reference scorers
// (../shared/tools/score_quotes.py and score_polnear.py), which run `npx --no-install wiremark analyze --json`,
// then checks the seed story against its gold file. Prints every result; exits 1 when a target is missed.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const shared = resolve(root, '..', 'shared')
const fixtures = join(shared, 'fixtures')
const tools = join(shared, 'tools')

if (!existsSync(fixtures) || !existsSync(tools)) {
  console.error(`eval: ${shared} with fixtures/ and tools/ is needed beside the checkout`)
  process.exit(2)
}

let failed = false

function runScorer(title, args) {
  console.log(`\n== ${title}`)
  const r = spawnSync('python3', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 900_000 })
  process.stdout.write(r.stdout ?? '')
  if (r.status !== 0) {
    failed = true
    process.stdout.write((r.stderr ?? '').slice(-2000))
    console.log(`${title}: below target (exit ${r.status})`)
  }
}

runScorer('wikinews2019 gold (quote F1 >= 0.98, speaker >= 0.95)', [
  join(tools, 'score_quotes.py'),
  join(fixtures, 'gold', 'wikinews2019'),
  join(fixtures, 'wikinews-en-2019-2020', 'wikinews_2019.csv'),
  '--min-f1', '0.98', '--min-speaker', '0.95',
])

runScorer('PolNeAR dev (direct F1 >= 0.97)', [join(tools, 'score_polnear.py'), join(fixtures, 'polnear', 'data', 'dev'), '--min-f1', '0.97'])

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

console.log(failed ? '\neval: some targets missed' : '\neval: all targets met')
process.exit(failed ? 1 : 0)
