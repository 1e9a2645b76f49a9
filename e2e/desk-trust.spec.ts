import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'

// The desk never damages the copy: review keys act on marks and findings, never on the text; a note shown as
// saved is in the library; text the editor types is analysed into marks.
const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')
const shot = (name: string) => ({ path: `test-results/trust-${name}.png`, fullPage: true })

test('in review mode the documented keys decide and walk the checks without touching the text', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  await expect(app.mode()).toHaveAttribute('data-mode', 'review')
  await expect(app.editor()).toHaveAttribute('contenteditable', 'false')
  const before = await app.text()
  const claims = await app.legendCount('claim').textContent()

  // J, J, K, Enter from the page: the finding's words are shown, the focus stays out of the text.
  await page.locator('#checks-list').focus()
  // (a story opens with no finding selected: the first J selects the first)
  for (const k of ['j', 'j', 'k', 'Enter']) await app.key(k)
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '0')
  await expect(app.editor()).not.toBeFocused()
  // A and X then decide on the active mark; the text is what it was.
  await app.openMark('quote', 'However, before this dialogue')
  await app.key('a')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')
  await app.key('x')
  await expect(page.getByTestId('card-decision')).toHaveText('rejected')
  // Typing letters with the pointer on the text changes nothing either.
  await app.editor().click({ position: { x: 30, y: 80 } })
  await page.keyboard.type('jjk', { delay: 10 })
  await app.key('Enter')
  await app.key('Backspace')
  expect(await app.text()).toBe(before)
  await expect(app.legendCount('claim')).toHaveText(claims ?? '')
  await page.screenshot(shot('1-review'))

  // Edit mode: the same keys type. Esc goes back to review, and the text is read-only again.
  await app.openMark('quote', 'We know the situation in Belarus')
  await app.editMode()
  await page.keyboard.press('Home')
  await page.keyboard.type('Jjk ')
  await expect(page.locator('p', { hasText: 'Jjk "We know the situation' })).toHaveCount(1)
  await app.key('Escape')
  await expect(app.mode()).toHaveAttribute('data-mode', 'review')
  await expect(app.editor()).toHaveAttribute('contenteditable', 'false')
  const edited = await app.text()
  await app.key('x')
  expect(await app.text()).toBe(edited)

  // After a reload the decisions and the edit are there, and undo is not needed to get the copy back.
  await app.saved()
  await app.reloadAndOpen(/Putin says Lukashenko/)
  expect(await app.text()).toBe(edited)
  await app.openMark('quote', 'However, before this dialogue')
  await expect(page.getByTestId('card-decision')).toHaveText('rejected')
})

test('a note is in the library as soon as the desk says saved, and N puts the caret in the note box', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const before = await app.text()

  // N on selected words: the caret goes to the note box, so the words typed are the note, not the copy.
  await app.selectWords('cheap Russian energy supplies')
  await app.key('n')
  await expect(app.card()).toHaveAttribute('aria-label', 'Note annotation')
  await expect(app.card().getByLabel('Note')).toBeFocused()
  await page.keyboard.type('Check the gas price figures with the desk in Moscow.')
  await expect(page.getByTestId('save-state')).not.toHaveAttribute('data-save-state', 'saved')
  await app.saved()
  expect(await app.text()).toBe(before)

  // A note on a suggestion's card, typed and never left: the reload comes at once after "Saved".
  await app.openMark('quote', 'And of course we appeal')
  await app.card().getByLabel('Note').click()
  await page.keyboard.type('Confirm the wording against the Kremlin transcript.')
  await app.saved()
  await app.reloadAndOpen(/Putin says Lukashenko/)
  await app.openMark('quote', 'And of course we appeal')
  await expect(app.card().getByLabel('Note')).toHaveValue('Confirm the wording against the Kremlin transcript.')
  await app.openMark('note', 'cheap Russian energy')
  await expect(app.card().getByLabel('Note')).toHaveValue('Check the gas price figures with the desk in Moscow.')
})

