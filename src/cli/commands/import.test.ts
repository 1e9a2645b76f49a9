import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { CliIo } from '../command'
import { runCli } from '../index'

function io(dataDir: string) {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: { WIREMARK_DATA_DIR: dataDir, XDG_CONFIG_HOME: dataDir, HOME: dataDir }, cwd: process.cwd() }
  return { io: value, out, err }
}

const sgml = (id: number, title: string) =>
  `<REUTERS NEWID="${id}"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>${title}</TITLE><DATELINE>HARBOURTON, Feb 26 - </DATELINE>` +
  `<BODY>The council voted ${id} times on the ${title.toLowerCase()}, the clerk said.\n Reuter\n</BODY></TEXT></REUTERS>\n`
const prose = 'Pier to reopen\n\nThe town council voted on Tuesday to reopen the old ferry pier after two years of repairs, the mayor said.\n'
/** Letters among SOH, STX, ETX, EOT, DLE, RS and US: two thirds control bytes */
const noise = Buffer.from(new Uint8Array(3000).map((_, i) => (i % 3 === 0 ? 0x61 + (i % 26) : [1, 2, 3, 4, 0x10, 0x1e, 0x1f][i % 7]!)))

let dir: string
let files: { two: string; notes: string; noise: string; one: string }
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'wiremark-cli-import-'))
  files = { two: join(dir, 'two.sgm'), notes: join(dir, 'notes.xml'), noise: join(dir, 'feed.dat'), one: join(dir, 'one.txt') }
  writeFileSync(files.two, sgml(9001, 'PIER TO REOPEN') + sgml(9002, 'FERRY TIMETABLE SET'))
  writeFileSync(files.notes, prose)
  writeFileSync(files.noise, noise)
  writeFileSync(files.one, prose.replace('Pier', 'Harbour'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('wiremark import', () => {
  it('says files and stories apart, names the file refused and the warnings, and exits 2 for the refusal', async () => {
    const t = io(dir)
    const code = await runCli(['import', files.two, files.notes, files.noise, '--db', join(dir, 'lib.sqlite')], t.io, '0')
    expect(code).toBe(2)
    expect(t.out).toEqual(['2 files, 3 stories imported; 1 file refused', 'imported 3, updated 0, skipped as duplicates 0, failed 1'])
    expect(t.err).toEqual([
      `warning: ${files.notes}: .xml file holds no XML; read as plain text`,
      `failed: ${files.noise}: the file is mostly control bytes (67% of its characters), not text`,
    ])
  })

  it('says the stories alone where each file held one', async () => {
    const t = io(dir)
    expect(await runCli(['import', files.one, files.notes, '--db', join(dir, 'lib.sqlite')], t.io, '0')).toBe(0)
    expect(t.out[0]).toBe('2 stories imported')
  })

  it('--json keeps every field it had and adds files, stories and the files without a story', async () => {
    const t = io(dir)
    await runCli(['import', files.two, files.noise, '--db', join(dir, 'lib.sqlite'), '--json'], t.io, '0')
    const summary = JSON.parse(t.out[0] as string) as Record<string, unknown>
    expect(Object.keys(summary)).toEqual(['imported', 'updated', 'duplicates', 'failed', 'items', 'files', 'stories', 'withoutStory'])
    expect(summary).toMatchObject({ imported: 2, updated: 0, duplicates: 0, failed: 1, files: 2, stories: 2, withoutStory: [] })
    expect(Object.keys((summary.items as object[])[0] as object)).toEqual(['file', 'outcome', 'storyId', 'headline', 'error', 'warnings'])
  })
})

describe('wiremark analyze and files that are not wire copy', () => {
  it('reads prose saved as .xml with a warning (stderr; on each JSON line), and refuses control bytes naming the file', async () => {
    let t = io(dir)
    expect(await runCli(['analyze', files.notes, files.noise], t.io, '0')).toBe(2)
    expect(t.out.join('\n')).toContain(`${files.notes}: Pier to reopen`)
    expect(t.err).toEqual([
      `warning: ${files.notes}: .xml file holds no XML; read as plain text`,
      `${files.noise}: the file is mostly control bytes (67% of its characters), not text`,
    ])
    t = io(dir)
    expect(await runCli(['analyze', files.notes, files.noise, files.one, '--json'], t.io, '0')).toBe(2)
    const lines = t.out.map((l) => JSON.parse(l) as { file: string; warnings?: string[]; error?: { code: string; message: string } })
    expect(lines.map((l) => [l.file, l.warnings ?? null, l.error?.code ?? null])).toEqual([
      [files.notes, [`${files.notes}: .xml file holds no XML; read as plain text`], null],
      [files.noise, null, 'unknown_format'],
      [files.one, [], null],
    ])
  })
})
