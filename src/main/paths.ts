import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

export const APP_NAME = 'Wiremark'

/**
 * The per-user data folder, the same one Electron's app.getPath('userData') gives the desktop app,
 * so browser mode, the CLI and the window share one library. WIREMARK_DATA_DIR overrides it (tests, portable use).
 */
export function userDataDir(
  env: Record<string, string | undefined> = process.env,
  platform: NodeJS.Platform = process.platform,
  home: string = homedir(),
): string {
  if (env.WIREMARK_DATA_DIR) return resolve(env.WIREMARK_DATA_DIR)
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_NAME)
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', APP_NAME)
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), APP_NAME)
}

export const libraryPath = (dataDir: string) => join(dataDir, 'library.sqlite')

/** The checkout or the packaged app's root: where package.json, out/ and native/ are. */
export function appRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (let i = 0; i < 5; i++) {
    if (existsSync(join(dir, 'package.json'))) return dir
    dir = dirname(dir)
  }
  return process.cwd()
}

export function appVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(appRoot(), 'package.json'), 'utf8')) as { version: string }).version
  } catch (e) {
    console.error('Wiremark: cannot read the version from package.json', e)
    return '0.0.0'
  }
}

/** The better-sqlite3 binary built for Electron's ABI by the install step, when this runtime is Electron. */
export function electronNativeBinding(): string | undefined {
  if (!process.versions.electron) return undefined
  const candidates = [
    join(appRoot(), 'native', 'electron', 'better_sqlite3.node'),
    join(appRoot().replace(/app\.asar$/, 'app.asar.unpacked'), 'native', 'electron', 'better_sqlite3.node'),
  ]
  return candidates.find((p) => existsSync(p))
}
