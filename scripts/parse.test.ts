import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

// The npm scripts (fuzz, eval, bench, start ...) are plain Node modules that no test imports whole: each must at
// least parse, or its command fails the first time someone runs it (npm run fuzz once did: an await in a function).
const dir = dirname(fileURLToPath(import.meta.url))
const scripts = readdirSync(dir).filter((f) => f.endsWith('.mjs'))

describe('scripts/*.mjs', () => {
  it.each(scripts)('%s parses', (file) => {
    const r = spawnSync(process.execPath, ['--check', join(dir, file)], { encoding: 'utf8' })
    expect(r.stderr).toBe('')
    expect(r.status).toBe(0)
  })
})
