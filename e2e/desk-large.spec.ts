import { largeStory } from '../scripts/largeStory.mjs'
import { expect, test } from './fixtures'

const shot = (name: string) => ({ path: `test-results/desk-large-${name}.png` })

test('a story of 20,000 words with 2,000 marks opens, keeps its marks and takes typing', async ({ app, page }) => {
  // (A long story on a slow machine: the test is about what the desk keeps, and its speed is a bench row.)
  test.setTimeout(240_000)
  const story = largeStory(20_000)
  expect(story.words).toBeGreaterThanOrEqual(20_000)
  const imported = await app.api<{ items: { storyId: string }[] }>('stories:import', { name: story.name, text: story.text })
  const storyId = imported.items[0]!.storyId
  const { annotations } = await app.api<{ annotations: { id: string }[] }>('annotations:list', { storyId })
  expect(annotations.length).toBeGreaterThanOrEqual(2_000)

  await app.open()
  await page.locator(`.library [data-story-id="${storyId}"]`).click()
  await app.storyOpen(60_000)
  /** The ids on the marks in the text. */
  const markIds = () =>
    page.evaluate(() => {
      const ids = new Set<string>()
      for (const m of document.querySelectorAll<HTMLElement>('[data-testid="editor"] mark.wm-mark[data-ids]')) for (const id of (m.dataset.ids ?? '').split(' ')) ids.add(id)
      return [...ids]
    })
  const marked = async () => (await markIds()).length
  /** The library's annotations with no mark in the text. */
  const unmarked = async () => {
    const shown = new Set(await markIds())
    return annotations.filter((a) => !shown.has(a.id)).length
  }
  await expect.poll(marked).toBe(annotations.length)
  const total = async () => {
    let n = 0
    for (const kind of ['quote', 'claim', 'speaker', 'credit', 'note'] as const) n += Number(await app.legendCount(kind).textContent())
    return n
  }
  expect(await total()).toBe(annotations.length)

  // Type in the middle of the story, before a quote: the mark stays on its words, the text takes the keys.
  const quote = app.marks('quote').filter({ hasText: 'number 350 is on schedule' }).first()
  await quote.scrollIntoViewIfNeeded()
  await app.editMode()
  await quote.click()
  await page.keyboard.press('Home')
  const typed = 'Work resumed after the storm. '
  await page.keyboard.type(typed)
  await expect(page.locator('p', { hasText: typed })).toHaveCount(1)
  await expect(quote).toHaveText(/^The library number 350 is on schedule/)
  await expect(page.locator('p', { hasText: typed })).toContainText(`${typed}"The library number 350`)
  await app.saved()
  // Every mark is still there. (The typed sentence is analysed too, and on a slow machine its suggestions may
  // already have come in: so every earlier mark is counted, and the text shows what the legend counts.)
  expect(await unmarked()).toBe(0)
  await expect.poll(async () => (await marked()) === (await total())).toBe(true)
  await page.screenshot(shot('typed'))

  // The typed words and every mark come back from the library.
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await page.locator(`.library [data-story-id="${storyId}"]`).click()
  await app.storyOpen(60_000)
  await expect(page.locator('p', { hasText: typed })).toHaveCount(1)
  await expect.poll(unmarked).toBe(0)
  await expect.poll(async () => (await marked()) === (await total())).toBe(true)
})
