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
