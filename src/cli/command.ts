/** One subcommand of the `wiremark` CLI. Exit codes: 0 ok, 1 the checks found problems or the work failed, 2 usage or input errors. */
export interface CliIo {
  out: (s: string) => void
  err: (s: string) => void
  /** True when stdout is a terminal (progress lines are shown only then) */
  isTty: boolean
  env: Record<string, string | undefined>
  cwd: string
}

export interface CliCommand {
  name: string
  /** One line for `wiremark --help` */
  summary: string
  /** Full usage text for `wiremark <name> --help` */
  usage: string
  run: (args: string[], io: CliIo) => Promise<number>
}

/** A usage error: printed as one clear line, exit code 2. */
export class UsageError extends Error {
  override name = 'UsageError'
}
