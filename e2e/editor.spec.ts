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

  // 3. Change a speaker: the carried quote becomes Viacorka's, then a new person.
  await app.openMark('quote', 'We know the situation in Belarus')
  await page.getByTestId('speaker-picker').selectOption('Franak Viacorka')
  await expect(page.getByTestId('speaker-picker')).toHaveValue('Franak Viacorka')
  await page.getByTestId('speaker-picker').selectOption('Vladimir Putin')
  await page.screenshot(shot('2-decided'))

  // 4. Mark a claim by hand and set it disputed with a note.
  const claimWords = 'thousands of migrants stranded'
  await page.evaluate((words) => {
    const root = document.querySelector('[data-testid="editor"]') as HTMLElement
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const i = (n.textContent ?? '').indexOf(words)
      if (i < 0) continue
      const range = document.createRange()
      range.setStart(n, i)
      range.setEnd(n, i + words.length)
      const sel = window.getSelection()!
      sel.removeAllRanges()
      sel.addRange(range)
      return
    }
    throw new Error(`not found: ${words}`)
  }, claimWords)
  await app.key('c')
  await expect(app.card().locator('.card-exact')).toHaveText(claimWords)
  await expect(app.card()).toHaveAttribute('aria-label', 'Claim annotation')
  await app.card().getByRole('radio', { name: 'disputed' }).check()
  await app.card().getByLabel('Note').fill('The EU puts the number far lower; check with Brussels.')
  await app.card().getByLabel('Note').blur()
  await expect(app.findings().filter({ hasText: 'disputed-claim-without-evidence' })).toHaveCount(1)
  await page.screenshot(shot('3-claim'))

  // 5. Type a sentence before a mark: the mark stays on its words.
  const mark = app.marks('quote').filter({ hasText: 'We know the situation' }).first()
  await mark.click()
  await page.keyboard.press('Home')
  await page.keyboard.type('Speaking on Thursday, the Kremlin leader was blunt. ')
  await expect(mark).toHaveText(/^We know the situation/)
  await expect(page.locator('p', { hasText: 'Speaking on Thursday, the Kremlin leader was blunt.' })).toHaveCount(1)
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
  await app.openMark('claim', claimWords)
  await expect(app.card().getByRole('radio', { name: 'disputed' })).toBeChecked()
  await expect(app.card().getByLabel('Note')).toHaveValue('The EU puts the number far lower; check with Brussels.')
  await page.screenshot(shot('5-reloaded'))

  // 7. Walk the checks with J and K; Enter jumps to the words; D dismisses with a reason.
  const total = await app.findings().count()
  expect(total).toBeGreaterThan(2)
  await page.locator('#checks-list').focus()
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '0')
  await app.key('j')
  await app.key('j')
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '2')
  await app.key('k')
  await expect(app.selectedFinding()).toHaveAttribute('data-finding-index', '1')
  await app.key('Enter')
  await expect(app.editor()).toBeFocused()
  await page.locator('#checks-list').focus()
  await app.key('d')
  await page.locator('#dismiss-reason').fill('Fine for an aggregator copy')
  await page.keyboard.press('Enter')
  await expect(app.findings()).toHaveCount(total - 1)
  await expect(page.locator('.library [data-open-findings]')).toHaveAttribute('data-open-findings', String(total - 1))
  await page.screenshot(shot('6-checks'))
})