test('text the editor types is analysed into marks, and deleted words take their marks and findings with them', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const quotes = Number(await app.legendCount('quote').textContent())
  const claims = Number(await app.legendCount('claim').textContent())
  const unattributed = app.findings().and(page.locator('[data-rule="unattributed-claim"]'))
  const openClaims = await unattributed.count()

  // A new paragraph with a quote and its speaker, and an unattributed number.
  await app.editMode()
  await app.caretAtEndOf('violence must end.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('"We will hold the talks in Minsk next month," said Anna Kowalska, a spokeswoman for the opposition.')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Some 4,500 people have been detained since the vote.')
  await expect(app.legendCount('quote')).toHaveText(String(quotes + 1))
  await expect(app.marks('quote').filter({ hasText: 'We will hold the talks in Minsk' })).toHaveCount(1)
  await expect(app.marks('speaker').filter({ hasText: 'Anna Kowalska' })).toHaveCount(1)
  await expect(app.marks('claim').filter({ hasText: '4,500 people' })).toHaveCount(1)
  await expect(app.legendCount('claim')).toHaveText(String(claims + 1))
  await expect(unattributed).toHaveCount(openClaims + 1)
  await page.screenshot(shot('3-typed'))

  // The new marks are suggestions like the others: A in review mode accepts one.
  await app.key('Escape')
  await app.openMark('quote', 'We will hold the talks in Minsk')
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Anna Kowalska')
  await app.key('a')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')

  // Deleting the number's sentence takes its claim mark and its finding away.
  await app.editMode()
  await app.selectParagraph('detained since the vote')
  await page.keyboard.press('Backspace')
  await expect(page.getByTestId('editor')).not.toContainText('detained since the vote')
  await expect(app.marks('claim').filter({ hasText: '4,500' })).toHaveCount(0)
  await expect(app.legendCount('claim')).toHaveText(String(claims))
  await expect(unattributed).toHaveCount(openClaims)

  // After a reload: the typed quote is a suggestion with its decision; the deleted claim is gone for good.
  await app.key('Escape')
  await app.saved()
  await app.reloadAndOpen(/Putin says Lukashenko/)
  await app.openMark('quote', 'We will hold the talks in Minsk')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')
  await expect(app.legendCount('claim')).toHaveText(String(claims))
  // Gone from the library too, not kept as an orphan.
  const storyId = await page.locator('main').getAttribute('data-story-id')
  const stored = await app.api<{ annotations: { selector: { exact: string } }[] }>('annotations:list', { storyId })
  expect(stored.annotations.filter((a) => a.selector.exact.includes('4,500'))).toEqual([])
})

test('what a first editor ran into: undo, the speaker list and J then A keep the copy and the speakers right', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const before = await app.text()

  // A mark made in review mode, undone: the desk stays in review, and the next keys are still review keys.
  await app.selectWords('cheap Russian energy supplies')
  await app.key('c')
  await expect(app.card()).toHaveAttribute('aria-label', 'Claim annotation')
  await page.locator('#checks-list').focus()
  await app.key('Control+z')
  await expect(app.mode()).toHaveAttribute('data-mode', 'review')
  await app.editor().locator('p', { hasText: 'It was not immediately clear' }).click()
  await app.key('?')
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible()
  // It opens at its top (it once opened scrolled to its Close button at the end), with the keys outside the palette too.
  await expect(page.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeInViewport()
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toContainText('Shift+F10')
  await page.screenshot(shot('8-shortcut-sheet'))
  await app.key('Escape')
  expect(await app.text()).toBe(before)

  // S opens the speaker list; a letter only looks for a name, Esc leaves the speaker unchanged, and A then accepts
  // (it does not pick a name starting with A). A fresh-eyes editor's S, V, Esc once set another speaker.
  await app.openMark('quote', 'We know the situation in Belarus')
  await app.key('s')
  await expect(page.getByTestId('speaker-picker')).toHaveAttribute('aria-expanded', 'true')
  await app.key('v')
  await expect(page.locator('#speaker-options').getByRole('option', { selected: true })).toHaveText('Vladimir Putin')
  await page.screenshot(shot('7-speaker-list'))
  await app.key('Escape')
  await expect(page.getByTestId('speaker-picker')).toHaveAttribute('aria-expanded', 'false')
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Vladimir Putin')
  await app.key('a')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Vladimir Putin')

  // J to a finding on a mark, then X: the finding's mark is decided, not the one clicked before.
  await app.openMark('quote', 'Reportedly, Putin had just called')
  await page.locator('#checks-list').focus()
  // (The quote's own finding is the selected one now: the checks follow the text. Walk from there.)
  const [onMark, from] = await page.evaluate(() => {
    const items = [...document.querySelectorAll('#checks-list [role="option"]')]
    return [items.findIndex((li) => li.getAttribute('data-rule') === 'unattributed-claim'), items.findIndex((li) => li.getAttribute('aria-selected') === 'true')]
  })
  expect(onMark).toBeGreaterThanOrEqual(0)
  for (let i = from; i < onMark; i++) await app.key('j')
  for (let i = from; i > onMark; i--) await app.key('k')
  await expect(app.card()).toHaveAttribute('aria-label', 'Claim annotation')
  await app.key('x')
  await expect(page.getByTestId('card-decision')).toHaveText('rejected')
  await app.openMark('quote', 'Reportedly, Putin had just called')
  await expect(page.getByTestId('card-decision')).toHaveText('undecided')
  expect(await app.text()).toBe(before)

  // "/" opens the search from the story too: the letters typed after it go to the search, not to the desk's keys
  // (they once went on as review keys, and E among them switched to edit mode and typed the rest into the copy).
  await app.editor().locator('p', { hasText: 'It was not immediately clear' }).click()
  await app.key('/')
  await page.keyboard.type('speaker:Viacorka')
  await expect(page.locator('#library-search')).toHaveValue('speaker:Viacorka')
  await expect(app.mode()).toHaveAttribute('data-mode', 'review')
  expect(await app.text()).toBe(before)
})

