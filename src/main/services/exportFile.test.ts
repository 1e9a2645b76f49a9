import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ExportFileError, writeFileAtomic } from './exportFile'

const bytes = (s: string) => new TextEncoder().encode(s)

describe('writeFileAtomic', () => {
  it('writes a new file and leaves no temporary file behind', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-atomic-'))
    const big = bytes('x'.repeat(3_000_000))
    writeFileAtomic(join(dir, 'a.pdf'), big, { overwrite: false })
    expect(readFileSync(join(dir, 'a.pdf')).length).toBe(big.length)
    expect(readdirSync(dir)).toEqual(['a.pdf'])
  })

  it('never replaces an existing file unless told to', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-atomic-'))
    const p = join(dir, 'report.html')
    writeFileSync(p, 'the editor’s earlier report')
    let err: unknown
    try {
      writeFileAtomic(p, bytes('new'), { overwrite: false })
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ExportFileError)
    expect((err as ExportFileError).code).toBe('exists')
    expect(readFileSync(p, 'utf8')).toBe('the editor’s earlier report')
    expect(readdirSync(dir)).toEqual(['report.html'])
    writeFileAtomic(p, bytes('new'), { overwrite: true })
    expect(readFileSync(p, 'utf8')).toBe('new')
    expect(readdirSync(dir)).toEqual(['report.html'])
  })

  it('refuses a folder as the target and a folder it cannot write in', () => {
    const dir = mkdtempSync(join(tmpdir(), 'wiremark-atomic-'))
    mkdirSync(join(dir, 'sub'))
    expect(() => writeFileAtomic(join(dir, 'sub'), bytes('x'), { overwrite: true })).toThrow(/is a folder/)
    expect(() => writeFileAtomic(join(dir, 'missing', 'x.html'), bytes('x'), { overwrite: false })).toThrow(ExportFileError)
    expect(readdirSync(dir)).toEqual(['sub'])
  })
})
