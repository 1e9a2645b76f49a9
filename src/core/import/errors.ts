export type ImportErrorCode = 'unknown_format' | 'malformed' | 'too_large' | 'encoding' | 'empty' | 'unsafe'

/** An expected failure to read a file: names the file and the reason. */
export class ImportError extends Error {
  override name = 'ImportError'
  constructor(
    readonly code: ImportErrorCode,
    message: string,
    readonly file?: string,
  ) {
    super(message)
  }
}
