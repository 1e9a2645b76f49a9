import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type WiremarkApp } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')
const BODY = SEED.split('\n').filter((l) => l.length > 80).join('\n\n')
const REMOVED = 'But the two leaders have endured a prickly relationship over the years, despite Lukashenko leaning on cheap Russian energy supplies and loans to prop up his rule.'
const shot = (name: string) => ({ path: `test-results/library-${name}.png` })

const ninjs = (uri: string, version: string, headline: string, source: string, located: string, body: string) =>
  JSON.stringify({ uri, version, type: 'text', headline, source, located, body_text: body })

const STORIES = [
  ninjs('urn:e2e:putin', '1', 'Putin says Lukashenko should start dialogue', 'Reuters', 'MOSCOW', BODY),
  ninjs('urn:e2e:harbour', '1', 'Harbour strike delays ships', 'AP', 'ROTTERDAM', 'The harbour authority said on Tuesday that 40 ships had been delayed by the strike. "We expect the queue to clear by Friday," port director Anna de Vries told reporters.'),
  ninjs('urn:e2e:bridge', '1', 'Bridge reopens after repairs', 'AFP', 'LYON', 'The old stone bridge reopened on Wednesday after eight months of repairs that cost 12 million euros, the city said.'),
  ninjs('urn:e2e:council', '1', 'Council approves new budget', 'Reuters', 'LONDON', 'The city council on Monday approved a budget of 4 million pounds, the mayor said.'),
]

async function importAll(app: WiremarkApp) {
  for (const [i, text] of STORIES.entries()) await app.api('stories:import', { name: `story-${i}.json`, text })
  await app.page.reload()
  await expect(app.page.locator('.app[data-ready="true"]')).toBeVisible()
}

const list = (app: WiremarkApp) => app.page.getByTestId('story-list')
const rows = (app: WiremarkApp) => list(app).getByRole('option')
/** Waits until the list shows rows of its current filters and sort (the app says so). */
const listReady = (app: WiremarkApp) => expect(list(app)).toHaveAttribute('data-list-ready', 'true')

