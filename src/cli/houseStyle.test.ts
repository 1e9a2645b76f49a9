import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { createServices } from '../main/services/index'
import type { CliIo } from './command'
import { runCli } from './index'

function io(dir: string) {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: { WIREMARK_DATA_DIR: dir, XDG_CONFIG_HOME: dir, HOME: dir }, cwd: dir }
  return { io: value, out, err }
}

// A story with a quote of two sentences attributed at its end, "says", and a bare surname at a later reference.
const STORY = [
  'Council approves six bus lanes',
  'LEEDS, March 3 (Reuters) - Maria Okafor, the council leader, said on Tuesday the city would open six new bus lanes by the autumn.',
  '"The buses are slow and the roads are full, and we have waited long enough for a change. Now the money is in place," Okafor said.',
  'Transport campaigner Tom Reyes says the plan is overdue.',
].join('\n\n')

function folder() {
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-house-'))
  writeFileSync(join(dir, 'story.txt'), STORY)
  return dir
}

/** The rules of the findings `wiremark analyze --json` gives with the extra flags. */
async function rules(dir: string, ...flags: string[]): Promise<string[]> {
  const t = io(dir)
  expect(await runCli(['analyze', join(dir, 'story.txt'), '--json', ...flags], t.io, '0'), t.err.join('\n')).toBe(0)
  return (JSON.parse(t.out[0] as string) as { findings: { rule: string }[] }).findings.map((f) => f.rule)
}

async function usageError(dir: string, args: string[]): Promise<string> {
  const t = io(dir)
  expect(await runCli(args, t.io, '0')).toBe(2)
  expect(t.out).toEqual([])
  return t.err.join('\n')
}

describe('wiremark analyze --house-style / --disable', () => {
  it('checks the story against the preset named, Reuters by default', async () => {
    const dir = folder()
    const byDefault = await rules(dir)
    expect(await rules(dir, '--house-style', 'reuters')).toEqual(byDefault)
    expect(byDefault).toContain('present-tense-attribution')
    expect(byDefault).not.toContain('late-attribution')
    const bbc = await rules(dir, '--house-style', 'bbc')
    expect(bbc).not.toContain('present-tense-attribution')
    expect(bbc).toEqual(expect.arrayContaining(['late-attribution', 'courtesy-title']))
    expect(await rules(dir, '--house-style', 'BBC')).toEqual(bbc)
  })

  it('reads a house-style file (a preset, settings on top, checks switched off) and adds each --disable', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'house.json'), JSON.stringify({ preset: 'bbc', courtesyTitles: 'any', disabledRules: ['missing-credit'] }))
    const bbc = await rules(dir, '--house-style', 'bbc')
    const custom = await rules(dir, '--house-style', 'house.json', '--disable', 'late-attribution', '--disable', 'no-dateline')
    expect(bbc).toEqual(expect.arrayContaining(['courtesy-title', 'late-attribution', 'missing-credit']))
    expect(custom).toEqual(bbc.filter((r) => !['courtesy-title', 'late-attribution', 'missing-credit', 'no-dateline'].includes(r)))
  })

  it('refuses an unknown preset, an unreadable, broken or invalid file and an unknown check with exit code 2, naming it', async () => {
    const dir = folder()
    writeFileSync(join(dir, 'broken.json'), '{"preset": "ap",')
    writeFileSync(join(dir, 'wrong.json'), '{"preset": "ap", "insertionMark": "<"}')
    expect(await usageError(dir, ['analyze', 'story.txt', '--house-style', 'nyt'])).toBe(
      "wiremark analyze: --house-style: unknown house style 'nyt'; use reuters, ap, bbc, guardian or a JSON file",
    )
    expect(await usageError(dir, ['analyze', 'story.txt', '--house-style', 'missing.json'])).toBe('wiremark analyze: --house-style: missing.json: cannot be read (no such file)')
    expect(await usageError(dir, ['analyze', 'story.txt', '--house-style', 'broken.json'])).toMatch(/^wiremark analyze: --house-style: broken\.json is not JSON \(/)
    expect(await usageError(dir, ['analyze', 'story.txt', '--house-style', 'wrong.json'])).toBe(
      'wiremark analyze: --house-style: wrong.json: "insertionMark" must be one of "(", "[" (got "<")',
    )
    expect(await usageError(dir, ['analyze', 'story.txt', '--disable', 'loaded-verbs'])).toMatch(/^wiremark analyze: --disable: unknown check "loaded-verbs"; the checks are quote-without-speaker, /)
  })
})

describe('wiremark export --house-style / --disable', () => {
  /** The rules in the report's findings table (the Markdown report escapes the dashes). */
  const reportRules = (md: string) => [...md.replace(/\\/g, '').matchAll(/^\| [A-Za-z]+ \| ([a-z-]+) \|/gm)].map((m) => m[1] as string)

  async function exported(dir: string, source: string, ...flags: string[]): Promise<string[]> {
    const out = join(dir, `r${Math.random().toString(36).slice(2)}.md`)
    const t = io(dir)
    expect(await runCli(['export', source, '--format', 'md', '--out', out, ...flags], t.io, '0'), t.err.join('\n')).toBe(0)
    return reportRules(readFileSync(out, 'utf8'))
  }

  it('exports a file checked against the style given', async () => {
    const dir = folder()
    const reuters = await exported(dir, join(dir, 'story.txt'))
    expect(reuters).toContain('present-tense-attribution')
    const bbc = await exported(dir, join(dir, 'story.txt'), '--house-style', 'bbc', '--disable', 'missing-credit')
    expect(bbc).toContain('late-attribution')
    expect(bbc).not.toContain('present-tense-attribution')
    expect(bbc).not.toContain('missing-credit')
  })

  it('exports a library story with the library’s house style, the flags over it', async () => {
    const dir = folder()
    const db = join(dir, 'lib.sqlite')
    const imp = io(dir)
    expect(await runCli(['import', join(dir, 'story.txt'), '--db', db, '--json'], imp.io, '0')).toBe(0)
    const storyId = JSON.parse(imp.out[0] as string).items[0].storyId as string
    const s = createServices({ dbPath: db, dataDir: dir, mode: 'browser', version: 'test' })
    s.handlers['settings:set']({ houseStyle: { preset: 'bbc' }, disabledRules: ['missing-credit'] })
    s.close()
    const library = await exported(dir, storyId, '--db', db)
    expect(library).toEqual(expect.arrayContaining(['late-attribution', 'courtesy-title']))
    expect(library).not.toContain('missing-credit')
    const over = await exported(dir, storyId, '--db', db, '--house-style', 'reuters', '--disable', 'present-tense-attribution')
    expect(over).not.toContain('late-attribution')
    expect(over).not.toContain('courtesy-title')
    expect(over).not.toContain('present-tense-attribution')
    // the library's checks switched off stay off under the flags
    expect(over).not.toContain('missing-credit')
    expect(await usageError(dir, ['export', storyId, '--db', db, '--format', 'md', '--out', join(dir, 'x.md'), '--house-style', 'nyt'])).toMatch(/unknown house style 'nyt'/)
  })
})
