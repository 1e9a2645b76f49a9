import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'
const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')
test('readme shots', async ({ app, page }) => {
  await page.setViewportSize({ width: 1360, height: 860 })
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  await app.openMark('quote', 'However, before this dialogue')
  await app.key('x')
  await app.openMark('quote', 'And of course we appeal')
  await app.key('a')
  await app.openMark('claim', 'thousands of migrants')
  await app.card().getByRole('radio', { name: 'disputed' }).check()
  await app.openMark('quote', 'We know the situation in Belarus')
  await expect(page.getByTestId('card-decision')).toBeVisible()
  await app.saved()
  await page.mouse.move(700, 500)
  await page.evaluate(() => window.scrollTo(0, 0))
  await page.screenshot({ path: 'docs/screenshots/desk-light.png' })
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot({ path: 'docs/screenshots/desk-dark.png' })
})
