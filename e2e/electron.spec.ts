import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { dropPaths } from './drop'

// Runs only where an Electron binary is installed (playwright.config.ts adds the project then). It has never run
// on the build machine, which has none: see README, "The desktop app".

/** Starts the desktop app on a data folder: the checkout, or a packaged build (WIREMARK_APP_EXECUTABLE, the release smoke test). */
async function launch(dataDir: string): Promise<{ app: ElectronApplication; win: Page }> {
  const packaged = process.env.WIREMARK_APP_EXECUTABLE
  const app = await electron.launch({
    ...(packaged ? { executablePath: packaged, args: [] } : { args: ['.'] }),
    env: { ...process.env, WIREMARK_DATA_DIR: dataDir },
  })
  const win = await app.firstWindow()
  await expect(win.locator('.app[data-ready="true"]')).toBeVisible()
  return { app, win }
}

test('the desktop window opens on the empty state', async () => {
  const { app, win } = await launch(mkdtempSync(join(tmpdir(), 'wiremark-electron-')))
  await expect(win.getByTestId('empty-state')).toContainText('Paste or drop wire copy here')
  await app.close()
})

test('quitting right after typing keeps what was typed (the quit waits for the window to save)', async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'wiremark-electron-'))
  let { app, win } = await launch(dataDir)
  // A story pasted into the window, as an editor would.
  await win.evaluate(() => {
    const data = new DataTransfer()
    data.setData('text/plain', 'Harbour strike delays ships\n\nThe harbour authority said on Tuesday that ships had been delayed.')
    document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  })
  await expect(win.locator('main[data-story-ready="true"]')).toBeVisible()
  await expect(win.getByTestId('save-state')).toHaveAttribute('data-save-state', 'saved')
  const editor = win.getByTestId('editor')
  await win.keyboard.press('F2')
  await expect(editor).toHaveAttribute('contenteditable', 'true')
  await editor.locator('p.blk-paragraph').first().click()
  await win.keyboard.press('Control+End')
  await win.keyboard.type(' Typed just before quitting.')
  // app.quit(), as Cmd+Q and File > Quit do: no pause for the autosave first.
  await app.close()

  ;({ app, win } = await launch(dataDir))
  await win.getByRole('option', { name: /Harbour strike delays ships/ }).click()
  await expect(win.locator('main[data-story-ready="true"]')).toBeVisible()
  await expect(win.getByTestId('editor')).toContainText('Typed just before quitting.')
  await app.close()
})

test('a folder dropped on the window imports every file in it', async () => {
  const dpa = resolve('..', 'shared', 'fixtures', 'dpa-newsmlg2-testdata', 'basisdienst-20170629')
  const folder = join(mkdtempSync(join(tmpdir(), 'wiremark-electron-drop-')), 'Wire')
  mkdirSync(join(folder, 'Monday'), { recursive: true })
  const stories = readdirSync(dpa).filter((n) => n.endsWith('.xml')).sort().slice(0, 5)
  stories.forEach((n, i) => copyFileSync(join(dpa, n), join(folder, i < 3 ? '' : 'Monday', `story-${i}.xml`)))
  const { app, win } = await launch(mkdtempSync(join(tmpdir(), 'wiremark-electron-')))
  await dropPaths(win, [folder])
  await expect(win.getByTestId('import-summary')).toHaveAttribute('data-phase', 'done', { timeout: 60_000 })
  await expect(win.getByTestId('import-imported')).toContainText('5')
  await expect(win.getByTestId('story-count')).toHaveText('5 stories')
  await app.close()
})
