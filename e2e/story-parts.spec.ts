import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { wordFile } from '../src/test/wordFile'
import { expect, test, type WiremarkApp } from './fixtures'

const fixture = (rel: string) => readFileSync(resolve('..', 'shared', 'fixtures', rel))
const shot = (name: string) => ({ path: `test-results/story-parts-${name}.png`, fullPage: true })

/** Imports files through the Import dialog (bytes as they are on disk) and opens the story whose row shows `row`. */
async function importAndOpen(app: WiremarkApp, files: { name: string; buffer: Buffer }[], row: string | RegExp) {
  await app.page.locator('#import-input').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'application/octet-stream', buffer: f.buffer })))
  await app.page.getByTestId('story-list').getByRole('option', { name: row }).first().click()
  await app.storyOpen()
}

test('a dpa digitalwires story: the teaser above the story, crossheads as headings', async ({ app, page }) => {
  await app.open()
  await importAndOpen(app, [{ name: 'dw-1.json', buffer: fixture('dpa-digitalwires/digitalwires-json/dw-1.json') }], /Mythos Jungfernhäutchen/)

  // The teaser is shown above the story, labelled, and is not part of the text that is marked and checked.
  const summary = page.getByTestId('story-summary')
  await expect(summary).toContainText('Summary (the agency’s teaser, not part of the checked text)')
  await expect(summary).toContainText('Ein Unternehmen aus Baden vertreibt Blutkapseln')
  await expect(app.editor()).not.toContainText('Ein Unternehmen aus Baden vertreibt Blutkapseln')
  // A crosshead is a heading (level 2, under the headline's level 1), not a paragraph.
  const crosshead = app.editor().getByRole('heading', { level: 2, name: 'Betroffene werden geächtet und verstoßen' })
  await expect(crosshead).toBeVisible()
  await expect(crosshead).toHaveAttribute('data-block', 'heading')
  expect(await crosshead.evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700')
  await expect(app.editor().getByRole('heading', { level: 1 })).toHaveText(/Mythos Jungfernhäutchen/)
  await page.screenshot(shot('1-digitalwires'))

  // An edit saves with the crosshead in the text (the save names it a heading block), and the crosshead stays one.
  await app.editMode()
  await app.caretAtEndOf('Betroffene werden geächtet und verstoßen')
  await page.keyboard.type(' heute')
  await app.saved()
  await app.reloadAndOpen(/Mythos Jungfernhäutchen/)
  await expect(app.editor().getByRole('heading', { level: 2, name: 'Betroffene werden geächtet und verstoßen heute' })).toBeVisible()
  await expect(page.getByTestId('story-summary')).toContainText('Ein Unternehmen aus Baden vertreibt Blutkapseln')
})

test('the same story as IPTC 7901, a format that marks nothing: its crossheads read by their shape, its teaser as the summary', async ({ app, page }) => {
  await app.open()
  await importAndOpen(app, [{ name: 'dw-1.iptc', buffer: fixture('dpa-digitalwires/iptc7901-output/dw-1.iptc') }], /Mythos Jungfernhäutchen/)
  await expect(page.getByTestId('story-summary')).toContainText('Ein Unternehmen aus Baden vertreibt Blutkapseln')
  const heads = app.editor().getByRole('heading', { level: 2 })
  await expect(heads).toHaveText([
    'Betroffene werden geächtet und verstoßen',
    'Immer wieder kontroverse Diskussionen in Workshops',
    'Terre des Femmes: Notsituation nicht ausnutzen',
    'Aufklären über «Mythos Jungfernhäutchen»',
    '«Patriarchat hat keine Herkunft»',
  ])
  await expect(heads.first()).toHaveAttribute('data-block', 'heading')
  // the paragraphs around a crosshead stay paragraphs (body paragraphs carry no block kind)
  await expect(app.editor().locator('p:not([data-block])').filter({ hasText: /^Was vielleicht bizarr anmutet/ })).toHaveCount(1)
  await expect(app.editor().getByRole('heading').filter({ hasText: 'Was vielleicht bizarr anmutet' })).toHaveCount(0)
})

test("a stringer's Word file: its comments are desk-only notes on their words, listed and never exported", async ({ app, page }) => {
  await app.open()
  const docx = wordFile(
    'Port reopens after strike',
    ['The port reopened on Friday after a week-long strike, harbour master Karim Haddad said.', 'Ships queued outside the harbour for days.'],
    [
      { on: 'Karim Haddad', author: 'Lina Stringer', date: '2026-12-01T09:30:00Z', text: 'His mobile is in the desk file' },
      { on: 'week-long strike', author: 'Lina Stringer', text: 'Second source: the harbour union' },
    ],
  )
  await importAndOpen(app, [{ name: 'port.docx', buffer: Buffer.from(docx) }], /Port reopens after strike/)

  // Each comment is a note mark on its words…
  await expect(app.marks('note').filter({ hasText: 'Karim Haddad' })).toHaveCount(1)
  await expect(app.marks('note').filter({ hasText: 'week-long strike' })).toHaveCount(1)
  // …and a line of the "Not for publication" list, with its author, its date and its words.
  const box = page.getByTestId('notes-box')
  await expect(box.getByTestId('desk-note')).toHaveCount(2)
  const first = box.getByTestId('desk-note').first()
  await expect(first).toContainText('Lina Stringer')
  await expect(first).toContainText('“week-long strike”')
  await expect(first).toContainText('Second source: the harbour union')
  await expect(box.getByTestId('desk-note').last()).toContainText('His mobile is in the desk file')
  await expect(box.getByTestId('desk-note').last()).toContainText('2026')
  // The story text holds the commented words, never the comments.
  await expect(app.editor()).not.toContainText('desk file')
  await page.screenshot(shot('2-word-comments'))

  // Its words in the list lead to its mark: the card says whose comment it is and that it is not for publication.
  await box.getByRole('button', { name: '“Karim Haddad”' }).click()
  await expect(app.card().locator('.card-exact')).toHaveText('Karim Haddad')
  await expect(app.card()).toContainText('Lina Stringer’s comment · not for publication')

  // No report carries it.
  const html = await app.exportAs('HTML')
  expect(html.text).toContain('Karim Haddad')
  expect(html.text).not.toContain('desk file')
  expect(html.text).not.toContain('harbour union')
})

test('Arabic and Chinese stories show in the bundled Noto fonts, loaded from the app itself', async ({ app, page, host }) => {
  const requests: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  await app.open()
  const faces = () =>
    page.evaluate(() => {
      const out: Record<string, string> = {}
      document.fonts.forEach((f) => (out[`${f.family.replace(/"/g, '')} ${f.weight}`] = f.status))
      return out
    })
  /** The width of `words` where they are drawn inside `selector`, and laid out afresh in the same font. */
  const widths = (selector: string, words: string) =>
    page.evaluate(
      ([sel, w]) => {
        const el = document.querySelector(sel as string) as HTMLElement
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT)
        let node: Node | null = walker.nextNode()
        while (node && !(node.textContent ?? '').includes(w as string)) node = walker.nextNode()
        if (!node) return null
        const range = document.createRange()
        const at = (node.textContent ?? '').indexOf(w as string)
        range.setStart(node, at)
        range.setEnd(node, at + (w as string).length)
        const drawn = range.getBoundingClientRect().width
        const probe = document.createElement('span')
        const cs = getComputedStyle(node.parentElement as HTMLElement)
        probe.style.font = cs.font
        probe.style.letterSpacing = cs.letterSpacing
        probe.style.whiteSpace = 'nowrap'
        probe.textContent = w as string
        document.body.append(probe)
        const fresh = probe.getBoundingClientRect().width
        probe.remove()
        return { drawn, fresh, same: Math.abs(drawn - fresh) < 0.5 }
      },
      [selector, words],
    )
  // A Latin story needs none of the other scripts' fonts: unicode-range keeps them unloaded (the Chinese one is 10 MB).
  await importAndOpen(app, [{ name: 'dw-1.json', buffer: fixture('dpa-digitalwires/digitalwires-json/dw-1.json') }], /Mythos Jungfernhäutchen/)
  await page.evaluate(() => document.fonts.ready)
  expect((await faces())['Wiremark Noto Sans SC 400 700']).toBe('unloaded')

  await importAndOpen(
    app,
    [{ name: 'afp.xml', buffer: fixture('afp-newsml12-arabic/afp/ARA_Media_SansSport/afp.com-20231125T162741Z-TX-PAR-EWR70.xml') }],
    /[\u0600-\u06ff]/,
  )
  await expect(app.editor()).toHaveAttribute('data-testid', 'editor')
  await page.evaluate(() => document.fonts.ready)
  await expect.poll(async () => (await faces())['Wiremark Noto Sans Arabic 400']).toBe('loaded')
  await page.screenshot(shot('3-arabic'))

  await importAndOpen(app, [{ name: 'bw-zh.json', buffer: fixture('iptc-ninjs/examples/2.1/businesswire-newsml-20130605006126.json') }], /Cambrios/)
  await expect(app.editor()).toContainText('最酷供應商')
  await page.evaluate(() => document.fonts.ready)
  await expect.poll(async () => (await faces())['Wiremark Noto Sans SC 400 700']).toBe('loaded')
  // Text laid out while the font was loading (the bold headline, the library row) is drawn in it once it has loaded,
  // as wide as the same words laid out afresh (Chromium drew such text as narrower empty boxes until told to shape
  // it again: lib/fontRefresh.ts).
  for (const where of ['[data-testid="editor"] [data-block="headline"]', '[data-testid="story-list"] [role="option"]']) {
    await expect.poll(() => widths(where, '最酷供應商'), where).toEqual({ drawn: expect.any(Number), fresh: expect.any(Number), same: true })
  }
  await page.screenshot(shot('4-chinese'))

  // The fonts came from the app's own files, nothing from anywhere else.
  const fonts = requests.filter((u) => /\.ttf(?:$|\?)/.test(u))
  expect(fonts.some((u) => u.includes('NotoSansArabic_400Regular'))).toBe(true)
  expect(fonts.some((u) => u.includes('NotoSansSC_400Regular'))).toBe(true)
  expect(fonts.every((u) => u.startsWith(`${host.origin}/assets/`))).toBe(true)
  expect(requests.filter((u) => !u.startsWith(`${host.origin}/`) && !/^(?:data|blob|about):/.test(u))).toEqual([])
})
