export type ImportsContract = {
  /** Starts a bulk import in the background; progress and the summary arrive as events (import:progress, import:done) */
  'imports:start': (input: { files: { name: string; base64?: string; text?: string }[] }) => { jobId: string; total: number }
  /** Stops a job after the file it is on; every story is either fully imported or not at all */
  'imports:cancel': (input: { jobId: string }) => { cancelled: boolean }
}
export const IMPORTS_CHANNELS = ['imports:start', 'imports:cancel'] as const satisfies readonly (keyof ImportsContract)[]
