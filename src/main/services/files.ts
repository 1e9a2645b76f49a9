import { readdirSync, statSync } from 'node:fs'
import { join } from 'node:path'

/** Files in the order given; a folder contributes its files (recursively, sorted). A missing path is kept so its error is reported. */
export function expandInputs(paths: string[]): string[] {
  const out: string[] = []
  const walk = (p: string) => {
    let st
    try {
      st = statSync(p)
    } catch {
      out.push(p)
      return
    }
    if (!st.isDirectory()) {
      out.push(p)
      return
    }
    for (const name of readdirSync(p).sort()) {
      if (name.startsWith('.')) continue
      walk(join(p, name))
    }
  }
  for (const p of paths) walk(p)
  return out
}
