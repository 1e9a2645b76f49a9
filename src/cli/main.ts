import { appVersion } from '../main/paths'
import { runCli } from './index'

// The `wiremark` executable. stdout carries results only (JSON lines for scripts); everything else goes to stderr.

// A reader that stops early (`wiremark analyze ... | head`) closes the pipe: that is the end, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  throw e
})

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
