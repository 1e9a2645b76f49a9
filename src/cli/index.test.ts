import { describe, expect, it } from 'vitest'
import type { CliIo } from './command'
import { runCli } from './index'

function io() {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: {}, cwd: process.cwd() }
  return { io: value, out, err }
}

describe('wiremark CLI', () => {
  it('prints help listing the commands', async () => {
    const t = io()
    expect(await runCli(['--help'], t.io, '1.2.3')).toBe(0)
    expect(t.out.join('\n')).toMatch(/usage: wiremark <command>/)
    expect(t.out.join('\n')).toMatch(/analyze/)
  })

  it('prints the version', async () => {
    const t = io()
    expect(await runCli(['--version'], t.io, '1.2.3')).toBe(0)
    expect(t.out).toEqual(['1.2.3'])
  })

  it('refuses an unknown command with exit code 2 and one clear line', async () => {
    const t = io()
    expect(await runCli(['frobnicate'], t.io, '1.2.3')).toBe(2)
    expect(t.err).toEqual(["wiremark: unknown command 'frobnicate'. Run 'wiremark --help' for the list."])
  })

  it('refuses a bad flag with exit code 2', async () => {
    const t = io()
    expect(await runCli(['analyze', '--frob', 'x.txt'], t.io, '1.2.3')).toBe(2)
    expect(t.err.join('\n')).toMatch(/wiremark analyze: Unknown option '--frob'/)
  })

  it('refuses analyze without files with exit code 2', async () => {
    const t = io()
    expect(await runCli(['analyze', '--json'], t.io, '1.2.3')).toBe(2)
    expect(t.err.join('\n')).toMatch(/give at least one file/)
  })
})

describe('wiremark analyze --json', () => {
  it('prints one line per story in input order; an unreadable file gives an error line and exit code 2', async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import('node:fs')
    const { join } = await import('node:path')
    const { tmpdir } = await import('node:os')
    const { fixture } = await import('../test/fixtures')
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-cli-'))
    const garbage = join(dir, 'garbage.xml')
    writeFileSync(garbage, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0, 7, 8, 9, 0, 0, 0, 12]))
    const seed = fixture('wire/reuters-putin-lukashenko-aggregator.txt')
    const t = io()
    const code = await runCli(['analyze', garbage, seed, '--json'], t.io, '1')
    rmSync(dir, { recursive: true, force: true })
    expect(code).toBe(2)
    const lines = t.out.map((l) => JSON.parse(l) as Record<string, unknown>)
    expect(lines).toHaveLength(2)
    expect(lines[0]).toMatchObject({ file: garbage, error: { code: 'unknown_format' } })
    expect(String((lines[0]?.error as { message: string }).message)).toContain('garbage.xml')
    const story = lines[1] as { file: string; format: string; article: { headline: string }; quotes: { speaker: string }[] }
    expect(story.file).toBe(seed)
    expect(story.format).toBe('text')
    expect(story.article.headline).toBe('Putin says Lukashenko should start dialogue with Belarusian opposition')
    expect(story.quotes.map((q) => q.speaker)).toEqual(['Vladimir Putin', 'Vladimir Putin', 'Franak Viacorka', 'Franak Viacorka'])
    for (const key of ['file', 'format', 'article', 'credits', 'people', 'quotes', 'reportedSpeech', 'claims', 'findings']) {
      expect(story, key).toHaveProperty(key)
    }
    // each finding carries the words it is about and, where the rule knows one, the fix (null where none)
    const findings = (lines[1] as { article: { text: string }; findings: { start: number; end: number; excerpt: string; fix: string | null; message: string }[] }).findings
    expect(findings.length).toBeGreaterThan(0)
    const text = (lines[1] as { article: { text: string } }).article.text
    for (const f of findings) {
      expect(Object.keys(f)).toEqual(['rule', 'severity', 'message', 'start', 'end', 'excerpt', 'fix'])
      expect(text.slice(f.start, f.end).replace(/\s+/g, ' ').trim().startsWith(f.excerpt.replace(/…$/, ''))).toBe(true)
    }
    expect(findings.filter((f) => f.fix !== null).length).toBe(findings.length)
  })

  it('prints each finding with its words, then its rule and fix on the next line', async () => {
    const { fixture } = await import('../test/fixtures')
    const t = io()
    expect(await runCli(['analyze', fixture('wire/reuters-putin-lukashenko-aggregator.txt')], t.io, '1')).toBe(0)
    const out = t.out.join('\n').split('\n')
    const at = out.findIndex((l) => /^ {2}(error|warning|info) +\S.*: '.+'/.test(l))
    expect(at).toBeGreaterThan(0)
    expect(out[at + 1]).toMatch(/^ {10}[a-z-]+: \S/)
  })

  it('names a missing or unreadable file once, with the reason in words', async () => {
    const t = io()
    expect(await runCli(['analyze', '/no/such/story.txt', '--json'], t.io, '1')).toBe(2)
    expect(JSON.parse(t.out[0] ?? '{}')).toEqual({ file: '/no/such/story.txt', error: { code: 'unreadable', message: '/no/such/story.txt: cannot be read (no such file)' } })
    const text = io()
    expect(await runCli(['analyze', '/no/such/story.txt'], text.io, '1')).toBe(2)
    expect(text.err).toEqual(['/no/such/story.txt: cannot be read (no such file)'])
  })

  it('gives several lines for a file holding several stories', async () => {
    const { fixture } = await import('../test/fixtures')
    const t = io()
    expect(await runCli(['analyze', fixture('reuters-21578/reut2-000.sgm'), '--json'], t.io, '1')).toBe(0)
    expect(t.out.length).toBeGreaterThan(900)
    expect(new Set(t.out.map((l) => (JSON.parse(l) as { file: string }).file)).size).toBe(1)
  })
})
