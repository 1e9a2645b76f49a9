import { _electron as electron, expect, test } from '@playwright/test'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

// Runs only where an Electron binary is installed (playwright.config.ts adds the project then).
test('the desktop window opens on the empty state', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wiremark-electron-'))
  // The checkout, or a packaged build (WIREMARK_APP_EXECUTABLE: the release smoke test, see README "Release builds").
  const packaged = process.env.WIREMARK_APP_EXECUTABLE
  const app = await electron.launch({
    ...(packaged ? { executablePath: packaged, args: [] } : { args: ['.'] }),
    env: { ...process.env, WIREMARK_DATA_DIR: dataDir },
  })
  const win = await app.firstWindow()
  await expect(win.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(win.getByTestId('empty-state')).toContainText('Paste or drop wire copy here')
  await app.close()
})
