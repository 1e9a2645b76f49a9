/**
 * The Node side's log. In the desktop app it writes to a log file users can attach to a bug report (index.ts points
 * it at electron-log); in the CLI, the loopback host and the tests it is the console. One sink for the process, as
 * console is, so code outside main/app needs no Electron to log.
 */
export interface LogSink {
  info: (...args: unknown[]) => void
  warn: (...args: unknown[]) => void
  error: (...args: unknown[]) => void
}

let sink: LogSink = console

export const log: LogSink = {
  info: (...args) => sink.info(...args),
  warn: (...args) => sink.warn(...args),
  error: (...args) => sink.error(...args),
}

/** Sends every later line to `next` (the desktop app's log file). */
export function setLogSink(next: LogSink): void {
  sink = next
}
