import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { REPORT_FONT_FILES } from './exportPdf'

const require = createRequire(import.meta.url)
const root = join(dirname(require.resolve('../../../package.json')))

/** The exclusion patterns of electron-builder.yml's `files`, as regular expressions over paths in the app. */
function excluded(): RegExp[] {
  const yml = readFileSync(join(root, 'electron-builder.yml'), 'utf8')
  const files = /^files:\n((?:\s+(?:-.*|#.*)\n)+)/m.exec(yml)?.[1] ?? ''
  return [...files.matchAll(/^\s+- '!(.*)'$/gm)].map((m) => {
    const glob = m[1] as string
    let re = ''
    for (let i = 0; i < glob.length; i++) {
      const ch = glob[i] as string
      if (glob.startsWith('**', i)) {
        re += '.*'
        i++
      } else if (ch === '*') re += '[^/]*'
      else if (ch === '{') re += '(?:'
      else if (ch === '}') re += ')'
      else if (ch === ',') re += '|'
      else re += ch.replace(/[.+?^$()|[\]\\]/g, '\\$&')
    }
    return new RegExp(`^${re}$`)
  })
}

describe('the fonts the PDF report ships with', () => {
  it('resolve from node_modules as the app, the CLI and the host resolve them, each with its OFL licence beside it', () => {
    expect(REPORT_FONT_FILES).toHaveLength(7)
    for (const f of REPORT_FONT_FILES) {
      const path = require.resolve(f)
      expect(readFileSync(path).subarray(0, 4)).toEqual(Buffer.from([0, 1, 0, 0])) // TrueType
      const licence = join(dirname(dirname(path)), 'LICENSE_FONT')
      expect(existsSync(licence), licence).toBe(true)
      expect(readFileSync(licence, 'utf8')).toContain('SIL OPEN FONT LICENSE Version 1.1')
    }
  })

  it('are left in the packaged app by electron-builder.yml, with their licences, while the unused weights are left out', () => {
    const patterns = excluded()
    expect(patterns.length).toBeGreaterThanOrEqual(4)
    const out = (p: string) => patterns.some((re) => re.test(`node_modules/${p}`))
    for (const f of REPORT_FONT_FILES) {
      expect(out(f), f).toBe(false)
      expect(out(`${f.split('/').slice(0, 2).join('/')}/LICENSE_FONT`), f).toBe(false)
    }
    expect(out('@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')).toBe(true)
    expect(out('@expo-google-fonts/noto-sans-sc/100Thin/NotoSansSC_100Thin.ttf')).toBe(true)
    expect(out('@expo-google-fonts/noto-sans/400Regular_Italic/NotoSans_400Regular_Italic.ttf')).toBe(true)
  })
})
