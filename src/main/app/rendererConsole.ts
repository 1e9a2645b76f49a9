/**
 * Which of the window's console lines go to the main process's log (and so into the log file): warnings and errors,
 * such as "the analysis worker failed; analysing on the main thread". Info and debug lines stay in DevTools.
 */
export function rendererLogLine(msg: { level: string; message: string; sourceId?: string; lineNumber?: number }): { level: 'warn' | 'error'; text: string } | null {
  const level = msg.level === 'warning' ? 'warn' : msg.level === 'error' ? 'error' : null
  if (!level) return null
  const where = msg.sourceId ? ` (${msg.sourceId.replace(/^app:\/\/wiremark\//, '')}:${msg.lineNumber ?? 0})` : ''
  return { level, text: `renderer: ${msg.message}${where}` }
}
