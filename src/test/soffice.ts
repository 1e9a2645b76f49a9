import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/** LibreOffice's command where it is installed (Debian: libreoffice-writer-nogui; .ci/run installs it), else null. */
export const soffice: string | null = ['soffice', 'libreoffice'].find((c) => spawnSync(c, ['--version'], { encoding: 'utf8' }).error === undefined) ?? null

/**
 * `bytes` (a file named `name`) converted by LibreOffice headless to `format` ("odt", "pdf"), with a profile of its
 * own so that it runs beside another LibreOffice. Throws with LibreOffice's output when it fails.
 */
export function convertWithSoffice(bytes: Uint8Array, name: string, format: string): Uint8Array {
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed')
  const dir = mkdtempSync(join(tmpdir(), 'wiremark-soffice-'))
  try {
    const file = join(dir, name)
    writeFileSync(file, bytes)
    const r = spawnSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', format, '--outdir', dir, file], { encoding: 'utf8', timeout: 120_000 })
    const out = join(dir, `${name.replace(/\.[^.]+$/, '')}.${format}`)
    try {
      return new Uint8Array(readFileSync(out))
    } catch {
      throw new Error(`LibreOffice did not convert ${name} to ${format} (exit ${r.status}): ${r.stderr || r.stdout}`)
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
