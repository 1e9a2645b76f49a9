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
