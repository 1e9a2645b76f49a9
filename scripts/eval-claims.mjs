#!/usr/bin/env node
// npm run eval calls this: scores claim detection and the unattributed-claim check against the hand-labelled
// sentences in eval/claims/labels.tsv (docs/claims.md says how they were labelled). It runs
// `npx --no-install wiremark analyze --json` on the labelled stories, as the reference scorers do, and prints
// precision, recall and F1 on the dev split and on the check split (the check split: totals only).
//   --errors   also lists the dev split's misses and false alarms (never the check split's)
// Exits 1 when a split misses a target, 2 when the fixtures are missing.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const fixtures = resolve(root, '..', 'shared', 'fixtures')
const showErrors = process.argv.includes('--errors')

/** The targets of issue 19: claims F1 and precision, the finding's F1. */
const TARGET = { claimF1: 0.8, claimPrecision: 0.8, findingF1: 0.75 }

if (!existsSync(fixtures)) {
  console.error(`eval-claims: ${fixtures} is needed beside the checkout`)
  process.exit(2)
}

/** A minimal RFC 4180 reader: the Wikinews CSV quotes fields with embedded newlines. */
function csvRows(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++
      else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') row.push(field), (field = '')
    else if (c === '\n') row.push(field), rows.push(row), (row = []), (field = '')
    else if (c !== '\r') field += c
  }
  if (field || row.length) row.push(field), rows.push(row)
  const head = rows[0]
  return rows.slice(1).map((r) => Object.fromEntries(head.map((k, i) => [k, r[i] ?? ''])))
}

const labels = readFileSync(join(root, 'eval', 'claims', 'labels.tsv'), 'utf8')
  .trim()
  .split('\n')
  .slice(1)
  .map((line) => {
    const [split, article, sentence, label, kind, attribution, text] = line.split('\t')
    return { split, article, sentence: Number(sentence), label, kind, attribution, text }
  })

// The story text a user would paste: Wikinews rows as '<title>\n\n<text>' (as score_quotes.py writes them), PolNeAR as is.
let wikinews = null
function storyText(article) {
  const row = /^wikinews-2019-(\d+)$/.exec(article)
  if (row) {
    wikinews ??= csvRows(readFileSync(join(fixtures, 'wikinews-en-2019-2020', 'wikinews_2019.csv'), 'utf8'))
    const r = wikinews[Number(row[1])]
    return `${r.title}\n\n${r.text}`
  }
  const pn = /^polnear-train\/(.+)$/.exec(article)
  if (pn) return readFileSync(join(fixtures, 'polnear', 'data', 'train', 'text', pn[1]), 'utf8')
  throw new Error(`eval-claims: unknown article ${article}`)
}

const articles = [...new Set(labels.map((l) => l.article))]
const tmp = mkdtempSync(join(tmpdir(), 'wiremark-claims-'))
const files = articles.map((a, i) => {
  const p = join(tmp, `${i}.txt`)
  writeFileSync(p, storyText(a))
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

/** Where `sentence` sits in `text`, whitespace folded on both sides; null when it is not there. */
function locate(text, sentence, from) {
  const map = []
  let folded = ''
  for (let i = 0; i < text.length; i++) {
    if (/\s/.test(text[i])) {
      if (folded.endsWith(' ')) continue
      folded += ' '
    } else folded += text[i]
    map.push(i)
  }
  const at = folded.indexOf(sentence, from.folded)
  if (at < 0) return null
  return { start: map[at], end: map[at + sentence.length - 1] + 1, folded: at + sentence.length }
}

/** Each labelled sentence with the claims and unattributed-claim findings that fall in it (by their first character). */
const scored = []
articles.forEach((article, ai) => {
  const out = outputs[ai]
  const rows = labels.filter((l) => l.article === article).sort((a, b) => a.sentence - b.sentence)
  let from = { folded: 0 }
  for (const row of rows) {
    const at = locate(out.article.text, row.text, from)
    if (!at) {
      console.error(`eval-claims: sentence not found in ${article} #${row.sentence}: ${row.text.slice(0, 60)}`)
      process.exit(1)
    }
    from = at
    const inside = (x) => x.start >= at.start && x.start < at.end
    scored.push({
      ...row,
      claims: out.claims.filter(inside),
      findings: out.findings.filter((f) => f.rule === 'unattributed-claim' && inside(f)),
    })
  }
})

/** One-to-one scoring: a labelled sentence matches at most one prediction; a second claim in it is a false alarm. */
function score(rows, predicted, positive) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const r of rows) {
    const n = predicted(r).length
    if (positive(r)) {
      if (n > 0) tp++, (fp += n - 1)
      else fn++
    } else fp += n
  }
  const p = tp + fp ? tp / (tp + fp) : 0
  const rc = tp + fn ? tp / (tp + fn) : 0
  return { predicted: tp + fp, gold: tp + fn, tp, precision: p, recall: rc, f1: p + rc ? (2 * p * rc) / (p + rc) : 0 }
}

const isClaim = (r) => r.label === 'CFS'
const isUnsourced = (r) => r.label === 'CFS' && r.attribution === 'reporter'
const f3 = (x) => x.toFixed(3)
const line = (name, s) =>
  `  ${name}: ${s.predicted} predicted vs ${s.gold} labelled, precision ${f3(s.precision)}, recall ${f3(s.recall)}, F1 ${f3(s.f1)}`

let missed = false
for (const split of ['dev', 'check']) {
  const rows = scored.filter((r) => r.split === split)
  const claims = score(rows, (r) => r.claims, isClaim)
  const findings = score(rows, (r) => r.findings, isUnsourced)
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
