import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { chromiumPath, electronAvailable, playwrightChromiumInstalled } from './env'

export default function globalSetup() {
  if (!chromiumPath() && !playwrightChromiumInstalled()) {
    throw new Error(
      'No Chromium found for the e2e tests: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`.',
    )
  }
  if (!existsSync(join(process.cwd(), 'out', 'main', 'host.js')) || !existsSync(join(process.cwd(), 'out', 'renderer', 'index.html'))) {
    throw new Error('The app is not built: run `npm run build` before `npm run test:e2e` (npm test does both).')
  }
  if (!electronAvailable()) console.log('e2e: Electron binary not installed here; the electron project is skipped, browser mode runs.')
}
