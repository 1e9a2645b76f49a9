import { spawnSync } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { FIXTURES } from '../../test/fixtures'
import {
  formatErrors,
  formatPolnearTable,
  formatReliability,
  judgedSpeakers,
  newPolnearTally,
  normPolnear,
  polnearArticles,
  polnearTotals,
  predictedStory,
  pyFixed3,
  readPolnearGold,
  referenceLines,
  compareWithReference,
  scorePolnearArticle,
  type PolnearTally,
} from './evalPolnear'

// A made-up split in PolNeAR's layout: two annotated articles and one without annotations. Brat offsets count
// code points, so article a puts an emoji before its spans.
const TEXT_A =
  'Mayor Jane Doe 🙂 spoke on Monday. "We will rebuild the bridge by spring," Doe said.\n\n' +
  'A senior official at the transport ministry said the budget "is not yet final and may change."\n\n' +
  '"Nobody told us anything about it," he added. The council said the vote would come next week after the review.\n'
const TEXT_B = 'Nobody annotated this one. "It is not in the gold at all," she said.\n'
const TEXT_C =
  '"The plan is a disaster for farmers," Senator Maria van der Berg told reporters.\n\n' +
  '"We were never consulted about any of it," a farmer from the valley said.\n\n' +
  '"They should have asked us long before now," said Tom Reyes, who runs a dairy.\n\n' +
  '"We are very angry," Ana Lima wrote in a statement, calling the plan a "bad idea".\n'

/** Code-point offsets of `sub` in `text`, looked for inside the first `within` when given. */
function at(text: string, sub: string, within?: string): [number, number] {
  const base = within ? text.indexOf(within) : 0
  const i = text.indexOf(sub, base)
  if (base < 0 || i < 0) throw new Error(`not in the text: ${sub}`)
  const start = Array.from(text.slice(0, i)).length
  return [start, start + Array.from(sub).length]
}

type Piece = string | [sub: string, within: string]
/** A brat .ann: each event's Source, Cue and Content (Content may be discontinuous), numbered as brat does. */
function brat(text: string, events: { source?: Piece; cue?: Piece; content: Piece[] }[]): string {
  const lines: string[] = []
  let t = 0
  const span = (kind: string, pieces: Piece[]) => {
    const ranges = pieces.map((p) => (typeof p === 'string' ? at(text, p) : at(text, p[0], p[1])))
    lines.push(`T${++t}\t${kind} ${ranges.map(([a, b]) => `${a} ${b}`).join(';')}\t${pieces.map((p) => (typeof p === 'string' ? p : p[0])).join(' ')}`)
    return `T${t}`
  }
  events.forEach((e, i) => {
    const ids = [`Content:${span('Content', e.content)}`]
    if (e.source) ids.push(`Source:${span('Source', [e.source])}`)
    if (e.cue) ids.push(`Cue:${span('Cue', [e.cue])}`)
    const attribution = span('Attribution', [e.cue ?? e.content[0]!])
    lines.push(`E${i + 1}\tAttribution:${attribution} ${ids.join(' ')}`)
  })
  return `${lines.join('\n')}\n`
}

const ANN_A = brat(TEXT_A, [
  { source: ['Doe', 'Doe said'], cue: ['said', 'Doe said'], content: ['"We will rebuild the bridge by spring,"'] },
  { source: 'A senior official at the transport ministry', cue: ['said', 'ministry said'], content: ['the budget "is not yet final and may change."'] },
  { source: ['he', 'he added'], cue: 'added', content: ['"Nobody told us', 'anything about it,"'] },
  { source: 'The council', cue: ['said', 'council said'], content: ['the vote would come next week after the review'] },
  { content: ['next week'] },
])
// A second annotator of article a: the scorer reads the first annotator's file only.
const ANN_A2 = brat(TEXT_A, [{ source: 'Mayor Jane Doe', cue: 'spoke', content: ['"We will rebuild the bridge by spring,"', '"Nobody told us anything about it,"'] }])
const ANN_C = brat(TEXT_C, [
  { source: 'Senator Maria van der Berg', cue: 'told', content: ['"The plan is a disaster for farmers,"'] },
  { source: 'a farmer from the valley', cue: ['said', 'valley said'], content: ['"We were never consulted about any of it,"'] },
  { source: 'Tom Reyes', cue: ['said', 'said Tom'], content: ['"They should have asked us long before now,"'] },
  // A 4-word quote counts; the 2-word "bad idea" inside the same content does not.
  { source: 'Ana Lima', cue: 'wrote in a statement', content: ['"We are very angry," Ana Lima wrote in a statement, calling the plan a "bad idea"'] },
])

