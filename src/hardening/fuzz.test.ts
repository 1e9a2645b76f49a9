import { describe, expect, it } from 'vitest'
import { FIXTURES } from '../test/fixtures'
import { articleProblem, caseSeed, docxSeed, loadSeeds, makeCase, runCase, runRange, SHORT_LIMITS, type Seed } from './fuzz'
import { ImportError, importBytes } from '../core/import/index'
import { analyze } from '../core/analysis/analyze'

// The short, fixed-seed fuzz run of `npm test` (the long one is `npm run fuzz`, which also judges time).
// Small seed files and small mutations keep it quick; a failure prints the input to replay.

const RUN_SEED = 7
const INPUTS = 1500

const seeds: Seed[] = loadSeeds(FIXTURES, { perFormat: 5, maxBytes: 12 * 1024 })

describe('the fuzzer itself', () => {
  it('has seeds for every format a desk receives', () => {
    const formats = new Set(seeds.map((s) => s.format))
    for (const f of ['text', 'html', 'newsml-g2', 'newsml-1', 'nitf', 'ninjs', 'digitalwires', 'apmedia', 'anpa', 'iptc7901', 'sgml', 'rbnews', 'atom', 'docx']) {
      expect(formats, f).toContain(f)
    }
  })

  it('derives each input from the run seed and its index alone, so a failure replays', () => {
    const a = makeCase(RUN_SEED, 123, seeds, SHORT_LIMITS)
    const b = makeCase(RUN_SEED, 123, seeds, SHORT_LIMITS)
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true)
    expect(a.ops).toEqual(b.ops)
    expect(caseSeed(RUN_SEED, 1)).not.toBe(caseSeed(RUN_SEED, 2))
  })

  it('tells a masked crash from an ImportError a parser meant', () => {
    // importBytes wraps unexpected exceptions as ImportError('malformed') but keeps their stack: the fuzzer must see through that.
    const meant = runCase(new Uint8Array(0), 'empty.txt')
    expect(meant.verdict).toBe('import-error')
    const masked = runCase(new TextEncoder().encode('{"uri": 1}'), 'x.json')
    expect(['ok', 'import-error']).toContain(masked.verdict)
  })

  it('catches an offset outside the text', () => {
    const { articles } = importBytes(new TextEncoder().encode('Headline\n\n"We won," she said.'), 'a.txt')
    const a = articles[0]
    if (!a) throw new Error('no article')
    const analysis = analyze(a)
    expect(articleProblem(a, analysis)).toBeNull()
    expect(articleProblem(a, { ...analysis, quotes: [{ ...analysis.quotes[0], start: 0, end: a.text.length + 1 } as never] })).toMatch(/outside the text/)
    // A desk note's anchor (a Word comment's words) is an offset into the text as well.
    const noted = { ...a, notes: [{ kind: 'comment', text: 'x', anchor: { start: 2, end: a.text.length + 5 } }] }
    expect(articleProblem(noted, analysis)).toMatch(/note anchor span/)
  })

  it("the Word seed carries a comment on words, so the comment anchoring is fuzzed", () => {
    const { articles } = importBytes(docxSeed(), 'stringer.docx')
    const a = articles[0] as (typeof articles)[number]
    const anchor = a.notes[0]?.anchor
    expect(anchor && a.text.slice(anchor.start, anchor.end)).toBe('opens in March')
  })
})

describe(`fuzz: ${INPUTS} mutated inputs (seed ${RUN_SEED})`, () => {
  it('every input imports or fails with a typed ImportError; analysis never throws; offsets stay inside the text', () => {
    // analyze() runs on every article up to 6,000 characters here; the long run analyses all sizes and reports the slow ones.
    const report = runRange(RUN_SEED, 0, INPUTS, seeds, { limits: SHORT_LIMITS, analyseUpTo: 6000 })
    const lines = report.failures.map((f) => `seed ${RUN_SEED} input ${f.index} (${f.seed}; ${f.ops.join('+')}): ${f.verdict}: ${f.detail}`)
    expect(lines).toEqual([])
    expect(report.inputs).toBe(INPUTS)
    // Both outcomes must occur, or the mutations are too weak (all pass) or too strong (all refused).
    expect(report.verdicts.ok).toBeGreaterThan(INPUTS / 10)
    expect(report.verdicts['import-error']).toBeGreaterThan(INPUTS / 20)
  })

  it('a thrown ImportError names the file', () => {
    for (let i = 0; i < 200; i++) {
      const c = makeCase(RUN_SEED + 1, i, seeds, SHORT_LIMITS)
      const name = `case-${i}.${(seeds[i % seeds.length] as Seed).name.split('.').pop()}`
      try {
        importBytes(c.bytes, name)
      } catch (e) {
        expect(e).toBeInstanceOf(ImportError)
        expect((e as Error).message).toContain(name)
      }
    }
  })
})
