import electronLog from 'electron-log/main'
import { setLogSink } from '../log'

/**
 * The desktop app's log file, which users can attach to a bug report: main.log in the platform's log folder
 * (Linux ~/.config/Wiremark/logs, macOS ~/Library/Logs/Wiremark, Windows %APPDATA%\Wiremark\logs), at most 5 MB,
 * the previous one kept as main.old.log. Everything the Node side logs goes there (and to the console in
 * development). Returns the file's path, for Help > Show Log File.
 */
export function startLogFile(): string {
  electronLog.transports.file.level = 'info'
  electronLog.transports.file.maxSize = 5 * 1024 * 1024
  electronLog.transports.console.level = process.env.ELECTRON_RENDERER_URL ? 'info' : false
  // Uncaught errors in the main process go to the file too, and are still shown in an error box as Electron shows
  // them (unhandled rejections are logged only).
  electronLog.errorHandler.startCatching({ showDialog: true })
  setLogSink({ info: electronLog.info, warn: electronLog.warn, error: electronLog.error })
  return electronLog.transports.file.getFile().path
}

/** The logger electron-updater reports to. */
export const updaterLogger = electronLog