// What `wiremark analyze --json` might print for a and c: speakers right, wrong in several ways, or missing.
const OUT_A = {
  file: 'a.txt',
  quotes: [
    { text: 'We will rebuild the bridge by spring,', speaker: 'Jane Doe', attribution: 'explicit', cue: 'said', speakerConfidence: 0.95 },
    { text: 'is not yet final and may change.', speaker: 'the transport ministry', attribution: 'explicit', cue: 'said', speakerConfidence: 0.6 },
    { text: 'Nobody told us anything about it,', speaker: { name: 'Jane Doe' }, attribution: 'pronoun', cue: 'added', speakerConfidence: 0.7 },
    { text: 'Big Apple', speaker: null, attribution: 'none', cue: null },
    { text: 'a slogan that nobody in the story said', speaker: null, attribution: 'none', cue: null, speakerConfidence: 0 },
  ],
  reportedSpeech: [
    { text: 'the vote would come next week' },
    { text: null },
    { text: 'something entirely unrelated to anything here' },
    // Right only because it covers the whole of a short content ("next week"), not by its own share
    { text: 'officials hinted at a long list of changes that could all arrive by next week or later in the year' },
  ],
}
const OUT_C = {
  file: 'c.txt',
  quotes: [
    { text: 'The plan is a disaster for farmers,', speaker: 'Berg', attribution: 'explicit', cue: 'told', speakerConfidence: 0.8 },
    { text: 'We were never consulted about any of it,', speaker: 'a farmer from the valley', attribution: 'explicit', cue: 'said', speakerConfidence: 0.3 },
    { text: 'They should have asked us long before now,', speaker: 'Officials on Monday', attribution: 'explicit', cue: 'said', speakerConfidence: 0.92 },
    // The same quote again: on a tie the scorer keeps the first prediction's speaker
    { text: 'They should have asked us long before now,', speaker: 'Tom Reyes', attribution: 'explicit', cue: 'said', speakerConfidence: 0.99 },
    { text: 'We are very angry,', speaker: null, attribution: 'none', cue: null },
  ],
}

function tallyOf(split: string): PolnearTally {
  const t = newPolnearTally(split)
  scorePolnearArticle(t, 'a', readPolnearGold(TEXT_A, ANN_A), predictedStory(OUT_A))
  scorePolnearArticle(t, 'c', readPolnearGold(TEXT_C, ANN_C), predictedStory(OUT_C))
  return t
}

describe('PolNeAR gold, read as score_polnear.py reads it', () => {
  it('takes each article with its first annotator and leaves out articles without one', () => {
    expect(polnearArticles(['c.txt', 'b.txt', 'a.txt', '.hidden.txt'], ['c_9999.ann', 'a_2222.ann', 'a_1111.ann', 'notes.txt'])).toEqual([
      { id: 'a', text: 'a.txt', ann: 'a_1111.ann' },
      { id: 'c', text: 'c.txt', ann: 'c_9999.ann' },
    ])
  })

  it('finds the quoted 4+ word runs inside contents, with their Source mention, counting offsets in code points', () => {
    const g = readPolnearGold(TEXT_A, ANN_A)
    expect(g.direct).toEqual([
      { text: 'we will rebuild the bridge by spring,', mention: 'Doe', cue: 'said' },
      { text: 'is not yet final and may change.', mention: 'A senior official at the transport ministry', cue: 'said' },
    ])
    // The third content is split in two pieces, and the scorer looks for marks in each piece alone.
    expect(g.contents).toHaveLength(5)
    expect(g.indirect).toEqual(['the vote would come next week after the review'])
  })

  it('normalises as the script does: marks and apostrophes out, Python whitespace collapsed', () => {
    expect(normPolnear('  “It’s   done,”\u00a0she\u0085said ')).toBe('its done, she said')
    expect(normPolnear(null)).toBe('')
  })

  it('reads a speaker given as a string or as {name}, and tells a missing confidence from a bad one', () => {
    const s = predictedStory({ quotes: [{ text: 'x', speaker: { name: 'Jane Doe' } }, { text: 'y', speaker: 'Sam', speakerConfidence: 1.5 }, { speakerConfidence: 0.5 }] })
    expect(s.quotes.map((q) => [q.text, q.speaker, q.speakerConfidence])).toEqual([
      ['x', 'Jane Doe', undefined],
      ['y', 'Sam', null],
      ['', null, 0.5],
    ])
    expect(predictedStory({ error: { code: 'unreadable' } })).toEqual({ quotes: [], reportedSpeech: [] })
  })
})

