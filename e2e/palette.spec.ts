import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')

test('the command palette (Ctrl+K) finds an action as you type and runs it with Enter, the arrows or a click', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  await expect(app.mode()).toHaveAttribute('data-mode', 'review')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  const input = palette.getByRole('combobox')
  const options = palette.getByRole('option')

  // Ctrl+K from the checks: every action but the palette itself, the typing box focused.
  await page.locator('#checks-list').focus()
  await app.key('Control+k')
  await expect(input).toBeFocused()
  const all = await options.allInnerTexts()
  expect(all.length).toBeGreaterThan(20)
  expect(all.some((o) => o.startsWith('Export the story…'))).toBe(true)
  expect(all.some((o) => o.startsWith('Command palette'))).toBe(false)

  // Typing narrows the list (any case); Enter runs the first match: the text becomes editable.
  await page.keyboard.type('SWITCH between')
  await expect(options).toHaveCount(1)
  await expect(options.first()).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(palette).toHaveCount(0)
  await expect(app.mode()).toHaveAttribute('data-mode', 'edit')
  await expect(app.editor()).toHaveAttribute('contenteditable', 'true')

  // The arrows move the choice; Enter runs the chosen one, not the first: back to review.
  await app.key('Control+k')
  await page.keyboard.type('review')
  const matches = await options.allInnerTexts()
  const back = matches.findIndex((o) => o.startsWith('Back to review'))
  expect(back).toBeGreaterThan(0)
  for (let i = 0; i < back; i++) await page.keyboard.press('ArrowDown')
  await expect(options.nth(back)).toHaveAttribute('aria-selected', 'true')
  await page.keyboard.press('Enter')
  await expect(app.mode()).toHaveAttribute('data-mode', 'review')
  await expect(app.editor()).toHaveAttribute('contenteditable', 'false')

  // A click runs an action too: the export dialog opens.
  await app.key('Control+k')
  await page.keyboard.type('export')
  await options.filter({ hasText: 'Export the story…' }).click()
  await expect(page.getByTestId('export-dialog')).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('export-dialog')).toHaveCount(0)

  // Escape closes the palette without running anything; nothing matches a word no action has.
  await app.key('Control+k')
  await page.keyboard.type('frobnicate')
  await expect(options).toHaveCount(0)
  await page.keyboard.press('Enter')
  await expect(palette).toHaveCount(0)
  await app.key('Control+k')
  await page.keyboard.press('Escape')
  await expect(palette).toHaveCount(0)
  await expect(app.mode()).toHaveAttribute('data-mode', 'review')

  // An action that opens a dialog of its own (the shortcut sheet): on closing it the focus goes back where it was
  // before the palette opened, not to nothing.
  await page.locator('#checks-list').focus()
  await app.key('Control+k')
  await page.keyboard.type('keyboard shortcuts')
  await page.keyboard.press('Enter')
  const sheet = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(sheet).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(sheet).toHaveCount(0)
  await expect(page.locator('#checks-list')).toBeFocused()

  // So does the export dialog, after its download (Ctrl+E from the checks, Enter on the format).
  await app.key('Control+e')
  const dialog = page.getByTestId('export-dialog')
  await dialog.getByRole('radio', { name: /Markdown report/ }).check()
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('export-go').press('Enter')])
  expect(download.suggestedFilename()).toMatch(/\.md$/)
  await expect(dialog).toHaveCount(0)
  await expect(page.locator('#checks-list')).toBeFocused()
})
