/** The envelope every IPC and HTTP answer travels in. Errors are data, never thrown across processes. */

export type ErrorCode =
  | 'unknown_channel'
  | 'invalid_input'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'import_failed'
  | 'unavailable'
  | 'internal'

export interface AppErrorData {
  code: ErrorCode
  message: string
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorData }

/** A failure the caller should see with its reason (not a bug). */
export class AppError extends Error {
  override name = 'AppError'
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message)
  }
}

export const ok = <T>(value: T): Result<T> => ({ ok: true, value })
export const fail = (code: ErrorCode, message: string): Result<never> => ({ ok: false, error: { code, message } })
