import { parseFlags } from '../args'
import { UsageError, type CliCommand } from '../command'
import { AppError } from '../../shared/ipc/result'
import { openLibrary } from '../library'

const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`

export const backupCommand: CliCommand = {
  name: 'backup',
  summary: 'write a consistent copy of the library (safe while Wiremark runs)',
  usage: `usage: wiremark backup <out-file> [--db FILE] [--json]

  --db FILE  the library to back up (default: the desktop app's library)
  --json     print {file, bytes, stories}`,
  async run(args, io) {
    const { values, positionals } = parseFlags(
      args,
      { db: { type: 'string' }, json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } },
      'backup',
    )
    if (values.help) {
      io.out(this.usage)
      return 0
    }
    if (positionals.length !== 1) throw new UsageError('wiremark backup: give one output file, e.g. wiremark backup library-backup.sqlite')
    const lib = openLibrary(values.db, io)
    try {
      const r = await lib.call('library:backup', { file: positionals[0] as string })
      io.out(values.json ? JSON.stringify(r) : `backed up ${r.stories} stories to ${r.file} (${mb(r.bytes)})`)
      return 0
    } catch (e) {
      if (!(e instanceof AppError)) throw e
      io.err(`wiremark backup: ${e.message}`)
      return e.code === 'invalid_input' ? 2 : 1
    } finally {
      lib.close()
    }
  },
}
