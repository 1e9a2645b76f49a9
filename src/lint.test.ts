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

  it('refuses a type-only import of main/ in core as well', async () => {
    expect(await lint(`import type { Db } from '../main/db/connection'\nexport type X = Db\n`, 'src/core/bad.ts')).toContain(
      '@typescript-eslint/no-restricted-imports',
    )
  })

  it('refuses the contract and the services in main/db, types included', async () => {
    for (const from of ['../../shared/ipc/contract', '../services/index', '../ipc/dispatch']) {
      expect(await lint(`import type { X } from '${from}'\nexport type Y = X\n`, 'src/main/db/bad.ts'), from).toContain('@typescript-eslint/no-restricted-imports')
    }
  })

  it('refuses transport in main/services, types included', async () => {
    for (const from of ['../ipc/dispatch', '../host/server', '../app/menu']) {
      expect(await lint(`import type { X } from '${from}'\nexport type Y = X\n`, 'src/main/services/bad.ts'), from).toContain('@typescript-eslint/no-restricted-imports')
    }
  })

  it('allows pure imports in core, the DTOs in main/db and the contract in main/services', async () => {
    expect(await lint(`import type { Annotation } from '../annotation/types'\nexport type X = Annotation\n`, 'src/core/article/ok.ts')).toEqual([])
    expect(await lint(`import type { StorySummary } from '../../shared/dto'\nexport type X = StorySummary\n`, 'src/main/db/ok.ts')).toEqual([])
    expect(await lint(`import type { Handlers } from '../../shared/ipc/contract'\nexport type X = Handlers\n`, 'src/main/services/ok.ts')).toEqual([])
  })
})
