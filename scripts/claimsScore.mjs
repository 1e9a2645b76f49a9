// Scoring for the labelled claim sentences in eval/claims/labels.tsv (docs/claims.md): shared by
// scripts/eval-claims.mjs (through the CLI) and src/core/analysis/claimsEval.test.ts (through analyze()).
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

/** A minimal RFC 4180 reader: the Wikinews CSV quotes fields with embedded newlines. */
function csvRows(text) {
  const rows = []
  let row = []
  let field = ''
  let quoted = false
  for (let i = 0; i < text.length; i++) {
    const c = text[i]
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"'
        i++
      } else if (c === '"') quoted = false
      else field += c
    } else if (c === '"') quoted = true
    else if (c === ',') {
      row.push(field)
      field = ''
    } else if (c === '\n') {
      row.push(field)
      rows.push(row)
      row = []
      field = ''
    } else if (c !== '\r') field += c
  }
  if (field || row.length) {
    row.push(field)
    rows.push(row)
  }
  const head = rows[0]
  return rows.slice(1).map((r) => Object.fromEntries(head.map((k, i) => [k, r[i] ?? ''])))
}

/** The labelled sentences, in file order. */
export function loadLabels(root) {
  return readFileSync(join(root, 'eval', 'claims', 'labels.tsv'), 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [split, article, sentence, label, kind, attribution, text] = line.split('\t')
      return { split, article, sentence: Number(sentence), label, kind, attribution, text }
    })
}

const wikinewsCache = new Map()
/**
 * The story text a user would paste: a Wikinews row as '<title>\n\n<text>' (as score_quotes.py writes it), a PolNeAR
 * file as it is.
 */
export function storyText(fixtures, article) {
  const row = /^wikinews-2019-(\d+)$/.exec(article)
  if (row) {
    const csv = join(fixtures, 'wikinews-en-2019-2020', 'wikinews_2019.csv')
    if (!wikinewsCache.has(csv)) wikinewsCache.set(csv, csvRows(readFileSync(csv, 'utf8')))
    const r = wikinewsCache.get(csv)[Number(row[1])]
    return `${r.title}\n\n${r.text}`
  }
  const pn = /^polnear-train\/(.+)$/.exec(article)
  if (pn) return readFileSync(join(fixtures, 'polnear', 'data', 'train', 'text', pn[1]), 'utf8')
  throw new Error(`unknown labelled article ${article}`)
}

/** Where `sentence` sits in `text`, whitespace folded on both sides, at or after `from`; null when it is not there. */
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
  const at = folded.indexOf(sentence, from)
  if (at < 0) return null
  return { start: map[at], end: map[at + sentence.length - 1] + 1, next: at + sentence.length }
}

/**
 * Each labelled sentence of one article with the claims and unattributed-claim findings that start in it.
 * `analysis` is the CLI's JSON or an Analysis: text, claims and findings with start and end.
 */
export function sentencesWithPredictions(rows, text, analysis) {
  const out = []
  let from = 0
  for (const row of [...rows].sort((a, b) => a.sentence - b.sentence)) {
    const at = locate(text, row.text, from)
    if (!at) throw new Error(`sentence not found in ${row.article} #${row.sentence}: ${row.text.slice(0, 60)}`)
    from = at.next
    const inside = (x) => x.start >= at.start && x.start < at.end
    out.push({ ...row, claims: analysis.claims.filter(inside), findings: analysis.findings.filter((f) => f.rule === 'unattributed-claim' && inside(f)) })
  }
  return out
}

export const isClaim = (r) => r.label === 'CFS'
export const isUnsourced = (r) => r.label === 'CFS' && r.attribution === 'reporter'

/** One-to-one scoring: a labelled sentence matches at most one prediction; a second one in it is a false alarm. */
export function score(rows, predicted, positive) {
  let tp = 0
  let fp = 0
  let fn = 0
  for (const r of rows) {
    const n = predicted(r).length
    if (positive(r)) {
      if (n > 0) {
        tp++
        fp += n - 1
      } else fn++
    } else fp += n
  }
  const p = tp + fp ? tp / (tp + fp) : 0
  const rc = tp + fn ? tp / (tp + fn) : 0
  return { predicted: tp + fp, gold: tp + fn, tp, precision: p, recall: rc, f1: p + rc ? (2 * p * rc) / (p + rc) : 0 }
}

/** Claims and the finding scored on one split's sentences. */
export function scoreSplit(rows) {
  return { claims: score(rows, (r) => r.claims, isClaim), findings: score(rows, (r) => r.findings, isUnsourced) }
}
