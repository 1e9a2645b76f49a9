import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './command'

/** Strict flag parsing: an unknown flag or a missing value is a UsageError (exit 2) that names it. */
export function parseFlags<O extends NonNullable<ParseArgsConfig['options']>>(args: string[], options: O, command: string) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true })
  } catch (e) {
    throw new UsageError(`wiremark ${command}: ${(e as Error).message.replace(/\. To specify a positional.*$/s, '')}`)
  }
}

/** Why a file could not be read, naming it once: "x.txt: cannot be read (no such file)". */
export function unreadableMessage(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException)?.code
  const why =
    code === 'ENOENT' ? 'no such file' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (e as Error)?.message ?? String(e)
  return `${file}: cannot be read (${why})`
}

/** An error line for a file: the message as it is when it names the file already, else after the file's name. */
export function fileErrorLine(file: string, message: string): string {
  return message.includes(file) ? message : `${file}: ${message}`
}
