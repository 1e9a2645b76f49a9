import { parseFlags } from '../args'
import { UsageError, type CliCommand } from '../command'
import { AppError } from '../../shared/ipc/result'
import { openLibrary } from '../library'

export const restoreCommand: CliCommand = {
  name: 'restore',
  summary: 'replace the library by a backup (checked first; the replaced library is kept aside)',
  usage: `usage: wiremark restore <backup-file> [--db FILE] [--json]

  The file is checked first (an SQLite file, integrity_check, a Wiremark library no newer than this version);
  nothing changes when it fails. The current library is kept as <library>.replaced-<timestamp>.

  --db FILE  the library to replace (default: the desktop app's library)
  --json     print {restoredFrom, replacedKeptAt, stories}`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      'restore',
    )
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    if (positionals.length !== 1) throw new UsageError('wiremark restore: give one backup file, e.g. wiremark restore library-backup.sqlite')
    const lib = openLibrary(values.db, io)
    try {
      const r = await lib.call('library:restore', { file: positionals[0] as string })
      io.out(values.json ? JSON.stringify(r) : `restored ${r.stories} stories from ${r.restoredFrom}; the replaced library is at ${r.replacedKeptAt}`)
      return 0
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      io.err(`wiremark restore: ${e.message}`)
      return e.code === 'invalid_input' ? 2 : 1
    } finally {
      lib.close()
    }
  },
}
