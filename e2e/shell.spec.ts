import { expect, test } from './fixtures'

test('a new user sees the empty state and an empty library', async ({ app, page }) => {
  await app.open()
  await expect(app.emptyState()).toContainText('Paste or drop wire copy here, or use File > Import')
  await expect(app.storyCount()).toHaveText('0 stories')
  await page.screenshot({ path: 'test-results/shell-empty.png' })
})

test('the app refuses to talk to the host without the token', async ({ host, page }) => {
  const res = await page.request.post(`${host.origin}/api/app:info`, { data: {} })
  expect(res.status()).toBe(401)
})

test('an imported story appears in the library', async ({ app }) => {
  await app.open()
  const summary = await app.api<{ imported: number }>('stories:import', {
    name: 'pasted.txt',
    text: 'Council approves new budget\n\nThe city council on Monday approved a budget of $4 million, the mayor said.',
  })
  expect(summary.imported).toBe(1)
  await app.page.reload()
  await expect(app.page.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(app.storyCount()).toHaveText('1 story')
  await expect(app.page.getByRole('option')).toContainText('Council approves new budget')
})
