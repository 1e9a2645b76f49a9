import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import Database from 'better-sqlite3'
import { expect, test } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')
const shot = (name: string) => ({ path: `test-results/desk-layout-${name}.png` })

test('the first run: an empty library says how to start, and the sample story opens', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await app.open()
  const empty = app.emptyState()
  await expect(empty).toHaveAttribute('data-library-empty', 'true')
  await expect(empty).toContainText('Paste or drop wire copy here')
  await expect(empty.getByRole('button', { name: 'Import…' })).toBeVisible()
  // browser mode has no File menu: the page must not send the editor to one
  await expect(empty).not.toContainText('File >')
  await expect(page.getByTestId('library-empty')).toContainText('No stories yet')
  await expect(page.locator('.library')).not.toContainText('No stories match.')
  // no empty review column before a story is open: the main pane reaches the window's right edge
  await expect(page.locator('.right-panel')).toHaveCount(0)
  const main = await page.locator('main').boundingBox()
  expect(Math.round((main?.x ?? 0) + (main?.width ?? 0))).toBe(1024)
  await page.screenshot(shot('1-first-run'))

  await empty.getByTestId('open-sample').click()
  await app.storyOpen()
  await expect(app.storyCount()).toHaveText('1 story')
  await expect(app.editor()).toContainText('ELDMOOR')
  await expect(app.legendCount('quote')).toHaveText('4')
  await expect(app.marks('credit').filter({ hasText: 'REUTERS/Jonah Vell' })).toHaveCount(1)
  await expect(page.locator('.library [data-story-id]').first()).toContainText('Riverside town approves flood barrier')
  // the review column comes with the story
  await expect(page.locator('.right-panel')).toBeVisible()
})

