import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { AppError } from '../shared/ipc/result'
import { fixture } from '../test/fixtures'
import type { CliIo } from './command'
import { runCli } from './index'
import { openLibrary } from './library'

function io(dataDir: string) {
  const out: string[] = []
  const err: string[] = []
  const value: CliIo = { out: (s) => out.push(s), err: (s) => err.push(s), isTty: false, env: { WIREMARK_DATA_DIR: dataDir, XDG_CONFIG_HOME: dataDir, HOME: dataDir }, cwd: process.cwd() }
  return { io: value, out, err }
}

describe('the CLI reaches the library through the validated contract', () => {
  it("opens the library in its own mode, and the contract's schemas refuse what they refuse from a window", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-cli-'))
    const lib = openLibrary(join(dir, 'lib.sqlite'), io(dir).io)
    try {
      expect(await lib.call('app:info', {})).toMatchObject({ mode: 'cli', dbPath: join(dir, 'lib.sqlite') })
      const refused = await lib.call('stories:get', { id: '' }).catch((e: unknown) => e)
      expect(refused).toBeInstanceOf(AppError)
      expect(refused).toMatchObject({ code: 'invalid_input', message: expect.stringMatching(/^Invalid input for stories:get at id/) })
      // Channels no window may call (they write files at a path) are the CLI's own.
      expect((await lib.call('library:backup', { file: join(dir, 'copy.sqlite') })).stories).toBe(0)
    } finally {
      lib.close()
    }
  })

  it('a command whose input the contract refuses exits with 2 and the reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-cli-'))
    const db = join(dir, 'lib.sqlite')
    const imp = io(dir)
    expect(await runCli(['import', fixture('wire/reuters-putin-lukashenko-aggregator.txt'), '--db', db, '--json'], imp.io, '0')).toBe(0)
    const storyId = JSON.parse(imp.out[0] as string).items[0].storyId as string

    let t = io(dir)
    expect(await runCli(['search', 'x'.repeat(1001), '--db', db], t.io, '0')).toBe(2)
    expect(t.err).toEqual([expect.stringMatching(/^wiremark search: Invalid input for library:search at query: /)])

    // The checker's name has the length Settings allows, from the CLI as from the desk.
    t = io(dir)
    const args = ['export', storyId, '--format', 'md', '--out', join(dir, 'r.md'), '--db', db, '--checked-by', 'N'.repeat(101)]
    expect(await runCli(args, t.io, '0')).toBe(2)
    expect(t.err).toEqual([expect.stringMatching(/^wiremark export: Invalid input for exports:render at checkedBy: /)])
  })
})
