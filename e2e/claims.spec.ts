import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')

test('the claims list ranks the story claims by check-worthiness, names the check each needs, and shows one in the story', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const claims = Number(await app.legendCount('claim').textContent())
  expect(claims).toBeGreaterThan(1)

  await page.getByTestId('tab-claims').click()
  const rows = page.getByTestId('claims').locator('li')
  // Every claim mark the legend counts is listed, most check-worthy first.
  await expect(rows).toHaveCount(claims)
  const ranks = (await rows.evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.checkworthiness ?? ''))).map(Number)
  expect(ranks).toEqual([...ranks].sort((a, b) => b - a))
  await expect(rows.first().locator('.claim-kind')).toHaveText(/^(Number|Allegation|Cause|Comparison|Date|Event)$/)
  await page.screenshot({ path: 'test-results/claims-list.png', fullPage: true })

  // A row shows its claim: back to the story, its card open on the same words.
  const words = (await rows.first().locator('q').textContent()) ?? ''
  await rows.first().getByRole('button').click()
  await expect(page.getByTestId('tab-review')).toHaveAttribute('aria-selected', 'true')
  await expect(app.card().locator('.card-exact')).toHaveText(words)

  // A claim the editor rejects leaves the list.
  await app.key('x')
  await page.getByTestId('tab-claims').click()
  await expect(rows).toHaveCount(claims - 1)
  await expect(rows.locator('q', { hasText: words })).toHaveCount(0)
})