describe('scoring a split', () => {
  const t = tallyOf('train')

  it('counts quotes, surnames and reported speech as the script does', () => {
    expect([t.articles, t.goldDirect, t.predicted, t.foundGold, t.rightPredicted]).toEqual([2, 6, 9, 6, 7])
    expect([t.speakerCounted, t.speakerRight]).toEqual([4, 2])
    expect([t.indirectGold, t.indirectFound, t.reportedPredicted, t.reportedRight]).toEqual([1, 1, 3, 2])
    expect(polnearTotals(t).f1).toBeCloseTo(0.875, 12)
  })

  it('sorts each wrong speaker into its kind and count', () => {
    expect(t.errors.map((e) => [e.id, e.kind, e.place, e.predicted])).toEqual([
      ['a', 'organisation', 'described', 'the transport ministry'],
      ['c', 'particle', 'form', 'Berg'],
      ['c', 'fragment', 'named', 'Officials on Monday'],
      ['c', 'none', 'named', null],
    ])
    expect([t.describedJudged, t.describedKept, t.describedResolved]).toEqual([2, 1, 0])
    // The quote split over two pieces of a discontinuous content is no gold quote, so its prediction is extra.
    expect(t.extra).toEqual([
      { id: 'a', quote: 'nobody told us anything about it,' },
      { id: 'a', quote: 'a slogan that nobody in the story said' },
    ])
  })

  it('bins speakerConfidence over the quotes of the surname count', () => {
    expect(t.confidenceSeen).toBe(true)
    expect(t.bins).toEqual([
      { n: 0, right: 0 },
      { n: 0, right: 0 },
      { n: 1, right: 1 },
      { n: 2, right: 1 },
    ])
    expect(t.noConfidence).toBe(1)
  })

  it('pairs each quote of the surname count with its prediction, for fitting speakerConfidence', () => {
    const judged = (text: string, ann: string, out: typeof OUT_A | typeof OUT_C) => judgedSpeakers(readPolnearGold(text, ann), predictedStory(out).quotes)
    // a: only Doe's quote is counted ("he" is a pronoun, the official a description)
    expect(judged(TEXT_A, ANN_A, OUT_A)).toEqual([{ index: 0, right: true }])
    // c: the first of two equal predictions is the match; a quote with no speaker is judged wrong; the farmer is a description
    expect(judged(TEXT_C, ANN_C, OUT_C)).toEqual([
      { index: 0, right: true },
      { index: 2, right: false },
      { index: 4, right: false },
    ])
  })
})

