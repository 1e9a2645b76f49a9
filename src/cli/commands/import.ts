import { readFileSync } from 'node:fs'
import type { ImportSummary } from '../../shared/dto'
import { importTotals, importWarnings, mergeSummaries, summarise } from '../../shared/importSummary'
import { AppError } from '../../shared/ipc/result'
import { parseFlags, unreadableMessage } from '../args'
import { UsageError, type CliCommand } from '../command'
import { openLibrary } from '../library'
import { expandInputs } from '../../main/services/files'

export function summaryLine(s: ImportSummary): string {
  return `imported ${s.imported}, updated ${s.updated}, skipped as duplicates ${s.duplicates}, failed ${s.failed}`
}

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'import files or folders into the library',
  usage: `usage: wiremark import <files or folders...> [--db FILE] [--json]

  --db FILE  the library to import into (default: the desktop app's library)
  --json     print the summary as JSON`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      'import',
    )
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    if (positionals.length === 0) throw new UsageError('wiremark import: give at least one file or folder')
    const files = expandInputs(positionals)
    const lib = openLibrary(values.db, io)
    try {
      const parts: ImportSummary[] = []
      const failed = (file: string, message: string) =>
        parts.push(summarise([{ file, outcome: 'failed', storyId: null, headline: null, warnings: [], error: { code: 'unreadable', message } }], [], 1))
      for (const [i, file] of files.entries()) {
        if (io.isTty) io.err(`\r\x1b[K[${i + 1}/${files.length}] ${file.slice(-60)}`)
        let base64: string
        try {
          base64 = readFileSync(file).toString('base64')
        } catch (e) {
          failed(file, unreadableMessage(file, e))
          continue
        }
        try {
          parts.push(await lib.call('stories:import', { name: file, base64 }))
        } catch (e) {
          // The contract refused this file's request (a path too long for it): the others still run.
          if (!(e instanceof AppError) || e.code !== 'invalid_input') throw e
          failed(file, `${file}: ${e.message}`)
        }
      }
      if (io.isTty) io.err('\r\x1b[K')
      const summary = mergeSummaries(parts)
      if (values.json) io.out(JSON.stringify(summary))
      else {
        for (const w of importWarnings(summary)) io.err(`warning: ${w}`)
        for (const f of summary.items.filter((i) => i.outcome === 'failed')) io.err(`failed: ${f.error?.message ?? f.file}`)
        io.out(importTotals(summary))
        io.out(summaryLine(summary))
      }
      return summary.failed > 0 ? 2 : 0
    } finally {
      lib.close()
    }
  },
}