test('the library: columns, sorting, filters, search, review state, people and versions', async ({ app, page }) => {
  await app.open()
  await importAll(app)

  // 1. Every story, newest first, with its columns.
  await expect(app.storyCount()).toHaveText('4 stories')
  await listReady(app)
  await expect(rows(app)).toHaveCount(4)
  await expect(rows(app).first()).toContainText('Council approves new budget')
  await expect(rows(app).first().getByTestId('cell-source')).toHaveText('Reuters')
  await expect(rows(app).first().getByTestId('cell-state')).toHaveText('New')
  await expect(rows(app).last()).toContainText('Putin says Lukashenko')
  await page.getByTestId('library-wide').click()
  await expect(page.locator('nav.library')).toHaveAttribute('data-wide', 'true')
  await expect(page.locator('nav.library')).toHaveAttribute('data-table', 'true')
  await expect(rows(app).first()).toContainText('LONDON')
  await page.screenshot(shot('1-table'))

  // 2. A click on a header sorts by that column; a second click reverses it.
  await page.getByTestId('sort-headline').click()
  await listReady(app)
  await expect(rows(app).first()).toContainText('Bridge reopens after repairs')
  await expect(page.getByTestId('sort-headline')).toHaveAttribute('data-dir', 'asc')
  await page.getByTestId('sort-headline').click()
  await listReady(app)
  await expect(rows(app).first()).toContainText('Putin says Lukashenko')
  await page.getByTestId('sort-source').click()
  await listReady(app)
  await expect(rows(app).first().getByTestId('cell-source')).toHaveText('AFP')

  // 3. Filters: source, then has-findings; Clear brings every story back.
  await page.getByTestId('filter-source').fill('AP')
  await expect(app.storyCount()).toHaveText('1 story')
  await listReady(app)
  await expect(rows(app)).toHaveCount(1)
  await expect(rows(app).first()).toContainText('Harbour strike delays ships')
  await page.getByRole('button', { name: 'Clear' }).click()
  await expect(app.storyCount()).toHaveText('4 stories')
  await page.getByTestId('library-wide').click()
  await expect(page.locator('nav.library')).toHaveAttribute('data-wide', 'false')

  // 4. Search: / in the library opens it; a field filter narrows to Putin's quotes, with the words marked.
  await list(app).focus()
  await page.keyboard.press('/')
  const search = page.getByTestId('search')
  await expect(page.locator('#library-search')).toBeFocused()
  await expect(page.getByTestId('search-hint')).toContainText('speaker:Ruiz source:Reuters kind:claim status:disputed')
  await page.locator('#library-search').pressSequentially('speaker:Putin situation')
  await expect(search).toHaveAttribute('data-status', 'ready')
  const hit = search.getByRole('option').first()
  await expect(hit).toContainText('Putin says Lukashenko')
  await expect(hit.locator('mark').first()).toHaveText(/situation/i)
  await expect(page.getByTestId('search-filters')).toContainText('speaker')
  await page.screenshot(shot('2-search'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot(shot('2-search-dark'))
  await page.emulateMedia({ colorScheme: 'light' })
  const putinId = await hit.getAttribute('data-story-id')
  await page.keyboard.press('Enter')
  await app.storyOpen()
  await expect(page.locator('main')).toHaveAttribute('data-story-id', putinId ?? '')
  await page.locator('#library-search').focus()
  await page.keyboard.press('Escape')
  await expect(search).toHaveCount(0)
  // Ctrl+F outside the text opens it again.
  await page.getByTestId('tab-review').focus()
  await page.keyboard.press('Control+f')
  await expect(page.locator('#library-search')).toBeFocused()
  await page.keyboard.press('Escape')

  // 5. Review state from the story view, by keyboard too; the list shows it.
  const review = page.getByTestId('review-state')
  await review.getByRole('radio', { name: 'In review' }).click()
  await expect(review).toHaveAttribute('data-state', 'in_review')
  const putinRow = list(app).locator(`[data-story-id="${putinId}"]`)
  await expect(putinRow.getByTestId('cell-state')).toHaveText('In review')
  await page.keyboard.press('Alt+Shift+C')
  // the story has open findings: the Checked gate asks first
  await page.getByTestId('checked-gate').getByTestId('gate-confirm').click()
  await expect(review).toHaveAttribute('data-state', 'checked')
  await expect(putinRow.getByTestId('cell-state')).toHaveText('Checked')
  await page.getByTestId('filter-state').getByRole('button', { name: 'Checked' }).click()
  await expect(app.storyCount()).toHaveText('1 story')
  await page.getByTestId('filter-state').getByRole('button', { name: 'Any' }).click()
  await expect(app.storyCount()).toHaveText('4 stories')

  // 6. People: every speaker with counts; a speaker's quotes lead back to their story.
  // The same words said by someone else in another story: a cross-story finding.
  await app.api('stories:import', {
    name: 'conflict.json',
    text: ninjs('urn:e2e:conflict', '1', 'Lukashenko speaks on unrest', 'AP', 'MINSK',
      '"We know the situation in Belarus has calmed down, inside the country, but still there are problems, we\'re perfectly aware of that," Belarusian President Alexander Lukashenko said on Friday.'),
  })
  await page.getByTestId('tab-people').click()
  const people = page.getByTestId('people-view')
  await expect(people).toHaveAttribute('data-ready', 'true')
  const putin = people.getByRole('option').filter({ hasText: 'Vladimir Putin' })
  await expect(putin.getByTestId('person-counts')).toHaveText(/^\d+ quotes? · 1 story$/)
  await putin.getByRole('button').first().click()
  await expect(putin.getByTestId('person-quotes')).toContainText('We know the situation in Belarus')
  await expect(page.getByTestId('cross-findings')).toContainText('Same quote, different speakers')
  await page.screenshot(shot('3-people'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot(shot('3-people-dark'))
  await page.emulateMedia({ colorScheme: 'light' })
  await putin.getByTestId('person-quotes').getByRole('button').first().click()
  await app.storyOpen()
})

test('a second version of a story shows in Versions with its diff and the annotations it could not place', async ({ app, page }) => {
  await app.open()
  const first = await app.api<{ items: { storyId: string }[] }>('stories:import', { name: 'v1.json', text: STORIES[0] })
  const storyId = first.items[0]!.storyId
  // An editor's note on a sentence the correction will remove.
  const listed = await app.api<{ versionId: string }>('annotations:list', { storyId })
  const text = (await app.api<{ version: { article: { text: string } } }>('stories:get', { id: storyId })).version.article.text
  const start = text.indexOf(REMOVED)
  await app.api('annotations:save', {
    annotation: {
      id: 'note-gone', storyId, versionId: listed.versionId, kind: 'note', origin: 'editor', start, end: start + REMOVED.length,
      selector: { exact: REMOVED, prefix: text.slice(Math.max(0, start - 32), start), suffix: text.slice(start + REMOVED.length, start + REMOVED.length + 32) },
      status: null, decision: null, speaker: null, attribution: null, cue: null, note: 'source for loans?', evidence: [], suggestionId: null, anchor: 'exact',
    },
  })
  const body2 = BODY.replace(REMOVED, '').replace('called on', 'urged')
  await app.api('stories:import', { name: 'v2.json', text: ninjs('urn:e2e:putin', '2', 'Putin says Lukashenko should start dialogue', 'Reuters', 'MOSCOW', body2) })
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()

  await rows(app).first().click()
  await app.storyOpen()
  await page.getByTestId('tab-versions').click()
  const versions = page.getByTestId('versions')
  await expect(versions).toHaveAttribute('data-ready', 'true')
  await expect(versions.locator('tbody tr')).toHaveCount(2)
  await expect(versions.locator('tr[data-version="2"]')).toContainText('2')
  await expect(page.getByTestId('diff').locator('ins')).toContainText(['urged'])
  await expect(page.getByTestId('diff').locator('del').first()).toBeVisible()
  await expect(page.getByTestId('diff-summary')).toContainText('Version 1 → 2')
  await expect(page.getByTestId('orphans')).toContainText('prickly relationship')
  await page.screenshot(shot('4-versions'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot(shot('5-versions-dark'))
  await page.getByTestId('library-wide').click()
  await page.screenshot(shot('6-table-dark'))
})
