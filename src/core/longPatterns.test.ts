import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/*
 * No regular-expression literal in src/core is longer than LONGEST characters: a longer pattern is built from named
 * parts (word lists and named pieces joined with language/pattern.ts's oneOf() or String.raw), so that a newsroom
 * word is added to a list, not threaded through a line of 500 characters (STYLE.md §10). Patterns built with
 * `new RegExp(…)` are not measured: they are made of parts already.
 */

const CORE = dirname(fileURLToPath(import.meta.url))

/** The longest regular-expression literal allowed, slashes and flags included. */
const LONGEST = 200

/** Files left out, with the reason (none today; a file listed here must say why). */
const NOT_YET: Readonly<Record<string, string>> = {}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) sourceFiles(p, out)
    else if (name.endsWith('.ts') && !name.endsWith('.test.ts') && !name.endsWith('.d.ts')) out.push(p)
  }
  return out
}

/** Every regular-expression literal of a file with its line and length. */
function regexLiterals(file: string): { line: number; length: number; text: string }[] {
  const sf = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true)
  const out: { line: number; length: number; text: string }[] = []
  const visit = (n: ts.Node): void => {
    if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = (n as ts.RegularExpressionLiteral).text
      out.push({ line: sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1, length: text.length, text })
    }
    ts.forEachChild(n, visit)
  }
  visit(sf)
  return out
}

describe('long patterns in src/core', () => {
  const files = sourceFiles(CORE)

  it('finds the literals it measures', () => {
    expect(files.length).toBeGreaterThan(100)
    const here = regexLiterals(join(CORE, 'news', 'datelines.ts'))
    expect(here.length).toBeGreaterThan(3)
    expect(regexLiterals(join(CORE, 'language', 'pattern.ts')).map((r) => r.text)).toEqual(['/[.*+?^${}()|[\\]\\\\]/g'])
  })

  it(`has no regular-expression literal longer than ${LONGEST} characters`, () => {
    const long = files
      .filter((f) => !(relative(CORE, f) in NOT_YET))
      .flatMap((f) => regexLiterals(f).filter((r) => r.length > LONGEST).map((r) => `${relative(CORE, f)}:${r.line} (${r.length} characters)`))
    expect(long).toEqual([])
  })

  it('lists only files that still hold a long literal', () => {
    for (const file of Object.keys(NOT_YET)) expect(regexLiterals(join(CORE, file)).some((r) => r.length > LONGEST), file).toBe(true)
  })
})
