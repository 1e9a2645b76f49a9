import { expect, test } from './fixtures'

// A stale import banner: a fresh-eyes editor found an earlier import's refusal (and its summary) still on screen
// after the desk had moved on. The next import takes them away; opening a story puts away a summary with nothing
// left to read; one with a refusal stays until its × or the next import.
const story = (i: number) => ({ name: `story-${i}.txt`, text: `Harbour reopens after storm number ${i}\n\n"The quay is safe again," harbour master Lena Holm said of storm ${i}.` })

test("an earlier import's refusal and summary go when the next import starts, a clean summary when a story opens", async ({ app, page }) => {
  await app.open()
  // A few files, one refused: its error message stays (errors do), until the next import.
  await app.importFiles([{ name: 'empty.txt', text: '' }, story(1)])
  await app.storyOpen()
  await expect(page.locator('.toast-error')).toContainText([/^empty\.txt: /])
  // Many files, one refused: the summary lists it, and the last import's error has gone.
  await app.importFiles([story(2), story(3), story(4), { name: 'blank.txt', text: '' }])
  const summary = page.getByTestId('import-summary')
  await expect(summary).toBeVisible()
  await expect(page.getByTestId('import-failed')).toHaveText(/^1 failed/)
  await expect(page.locator('.toast-error')).toHaveCount(0)
  // Opening a story keeps a summary with a refusal in it...
  await page.getByRole('option', { name: /storm number 2/ }).click()
  await expect(app.editor()).toContainText('storm number 2')
  await expect(summary).toBeVisible()
  // ... and the next import takes it away; this one's summary has nothing to read, and goes when a story opens.
  await app.importFiles([story(5), story(6), story(7), story(8)])
  await expect(summary).toHaveAttribute('data-phase', 'done')
  await expect(page.getByTestId('import-failed')).toHaveText(/^0 failed/)
  await page.screenshot({ path: 'test-results/import-notices-1-clean-summary.png' })
  await page.getByRole('option', { name: /storm number 7/ }).click()
  await expect(summary).toHaveCount(0)
  await expect(app.editor()).toContainText('storm number 7')
})
