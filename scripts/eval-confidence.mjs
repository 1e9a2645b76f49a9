#!/usr/bin/env node
// npm run eval -- --fit: the counts that src/core/analysis/confidence.ts is fitted from. Runs the analysis over
// PolNeAR train (the development split; dev is never read here) and prints, for each way a speaker was found
// (route x form, with or without a rival name in between, a lone-word name or not), how many quotes the surname
// count judges and how many of them are right, with the smoothed share (right + 1) / (seen + 2) rounded down to
// two decimals, which is what the table takes for a path seen 30 times or more. Prints; the table is edited by hand.
import { readFileSync, readdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { runnerImport } from 'vite'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
const dir = resolve(root, '..', 'shared', 'fixtures', 'polnear', 'data', 'train')
const load = async (path) => (await runnerImport(join(root, 'src', ...path.split('/')), { root, configFile: false, logLevel: 'error' })).module

/** @type {typeof import('../src/core/analysis/evalPolnear')} */
const polnear = await load('core/analysis/evalPolnear.ts')
/** @type {typeof import('../src/core/analysis/speech')} */
const { analyzeSpeech } = await load('core/analysis/speech.ts')
/** @type {typeof import('../src/core/import/index')} */
const { importBytes } = await load('core/import/index.ts')

/** key -> { seen, right } */
const paths = new Map()
const add = (key, right) => {
  const p = paths.get(key) ?? { seen: 0, right: 0 }
  p.seen++
  if (right) p.right++
  paths.set(key, p)
}
for (const a of polnear.polnearArticles(readdirSync(join(dir, 'text')), readdirSync(join(dir, 'attributions')))) {
  const file = join(dir, 'text', a.text)
  const [article] = importBytes(new Uint8Array(readFileSync(file)), file).articles
  if (!article) continue
  const { quotes } = analyzeSpeech(article)
  const gold = polnear.readPolnearGold(readFileSync(file, 'utf8'), readFileSync(join(dir, 'attributions', a.ann), 'utf8'))
  for (const { index, right } of polnear.judgedSpeakers(gold, quotes)) {
    const b = quotes[index].speakerBasis
    if (!b) {
      add('(no speaker)', right)
      continue
    }
    add(`${b.route} ${b.form} (all)`, right)
    add(`${b.route} ${b.form}${b.competing ? ' rival' : ''}${b.loneWord ? ' lone' : ''}`, right)
  }
}

const smoothed = (p) => Math.floor(((p.right + 1) / (p.seen + 2)) * 100) / 100
console.log('PolNeAR train: speakers the surname count judges, by how they were found (route form [rival] [lone]; (all): every such path of the route and form together)')
console.log(`${'path'.padEnd(40)} ${'right/seen'.padStart(10)}  smoothed`)
for (const [key, p] of [...paths].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${key.padEnd(40)} ${`${p.right}/${p.seen}`.padStart(10)}  ${p.seen >= 30 ? smoothed(p).toFixed(2) : `(${smoothed(p).toFixed(2)}, under 30)`}`)
}
