import { ACTIVE_TRACES, HOSTILE_CASES } from '../src/hardening/hostileCases'
import { expect, test } from './fixtures'

// Hostile wire copy opened in the app: scripts, event handlers, javascript: links, remote images and remote CSS
// in a saved page, pasted HTML, and NewsML-G2, NITF and ninjs bodies. Nothing may run (every trap sets
// window.__pwned or opens a dialog), nothing may be fetched (every request the page makes is recorded), and the
// story's own text must be there.

test('hostile stories import and open: nothing runs, nothing leaves the app, the text is kept', async ({ app, page, host }) => {
  const requests: string[] = []
  const dialogs: string[] = []
  page.on('request', (r) => requests.push(r.url()))
  page.on('dialog', (d) => {
    dialogs.push(d.message())
    void d.dismiss()
  })

  await app.open()
  const pasted = HOSTILE_CASES.find((c) => c.name === 'pasted.html')
  const files = HOSTILE_CASES.filter((c) => c !== pasted)
  // Files through the import input, the HTML fragment through a paste outside the editor: the app's own routes.
  await app.importFiles(files.map((c) => ({ name: c.name, text: c.text })))
  await expect(app.storyCount()).toHaveText(`${files.length} stories`)
  if (pasted) await app.pasteOutsideEditor(pasted.text)
  await expect(app.storyCount()).toHaveText(`${HOSTILE_CASES.length} stories`)

  for (const c of HOSTILE_CASES) {
    // A paste is the newest story (the list is newest first); a fragment pasted as text may show no headline.
    const rows = page.getByTestId('story-list').getByRole('option')
    const row = c === pasted ? rows.first() : rows.filter({ hasText: c.headline }).first()
    await row.click()
    await app.storyOpen()
    for (const words of c.kept) await expect(app.editor(), `${c.name}: ${words}`).toContainText(words)
    const html = await app.editor().innerHTML()
    for (const trace of ACTIVE_TRACES) expect(html, `${c.name}: ${String(trace)}`).not.toMatch(trace)
  }
  await page.screenshot({ path: 'test-results/hostile-opened.png' })

  // Nothing ran.
  expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined()
  expect(dialogs).toEqual([])
  // Nothing active reached the page's DOM anywhere (list, panels, editor).
  expect(await page.locator('a[href^="javascript:"], [onerror], [onload], [onclick], [onmouseover], iframe, object, embed').count()).toBe(0)
  expect(await page.locator('img[src*="evil.example"], link[href*="evil.example"], script[src*="evil.example"]').count()).toBe(0)
  // Nothing was fetched from anywhere but the app's own origin.
  const outside = requests.filter((u) => !u.startsWith(`${host.origin}/`) && !/^(?:data|blob|about):/.test(u))
  expect(outside).toEqual([])
  expect(requests.length).toBeGreaterThan(0)
})