describe('printing', () => {
  it('prints the lines of score_polnear.py, rounding exact ties to even as Python does', () => {
    expect(referenceLines(tallyOf('mini'))).toEqual([
      'PolNeAR mini: 2 articles, 6 gold direct quotes, 9 predicted',
      'indirect (reported speech) recall 1.000 over 1 attributions; precision 0.667 over 3 predicted',
      'direct quotes precision 0.778 recall 1.000 F1 0.875; speaker surname agreement 0.500 over 4',
    ])
    expect([1 / 16, 3 / 16, 5 / 16, 7 / 16, 2 / 3, 0.9994, 0.9995].map(pyFixed3)).toEqual(['0.062', '0.188', '0.312', '0.438', '0.667', '0.999', '1.000'])
  })

  it('prints the splits side by side with the errors by kind', () => {
    const lines = formatPolnearTable([tallyOf('train'), tallyOf('dev')])
    expect(lines.find((l) => l.startsWith('speaker surname agreement'))).toMatch(/0\.500 of 4\s+0\.500 of 4$/)
    expect(lines.find((l) => l.startsWith('2 organisation'))).toMatch(/0 \+1 desc\s+0 \+1 desc$/)
    expect(lines.find((l) => l.startsWith('4 name particle'))).toMatch(/0 \+1 form\s+0 \+1 form$/)
    expect(lines.find((l) => l.startsWith('8 predicted quote'))).toMatch(/2\s+2$/)
    expect(lines.find((l) => l.startsWith('wrong in the surname count'))).toMatch(/2 of 4\s+2 of 4$/)
  })

  it('says so when the output has no speakerConfidence, and prints the dev target line when it has', () => {
    const bare = newPolnearTally('dev')
    scorePolnearArticle(bare, 'c', readPolnearGold(TEXT_C, ANN_C), predictedStory({ quotes: [{ text: 'The plan is a disaster for farmers,', speaker: 'Berg' }] }))
    expect(formatReliability([bare])).toEqual(['speakerConfidence: not in the output (reliability table skipped)'])
    const lines = formatReliability([tallyOf('train'), tallyOf('dev')])
    expect(lines.find((l) => l.startsWith('[0.9, 1]'))).toMatch(/2, 0\.500\s+2, 0\.500$/)
    expect(lines.at(-1)).toBe('target (not enforced yet): dev quotes at speakerConfidence >= 0.9 right >= 90% of the time: 1 of 2 (0.500) NOT MET')
  })

  it('lists the errors of train, and refuses to list those of dev', () => {
    expect(formatErrors(tallyOf('train'), '6')).toEqual([
      '6 fragment [named] c: got "Officials on Monday" (explicit, said) want "Tom Reyes" (cue "said"): they should have asked us long before now,',
    ])
    expect(formatErrors(tallyOf('train'))).toHaveLength(6)
    expect(() => formatErrors(tallyOf('dev'))).toThrow('dev is a check: only its totals may be read')
  })
})

// The reference itself on the made-up split: score_polnear.py with a stand-in `npx` that prints OUT_A and OUT_C.
const SCORER = join(FIXTURES, '..', 'tools', 'score_polnear.py')
const hasPython = spawnSync('python3', ['--version']).status === 0 && existsSync(SCORER)
const made: string[] = []
afterAll(() => {
  for (const d of made) rmSync(d, { recursive: true, force: true })
})

describe('agreement with score_polnear.py', () => {
  it.skipIf(!hasPython || process.platform === 'win32')('prints the very lines the Python scorer prints for the same split and output', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-polnear-'))
    made.push(dir)
    const split = join(dir, 'mini')
    mkdirSync(join(split, 'text'), { recursive: true })
    mkdirSync(join(split, 'attributions'))
    writeFileSync(join(split, 'text', 'a.txt'), TEXT_A)
    writeFileSync(join(split, 'text', 'b.txt'), TEXT_B)
    writeFileSync(join(split, 'text', 'c.txt'), TEXT_C)
    writeFileSync(join(split, 'attributions', 'a_1111.ann'), ANN_A)
    writeFileSync(join(split, 'attributions', 'a_2222.ann'), ANN_A2)
    writeFileSync(join(split, 'attributions', 'c_9999.ann'), ANN_C)
    const bin = join(dir, 'bin')
    mkdirSync(bin)
    writeFileSync(join(dir, 'out.jsonl'), `${JSON.stringify(OUT_A)}\n${JSON.stringify(OUT_C)}\n`)
    writeFileSync(join(bin, 'npx'), `#!/bin/sh\ncat '${join(dir, 'out.jsonl')}'\n`)
    chmodSync(join(bin, 'npx'), 0o755)
    const r = spawnSync('python3', [SCORER, split], { encoding: 'utf8', env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH ?? ''}` } })
    expect(r.stderr).toBe('')
    expect(r.stdout.trim().split('\n')).toEqual(referenceLines(tallyOf('mini')))
    expect(compareWithReference(tallyOf('mini'), r.stdout)).toEqual({ agrees: true, missing: [] })
  })
})
