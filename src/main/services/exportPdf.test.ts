import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { createRequire } from 'node:module'
import { basename, dirname, join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { BUILT_FONT_DIR, REPORT_FONT_FILES, reportFontPath } from './exportPdf'

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

  it('ship once in the packaged app: the build’s copies (out/**) go in, their .ttf files in node_modules stay out, their licences go in', () => {
    const patterns = excluded()
    expect(patterns.length).toBeGreaterThanOrEqual(2)
    const out = (p: string) => patterns.some((re) => re.test(p))
    expect(readFileSync(join(root, 'electron-builder.yml'), 'utf8')).toMatch(/^files:\n(?:\s+#.*\n)*\s+- out\/\*\*$/m)
    for (const f of REPORT_FONT_FILES) {
      expect(out(`node_modules/${f}`), f).toBe(true)
      expect(out(`${BUILT_FONT_DIR}/${basename(f)}`), f).toBe(false)
      expect(out(`node_modules/${f.split('/').slice(0, 2).join('/')}/LICENSE_FONT`), f).toBe(false)
    }
    expect(out('node_modules/@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf')).toBe(true)
  })

  it('are read from node_modules where there is no build', () => {
    const empty = mkdtempSync(join(tmpdir(), 'wiremark-nobuild-'))
    for (const f of REPORT_FONT_FILES) expect(reportFontPath(f, empty)).toBe(require.resolve(f))
  })

  // The build writes the desk's copies (electron.vite.config.ts): `npm test` builds before the unit tests.
  const built = existsSync(join(root, BUILT_FONT_DIR))
  it.skipIf(!built)('are read from the build’s copies for the desk where there is a build: the same files, under their own names', () => {
    for (const f of REPORT_FONT_FILES) {
      const path = reportFontPath(f, root)
      expect(path).toBe(join(root, BUILT_FONT_DIR, basename(f)))
      expect(readFileSync(path).equals(readFileSync(require.resolve(f))), f).toBe(true)
    }
    const css = readdirSync(join(root, 'out', 'renderer', 'assets')).filter((n) => n.endsWith('.css'))
    const urls = css.flatMap((n) => [...readFileSync(join(root, 'out', 'renderer', 'assets', n), 'utf8').matchAll(/url\(["']?([^"')]+\.ttf)/g)].map((m) => m[1]))
    expect(new Set(urls.map((u) => basename(u as string)))).toEqual(new Set(REPORT_FONT_FILES.map((f) => basename(f))))
    expect(readdirSync(join(root, 'out', 'renderer', 'assets')).filter((n) => n.endsWith('.ttf'))).toEqual([])
  })
})
