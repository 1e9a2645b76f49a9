import { randomUUID } from 'node:crypto'
import Database from 'better-sqlite3'
import { expect, test } from './fixtures'

const STORIES = 100_000
const SOURCES = ['Reuters', 'AP', 'AFP', 'dpa']

test('the library list over 100,000 stories: only the rows in view are in the page, pages come as it scrolls', async ({ app, page }) => {
  test.setTimeout(120_000)
  await app.open()
  // Rows written straight into the library (the list reads only these tables); importing 100,000 files would take minutes.
  const { dbPath } = await app.api<{ dbPath: string }>('app:info', {})
  const db = new Database(dbPath)
  db.pragma('busy_timeout = 10000')
  const story = db.prepare(
    `INSERT INTO story (id, agency_id, text_hash, headline, source, dateline, format, state, open_findings, imported_at, updated_at, latest_version_id)
     VALUES (?, ?, ?, ?, ?, ?, 'text', 'new', ?, ?, ?, ?)`,
  )
  const version = db.prepare(`INSERT INTO story_version (id, story_id, number, content_hash, article, text, imported_at) VALUES (?, ?, 1, ?, '{}', '', ?)`)
  const start = Date.parse('2024-01-01T00:00:00Z')
  db.transaction(() => {
    for (let i = 0; i < STORIES; i++) {
      const id = randomUUID()
      const vid = randomUUID()
      const at = new Date(start + i * 60_000).toISOString()
      story.run(id, `scale:${i}`, `h${i}`, `Scale story ${i}`, SOURCES[i % SOURCES.length], `CITY ${i % 50}`, i % 3, at, at, vid)
      version.run(vid, id, `c${i}`, at)
    }
  })()
  db.close()

  const t0 = Date.now()
  await page.reload()
  const list = page.getByTestId('story-list')
  await expect(list).toHaveAttribute('data-list-ready', 'true')
  await expect(list.getByRole('option').first()).toContainText(`Scale story ${STORIES - 1}`)
  console.log(`library: first rows of ${STORIES.toLocaleString('en')} stories shown ${Date.now() - t0} ms after reload`)
  await expect(app.storyCount()).toHaveText('100,000 stories')
  expect(await list.getByRole('option').count()).toBeLessThan(60)

  // Jump to the middle: the rows there are fetched by their page and shown at their place.
  const rowHeight = await list.getByRole('option').first().evaluate((el) => el.getBoundingClientRect().height)
  await list.evaluate((el, top) => (el.scrollTop = top), 50_000 * Math.round(rowHeight))
  await expect(list).toHaveAttribute('data-list-ready', 'true')
  const middle = list.locator('[role="option"][aria-posinset="50001"]')
  await expect(middle).toContainText(`Scale story ${STORIES - 50_001}`)
  expect(await list.getByRole('option').count()).toBeLessThan(60)

  // Scrolling: 150 wheel-sized steps, one per frame; the slowest frame is reported (npm run bench judges speed).
  const worst = await list.evaluate(async (el) => {
    let prev = performance.now()
    let max = 0
    for (let k = 0; k < 150; k++) {
      el.scrollTop += 120
      await new Promise((r) => requestAnimationFrame(r))
      const now = performance.now()
      max = Math.max(max, now - prev)
      prev = now
    }
    return max
  })
  console.log(`library: slowest frame while scrolling 100,000 stories: ${Math.round(worst)} ms`)
  await expect(list).toHaveAttribute('data-list-ready', 'true')

  // Sorting 100,000 rows by a column starts again at the top.
  await page.getByTestId('sort-headline').click()
  await expect(list).toHaveAttribute('data-list-ready', 'true')
  await expect(list.getByRole('option').first()).toContainText('Scale story 0')
  await page.screenshot({ path: 'test-results/library-7-scale.png' })
})
