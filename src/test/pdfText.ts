import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** True where poppler's pdftotext is installed (Debian: poppler-utils). */
export const hasPdftotext = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).error === undefined

/** The text layer of a PDF as pdftotext reads it (reading order, no layout), bidi marks removed. */
export function pdfText(pdf: Uint8Array, args: readonly string[] = []): string {
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-pdftext-'))
  try {
    const file = join(dir, 'in.pdf')
    writeFileSync(file, pdf)
    return execFileSync('pdftotext', [...args, file, '-'], { encoding: 'utf8' }).replace(/[\u202a-\u202e\u200e\u200f]/g, '')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
