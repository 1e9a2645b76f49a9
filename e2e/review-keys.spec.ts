import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { expect, test, type WiremarkApp } from './fixtures'

/**
 * The guard against keys that damage the copy: random sequences of every documented review key, pressed from
 * random places (the text, the card, the checks list, the palette, nowhere), must never change the story text
 * while the desk is in review mode. A watch in the page compares the text after every change of the document
 * with the text before it, and counts any change made while the root says review.
 *
 * `npm test` presses WIREMARK_KEY_SEQUENCES (default 200) sequences; `npm run fuzz` presses 10,000. Every run logs
 * its seed: WIREMARK_KEY_SEED=<seed> replays it.
 */
const SEQUENCES = Number(process.env.WIREMARK_KEY_SEQUENCES ?? 200)
// (playwright.config.ts draws the seed once, in the runner, so that a worker started again after a failure keeps it.)
const SEED = Number(process.env.WIREMARK_KEY_SEED ?? Math.floor(Math.random() * 2 ** 31))
/**
 * Sequences per test. Playwright records every key press as a step of its test, and one test of thousands of
 * sequences slows down as it goes (500 sequences took 3 minutes at the start of a run and 13 after 5,000), so a
 * long run is cut into tests of this many, each on a fresh desk.
 */
const CHUNK = 500
const STORY = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')

/** The review keys of the README's table, and the keys an editor's fingers hit on the way. */
const KEYS = [
  'j', 'k', 'Enter', 'a', 'x', 's', 'd', 'q', 'c', 'p', 'r', 'n', 'Escape', 'Tab', 'Shift+Tab',
  'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Shift+ArrowLeft', 'Shift+ArrowRight', 'Alt+Shift+ArrowRight',
  'Control+Shift+ArrowLeft', 'Backspace', 'Delete', 'Space', 'J', 'K', 'A', 'X',
]
const PLACES = ['text-mark', 'text-words', 'card', 'checks', 'palette', 'nowhere'] as const

/** The generator of sequence `n` of a run: a seed and a sequence number replay the same keys from the same place. */
function sequenceRandom(seed: number, n: number) {
  return random((seed ^ Math.imul(n + 1, 0x9e3779b1)) >>> 0)
}

/** mulberry32: a small seeded generator, so that a seed replays the same sequences. */
function random(seed: number) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

interface Watch {
  root: HTMLElement | null
  base: string
  editSeen: boolean
  changes: { mode: string; before: string; after: string }[]
}

/**
 * A watch in the page: after every change of the document, the story text (its textContent, the same whether the
 * story is in sight or not) is compared with the text before it;
 * a change while the editor's root says review is recorded. A story opened again (Enter on its library row) gets
 * a new root: its text is compared once the sequence is over, unless edit mode was entered meanwhile.
 */
async function watchText(app: WiremarkApp) {
  await app.page.evaluate(() => {
    const w = { root: null, base: '', editSeen: false, changes: [] } as Watch
    ;(window as unknown as { __watch: Watch }).__watch = w
    const check = () => {
      const root = document.querySelector<HTMLElement>('[data-testid="editor"]')
      if (root?.dataset.mode === 'edit') w.editSeen = true
      if (!root || root !== w.root) return
      const now = root.textContent ?? ''
      if (now === w.base) return
      if (root.dataset.mode !== 'edit') w.changes.push({ mode: root.dataset.mode ?? '?', before: w.base.slice(0, 200), after: now.slice(0, 200) })
      w.base = now
    }
    new MutationObserver(check).observe(document.body, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['data-mode'] })
  })
}

/** Starts a sequence: the root and the text as they are now. */
async function arm(app: WiremarkApp) {
  await app.page.evaluate(() => {
    const w = (window as unknown as { __watch: Watch }).__watch
    w.root = document.querySelector<HTMLElement>('[data-testid="editor"]')
    w.base = w.root?.textContent ?? ''
    w.editSeen = false
  })
}

/** Ends a sequence: the changes made in review mode, the text of a story opened again included. */
async function verdict(app: WiremarkApp): Promise<Watch['changes']> {
  // (The story may be out of sight: the keys can switch the main pane to People or Versions.)
  await expect(app.page.locator('main[data-story-ready="true"]')).toBeVisible()
  return app.page.evaluate(() => {
    const w = (window as unknown as { __watch: Watch }).__watch
    const root = document.querySelector<HTMLElement>('[data-testid="editor"]')
    if (root && root !== w.root && !w.editSeen && root.textContent !== w.base) {
      w.changes.push({ mode: 'review (opened again)', before: w.base.slice(0, 200), after: root.textContent.slice(0, 200) })
    }
    return w.changes
  })
}

