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

/** CLAIMS_ERRORS=1 lists the dev split's misses and false alarms (never the check split's: it is read by totals). */
function listDevErrors(rows: readonly ScoredSentence[]) {
  for (const r of rows.filter((x) => x.split === 'dev')) {
    const want = r.label === 'CFS'
    const got = r.claims.length > 0
    const wantF = want && r.attribution === 'reporter'
    const gotF = r.findings.length > 0
    if (want === got && wantF === gotF) continue
    const sources = (r.claims as { attributedTo?: string | null }[]).map((c) => c.attributedTo ?? '-').join('/')
    const claim = want === got ? '     ' : want ? 'MISS ' : 'FALSE'
    const finding = wantF === gotF ? '      ' : wantF ? 'fmiss ' : 'ffalse'
    console.log(`${claim} ${finding} ${r.label} ${r.kind} ${r.attribution} | ${sources} | ${r.text.slice(0, 120)}`)
  }
}

describe('claims on the labelled sentences (eval/claims, docs/claims.md)', () => {
  const rows = scored()
  const dev = scoreSplit(rows.filter((r) => r.split === 'dev'))
  const check = scoreSplit(rows.filter((r) => r.split === 'check'))
  if (process.env.CLAIMS_ERRORS) listDevErrors(rows)
  const f = (x: number) => x.toFixed(3)
  for (const [name, s] of [['dev', dev], ['check', check]] as const) {
    console.log(
      `${name}: claims P ${f(s.claims.precision)} R ${f(s.claims.recall)} F1 ${f(s.claims.f1)} (${s.claims.predicted}/${s.claims.gold}); ` +
        `finding P ${f(s.findings.precision)} R ${f(s.findings.recall)} F1 ${f(s.findings.f1)} (${s.findings.predicted}/${s.findings.gold})`,
    )
  }

  it('reads every labelled story (34) and sentence (549)', () => {
    expect(articles).toHaveLength(34)
    expect(rows).toHaveLength(549)
  })

  // Floors just under the measured numbers (docs/claims.md), so that a change that loses ground shows here.
  it('keeps claims and the finding at their measured level on both splits', () => {
    expect(dev.claims.f1).toBeGreaterThanOrEqual(0.82)
    expect(dev.claims.precision).toBeGreaterThanOrEqual(0.8)
    expect(dev.findings.f1).toBeGreaterThanOrEqual(0.73)
    expect(check.claims.f1).toBeGreaterThanOrEqual(0.79)
    expect(check.findings.f1).toBeGreaterThanOrEqual(0.7)
  })
})
