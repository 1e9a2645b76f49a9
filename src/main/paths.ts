import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { log } from './log'

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
    log.error('Wiremark: cannot read the version from package.json', e)
    return '0.0.0'
  }
}

/**
 * The better-sqlite3 binary for this runtime when it is not the default one. One strategy per situation:
 * - plain Node (tests, CLI, browser mode): undefined, the package's own build for Node;
 * - a packaged app (inside app.asar): undefined, the package's own build, which electron-builder rebuilt for
 *   Electron's ABI at packaging time (npmRebuild) and unpacked beside the asar (asarUnpack: every .node file);
 * - Electron from a checkout (`npm start`): native/electron/better_sqlite3.node, which the install step builds for
 *   Electron so that node_modules keeps the Node build the tests need.
 */
export function electronNativeBinding(
  root: string = appRoot(),
  electron: string | undefined = process.versions.electron,
  exists: (p: string) => boolean = existsSync,
): string | undefined {
  if (!electron) return undefined
  if (/[\\/]app\.asar(?:[\\/]|$)/.test(root)) return undefined
  const checkout = join(root, 'native', 'electron', 'better_sqlite3.node')
  return exists(checkout) ? checkout : undefined
}
