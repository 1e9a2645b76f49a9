import { readFileSync } from 'node:fs'
import type { ImportSummary } from '../../shared/dto'
import { libraryPath, userDataDir, appVersion } from '../../main/paths'
import { createServices, type Services } from '../../main/services/index'
import { summarise } from '../../main/services/library'
import { parseFlags, unreadableMessage } from '../args'
import { UsageError, type CliCommand, type CliIo } from '../command'
import { expandInputs } from '../../main/services/files'

/** The library the CLI works on: --db FILE, else the desktop app's own. */
export function openLibrary(db: string | undefined, io: CliIo): Services {
  const dataDir = userDataDir(io.env)
  return createServices({ dbPath: db ?? libraryPath(dataDir), dataDir, mode: 'browser', version: appVersion() })
}

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
    const services = openLibrary(values.db, io)
    try {
      const items: ImportSummary['items'] = []
      files.forEach((file, i) => {
        if (io.isTty) io.err(`\r\x1b[K[${i + 1}/${files.length}] ${file.slice(-60)}`)
        let bytes: Uint8Array
        try {
          bytes = new Uint8Array(readFileSync(file))
        } catch (e) {
          items.push({ file, outcome: 'failed', storyId: null, headline: null, warnings: [], error: { code: 'unreadable', message: unreadableMessage(file, e) } })
          return
        }
        items.push(...services.library.importFile(file, bytes).items)
      })
      if (io.isTty) io.err('\r\x1b[K')
      const summary = summarise(items)
      if (values.json) io.out(JSON.stringify(summary))
      else {
        for (const f of summary.items.filter((i) => i.outcome === 'failed')) io.err(`failed: ${f.error?.message ?? f.file}`)
        io.out(summaryLine(summary))
      }
      return summary.failed > 0 ? 2 : 0
    } finally {
      services.close()
    }
  },
}
