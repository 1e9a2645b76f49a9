import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { loadLabels, scoreSplit, sentencesWithPredictions, storyText, type ScoredSentence } from '../../../scripts/claimsScore.mjs'
import { FIXTURES } from '../../test/fixtures'
import { importBytes } from '../import/index'
import { analyze } from './analyze'

const root = resolve(__dirname, '../../..')
const labels = loadLabels(root)
const articles = [...new Set(labels.map((l) => l.article))]

/** Every labelled sentence with what analyze() predicts in it (the CLI path of scripts/eval-claims.mjs, in process). */
function scored(): ScoredSentence[] {
  return articles.flatMap((article) => {
    const parsed = importBytes(new TextEncoder().encode(storyText(FIXTURES, article)), 'story.txt').articles[0]!
    return sentencesWithPredictions(
      labels.filter((l) => l.article === article),
      parsed.text,
      analyze(parsed),
    )
  })
}

describe('claims on the labelled sentences (eval/claims, docs/claims.md)', () => {
  const rows = scored()
  const dev = scoreSplit(rows.filter((r) => r.split === 'dev'))
  const check = scoreSplit(rows.filter((r) => r.split === 'check'))
  if (process.env.CLAIMS_ERRORS) {
    for (const r of rows.filter((x) => x.split === 'dev')) {
      const want = r.label === 'CFS'
      const got = r.claims.length > 0
      const wantF = want && r.attribution === 'reporter'
      const gotF = r.findings.length > 0
      if (want !== got || wantF !== gotF)
        console.log(`${r.article.startsWith('wikinews') ? 'W' : 'P'} ${want !== got ? (want ? 'MISS' : 'FALSE') : '    '} ${wantF !== gotF ? (wantF ? 'fmiss' : 'ffalse') : '      '} ${r.label} ${r.kind} ${r.attribution} | ${(r.claims as { attributedTo?: string | null }[]).map((c) => c.attributedTo ?? '-').join('/')} | ${r.text.slice(0, 110)}`)
    }
  }
  if (process.env.CLAIMS_ERRORS) {
    const by = new Map<string, [number, number]>()
    for (const r of rows.filter((x) => x.split === 'dev'))
      for (const c of r.claims as unknown as { signals: string[]; attributedTo: string | null; checkworthiness: number }[]) {
        if (c.attributedTo !== null) continue
        const k = `${c.signals[0]}@${Math.floor(c.checkworthiness * 10) / 10}`
        const v = by.get(k) ?? [0, 0]
        v[r.label === 'CFS' && r.attribution === 'reporter' ? 0 : 1]++
        by.set(k, v)
      }
    console.log([...by].sort().map(([k, [t, f]]) => `${k} ${t}/${f}`).join('  '))
    for (const r of rows.filter((x) => x.split === 'dev'))
      for (const c of r.claims as unknown as { signals: string[]; attributedTo: string | null; checkworthiness: number }[])
        if (c.attributedTo === null && c.signals[0] === 'event') console.log(`EV ${r.label === 'CFS' && r.attribution === 'reporter' ? 'TP' : 'FP'} ${c.checkworthiness} ${c.signals.join(',')} | ${r.text.slice(0, 120)}`)
  }
  const f = (x: number) => x.toFixed(3)
  if (process.env.CLAIMS_ERRORS) {
    for (const [name, pick] of [['wikinews', (r: ScoredSentence) => r.article.startsWith('wikinews')], ['polnear', (r: ScoredSentence) => !r.article.startsWith('wikinews')]] as const) {
      const x = scoreSplit(rows.filter((r) => r.split === 'dev' && pick(r)))
      console.log(`DEV ${name}: claims P ${f(x.claims.precision)} R ${f(x.claims.recall)} F1 ${f(x.claims.f1)}; finding P ${f(x.findings.precision)} R ${f(x.findings.recall)} F1 ${f(x.findings.f1)} (${x.findings.predicted}/${x.findings.gold})`)
    }
  }
  console.log(
    ['dev', dev, 'check', check]
      .map((x) => (typeof x === 'string' ? x : `claims P ${f(x.claims.precision)} R ${f(x.claims.recall)} F1 ${f(x.claims.f1)} (${x.claims.predicted}/${x.claims.gold}); finding P ${f(x.findings.precision)} R ${f(x.findings.recall)} F1 ${f(x.findings.f1)} (${x.findings.predicted}/${x.findings.gold})`))
      .join(' | '),
  )

  it('reads every labelled story (27) and sentence (436)', () => {
    expect(articles).toHaveLength(27)
    expect(rows).toHaveLength(436)
  })

  it('keeps the dev split at its measured level', () => {
    expect(dev.claims.f1).toBeGreaterThanOrEqual(0.78)
    expect(dev.findings.f1).toBeGreaterThanOrEqual(0.6)
  })
})
