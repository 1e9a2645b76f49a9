import { analyzeCommand } from './commands/analyze'
import { importCommand } from './commands/import'
import { exportCommand } from './commands/export'
import { importAnnotationsCommand } from './commands/importAnnotations'
import { backupCommand } from './commands/backup'
import { peopleCommand } from './commands/people'
import { restoreCommand } from './commands/restore'
import { searchCommand } from './commands/search'
import { AppError } from '../shared/ipc/result'
import { UsageError, type CliCommand, type CliIo } from './command'

export const COMMANDS: readonly CliCommand[] = [
  analyzeCommand,
  importCommand,
  exportCommand,
  importAnnotationsCommand,
  searchCommand,
  peopleCommand,
  backupCommand,
  restoreCommand,
]

export function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length))
  return [
    'usage: wiremark <command> [options]',
    '',
    'Checks wire copy: quotes, speakers, claims, credits and attribution.',
    '',
    'commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'options:',
    '  -h, --help     show help (also: wiremark <command> --help)',
    '  -v, --version  show the version',
  ].join('\n')
}

/** Runs one CLI invocation; returns the exit code. Usage errors print one line and give 2. */
export async function runCli(argv: string[], io: CliIo, version: string): Promise<number> {
  const [first, ...rest] = argv
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    io.out(helpText())
    return first === undefined ? 2 : 0
  }
  if (first === '-v' || first === '--version') {
    io.out(version)
    return 0
  }
  const command = COMMANDS.find((c) => c.name === first)
  if (!command) {
    io.err(`wiremark: unknown command '${first}'. Run 'wiremark --help' for the list.`)
    return 2
  }
  try {
    return await command.run(rest, io)
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message)
      return 2
    }
    // Input the contract refused (its zod schema, or a file it cannot read) is a usage error too.
    if (e instanceof AppError && e.code === 'invalid_input') {
      io.err(`wiremark ${command.name}: ${e.message}`)
      return 2
    }
    io.err(`wiremark ${command.name}: ${(e as Error).message}`)
    return 1
  }
}
