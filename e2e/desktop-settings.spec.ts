import { expect, test } from './fixtures'

// Automatic updates are the desktop app's (issue 18): Settings has the switch there (src/main/index.ts answers
// app:updates). Browser mode has no updater, and Settings says so instead of showing a box that does nothing.

test('Settings in browser mode: automatic updates are not available, said in words, and the switch is refused', async ({ app, page }) => {
  await app.open()
  await app.key('Control+,')
  const dialog = page.getByTestId('settings-dialog')
  await expect(dialog).toHaveAttribute('data-ready', 'true')
  const updates = dialog.getByTestId('setting-updates')
  await expect(updates).toContainText('This computer')
  await expect(updates.getByTestId('setting-updates-unavailable')).toContainText('Automatic updates are not available in browser mode')
  await expect(updates.getByRole('checkbox')).toHaveCount(0)
  await updates.scrollIntoViewIfNeeded()
  await page.screenshot({ path: 'test-results/settings-updates-browser.png' })

  // Saving the rest of Settings still works and sends no updates change.
  await dialog.getByTestId('setting-checkerName').fill('Sam Checker')
  await dialog.getByTestId('settings-save').click()
  await expect(dialog).toHaveCount(0)
  expect(await app.api('app:updates', {})).toEqual({ switchable: false, on: false, note: expect.stringContaining('browser mode') })
  await expect(app.api('app:setUpdates', { on: true })).rejects.toThrow(/not available in browser mode/)
})
