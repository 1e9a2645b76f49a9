import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')
const shot = (name: string) => ({ path: `test-results/editor-${name}.png`, fullPage: true })

test("the editor's day on the seed story", async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()

  // 1. Four quote suggestions, spoken by Vladimir Putin and Franak Viacorka.
  await expect(app.legendCount('quote')).toHaveText('4')
  await expect(app.marks('quote').first()).toBeVisible()
  await expect(app.page.getByTestId('story-count')).toHaveText('1 story')
  await app.openMark('quote', 'We know the situation in Belarus')
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Vladimir Putin')
  await app.openMark('quote', 'Reportedly, Putin had just called')
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Franak Viacorka')
  await expect(app.marks('speaker').filter({ hasText: 'Franak Viacorka' })).toHaveCount(1)
  await page.screenshot(shot('1-opened'))

  // 2. Reject one suggestion (X from the card) and accept another (the button).
  await app.openMark('quote', 'However, before this dialogue')
  await app.key('Escape')
  await app.key('x')
  await expect(page.getByTestId('card-decision')).toHaveText('rejected')
  await expect(app.legendCount('quote')).toHaveText('3')
  await app.openMark('quote', 'And of course we appeal')
  await app.card().getByRole('button', { name: /Accept/ }).click()
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')
  // Undo and redo cover the decision: Ctrl+Z restores the suggestion as it was, Ctrl+Shift+Z decides again.
  await app.key('Control+z')
  await expect(page.getByTestId('card-decision')).toHaveText('undecided')
  await expect(app.card().getByRole('button', { name: /Accept/ })).toHaveAttribute('aria-pressed', 'false')
  await app.key('Control+Shift+z')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')

  // 3. Change a speaker: the carried quote becomes Viacorka's, then a new person.
  await app.openMark('quote', 'We know the situation in Belarus')
  await app.pickSpeaker('Viacorka')
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Franak Viacorka')
  // (by the mouse too: a click opens the list, a click on a name picks it)
  await page.getByTestId('speaker-picker').click()
  await page.locator('#speaker-options').getByRole('option', { name: 'Vladimir Putin' }).click()
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Vladimir Putin')
  await page.screenshot(shot('2-decided'))

  // 3b. Adjust a quote's boundaries from its card: Ctrl+Shift+← takes the end back a word, Enter keeps it;
  // Alt+Shift+→ (a character at a time) then Esc drops a change.
  await app.openMark('quote', 'Reportedly, Putin had just called')
  await app.key('Escape')
  await app.key('Control+Shift+ArrowLeft')
  await expect(page.getByTestId('adjusting-text')).toHaveText(/^Reportedly, Putin had just called on \(Lukashenko\) to start the dialogue with the$/)
  await page.screenshot(shot('2b-adjusting'))
  await app.key('Enter')
  await expect(page.getByTestId('adjusting')).toHaveCount(0)
  await expect(app.card().locator('.card-exact')).toHaveText(/with the$/)
  await app.key('Alt+Shift+ArrowRight')
  await expect(page.getByTestId('adjusting-text')).toHaveText(/^eportedly, Putin/)
  await app.key('Escape')
  await expect(page.getByTestId('adjusting')).toHaveCount(0)
  await expect(app.card().locator('.card-exact')).toHaveText(/^Reportedly, .*with the$/)
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Franak Viacorka')

  // 4. Mark a claim by hand and set it disputed with a note.
  const claimWords = 'thousands of migrants stranded'
  await app.selectWords(claimWords)
  await app.key('c')
  await expect(app.card().locator('.card-exact')).toHaveText(claimWords)
  await expect(app.card()).toHaveAttribute('aria-label', 'Claim annotation')
  await app.card().getByRole('radio', { name: 'disputed' }).check()
  await app.card().getByLabel('Note').fill('The EU puts the number far lower; check with Brussels.')
  await app.card().getByLabel('Note').blur()
  await expect(app.findings().filter({ hasText: 'disputed-claim-without-evidence' })).toHaveCount(1)
  await page.screenshot(shot('3-claim'))

  // 4b. The context menu: right click on selected words marks them; on a mark it decides.
  await app.selectWords('cheap Russian energy supplies')
  await app.contextMenuOnSelection()
  await page.screenshot(shot('3b-context-menu'))
  await app.contextMenu().getByRole('menuitem', { name: /Mark as note/ }).click()
  await expect(app.card()).toHaveAttribute('aria-label', 'Note annotation')
  await expect(app.card().locator('.card-exact')).toHaveText('cheap Russian energy supplies')
  await expect(app.contextMenu()).toHaveCount(0)
  await app.marks('speaker').filter({ hasText: 'Franak Viacorka' }).click({ button: 'right' })
  await expect(app.contextMenu().getByRole('menuitem')).toHaveText([/Accept/, /Reject/, /Change the speaker/, /Adjust the boundaries/])
  await app.contextMenu().getByRole('menuitem', { name: /Accept/ }).click()
  await expect(app.card().locator('.card-exact')).toHaveText('Franak Viacorka')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')

  // 5. Edit mode (F2), then type a sentence before a mark: the mark stays on its words. Esc: back to review.
  const mark = app.marks('quote').filter({ hasText: 'We know the situation' }).first()
  await app.editMode()
  await mark.click()
  await page.keyboard.press('Home')
  await page.keyboard.type('Speaking on Thursday, the Kremlin leader was blunt. ')
  await expect(mark).toHaveText(/^We know the situation/)
  await expect(page.locator('p', { hasText: 'Speaking on Thursday, the Kremlin leader was blunt.' })).toHaveCount(1)
  await app.key('Escape')
  await expect(app.mode()).toHaveAttribute('data-mode', 'review')
  // the focus goes to the active mark's card (a fresh-eyes editor found it on nothing)
  await expect(app.card()).toBeFocused()
  await app.saved()
  await page.screenshot(shot('4-typed'))

  // 6. Reload: everything as it was left.
  await page.reload()
  await expect(page.locator('.app[data-ready="true"]')).toBeVisible()
  await page.getByRole('option', { name: /Putin says Lukashenko/ }).click()
  await app.storyOpen()
  await expect(page.locator('p', { hasText: 'Speaking on Thursday, the Kremlin leader was blunt.' })).toHaveCount(1)
  await expect(app.marks('quote').filter({ hasText: 'We know the situation' }).first()).toHaveText(/^We know the situation/)
  await expect(app.legendCount('quote')).toHaveText('3')
  await app.openMark('quote', 'However, before this dialogue')
  await expect(page.getByTestId('card-decision')).toHaveText('rejected')
  await app.openMark('quote', 'And of course we appeal')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')
  await app.openMark('quote', 'Reportedly, Putin had just called')
  await expect(app.card().locator('.card-exact')).toHaveText(/with the$/)
  await app.openMark('note', 'cheap Russian energy')
  await app.openMark('claim', claimWords)
  await expect(app.card().getByRole('radio', { name: 'disputed' })).toBeChecked()
  await expect(app.card().getByLabel('Note')).toHaveValue('The EU puts the number far lower; check with Brussels.')
  await page.screenshot(shot('5-reloaded'))

  // 7. Walk the checks with J and K; Enter jumps to the words; D dismisses with a reason.
  const total = await app.findings().count()
  expect(total).toBeGreaterThan(2)
  // The checks follow the text: with the disputed claim's card open, its finding is the selected one.
  await expect(app.selectedFinding()).toHaveAttribute('data-rule', 'disputed-claim-without-evidence')
  await app.findings().first().click()
  await page.locator('#checks-list').focus()
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '0')
  await app.key('j')
  await app.key('j')
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '2')
  await app.key('k')
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '1')
  // Enter shows the finding's words; the focus stays on the checks, the text stays read-only.
  await app.key('Enter')
  await expect(page.locator('#checks-list')).toBeFocused()
  const highlighted = () => page.evaluate(() => CSS.highlights.has('wm-jump'))
  await expect.poll(highlighted).toBe(true)
  // The highlight shows one finding's words: it goes when the editor moves on, and does not come back by itself.
  await app.key('j')
  await expect.poll(highlighted).toBe(false)
  await app.key('k')
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '1')
  expect(await highlighted()).toBe(false)
  await app.key('d')
  await page.locator('#dismiss-reason').fill('Fine for an aggregator copy')
  await page.keyboard.press('Enter')
  await expect(app.findings()).toHaveCount(total - 1)
  await expect(page.locator('.library [data-open-findings]')).toHaveAttribute('data-open-findings', String(total - 1))
  await page.screenshot(shot('6-checks'))

  // 8. Export: the dialog downloads the report in browser mode, with the editor's decisions in it.
  const md = await app.exportAs(/Markdown report/)
  expect(md.name).toMatch(/^putin-says-lukashenko-should-start-dialogue-[a-z-]+\.md$/)
  expect(md.text).toContain('Putin says Lukashenko should start dialogue')
  expect(md.text).toContain('disputed')
  expect(md.text).toContain('The EU puts the number far lower')
  await expect(page.getByTestId('export-dialog')).toHaveCount(0)

  // The same desk in the dark: the export dialog over it, then the context menu on a mark.
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.getByTestId('export-button').click()
  await expect(page.getByTestId('export-dialog')).toBeVisible()
  await page.screenshot(shot('8-export-dark'))
  await page.keyboard.press('Escape')
  await expect(page.getByTestId('export-dialog')).toHaveCount(0)
  await app.marks('quote').filter({ hasText: 'And of course we appeal' }).first().click({ button: 'right' })
  await expect(app.contextMenu()).toBeVisible()
  await page.screenshot(shot('9-context-menu-dark'))
  await page.keyboard.press('Escape')
})

