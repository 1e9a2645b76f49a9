import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// The layer rules of STYLE.md §1 are enforced by the linter; these cases prove a violation fails `npm run lint`.
describe('layer lint rules', () => {
  const eslint = new ESLint()

  const lint = async (code: string, filePath: string) => {
    const [result] = await eslint.lintText(code, { filePath })
    return (result?.messages ?? []).map((m) => m.ruleId)
  }

  it('refuses electron in core', async () => {
    expect(await lint(`import { app } from 'electron'\nexport const x = app\n`, 'src/core/bad.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
  })

  it('refuses node:* and main/ in shared', async () => {
    expect(await lint(`import { readFileSync } from 'node:fs'\nexport const x = readFileSync\n`, 'src/shared/bad.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
  })

  it('refuses electron in main/services, which must run in plain Node', async () => {
    expect(await lint(`import { app } from 'electron'\nexport const x = app\n`, 'src/main/services/bad.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
  })

  it('allows type-only imports across layers and pure imports in core', async () => {
    expect(await lint(`import type { Db } from '../main/db/connection'\nexport type X = Db\n`, 'src/core/ok.ts')).toEqual([])
  })
})
