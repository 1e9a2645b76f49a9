import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')

test('the context menu from the keyboard: Shift+F10 on selected words, the Menu key on a mark', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()

  // Selected words, Shift+F10: the menu opens at the selection with focus on its first item; arrows and Enter mark.
  await app.selectWords('cheap Russian energy supplies')
  await page.keyboard.press('Shift+F10')
  await expect(app.contextMenu()).toBeVisible()
  await expect(app.contextMenu().getByRole('menuitem').first()).toBeFocused()
  // the words lie in a claim: the claim's actions follow the marking ones, in the claim's words (its source, not a
  // speaker); ArrowUp wraps round to the last
  await expect(app.contextMenu().getByRole('menuitem', { name: /Change the source/ })).toHaveCount(1)
  await expect(app.contextMenu().getByRole('menuitem', { name: /speaker/ })).toHaveCount(0)
  await page.keyboard.press('ArrowUp')
  await expect(app.contextMenu().getByRole('menuitem', { name: /Adjust the boundaries/ })).toBeFocused()
  for (let k = 0; k < 5; k++) await page.keyboard.press('ArrowDown')
  await expect(app.contextMenu().getByRole('menuitem', { name: /Mark as note/ })).toBeFocused()
  await page.screenshot({ path: 'test-results/context-keys-1-selection.png' })
  await page.keyboard.press('Enter')
  await expect(app.contextMenu()).toHaveCount(0)
  await expect(app.card()).toHaveAttribute('aria-label', 'Note annotation')
  await expect(app.card().locator('.card-exact')).toHaveText('cheap Russian energy supplies')

  // The editor's own mark: its menu has the card's Remove this mark (a fresh-eyes editor missed it), which removes
  // it as the card's button does; Ctrl+Z brings it back.
  const note = app.marks('note').filter({ hasText: 'cheap Russian energy supplies' })
  await expect(note).toHaveCount(1)
  await app.card().focus()
  await page.keyboard.press('Shift+F10')
  await expect(app.contextMenu().getByRole('menuitem')).toHaveText([/Adjust the boundaries/, /Remove this mark/])
  await page.keyboard.press('ArrowUp')
  await page.keyboard.press('Enter')
  await expect(note).toHaveCount(0)
  // Saved without it (its record deleted), then brought back: a fresh-eyes editor found it gone after a reload.
  await expect(page.getByTestId('save-state')).not.toHaveAttribute('data-save-state', 'saved')
  await app.saved()
  await page.keyboard.press('Control+z')
  await expect(note).toHaveCount(1)
  await app.saved()
  await app.reloadAndOpen(/Putin says Lukashenko/)
  await expect(note).toHaveCount(1)

  // A mark clicked in review mode, the Menu key: the mark's actions; Escape closes it, and Shift+F10 opens it again.
  await app.openMark('speaker', 'Franak Viacorka')
  const focusedBefore = await page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))
  await page.keyboard.press('ContextMenu')
  await expect(app.contextMenu().getByRole('menuitem')).toHaveText([/Accept/, /Reject/, /Change the speaker/, /Adjust the boundaries/])
  await page.keyboard.press('Escape')
  await expect(app.contextMenu()).toHaveCount(0)
  // Escape gives the focus back where it was (a fresh-eyes editor found it on nothing, the next Tab at the page's top)
  await expect.poll(() => page.evaluate(() => document.activeElement?.outerHTML.slice(0, 80))).toBe(focusedBefore)
  await page.keyboard.press('Shift+F10')
  await expect(app.contextMenu().getByRole('menuitem', { name: /Accept/ })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')

  // With the focus on the card (after adjusting a mark), Shift+F10 opens the active mark's menu.
  await app.openMark('quote', 'Reportedly, Putin had just called')
  await app.card().focus()
  await page.keyboard.press('Alt+Shift+ArrowRight')
  await page.keyboard.press('Escape')
  await page.evaluate(() => window.getSelection()?.removeAllRanges())
  await page.keyboard.press('Shift+F10')
  await expect(app.contextMenu().getByRole('menuitem', { name: /Accept/ })).toBeFocused()
  await page.keyboard.press('Escape')

  // The same with the text's caret left where it was (the page keeps it while the card has the focus): the menu
  // opens on the card, where the editor is looking: not at the window's corner (a fresh-eyes editor saw it at the
  // top left), nor by the mark a screen away (another saw that).
  await app.openMark('quote', 'Reportedly, Putin had just called')
  await app.card().focus()
  await page.keyboard.press('Shift+F10')
  await expect(app.contextMenu().getByRole('menuitem', { name: /Accept/ })).toBeFocused()
  const card = await app.card().boundingBox()
  const menu = await app.contextMenu().boundingBox()
  expect(card && menu).toBeTruthy()
  expect(menu!.x).toBeGreaterThanOrEqual(card!.x - 240)
  expect(menu!.y).toBeGreaterThanOrEqual(card!.y)
  expect(menu!.y).toBeLessThan(card!.y + 60)
  await page.screenshot({ path: 'test-results/context-keys-2-card.png' })
  await page.keyboard.press('Escape')
  await expect(app.card()).toBeFocused()
})
