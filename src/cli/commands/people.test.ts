import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { CliIo } from '../command'
import { runCli } from '../index'

function io(dataDir: string) {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: { WIREMARK_DATA_DIR: dataDir }, cwd: process.cwd() }
  return { io: value, out, err }
}

const ninjs = (uri: string, body: string) => JSON.stringify({ uri, version: '1', type: 'text', headline: `Story ${uri}`, body_text: body })
const dirs: string[] = []
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true })
})

describe('wiremark people --merge / --unmerge', () => {
  it('merges two people by name, lists them as one, and undoes the merge', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-cli-people-'))
    dirs.push(dir)
    const db = join(dir, 'lib.sqlite')
    const a = join(dir, 'a.json')
    const b = join(dir, 'b.json')
    writeFileSync(a, ninjs('urn:a', 'HAMBURG - "The strike will go on until we have a deal," union leader Hans Berger said on Monday.'))
    writeFileSync(b, ninjs('urn:b', 'HAMBURG - "We are close to an agreement on wages," Johann Berger told reporters on Tuesday.'))
    const t = io(dir)
    expect(await runCli(['import', a, b, '--db', db], t.io, '0'), t.err.join('\n')).toBe(0)

    const merge = io(dir)
    expect(await runCli(['people', '--db', db, '--merge', 'Johann Berger', '--into', 'hans berger'], merge.io, '0'), merge.err.join('\n')).toBe(0)
    expect(merge.out).toEqual(['merged Johann Berger into Hans Berger'])
    const list = io(dir)
    expect(await runCli(['people', '--db', db, '--json'], list.io, '0')).toBe(0)
    const people = JSON.parse(list.out[0]!) as { name: string; quotes: number; merged: { name: string }[] }[]
    expect(people.filter((p) => /Berger/.test(p.name))).toMatchObject([{ name: 'Hans Berger', quotes: 2, merged: [{ name: 'Johann Berger' }] }])

    const undo = io(dir)
    expect(await runCli(['people', '--db', db, '--unmerge', 'Johann Berger'], undo.io, '0'), undo.err.join('\n')).toBe(0)
    const after = io(dir)
    expect(await runCli(['people', '--db', db], after.io, '0')).toBe(0)
    expect(after.out.filter((l) => /Berger/.test(l)).sort()).toEqual(['Hans Berger (union leader): 1 quote in 1 story', 'Johann Berger: 1 quote in 1 story'])
  })

  it('says what is wrong with a merge it cannot make', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-cli-people-'))
    dirs.push(dir)
    const db = join(dir, 'lib.sqlite')
    const half = io(dir)
    expect(await runCli(['people', '--db', db, '--merge', 'Someone'], half.io, '0')).toBe(2)
    expect(half.err[0]).toMatch(/--merge and --into go together/)
    const unknown = io(dir)
    expect(await runCli(['people', '--db', db, '--merge', 'Nobody', '--into', 'Noone'], unknown.io, '0')).toBe(1)
    expect(unknown.err[0]).toMatch(/No quoted person with key "Nobody"/)
  })
})
