import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, WiremarkApp } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')

test('unbroken typing is saved as it goes: a crash of the window loses only the last keys', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  await app.saved()
  const { id: storyId } = (await app.api<{ id: string }[]>('stories:list', {}))[0]!

  // Four seconds of typing at the end of the story, never pausing long enough for a quiet save:
  // words of ten characters, the time each word was finished noted.
  await app.editMode()
  await app.editor().locator('p.blk-paragraph').first().click()
  await page.keyboard.press('Control+End')
  const words: { text: string; at: number }[] = []
  for (let i = 0; i < 8; i++) {
    const text = ` w${i}${'abcdefghijklmnopqrstuvwxyz'.slice(i, i + 7)}`
    await page.keyboard.type(text, { delay: 50 })
    words.push({ text, at: Date.now() })
  }
  // The window dies at once, as in a crash: from this moment nothing it sends reaches the host (a save on blur or
  // unload included), then it is closed.
  await page.context().setOffline(true)
  const crashAt = Date.now()
  await page.close()
  await page.context().setOffline(false)

  // The text in the library: every word finished two seconds or more before the crash is in it (the desk saves
  // about once a second while typing goes on; the margin is for a slow machine).
  const after = new WiremarkApp(await page.context().newPage(), app.host)
  const saved = await after.api<{ version: { article: { text: string } } }>('stories:get', { id: storyId })
  const settled = words.filter((w) => w.at <= crashAt - 2000)
  expect(settled.length).toBeGreaterThanOrEqual(3)
  expect(saved.version.article.text).toContain(settled.map((w) => w.text).join(''))

  // Reopened, the desk shows that text with its marks, and nothing is lost from what was saved.
  await after.open()
  await after.page.locator(`.library [data-story-id="${storyId}"]`).click()
  await after.storyOpen()
  await expect(after.editor()).toContainText(settled.map((w) => w.text).join(''))
  await expect(after.marks('quote').first()).toBeVisible()
})
