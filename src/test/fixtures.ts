import { existsSync, readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The shared fixtures folder, next to the checkout (../shared/fixtures), as in CI. */
export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared/fixtures')

/** Absolute path of a fixture file; fails loudly when the shared folder is missing. */
export function fixture(rel: string): string {
  const p = resolve(FIXTURES, rel)
  if (!existsSync(p)) throw new Error(`fixture not found: ${p} (tests expect ../shared/fixtures beside the checkout)`)
  return p
}

export function readFixture(rel: string): Uint8Array {
  return new Uint8Array(readFileSync(fixture(rel)))
}

export function readFixtureText(rel: string): string {
  return readFileSync(fixture(rel), 'utf8')
}
