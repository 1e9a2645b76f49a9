import { posix, win32 } from 'node:path'

/** The extensions Wiremark registers with the system (electron-builder.yml fileAssociations). */
export const ASSOCIATED_EXTENSIONS = ['xml', 'json', 'txt', 'docx'] as const

/**
 * The files a command line asks Wiremark to open: a second launch's argv (Windows and Linux pass the files the user
 * double-clicked or chose "Open with" for), or the first launch's. argv[0] (the executable) is skipped, as are
 * switches (`--foo`, and what Chromium adds), the app path Electron is given in development (`.` or a folder with
 * the app, `*.asar`), and URLs. Relative paths are resolved against the launching process's working directory.
 */
export function filesFromArgv(argv: readonly string[], workingDirectory: string, platform: NodeJS.Platform = process.platform): string[] {
  const path = platform === 'win32' ? win32 : posix
  const out: string[] = []
  for (const arg of argv.slice(1)) {
    if (arg === '' || arg.startsWith('-') || arg === '.' || /\.asar[\\/]?$/i.test(arg)) continue
    if (/^[a-z][a-z0-9+.-]+:\/\//i.test(arg)) continue
    // Windows: '/' starts a switch in some launchers (e.g. /prefetch:1 from Chromium's relaunch)
    if (platform === 'win32' && /^\/[a-z]/i.test(arg)) continue
    const file = path.isAbsolute(arg) ? path.normalize(arg) : path.resolve(workingDirectory, arg)
    if (!out.includes(file)) out.push(file)
  }
  return out
}

/** Keeps only the files with an extension Wiremark imports from the system (others came from elsewhere on the line). */
export function importableFiles(files: readonly string[]): string[] {
  return files.filter((f) => (ASSOCIATED_EXTENSIONS as readonly string[]).includes(f.split('.').pop()?.toLowerCase() ?? ''))
}