test('finding cards quote their words, group by rule with a count and offer the fix', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const checks = page.getByTestId('checks')
  const total = Number(await checks.getAttribute('data-count'))
  expect(total).toBeGreaterThan(3)
  // zero errors is muted, not red
  await expect(page.getByTestId('count-error')).toHaveClass(/is-zero/)
  await expect(page.getByTestId('count-warning')).not.toHaveClass(/is-zero/)
  // the unattributed claims stand together under one header with their count
  const group = page.locator('.finding-group[data-group="unattributed-claim"]')
  const count = Number(await group.getAttribute('data-group-count'))
  expect(count).toBeGreaterThan(1)
  await expect(group.locator('.group-count')).toHaveText(String(count))
  const cards = page.locator('#checks-list [role="option"][data-rule="unattributed-claim"]')
  await expect(cards).toHaveCount(count)
  await expect(cards.filter({ hasText: "Unsourced number: 'thousands of migrants" })).toHaveCount(1)
  await expect(cards.first().getByTestId('finding-fix')).toContainText('say who says so')
  // the rule id is on the detail line, not in monospace on the main line
  await expect(cards.first().locator('.finding-detail')).toContainText('unattributed-claim')
  await expect(cards.first().locator('.finding-message')).not.toContainText('unattributed-claim')
  // the group folds and unfolds; J/K still walk every finding in order, unfolding the group they enter
  await group.getByRole('button').click()
  await expect(cards).toHaveCount(0)
  await page.locator('#checks-list').focus()
  const indices: string[] = []
  for (let i = 0; i < total; i++) {
    await page.keyboard.press('j')
    indices.push((await app.selectedFinding().getAttribute('data-finding-index')) ?? '')
  }
  // (a story opens with no finding selected: the first J selects the first)
  expect(indices).toEqual(Array.from({ length: total }, (_, i) => String(i)))
  await page.screenshot(shot('2-checks'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot(shot('2-checks-dark'))
  await page.emulateMedia({ colorScheme: 'light' })
})

for (const [width, height] of [
  [1280, 800],
  [1024, 700],
] as const) {
  test(`J and K keep the selected finding, the card's header and the active mark in view, at ${width}×${height}`, async ({ app, page }) => {
    // A fresh-eyes editor pressed J and found the card's header scrolled out of the review panel, then the selected
    // finding cut off at the list's bottom or off the screen. A long story: the seed's paragraphs twice over.
    await page.setViewportSize({ width, height })
    await app.open()
    const [headline, ...body] = SEED.split('\n\n')
    await app.pasteOutsideEditor([headline, ...body, ...body].join('\n\n'))
    await app.storyOpen()
    const total = Number(await page.getByTestId('checks').getAttribute('data-count'))
    expect(total).toBeGreaterThan(12)
    /**
     * What the eye sees: of the card's header, whether the topmost element at its corners is in it; of the selected
     * finding, whether it lies in its list's view below its group's header (which sticks to the list's top) and is
     * the topmost element at its corners (on the screen, nothing over it).
     */
    const seen = () =>
      page.evaluate(() => {
        const head = document.querySelector('.right-panel .card .card-head')
        const finding = document.querySelector<HTMLElement>('#checks-list [aria-selected="true"]')!
        const list = document.getElementById('checks-list')!
        const onTop = (el: Element, x: number, y: number) => {
          const at = document.elementFromPoint(x, y)
          return !!at && el.contains(at)
        }
        const h = head?.getBoundingClientRect()
        const group = list.querySelector(`.finding-group[data-group="${finding.dataset.rule}"]`)!.getBoundingClientRect()
        const inner = list.getBoundingClientRect().top + list.clientTop
        const r = finding.getBoundingClientRect()
        // the active mark, where there is one, in the story's view (both fresh-eyes editors found it off screen)
        const mark = document.querySelector('[data-testid="editor"] mark.is-active')
        const m = mark?.getClientRects()[0]
        return {
          // (on top at its first line's middle: not scrolled away, nor under the story column's sticky head)
          text: !mark || (!!m && onTop(mark, m.left + Math.min(4, m.width / 2), m.top + m.height / 2)),
          head: !!head && !!h && onTop(head, h.left + 6, h.top + 2) && onTop(head, h.left + 6, h.bottom - 2),
          inList: r.top >= inner + group.height - 1 && r.bottom <= inner + list.clientHeight + 1,
          onScreen: onTop(finding, r.left + 4, r.top + 2) && onTop(finding, r.left + 4, r.bottom - 2) && r.bottom <= innerHeight,
        }
      })
    let withMark = 0
    const walk = async (key: 'j' | 'k', steps: number) => {
      for (let i = 0; i < steps; i++) {
        await page.keyboard.press(key)
        const at = key === 'j' ? i : total - 2 - i
        await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', String(at))
        const mark = (await page.locator('.right-panel [data-testid="card"]').count()) > 0
        if (mark) withMark++
        await expect.poll(seen, { message: `after ${key} to finding ${at}` }).toEqual({ text: true, head: mark, inList: true, onScreen: true })
      }
    }
    await page.locator('#checks-list').focus()
    await walk('j', total)
    await page.screenshot(shot(`3-j-in-view-${width}`))
    await walk('k', total - 1)
    await page.screenshot(shot(`4-k-in-view-${width}`))
    // most findings are on a mark: the walk saw their cards
    expect(withMark).toBeGreaterThan(total)
  })
}

test('the Checked gate asks before a story with open findings is marked checked, and records the confirmation', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const storyId = (await page.locator('main').getAttribute('data-story-id')) ?? ''
  const review = page.getByTestId('review-state')
  const open = Number(await page.getByTestId('checks').getAttribute('data-count'))
  await review.getByRole('radio', { name: 'Checked' }).click()
  const gate = page.getByTestId('checked-gate')
  await expect(gate).toBeVisible()
  await expect(gate.getByRole('heading')).toHaveText(`Mark checked with ${open} open findings?`)
  await expect(gate.getByTestId('gate-warning')).toHaveText(/^\d+ warnings?$/)
  await page.screenshot(shot('3-gate'))

  // "Review them" leaves the state alone and puts the focus on the checks
  await gate.getByRole('button', { name: 'Review them' }).click()
  await expect(gate).toHaveCount(0)
  await expect(review).toHaveAttribute('data-state', 'new')
  await expect(page.locator('#checks-list')).toBeFocused()

  // the Node side refuses checked without the confirmation
  await expect(app.api('review:setState', { storyId, state: 'checked' })).rejects.toThrow(/open finding/)

  // Alt+Shift+C asks too; "Mark checked anyway" marks it, and the event log holds how many were open
  const errors = Number(await page.getByTestId('count-error').getAttribute('data-count'))
  const warnings = Number(await page.getByTestId('count-warning').getAttribute('data-count'))
  expect(errors + warnings).toBeGreaterThan(0)
  await page.keyboard.press('Alt+Shift+C')
  await expect(gate).toBeVisible()
  await gate.getByTestId('gate-confirm').click()
  await expect(review).toHaveAttribute('data-state', 'checked')
  await expect(page.locator(`.library [data-story-id="${storyId}"]`)).toHaveAttribute('data-state', 'checked')
  const { dbPath } = await app.api<{ dbPath: string }>('app:info', {})
  const db = new Database(dbPath, { readonly: true })
  const events = db.prepare(`SELECT detail FROM event WHERE action = 'review.state' AND story_id = ?`).all(storyId) as { detail: string }[]
  db.close()
  expect(events.map((e) => JSON.parse(e.detail) as unknown)).toEqual([
    { from: 'new', to: 'checked', confirmedOpen: errors + warnings, open: { error: errors, warning: warnings, info: open - errors - warnings } },
  ])
})