async function goTo(app: WiremarkApp, place: (typeof PLACES)[number], pick: () => number) {
  const page = app.page
  if (place === 'text-mark') {
    const marks = app.editor().locator('mark.wm-mark')
    const n = await marks.count()
    // (A mark can be out of sight, in a folded part: then the keys start from where the focus was.)
    if (n > 0) await marks.nth(Math.floor(pick() * n)).click({ force: true, timeout: 2000 }).catch(() => undefined)
  } else if (place === 'text-words') {
    await page.evaluate((r) => {
      const root = document.querySelector('[data-testid="editor"]') as HTMLElement
      const nodes: Text[] = []
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) if ((n.textContent ?? '').length > 3) nodes.push(n as Text)
      const node = nodes[Math.floor(r * nodes.length)]
      if (!node) return
      const len = node.textContent?.length ?? 0
      const range = document.createRange()
      range.setStart(node, Math.floor(len / 3))
      range.setEnd(node, Math.floor((2 * len) / 3))
      window.getSelection()?.removeAllRanges()
      window.getSelection()?.addRange(range)
    }, pick())
  } else if (place === 'card') await page.locator('.card').first().focus({ timeout: 2000 })
  else if (place === 'checks') await page.locator('#checks-list').focus({ timeout: 2000 })
  else if (place === 'palette') await page.keyboard.press('Control+k')
  else await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
}

/** Back to a known state between sequences: overlays closed, review mode, the story in view, the review panel with its checks. */
async function settle(app: WiremarkApp) {
  const page = app.page
  await page.keyboard.press('Escape')
  const state = await page.evaluate(() => {
    ;(document.activeElement as HTMLElement | null)?.blur()
    return {
      dialog: document.querySelector('[role="dialog"]') !== null,
      edit: document.querySelector('[data-testid="mode"]')?.getAttribute('data-mode') === 'edit',
      checks: document.getElementById('checks-list') !== null,
      // (the story's own view: its People, Claims or Versions tab hides the mode switch)
      story: document.querySelector('[data-testid="mode"]') !== null,
    }
  })
  // (Short timeouts: a click that cannot land says so at once rather than waiting out the whole run.)
  if (state.dialog) await page.locator('[role="dialog"]').first().press('Escape', { timeout: 2000 })
  if (state.edit) await app.mode().getByRole('radio', { name: 'Reviewing' }).click({ timeout: 5000 })
  // The keys may have moved to another panel (arrows on the tabs): back to the review panel.
  if (!state.checks || !state.story) await page.getByTestId('tab-review').click({ timeout: 5000 }).catch(() => undefined)
}

for (let from = 0; from < SEQUENCES; from += CHUNK) {
  const to = Math.min(SEQUENCES, from + CHUNK)
  const title = SEQUENCES > CHUNK ? ` (sequences ${from + 1}-${to})` : ''
  test(`in review mode no sequence of the documented keys changes the story text${title}`, async ({ app, page }) => {
    test.setTimeout(Math.max(120_000, (to - from) * 1_500))
    console.log(`review-keys: seed ${SEED}, sequences ${from + 1}-${to} of ${SEQUENCES} (replay: WIREMARK_KEY_SEED=${SEED})`)
    // Downloads from the export dialog and file pickers from Import… are the window's business, not the text's.
    page.on('filechooser', () => undefined)
    await app.open()
    await app.pasteOutsideEditor(STORY)
    await app.storyOpen()
    await watchText(app)
    let pressed = 0
    for (let s = from; s < to; s++) {
      const pick = sequenceRandom(SEED, s)
      const place = PLACES[Math.floor(pick() * PLACES.length)]!
      const keys = Array.from({ length: 3 + Math.floor(pick() * 10) }, () => KEYS[Math.floor(pick() * KEYS.length)]!)
      await arm(app)
      await goTo(app, place, pick)
      for (const k of keys) await page.keyboard.press(k)
      pressed += keys.length
      const changes = await verdict(app)
      expect(changes, `seed ${SEED}, sequence ${s + 1}: from ${place}, keys ${keys.join(' ')}`).toEqual([])
      await settle(app)
    }
    await expect(app.mode()).toHaveAttribute('data-mode', 'review')
    console.log(`review-keys: sequences ${from + 1}-${to}, ${pressed} keys, 0 text changes in review mode`)
  })
}
