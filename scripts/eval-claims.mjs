#!/usr/bin/env node
// npm run eval calls this: scores claim detection and the unattributed-claim check against the hand-labelled
// sentences in eval/claims/labels.tsv (docs/claims.md says how they were labelled). It runs
// `npx --no-install wiremark analyze --json` on the labelled stories, as the reference scorers do, and prints
// precision, recall and F1 on the dev split and on the check split (the check split: totals only).
//   --errors   also lists the dev split's misses and false alarms (never the check split's)
// Exits 1 when a split misses a target, 2 when the fixtures are missing.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isClaim, isUnsourced, loadLabels, scoreSplit, sentencesWithPredictions, storyText } from './claimsScore.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = resolve(root, '..', 'shared', 'fixtures')
const showErrors = process.argv.includes('--errors')

/** The targets of issue 19: claims F1 and precision, the finding's F1. */
const TARGET = { claimF1: 0.8, claimPrecision: 0.8, findingF1: 0.75 }

if (!existsSync(fixtures)) {
  console.error(`eval-claims: ${fixtures} is needed beside the checkout`)
  process.exit(2)
}

const labels = loadLabels(root)

const articles = [...new Set(labels.map((l) => l.article))]
const tmp = mkdtempSync(join(tmpdir(), 'wiremark-claims-'))
const files = articles.map((a, i) => {
  const p = join(tmp, `${i}.txt`)
  writeFileSync(p, storyText(fixtures, a))
  return p
})
const run = spawnSync('npx', ['--no-install', 'wiremark', 'analyze', ...files, '--json'], {
  cwd: root,
  encoding: 'utf8',
  stdio: ['ignore', 'pipe', 'pipe'],
  timeout: 600_000,
  maxBuffer: 1 << 28,
})
rmSync(tmp, { recursive: true, force: true })
const outputs = (run.stdout ?? '').split('\n').filter((l) => l.trim().startsWith('{')).map((l) => JSON.parse(l))
if (outputs.length !== articles.length) {
  console.error(`eval-claims: wiremark analyze gave ${outputs.length} results for ${articles.length} stories (exit ${run.status})`)
  console.error((run.stderr ?? '').slice(-2000))
  process.exit(1)
}

/** Each labelled sentence with the claims and unattributed-claim findings that start in it. */
const scored = articles.flatMap((article, ai) =>
  sentencesWithPredictions(labels.filter((l) => l.article === article), outputs[ai].article.text, outputs[ai]),
)

const f3 = (x) => x.toFixed(3)
const line = (name, s) =>
  `  ${name}: ${s.predicted} predicted vs ${s.gold} labelled, precision ${f3(s.precision)}, recall ${f3(s.recall)}, F1 ${f3(s.f1)}`

let missed = false
for (const split of ['dev', 'check']) {
  const rows = scored.filter((r) => r.split === split)
  const { claims, findings } = scoreSplit(rows)
  console.log(`== ${split}: ${new Set(rows.map((r) => r.article)).size} stories, ${rows.length} sentences`)
  console.log(line('claims (check-worthy sentences)', claims))
  console.log(line('unattributed-claim (check-worthy, reporter voice)', findings))
  const ok = claims.f1 >= TARGET.claimF1 && claims.precision >= TARGET.claimPrecision && findings.f1 >= TARGET.findingF1
  if (!ok) missed = true
  console.log(`  targets (claims F1 >= ${TARGET.claimF1}, precision >= ${TARGET.claimPrecision}; finding F1 >= ${TARGET.findingF1}): ${ok ? 'met' : 'missed'}`)
  if (showErrors && split === 'dev') {
    for (const r of rows) {
      const c = r.claims.length > 0
      const f = r.findings.length > 0
      const tag = `${isClaim(r) ? (c ? '' : 'claim missed') : c ? 'claim false' : ''}${isUnsourced(r) ? (f ? '' : ' finding missed') : f ? ' finding false' : ''}`.trim()
      if (tag) console.log(`  [${tag}] ${r.article} #${r.sentence} ${r.label} ${r.kind} ${r.attribution}: ${r.text.slice(0, 140)}`)
    }
  }
}
process.exit(missed ? 1 : 0)
