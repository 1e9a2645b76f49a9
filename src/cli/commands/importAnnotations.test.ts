import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import type { Annotation } from '../../core/annotation/types'
import { fixture } from '../../test/fixtures'
import type { CliIo } from '../command'
import { runCli } from '../index'
import { openLibrary } from '../library'

function io(dataDir: string) {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: { WIREMARK_DATA_DIR: dataDir, XDG_CONFIG_HOME: dataDir, HOME: dataDir }, cwd: process.cwd() }
  return { io: value, out, err }
}

const REUTERS = fixture('wire/reuters-putin-lukashenko-aggregator.txt')

/** A new library (in a temporary folder) holding the Reuters story. */
async function library(dir: string, name: string) {
  const db = join(dir, `${name}.sqlite`)
  const t = io(dir)
  expect(await runCli(['import', REUTERS, '--db', db, '--json'], t.io, '0')).toBe(0)
  return { db, storyId: JSON.parse(t.out[0] as string).items[0].storyId as string }
}

describe('wiremark import-annotations', () => {
  it("attaches another library's W3C export to the same story and prints the counts (JSON and text)", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-annotations-'))
    const a = await library(dir, 'a')
    // An editor's decision in library A: the first quote accepted.
    const libA = openLibrary(a.db, io(dir).io)
    const { annotations } = await libA.call('annotations:list', { storyId: a.storyId })
    const quote = annotations.find((x) => x.kind === 'quote') as Annotation
    const { author: _a, createdAt: _c, updatedAt: _u, ...fields } = quote
    await libA.call('annotations:save', { annotation: { ...fields, id: 'decision-1', origin: 'editor', suggestionId: quote.id, decision: 'accepted' } })
    libA.close()
    const file = join(dir, 'story.annotations.jsonld')
    expect(await runCli(['export', a.storyId, '--format', 'w3c', '--out', file, '--db', a.db], io(dir).io, '0')).toBe(0)
    const total = JSON.parse(readFileSync(file, 'utf8')).total as number

    const b = await library(dir, 'b')
    const t = io(dir)
    expect(await runCli(['import-annotations', file, '--story', b.storyId, '--db', b.db, '--json'], t.io, '0'), t.err.join('\n')).toBe(0)
    const r = JSON.parse(t.out[0] as string)
    expect(Object.keys(r)).toEqual(['file', 'storyId', 'versionId', 'source', 'total', 'exact', 'moved', 'changed', 'orphaned', 'added', 'skipped', 'warnings'])
    expect(r).toMatchObject({ file, storyId: b.storyId, source: 'w3c', total, exact: total, moved: 0, changed: 0, orphaned: 0, added: 1, skipped: total - 1, warnings: [] })
    const libB = openLibrary(b.db, io(dir).io)
    const after = (await libB.call('annotations:list', { storyId: b.storyId })).annotations
    libB.close()
    expect(after.filter((x) => x.origin === 'editor')).toMatchObject([{ decision: 'accepted', kind: 'quote', start: quote.start, end: quote.end }])

    const again = io(dir)
    expect(await runCli(['import-annotations', file, '--story', b.storyId, '--db', b.db], again.io, '0')).toBe(0)
    expect(again.out).toEqual([`${total} annotations from ${file}: ${total} exact, 0 moved, 0 changed, 0 orphaned; added 0, skipped ${total} (already in the story)`])
  })

  it('gives exit code 2 and a line naming the file for a bad file, an unknown story or a missing --story; nothing is stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-annotations-'))
    const b = await library(dir, 'b')
    const notJson = join(dir, 'notes.json')
    writeFileSync(notJson, 'not json at all')
    const other = join(dir, 'other.jsonld')
    writeFileSync(
      other,
      JSON.stringify({
        type: 'AnnotationCollection',
        label: 'Harvest late after spring rain',
        first: { type: 'AnnotationPage', items: [{ type: 'Annotation', target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'the spring sowing had started late because of heavy rain' } } }] },
      }),
    )
    const cases: [string[], RegExp][] = [
      [['import-annotations', notJson, '--story', b.storyId, '--db', b.db], /^wiremark import-annotations: .*notes\.json: not JSON \(/],
      [['import-annotations', other, '--story', b.storyId, '--db', b.db], /^wiremark import-annotations: .*other\.jsonld: its annotation is not in this story; it was made on “Harvest late after spring rain”\. Nothing was imported\.$/],
      [['import-annotations', join(dir, 'missing.json'), '--story', b.storyId, '--db', b.db], /missing\.json: cannot be read \(no such file\)/],
      [['import-annotations', other, '--story', 'no-such-story', '--db', b.db], /^wiremark import-annotations: No story with id no-such-story/],
      [['import-annotations', other, '--db', b.db], /--story ID is required/],
    ]
    for (const [args, message] of cases) {
      const t = io(dir)
      expect(await runCli(args, t.io, '0'), args.join(' ')).toBe(2)
      expect(t.err, args.join(' ')).toHaveLength(1)
      expect(t.err[0]).toMatch(message)
    }
    const lib = openLibrary(b.db, io(dir).io)
    expect((await lib.call('annotations:list', { storyId: b.storyId })).annotations.every((x) => x.origin === 'auto')).toBe(true)
    lib.close()
  })
})