test('a slow typist in edit mode gets exactly the words typed, while new marks come in', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  await app.editMode()
  await app.caretAtEndOf('violence must end.')
  await page.keyboard.press('Enter')
  const typed =
    '"The border will stay open," said Maria Berg, a spokeswoman. Some 3,000 trucks wait at the crossing. Officials said more would be moved.'
  await page.keyboard.type(typed, { delay: 60 })
  await expect(page.locator('p', { hasText: 'The border will stay open' })).toHaveText(typed)
  // (The marks come after a pause and an analysis of the whole story: on a loaded machine that took over 15 s.)
  await expect(app.marks('quote').filter({ hasText: 'The border will stay open' })).toHaveCount(1, { timeout: 60_000 })
  await expect(page.locator('p', { hasText: 'The border will stay open' })).toHaveText(typed)

  // A pause long enough for a claim to be marked up to the full stop, with the caret after it: the next words go
  // after the full stop (the caret once went back a letter as the mark came in, and they went before it).
  await page.keyboard.press('Enter')
  await page.keyboard.type('More than 35,000 people were detained.')
  await expect(app.marks('claim').filter({ hasText: '35,000 people' })).toHaveCount(1, { timeout: 60_000 })
  await page.keyboard.type(' Officials said so.')
  await expect(page.locator('p', { hasText: '35,000 people' })).toHaveText('More than 35,000 people were detained. Officials said so.')
  await app.key('F2')
  await app.saved()
  await app.reloadAndOpen(/Putin says Lukashenko/)
  await expect(page.locator('p', { hasText: '35,000 people' })).toHaveText('More than 35,000 people were detained. Officials said so.')
})

test('a speaker Wiremark is not sure of is framed in the text, can be listed first, and is settled by accepting it', async ({ app, page }) => {
  // A made-up story: one quote with its speaker named beside it, one attributed only "according to" a described
  // source (the least certain route), and one with no speaker at all (an error, listed before warnings).
  await app.open()
  await app.pasteOutsideEditor(
    [
      'Port strike talks stall as union rejects offer',
      'HAMBURG, March 3 (Reuters) - Dock workers will stay off the job for a second week, their union said on Tuesday.',
      '"We came to the table in good faith and were offered nothing we could take back," said Karl Brenner, chairman of the dock workers\' union.',
      '"The ships are waiting and every day costs the region money that it will not get back," according to a port official.',
      'Talks are due to resume on Thursday at the harbour office.',
      '"Nobody wins a long strike, and everybody on this quay knows it."',
    ].join('\n\n'),
  )
  await app.storyOpen()
  const doubtful = app.marks('quote').filter({ hasText: 'The ships are waiting' })
  const sure = app.marks('quote').filter({ hasText: 'We came to the table' })
  await expect(doubtful).toHaveClass(/is-doubtful/)
  await expect(doubtful).toHaveAttribute('title', /Speaker not certain/)
  await expect(sure).not.toHaveClass(/is-doubtful/)
  await page.screenshot(shot('6-doubtful'))

  // By severity the quote with no speaker (an error) comes first; "Speakers to confirm first" lifts the doubtful one.
  const firstRule = () => app.findings().first().getAttribute('data-rule')
  expect(await firstRule()).not.toBe('doubtful-speaker')
  await page.getByTestId('speakers-first').check()
  await expect(app.findings().first()).toHaveAttribute('data-rule', 'doubtful-speaker')
  // The first speaker to confirm is selected, and J walks the list at once (the checkbox does not keep the keys).
  await expect(app.findings().first()).toHaveAttribute('aria-selected', 'true')
  const selected = (await app.selectedFinding().textContent()) ?? ''
  await app.key('j')
  await expect(app.selectedFinding()).not.toHaveText(selected)
  // Remembered across a reload.
  await app.reloadAndOpen(/Port strike talks stall/)
  await expect(page.getByTestId('speakers-first')).toBeChecked()
  await expect(app.findings().first()).toHaveAttribute('data-rule', 'doubtful-speaker')

  // Accepting the quote confirms its speaker: the frame and the check go.
  await app.openMark('quote', 'The ships are waiting')
  await app.key('a')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')
  await expect(doubtful).not.toHaveClass(/is-doubtful/)
  await expect(page.locator('#checks-list [data-rule="doubtful-speaker"]')).toHaveCount(0)
})

