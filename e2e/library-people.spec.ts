import { expect, test, type WiremarkApp } from './fixtures'

const ninjs = (o: { uri: string; headline: string; source: string; created: string; body: string }) =>
  JSON.stringify({ uri: o.uri, version: '1', type: 'text', headline: o.headline, source: o.source, firstcreated: o.created, body_text: o.body })

const shot = (name: string) => ({ path: `test-results/library-people-${name}.png` })
const list = (app: WiremarkApp) => app.page.getByTestId('story-list')
const rows = (app: WiremarkApp) => list(app).getByRole('option')
const listReady = (app: WiremarkApp) => expect(list(app)).toHaveAttribute('data-list-ready', 'true')

async function importAll(app: WiremarkApp, stories: string[]) {
  for (const [i, text] of stories.entries()) await app.api('stories:import', { name: `story-${i}.json`, text })
  await app.page.reload()
  await expect(app.page.locator('.app[data-ready="true"]')).toBeVisible()
}

test('the library lists an agency under one name and each story with its filing date, sortable', async ({ app, page }) => {
  await app.open()
  await importAll(app, [
    ninjs({ uri: 'urn:e2e:a', headline: 'Harbour strike delays ships', source: 'REUTERS', created: '2021-03-02T09:15:00Z', body: 'The harbour authority said on Tuesday that 40 ships had been delayed.' }),
    ninjs({ uri: 'urn:e2e:b', headline: 'Bridge reopens after repairs', source: 'reuters.com', created: '2023-06-20T17:40:00Z', body: 'The old stone bridge reopened on Wednesday after eight months of repairs, the city said.' }),
    ninjs({ uri: 'urn:e2e:c', headline: 'Council approves new budget', source: 'Associated Press', created: '2022-11-05T12:00:00Z', body: 'The city council on Monday approved a budget of 4 million pounds, the mayor said.' }),
  ])
  await expect(app.storyCount()).toHaveText('3 stories')
  await page.getByTestId('library-wide').click()
  await listReady(app)

  // Sorted by filing date, oldest first: the import order says nothing about it.
  await page.getByTestId('sort-itemDate').click()
  await listReady(app)
  await expect(page.getByTestId('sort-itemDate')).toHaveAttribute('data-dir', 'desc')
  await expect(rows(app).first()).toContainText('Bridge reopens after repairs')
  await page.getByTestId('sort-itemDate').click()
  await listReady(app)
  await expect(rows(app).first()).toContainText('Harbour strike delays ships')
  await expect(rows(app).first().getByTestId('cell-filed')).toHaveAttribute('datetime', '2021-03-02T09:15:00Z')
  await expect(rows(app).first().getByTestId('cell-filed')).toContainText('2021')
  await expect(rows(app).first().getByTestId('cell-source')).toHaveText('Reuters')
  await expect(rows(app).nth(1).getByTestId('cell-source')).toHaveText('AP')
  await page.screenshot(shot('filed'))

  // The source filter offers each agency once, and under any spelling finds every story of the agency.
  await page.getByTestId('filter-source').focus()
  await expect(page.getByTestId('source-options').locator('option')).toHaveCount(2)
  expect(await page.getByTestId('source-options').locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value))).toEqual(['Reuters', 'AP'])
  await page.getByTestId('filter-source').fill('reuters.com')
  await expect(app.storyCount()).toHaveText('2 stories')
  await page.getByRole('button', { name: 'Clear' }).click()
  await expect(app.storyCount()).toHaveText('3 stories')
})

test('two people merged by hand in the People view stay one after a reload, and the merge can be undone', async ({ app, page }) => {
  await app.open()
  await importAll(app, [
    ninjs({ uri: 'urn:e2e:p1', headline: 'Port strike goes on', source: 'dpa', created: '2024-05-06T08:00:00Z',
      body: 'HAMBURG - "The strike will go on until we have a deal," union leader Hans Berger said on Monday.' }),
    ninjs({ uri: 'urn:e2e:p2', headline: 'Port talks near a deal', source: 'dpa', created: '2024-05-07T08:00:00Z',
      body: 'HAMBURG - "We are close to an agreement on wages," Johann Berger told reporters on Tuesday.' }),
  ])
  await page.getByTestId('tab-people').click()
  const people = page.getByTestId('people-view')
  await expect(people).toHaveAttribute('data-ready', 'true')
  const person = (name: string) => people.getByRole('option').filter({ has: page.locator('.pv-name', { hasText: new RegExp(`^${name}$`) }) })
  await expect(person('Hans Berger')).toHaveCount(1)
  await expect(person('Johann Berger')).toHaveCount(1)

  await person('Hans Berger').getByTestId('pick-person').check()
  await person('Johann Berger').getByTestId('pick-person').check()
  const bar = people.getByTestId('merge-bar')
  await expect(bar).toBeVisible()
  await bar.getByRole('radio', { name: 'Hans Berger' }).check()
  await page.screenshot(shot('merge'))
  await bar.getByTestId('merge-people').click()
  await expect(bar).toHaveCount(0)
  await expect(person('Johann Berger')).toHaveCount(0)
  await expect(person('Hans Berger').getByTestId('person-counts')).toHaveText('2 quotes · 2 stories')

  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await page.getByTestId('tab-people').click()
  await expect(people).toHaveAttribute('data-ready', 'true')
  await expect(person('Johann Berger')).toHaveCount(0)
  const hans = person('Hans Berger')
  await expect(hans.getByTestId('person-counts')).toHaveText('2 quotes · 2 stories')
  await expect(hans).toContainText('merged: Johann Berger')
  await hans.locator('.pv-person-head').click()
  await expect(hans.getByTestId('person-quotes')).toContainText('We are close to an agreement on wages')
  await page.screenshot(shot('merged'))

  await hans.getByTestId('unmerge-person').click()
  await expect(person('Johann Berger')).toHaveCount(1)
  await expect(person('Hans Berger').getByTestId('person-counts')).toHaveText('1 quote · 1 story')
})
