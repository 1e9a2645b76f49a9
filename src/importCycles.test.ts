import { readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

/*
 * No import cycles in src/: a cycle makes the order modules load in decide what a module sees at its top level, and
 * it ties layers together that should be read one at a time. eslint-plugin-import (no-cycle) is not among the
 * dependencies, so this walks the import graph with the TypeScript parser already installed. Type-only imports
 * count too; the one exception is listed below with its reason.
 */

const SRC = dirname(fileURLToPath(import.meta.url))

/**
 * Edges left out of the graph, as "from -> to" relative to src/. zustand's slices pattern: each slice types its
 * creator against the combined store (`StateCreator<StoreState, …>`), which is made of the slices, so a slice's
 * type-only import of the store is a cycle by construction, and it vanishes at runtime.
 */
const ALLOWED_TYPE_EDGES = /^renderer\/store\/\w+Slice\.ts -> renderer\/store\/index\.ts$/

interface Edge {
  to: string
  typeOnly: boolean
}

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) sourceFiles(p, out)
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) out.push(p)
  }
  return out
}

function resolveImport(from: string, spec: string, files: ReadonlySet<string>): string | null {
  if (!spec.startsWith('.')) return null
  const base = resolve(dirname(from), spec)
  return [base, `${base}.ts`, `${base}.tsx`, join(base, 'index.ts'), join(base, 'index.tsx')].find((c) => files.has(c)) ?? null
}

function isTypeOnly(s: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isExportDeclaration(s)) return s.isTypeOnly
  const clause = s.importClause
  if (!clause) return false
  if (clause.isTypeOnly) return true
  const named = clause.namedBindings
  return !clause.name && !!named && ts.isNamedImports(named) && named.elements.length > 0 && named.elements.every((e) => e.isTypeOnly)
}

/** Every module of src/ (tests left out) with the modules of src/ it imports. */
export function importGraph(root: string): Map<string, Edge[]> {
  const files = sourceFiles(root)
  const known = new Set(files)
  const graph = new Map<string, Edge[]>()
  for (const f of files) {
    const sf = ts.createSourceFile(f, readFileSync(f, 'utf8'), ts.ScriptTarget.Latest, false)
    const edges: Edge[] = []
    for (const s of sf.statements) {
      if (!(ts.isImportDeclaration(s) || ts.isExportDeclaration(s)) || !s.moduleSpecifier || !ts.isStringLiteral(s.moduleSpecifier)) continue
      const to = resolveImport(f, s.moduleSpecifier.text, known)
      if (to) edges.push({ to, typeOnly: isTypeOnly(s) })
    }
    graph.set(f, edges)
  }
  return graph
}

/** The cycles of a graph: its strongly connected components of more than one module, or of one that imports itself. */
export function cyclesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0
  const index = new Map<string, number>()
  const low = new Map<string, number>()
  const stack: string[] = []
  const onStack = new Set<string>()
  const out: string[][] = []
  const visit = (v: string): void => {
    index.set(v, next)
    low.set(v, next)
    next++
    stack.push(v)
    onStack.add(v)
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w)
        low.set(v, Math.min(low.get(v)!, low.get(w)!))
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!))
    }
    if (low.get(v) !== index.get(v)) return
    const component: string[] = []
    let w: string
    do {
      w = stack.pop()!
      onStack.delete(w)
      component.push(w)
    } while (w !== v)
    if (component.length > 1 || graph.get(v)?.includes(v)) out.push(component.sort())
  }
  for (const v of graph.keys()) if (!index.has(v)) visit(v)
  return out
}

describe('import cycles', () => {
  it('finds a cycle, and only a cycle', () => {
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']])
    expect(cyclesOf(new Map([['a', ['b']], ['b', []], ['c', ['c']]]))).toEqual([['c']])
    expect(cyclesOf(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([])
  })

  it('src/ has none, type-only imports included', () => {
    const graph = importGraph(SRC)
    expect(graph.size).toBeGreaterThan(200)
    const rel = (p: string) => relative(SRC, p).split('\\').join('/')
    const kept = new Map<string, string[]>()
    for (const [from, edges] of graph) {
      kept.set(
        from,
        edges.filter((e) => !(e.typeOnly && ALLOWED_TYPE_EDGES.test(`${rel(from)} -> ${rel(e.to)}`))).map((e) => e.to),
      )
    }
    expect(cyclesOf(kept).map((c) => c.map(rel).join(' -> '))).toEqual([])
  })
})