test('a mark with no finding selects none: Enter and D cannot act on a finding about other words', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  await page.locator('#checks-list').focus()
  await app.key('j')
  await expect(app.selectedFinding()).toHaveCount(1)
  // (the first quote of the seed story has a speaker and a cue: no check is about it)
  await app.openMark('quote', 'We know the situation in Belarus')
  await expect(app.selectedFinding()).toHaveCount(0)
  await page.locator('#checks-list').focus()
  await app.key('d')
  await expect(page.locator('#dismiss-reason')).toHaveCount(0)
  await expect(page.getByText('No finding is selected')).toBeVisible()
  await app.key('j')
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '0')
})

test('a finding no mark covers leaves no mark active: A after it decides nothing; D and Enter move the card on with the list', async ({ app, page }) => {
  // A fresh-eyes editor pressed J onto "No dateline"-like findings: the previous finding's card stayed open, and A
  // accepted that other mark. Then D and Enter moved the list on while the card stayed on the dismissed claim.
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const total = Number(await page.getByTestId('checks').getAttribute('data-count'))
  await page.locator('#checks-list').focus()
  // The first J selects the first finding (a story opens with none selected). J walks them all: the mark of each.
  await expect(app.selectedFinding()).toHaveCount(0)
  const ids: (string | null)[] = []
  for (let i = 0; i < total; i++) {
    await app.key('j')
    await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', String(i))
    ids.push((await app.card().count()) > 0 ? await app.card().getAttribute('data-annotation-id') : null)
  }
  // A finding under a mark next to one under none ("No dateline" is under none).
  const on = ids.findIndex((id, i) => id !== null && (ids[i - 1] === null || ids[i + 1] === null))
  expect(on, 'a finding under a mark next to one under none').toBeGreaterThanOrEqual(0)
  const step = ids[on - 1] === null ? 'k' : 'j'
  for (let i = total - 1; i > on; i--) await app.key('k')
  await expect(app.card()).toHaveAttribute('data-annotation-id', ids[on]!)
  await expect(page.getByTestId('card-decision')).toHaveText('undecided')
  await app.key(step)
  await expect(app.card()).toHaveCount(0)
  await expect(page.getByTestId('card-no-mark')).toContainText('No mark here')
  await expect(page.getByTestId('card-no-mark')).toContainText((await app.selectedFinding().locator('.finding-message').textContent())!.trim())
  await app.key('a')
  await app.key('x')
  await expect(page.locator('.toast').filter({ hasText: 'No mark here' }).first()).toBeVisible()
  // Back on the finding under the mark: the mark is undecided still.
  await app.key(step === 'j' ? 'k' : 'j')
  await expect(app.card()).toHaveAttribute('data-annotation-id', ids[on]!)
  await expect(page.getByTestId('card-decision')).toHaveText('undecided')

  // D and Enter on it: the next finding is selected, and the card is that finding's mark's, or none.
  await app.key('d')
  await page.keyboard.type('Checked with the desk.')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('checks')).toHaveAttribute('data-count', String(total - 1))
  const next = ids[on + 1]
  if (next) await expect(app.card()).toHaveAttribute('data-annotation-id', next)
  else await expect(page.getByTestId('card-no-mark')).toBeVisible()
  if (next !== ids[on]) await expect(page.locator(`[data-testid="card"][data-annotation-id="${ids[on]}"]`)).toHaveCount(0)
})
