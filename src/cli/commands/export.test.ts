import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { strFromU8, unzipSync } from 'fflate'
import { describe, expect, it } from 'vitest'
import { createServices } from '../../main/services/index'
import { fixture } from '../../test/fixtures'
import type { CliIo } from '../command'
import { runCli } from '../index'

function io(dataDir: string) {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: { WIREMARK_DATA_DIR: dataDir, XDG_CONFIG_HOME: dataDir, HOME: dataDir }, cwd: process.cwd() }
  return { io: value, out, err }
}

/** A new library (in a temporary folder) holding one imported file. */
async function libraryWith(file: string) {
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-export-'))
  const db = join(dir, 'lib.sqlite')
  const imp = io(dir)
  expect(await runCli(['import', file, '--db', db, '--json'], imp.io, '0')).toBe(0)
  return { dir, db, storyId: JSON.parse(imp.out[0] as string).items[0].storyId as string }
}

const REUTERS = fixture('wire/reuters-putin-lukashenko-aggregator.txt')
const DPA = fixture('dpa-digitalwires/digitalwires-json/dw-1.json')

describe('wiremark export', () => {
  it('exports a file in every format, analysed in memory, with the suggestions as annotations', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-export-'))
    for (const format of ['html', 'pdf', 'docx', 'w3c', 'claimreview', 'csv', 'md']) {
      const t = io(dir)
      const out = join(dir, `story.${format}`)
      expect(await runCli(['export', REUTERS, '--format', format, '--out', out], t.io, '0'), t.err.join('\n')).toBe(0)
      expect(t.out.join('\n')).toMatch(new RegExp(`^wrote .*story\\.${format} \\(${format}, \\d+ bytes, \\d+ annotations\\)$`))
    }
    expect(readFileSync(join(dir, 'story.html'), 'utf8')).toContain('Putin says Lukashenko should start dialogue')
    expect(strFromU8(readFileSync(join(dir, 'story.pdf')).subarray(0, 8))).toBe('%PDF-1.7')
    const comments = strFromU8(unzipSync(new Uint8Array(readFileSync(join(dir, 'story.docx'))))['word/comments.xml'] as Uint8Array)
    expect(comments).toContain('Quote · speaker: Vladimir Putin')
    const w3c = JSON.parse(readFileSync(join(dir, 'story.w3c'), 'utf8'))
    expect(w3c.first.items.length).toBeGreaterThan(10)
    // No temporary files are left beside the output.
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([])
  })

  it('refuses to replace an existing file without --force, and replaces it with --force', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-export-'))
    const out = join(dir, 'report.html')
    writeFileSync(out, 'precious')
    const t = io(dir)
    expect(await runCli(['export', REUTERS, '--format', 'html', '--out', out], t.io, '0')).toBe(2)
    expect(t.err.join('\n')).toMatch(/report\.html already exists; pass --force to replace it/)
    expect(readFileSync(out, 'utf8')).toBe('precious')
    expect(await runCli(['export', REUTERS, '--format', 'html', '--out', out, '--force'], io(dir).io, '0')).toBe(0)
    expect(readFileSync(out, 'utf8')).toMatch(/^<!DOCTYPE html>/)
  })

  it('gives exit code 2 and one clear line for a bad format, a missing --out, an unknown story', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-export-'))
    const db = join(dir, 'lib.sqlite')
    let t = io(dir)
    expect(await runCli(['export', REUTERS, '--format', 'rtf', '--out', join(dir, 'x')], t.io, '0')).toBe(2)
    expect(t.err).toEqual(["wiremark export: unknown format 'rtf'; use one of html, pdf, docx, w3c, claimreview, csv, md"])
    t = io(dir)
    expect(await runCli(['export', REUTERS, '--format', 'html'], t.io, '0')).toBe(2)
    expect(t.err).toEqual(['wiremark export: --out PATH is required'])
    t = io(dir)
    expect(await runCli(['export', 'no-such-story', '--format', 'html', '--out', join(dir, 'x.html'), '--db', db], t.io, '0')).toBe(2)
    expect(t.err.join('\n')).toMatch(/no file and no story with id 'no-such-story'/)
  })

  it('exports a story from the library by id, without its non-public notes', async () => {
    const { dir, db, storyId } = await libraryWith(DPA)
    const out = join(dir, 'dpa.md')
    const t = io(dir)
    expect(await runCli(['export', storyId, '--format', 'md', '--out', out, '--db', db, '--checked-by', 'Night Desk'], t.io, '0'), t.err.join('\n')).toBe(0)
    const md = readFileSync(out, 'utf8')
    expect(md).toContain(`- **Story:** ${storyId.replace(/-/g, '\\-')}`)
    expect(md).toContain('- **Checked by:** Night Desk')
    expect(md).toMatch(/\*\*Version:\*\* 1/)
    // dw-1.json's notepad lists staff phone numbers and e-mail addresses for the desk only.
    for (const secret of ['vogler@schlag-agentur.de', '+49 163 4113161', 'Krefting.marco@dpa.com']) expect(md).not.toContain(secret)
    expect(readFileSync(DPA, 'utf8')).toContain('vogler@schlag-agentur.de')
  })

  it('names the checker from the library’s Settings, and --checked-by wins over it', async () => {
    const { dir, db, storyId } = await libraryWith(REUTERS)
    const s = createServices({ dbPath: db, dataDir: dir, mode: 'browser', version: 'test' })
    s.handlers['settings:set']({ checkerName: 'Sam Checker' })
    s.close()
    const md = async (args: string[]) => {
      const out = join(dir, `r${Math.random().toString(36).slice(2)}.md`)
      const t = io(dir)
      expect(await runCli(['export', storyId, '--format', 'md', '--out', out, '--db', db, ...args], t.io, '0'), t.err.join('\n')).toBe(0)
      return readFileSync(out, 'utf8')
    }
    expect(await md([])).toContain('- **Checked by:** Sam Checker\n')
    expect(await md(['--checked-by', 'Night Desk'])).toContain('- **Checked by:** Night Desk\n')
  })

  it('says where to set the name when a file is exported without --checked-by', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-export-'))
    const out = join(dir, 'r.md')
    expect(await runCli(['export', REUTERS, '--format', 'md', '--out', out], io(dir).io, '0')).toBe(0)
    expect(readFileSync(out, 'utf8')).toContain('- **Checked by:** \\(name not set: Settings\\)\n')
  })
})
