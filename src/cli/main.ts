import { appVersion } from '../main/paths'
import { runCli } from './index'

// The `wiremark` executable. stdout carries results only (JSON lines for scripts); everything else goes to stderr.
runCli(
  process.argv.slice(2),
  {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(s.startsWith('\r') ? s : `${s}\n`),
    isTty: Boolean(process.stderr.isTTY),
    env: process.env,
    cwd: process.cwd(),
  },
  appVersion(),
).then(
  (code) => {
    process.exitCode = code
  },
  (e: unknown) => {
    process.stderr.write(`wiremark: ${(e as Error).stack ?? String(e)}\n`)
    process.exitCode = 1
  },
)
