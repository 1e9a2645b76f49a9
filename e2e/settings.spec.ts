import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')

test("the checker's name: set in Settings (Ctrl+,), kept across a reload, and in the report with the editor's decisions", async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()

  // Before a name is set, the report says where to set it.
  const before = await app.exportAs(/Markdown report/)
  expect(before.text).toContain('- **Checked by:** \\(name not set: Settings\\)')

  // Ctrl+, opens Settings; the name is saved when the Node side says so.
  await page.locator('#checks-list').focus()
  await app.key('Control+,')
  const dialog = page.getByTestId('settings-dialog')
  await expect(dialog).toHaveAttribute('data-ready', 'true')
  await expect(dialog.getByTestId('setting-checkerName')).toBeFocused()
  await dialog.getByTestId('setting-checkerName').fill('  Sam Checker ')
  await page.screenshot({ path: 'test-results/settings-dialog.png' })
  // Save stays in view over the long form, and the dialog ends above the window's edge (a fresh-eyes editor had to
  // scroll to find it)
  await expect(dialog.getByTestId('settings-save')).toBeInViewport({ ratio: 1 })
  const box = await dialog.boundingBox()
  expect(box!.y + box!.height).toBeLessThan(page.viewportSize()!.height)
  await dialog.getByTestId('settings-save').click()
  await expect(dialog).toHaveCount(0)
  expect(await app.api('settings:get', {})).toEqual({ checkerName: 'Sam Checker', houseStyle: null, disabledRules: null })

  // The command palette reaches it too, and the name is there after a reload.
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await app.key('Control+k')
  await page.keyboard.type('Settings')
  await page.keyboard.press('Enter')
  await expect(dialog).toHaveAttribute('data-ready', 'true')
  await expect(dialog.getByTestId('setting-checkerName')).toHaveValue('Sam Checker')
  await page.keyboard.press('Escape')
  await expect(dialog).toHaveCount(0)

  // A decision made now carries the name; the report says who checked and who decided.
  await page.locator('.library [data-story-id]').first().click()
  await app.storyOpen()
  await app.marks('quote').first().click()
  await app.card().getByRole('button', { name: /Accept/ }).click()
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')
  await app.saved()
  const after = await app.exportAs(/Markdown report/)
  expect(after.text).toContain('- **Checked by:** Sam Checker')
  // Markdown escapes brackets, dots and signs; read the words without the escapes.
  expect(after.text.replace(/\\(.)/g, '$1')).toMatch(/\| accepted by Sam Checker, \d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2} .*\(UTC[+-]\d{2}:\d{2}\) \|/)
})

test('the house style: a preset chosen in Settings re-runs the checks of the open story, a check switched off goes, and both stay', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const line = page.getByTestId('house-style')
  await expect(line).toHaveText('House style: Reuters (default)')
  // The story quotes "(Lukashenko)" inside a quote: an insertion in round brackets, a warning in Reuters style.
  const insertion = page.locator('#checks-list [role="option"][data-rule="insertion-in-quote"]').filter({ hasText: '(Lukashenko)' })
  await expect(insertion).toHaveClass(/sev-warning/)
  await expect(insertion).toContainText('Insertion in a quote')
  await expect(page.locator('.finding-group[data-group="no-dateline"]')).toHaveCount(1)
  const total = await app.findings().count()

  // The line in the checks panel opens Settings; BBC style puts insertions in square brackets.
  await line.click()
  const dialog = page.getByTestId('settings-dialog')
  await expect(dialog).toHaveAttribute('data-ready', 'true')
  await expect(dialog.getByTestId('setting-houseStyle')).toHaveValue('reuters')
  await dialog.getByTestId('setting-houseStyle').selectOption('bbc')
  await expect(dialog.getByTestId('setting-insertionMark')).toHaveValue('[')
  await expect(dialog.getByTestId('setting-lateAttributionWords')).toHaveValue('0')
  await dialog.getByTestId('check-no-dateline').uncheck()
  await page.screenshot({ path: 'test-results/settings-house-style.png' })
  await dialog.getByTestId('settings-save').click()
  await expect(dialog).toHaveCount(0)

  await expect(line).toHaveText('House style: BBC · 1 check off')
  await expect(insertion).toHaveClass(/sev-info/)
  await expect(insertion).toContainText('Round brackets in a quote')
  await expect(page.locator('.finding-group[data-group="no-dateline"]')).toHaveCount(0)
  await expect(page.locator('.finding-group[data-group="courtesy-title"]')).toHaveCount(1)
  const bbc = await app.findings().count()
  expect(bbc).not.toBe(total)
  // The library recounts its stories' open findings for the new style.
  await expect(page.locator('.library [data-open-findings]')).toHaveAttribute('data-open-findings', String(bbc))
  expect(await app.api('settings:get', {})).toMatchObject({ houseStyle: { preset: 'bbc', insertionMark: '[' }, disabledRules: ['no-dateline'] })

  // A setting changed makes the style Custom; after a reload the story opens with the library's style.
  await line.click()
  await expect(dialog).toHaveAttribute('data-ready', 'true')
  await dialog.getByTestId('setting-insertionMark').selectOption('(')
  await expect(dialog.getByTestId('setting-houseStyle')).toHaveValue('custom')
  await dialog.getByTestId('settings-save').click()
  await expect(dialog).toHaveCount(0)
  await expect(line).toHaveText('House style: Custom · 1 check off')
  await expect(insertion).toHaveClass(/sev-warning/)
  await app.reloadAndOpen(/Putin says Lukashenko/)
  await expect(line).toHaveText('House style: Custom · 1 check off')
  await expect(insertion).toHaveClass(/sev-warning/)
  await expect(page.locator('.finding-group[data-group="no-dateline"]')).toHaveCount(0)
})