/** A file of two stories (Reuters SGML), and prose saved under a .xml name */
const sgml = (id: number, title: string) =>
  `<REUTERS NEWID="${id}"><DATE>26-FEB-1987 15:01:01.79</DATE><TEXT><TITLE>${title}</TITLE><DATELINE>HARBOURTON, Feb 26 - </DATELINE>` +
  `<BODY>The council voted ${id} times on the ${title.toLowerCase()}, the clerk said.\n Reuter\n</BODY></TEXT></REUTERS>\n`
const two = { name: 'two.sgm', text: sgml(9001, 'PIER TO REOPEN') + sgml(9002, 'FERRY TIMETABLE SET') }
const notes = { name: 'notes.xml', text: 'Pier to reopen\n\nThe town council voted on Tuesday to reopen the old ferry pier, the mayor said.\n' }

test('a few files: a file of several stories says how many it held, and a warning shows', async ({ app, page }) => {
  await app.open()
  await app.importFiles([two, notes])
  await expect(page.getByText('2 files, 3 stories imported')).toBeVisible()
  await expect(page.getByText('notes.xml: .xml file holds no XML; read as plain text')).toBeVisible()
  await expect(app.storyCount()).toHaveText('3 stories')
  // The warning, and the line of an import that warned, look like warnings (they stay until their ×: a unit test).
  await expect(page.locator('.toast-warning', { hasText: 'notes.xml: .xml file holds no XML' })).toContainText('⚠')
  await expect(page.locator('.toast-warning', { hasText: '2 files, 3 stories imported' })).toHaveCount(1)
  await page.screenshot({ path: 'test-results/editor-import-warning.png' })
  await page.locator('.toast-warning', { hasText: 'notes.xml' }).getByRole('button', { name: 'Dismiss' }).click()
  await expect(page.getByText('notes.xml: .xml file holds no XML; read as plain text')).toHaveCount(0)
})

