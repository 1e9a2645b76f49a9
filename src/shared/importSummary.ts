import type { ImportItemResult, ImportSummary } from './dto'

/*
 * Import summaries, counted the same way by the Node side, the desk and the CLI: stories and files apart, since one
 * file may hold several stories (a NewsML-G2 message, a Reuters SGML file) or none (a package).
 */

/**
 * Counts the outcomes of an import's items. `files` is how many files were read or tried; by default one per file
 * named in the items and per file without a story.
 */
export function summarise(items: ImportItemResult[], withoutStory: ImportSummary['withoutStory'] = [], files?: number): ImportSummary {
  const count = (o: ImportItemResult['outcome']) => items.filter((i) => i.outcome === o).length
  const [imported, updated, duplicates, failed] = [count('imported'), count('updated'), count('duplicate'), count('failed')]
  return {
    imported,
    updated,
    duplicates,
    failed,
    items,
    files: files ?? new Set(items.map((i) => i.file)).size + withoutStory.length,
    stories: imported + updated + duplicates,
    withoutStory,
  }
}

/** The summaries of one import's parts (its files in turn, the batches of a drop) as one. */
export function mergeSummaries(parts: readonly ImportSummary[]): ImportSummary {
  const sum = (k: 'imported' | 'updated' | 'duplicates' | 'failed' | 'files' | 'stories') => parts.reduce((n, p) => n + p[k], 0)
  return {
    imported: sum('imported'),
    updated: sum('updated'),
    duplicates: sum('duplicates'),
    failed: sum('failed'),
    items: parts.flatMap((p) => p.items),
    files: sum('files'),
    stories: sum('stories'),
    withoutStory: parts.flatMap((p) => p.withoutStory),
  }
}

const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`

/**
 * The import in one line, files and stories both where they differ: "12 files, 15 stories imported; 1 file refused",
 * "4 stories imported, 1 already in the library", "1 file, 0 stories imported; 1 file without a story".
 */
export function importTotals(s: ImportSummary): string {
  const read = s.files - s.failed
  let line = read === s.stories && s.withoutStory.length === 0 ? '' : `${count(read, 'file')}, `
  line += `${count(s.imported + s.updated, 'story', 'stories')} imported`
  if (s.duplicates > 0) line += `, ${s.duplicates} already in the library`
  if (s.failed > 0) line += `; ${count(s.failed, 'file')} refused`
  if (s.withoutStory.length > 0) line += `; ${count(s.withoutStory.length, 'file')} without a story`
  return line
}

/** A warning with its file's name in front, where it does not name the file already. */
const named = (file: string, warning: string) => (warning.includes(file) ? warning : `${file}: ${warning}`)

/**
 * Every warning of an import once, each naming its file, in file order: the stories' (a file's warnings come with
 * each of its stories) and those of the files that held no story.
 */
export function importWarnings(s: ImportSummary): string[] {
  const all = [...s.items.flatMap((i) => i.warnings.map((w) => named(i.file, w))), ...s.withoutStory.flatMap((f) => f.warnings.map((w) => named(f.file, w)))]
  return [...new Set(all)]
}
