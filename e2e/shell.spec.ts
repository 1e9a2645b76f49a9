import { expect, test } from './fixtures'

test('a new user sees the empty state and an empty library', async ({ app, page }) => {
  await app.open()
  await expect(app.emptyState()).toContainText('Paste or drop wire copy here')
  // browser mode has no File menu to point to
  await expect(app.emptyState()).not.toContainText('File >')
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

test('a bulk import runs in the background worker and fills the library', async ({ app }) => {
  await app.open()
  const files = Array.from({ length: 25 }, (_, i) => ({
    name: `story-${i}.txt`,
    text: `Harbour authority report ${i}\n\nThe harbour authority said on Tuesday that ${i + 10} ships had been delayed by the strike.`,
  }))
  const job = await app.api<{ jobId: string; total: number }>('imports:start', { files })
  expect(job.total).toBe(25)
  await expect.poll(async () => (await app.api<unknown[]>('stories:list', { limit: 100 })).length).toBe(25)
})