test('many files import in the background with progress, then a summary with the reasons', async ({ app, page }) => {
  await app.open()
  const story = (i: number) => ({ name: `story-${i}.txt`, text: `Council approves budget number ${i}\n\n"We will build the bridge ${i}," Mayor Jane Roe said on Tuesday.` })
  // One file of two stories (Reuters SGML) and prose saved as .xml (read as text, with a warning) among them.
  await app.importFiles([story(1), story(2), story(3), story(1), { name: 'empty.txt', text: '' }, story(4), two, notes])
  await expect(page.getByTestId('import-summary')).toBeVisible()
  await expect(page.getByTestId('import-totals')).toHaveText('7 files, 7 stories imported, 1 already in the library; 1 file refused')
  await expect(page.getByTestId('import-imported')).toHaveText(/^7 imported/)
  await expect(page.getByTestId('import-duplicates')).toHaveText(/^1 skipped as duplicates/)
  await expect(page.getByTestId('import-failed')).toHaveText(/^1 failed/)
  await expect(page.getByTestId('import-failures')).toContainText('empty.txt')
  await expect(page.getByTestId('import-warnings')).toHaveText('notes.xml: .xml file holds no XML; read as plain text')
  await expect(app.storyCount()).toHaveText('7 stories')
  await page.screenshot(shot('7-import-summary'))
  await page.emulateMedia({ colorScheme: 'dark' })
  await page.screenshot(shot('7-import-summary-dark'))
  await page.getByRole('button', { name: 'Close the import summary' }).click()
  await expect(page.getByTestId('import-summary')).toHaveCount(0)
})

test('a long bulk import shows its progress and stops on Cancel, keeping what it imported', async ({ app, page }) => {
  await app.open()
  const files = Array.from({ length: 800 }, (_, i) => ({
    name: `wire-${i}.txt`,
    text: `Port strike enters day ${i}\n\n"We will stay out until the offer improves," union leader Maria Lopez said of talks number ${i}.`,
  }))
  await app.importFiles(files)
  const progress = page.getByTestId('import-progress')
  await expect(progress).toBeVisible()
  await expect(progress).toHaveAttribute('data-total', '800')
  await expect.poll(async () => Number(await progress.getAttribute('data-done'))).toBeGreaterThan(0)
  await page.screenshot(shot('7b-import-progress'))
  await page.getByTestId('import-cancel').click()
  const summary = page.getByTestId('import-summary')
  await expect(summary).toHaveAttribute('data-cancelled', 'true')
  const imported = Number((await page.getByTestId('import-imported').textContent())?.match(/\d+/)?.[0])
  expect(imported).toBeGreaterThan(0)
  expect(imported).toBeLessThan(800)
  await expect(summary).toContainText('not imported (cancelled)')
  await expect(app.storyCount()).toHaveText(`${imported} stories`)
  await page.screenshot(shot('7c-import-cancelled'))
})
