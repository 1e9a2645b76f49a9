import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, startHost, test, WiremarkApp } from './fixtures'

const SEED = readFileSync(resolve('..', 'shared', 'fixtures', 'wire', 'reuters-putin-lukashenko-aggregator.txt'), 'utf8')

type Stored = { id: string; kind: string; origin: string; decision: string | null; start: number; end: number; suggestionId: string | null }

/** Picks a file in the file chooser that `open` brings up (the toolbar button, or the palette's action). */
async function pickFile(page: Page, open: () => Promise<void>, file: { name: string; text: string }) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), open()])
  await chooser.setFiles({ name: file.name, mimeType: 'application/ld+json', buffer: Buffer.from(file.text) })
}

test("W3C annotations exported from one library attach to the same story in another, with the editor's decisions", async ({ app, page }) => {
  // Library A: the story with two decisions, exported as W3C Web Annotation JSON-LD.
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  await app.marks('quote').first().click()
  await app.card().getByRole('button', { name: /Accept/ }).click()
  await expect(page.getByTestId('card-decision')).toHaveText('accepted')
  const quoteWords = (await app.card().locator('.card-exact').innerText()).slice(0, 30)
  await app.marks('claim').first().click()
  await app.card().getByRole('button', { name: /Reject/ }).click()
  await expect(page.getByTestId('card-decision')).toHaveText('rejected')
  await app.saved()
  const w3c = await app.exportAs(/W3C Web Annotation/)
  expect(w3c.name).toMatch(/\.annotations\.jsonld$/)
  const total = (JSON.parse(w3c.text) as { total: number }).total
  expect(total).toBeGreaterThan(10)

  // Library B: another host with its own data folder, the same story pasted in.
  const dataDir = mkdtempSync(join(tmpdir(), 'wiremark-e2e-b-'))
  const { host, proc } = await startHost(dataDir)
  try {
    const pageB = await page.context().newPage()
    const b = new WiremarkApp(pageB, host)
    await b.open()
    await b.pasteOutsideEditor(SEED)
    await b.storyOpen()
    const storyId = (await b.api<{ id: string }[]>('stories:list', {}))[0]!.id
    const before = await b.api<{ annotations: Stored[] }>('annotations:list', { storyId })
    expect(before.annotations.every((r) => r.origin === 'auto')).toBe(true)

    await pickFile(pageB, () => pageB.getByTestId('import-annotations-button').click(), w3c)
    const summary = `${total} annotations from ${w3c.name}: ${total} exact, 0 moved, 0 changed, 0 orphaned. Added 2; ${total - 2} already in the story.`
    await expect(pageB.locator('.toast')).toContainText([summary])
    await b.storyOpen()

    // The decisions are B's now, on B's own suggestions, and the desk shows them.
    const after = await b.api<{ annotations: Stored[] }>('annotations:list', { storyId })
    const decisions = after.annotations.filter((r) => r.origin === 'editor')
    expect(decisions.map((r) => [r.kind, r.decision]).sort()).toEqual([
      ['claim', 'rejected'],
      ['quote', 'accepted'],
    ])
    for (const d of decisions) expect(after.annotations.some((r) => r.origin === 'auto' && r.id === d.suggestionId)).toBe(true)
    await b.openMark('quote', quoteWords)
    await expect(pageB.getByTestId('card-decision')).toHaveText('accepted')

    // The same file again adds nothing.
    await pickFile(pageB, () => pageB.getByTestId('import-annotations-button').click(), w3c)
    await expect(pageB.locator('.toast')).toContainText([`Added 0; ${total} already in the story.`])
    expect((await b.api<{ annotations: Stored[] }>('annotations:list', { storyId })).annotations).toHaveLength(after.annotations.length)
    await pageB.close()
  } finally {
    proc.kill()
    rmSync(dataDir, { recursive: true, force: true })
  }
})

test('a file that is not annotations, or was made on another story, is refused with its name and nothing changes', async ({ app, page }) => {
  await app.open()
  await app.pasteOutsideEditor(SEED)
  await app.storyOpen()
  const storyId = (await app.api<{ id: string }[]>('stories:list', {}))[0]!.id
  const count = async () => (await app.api<{ annotations: Stored[] }>('annotations:list', { storyId })).annotations.length
  const before = await count()

  await pickFile(page, () => page.getByTestId('import-annotations-button').click(), { name: 'notes.json', text: 'Call the embassy back' })
  await expect(page.locator('.toast-error')).toContainText([/Annotations not imported: notes\.json: not JSON/])

  // From the command palette this time: a W3C file made on another story.
  const other = {
    type: 'AnnotationCollection',
    label: 'Harvest late after spring rain',
    first: {
      type: 'AnnotationPage',
      items: [{ type: 'Annotation', target: { source: 'urn:x', selector: { type: 'TextQuoteSelector', exact: 'the spring sowing started late after heavy rain' } } }],
    },
  }
  await pickFile(
    page,
    async () => {
      await app.key('Control+k')
      await page.keyboard.type('import annotations')
      await page.keyboard.press('Enter')
    },
    { name: 'harvest.jsonld', text: JSON.stringify(other) },
  )
  await expect(page.locator('.toast-error')).toContainText([/harvest\.jsonld: its annotation is not in this story; it was made on “Harvest late after spring rain”\. Nothing was imported\./])
  expect(await count()).toBe(before)
})