test('the desk at 1024×700: the story column keeps its width, the toolbar two rows at most; both sidebars fold and stay folded', async ({ app, page }) => {
  await page.setViewportSize({ width: 1024, height: 700 })
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const story = await page.locator('article.story').boundingBox()
  expect(story?.width ?? 0).toBeGreaterThanOrEqual(520)
  const toolbar = page.locator('.toolbar')
  const rowHeight = await toolbar.locator('button').first().evaluate((b) => b.getBoundingClientRect().height)
  const toolbarBox = await toolbar.boundingBox()
  expect(toolbarBox?.height ?? 0).toBeLessThanOrEqual(2 * rowHeight + 24)
  // (A fresh-eyes editor counted three rows here.) A row starts where what the toolbar shows starts below the last.
  const rows = await toolbar.evaluate((bar) => {
    const boxes = [...bar.children].map((c) => c.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0)
    const centres = boxes.map((r) => (r.top + r.bottom) / 2).sort((a, b) => a - b)
    return centres.filter((c, i) => i === 0 || c - centres[i - 1]! > 10).length
  })
  expect(rows).toBeLessThanOrEqual(2)
  // The mode switch shows both its words, clear of the Checks button (it showed "Reviewing | Editi").
  const modeSeen = await page.evaluate(() => {
    const sw = document.querySelector<HTMLElement>('[data-testid="mode"]')!
    const checks = document.querySelector('[data-testid="toggle-review"]')!.getBoundingClientRect()
    const buttons = [...sw.querySelectorAll('button')].map((b) => b.scrollWidth <= b.clientWidth && b.getBoundingClientRect().right <= checks.left)
    return { whole: sw.scrollWidth <= sw.clientWidth, buttons }
  })
  expect(modeSeen).toEqual({ whole: true, buttons: [true, true] })
  await page.screenshot(shot('4-desk-1024'))

  // People and Versions take the main pane, not a sidebar
  await page.getByTestId('tab-story-people').click()
  const people = await page.locator('main .main-view').boundingBox()
  expect(people?.width ?? 0).toBeGreaterThanOrEqual(520)
  await page.screenshot(shot('5-people-1024'))
  await page.getByTestId('tab-versions').click()
  await expect(page.getByTestId('versions')).toBeVisible()
  const versions = await page.getByTestId('versions').boundingBox()
  expect(versions?.width ?? 0).toBeGreaterThanOrEqual(480)
  await page.getByTestId('tab-review').click()

  // Ctrl+\ folds the library, Ctrl+Shift+\ the checks; the story takes the room
  await page.keyboard.press('Control+\\')
  await expect(page.locator('.library')).toBeHidden()
  await page.keyboard.press('Control+Shift+\\')
  await expect(page.locator('.right-panel')).toBeHidden()
  const wide = await page.locator('main').boundingBox()
  expect(Math.round(wide?.width ?? 0)).toBe(1024)
  await page.screenshot(shot('6-folded-1024'))
  // remembered across a reload
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await expect(page.locator('.app')).toHaveAttribute('data-library', 'collapsed')
  // and the buttons bring them back
  await page.getByTestId('toggle-library').click()
  await expect(page.locator('.library')).toBeVisible()
  await expect(page.locator('.app')).toHaveAttribute('data-library', 'open')
})
