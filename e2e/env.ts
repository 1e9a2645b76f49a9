import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join } from 'node:path'

/** Debian's Chromium, else Playwright's own browser (`npx playwright install chromium`), else null. */
export function chromiumPath(): string | null {
  const candidates = [process.env.WIREMARK_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]
  const found = candidates.find((p) => existsSync(p))
  if (found) return found
  return null
}

export function playwrightChromiumInstalled(): boolean {
  try {
    // Resolved lazily: playwright-core knows where its own browser would be.
    const { chromium } = createRequire(import.meta.url)('@playwright/test') as typeof import('@playwright/test')
    return existsSync(chromium.executablePath())
  } catch {
    return false
  }
}

/**
 * True when an Electron binary is installed (it cannot be downloaded on some machines), or when
 * WIREMARK_APP_EXECUTABLE names a packaged build to smoke-test (`electron-builder --dir` output).
 */
export function electronAvailable(): boolean {
  if (process.env.WIREMARK_APP_EXECUTABLE) return existsSync(process.env.WIREMARK_APP_EXECUTABLE)
  const pathFile = join(process.cwd(), 'node_modules', 'electron', 'path.txt')
  if (!existsSync(pathFile)) return false
  const rel = readFileSync(pathFile, 'utf8').trim()
  return existsSync(join(process.cwd(), 'node_modules', 'electron', 'dist', rel))
}
