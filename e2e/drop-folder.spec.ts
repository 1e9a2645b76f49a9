import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { dropPaths } from './drop'
import { expect, test } from './fixtures'

// A folder dropped on the window imports every file in it (issue 18). Chromium makes the drop itself (dropPaths:
// CDP with real paths), so the page gets a directory entry and walks it; nothing in the page is faked.

const DPA = resolve('..', 'shared', 'fixtures', 'dpa-newsmlg2-testdata', 'basisdienst-20170629')

let root: string
test.beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'wiremark-drop-'))
})
test.afterEach(() => rmSync(root, { recursive: true, force: true }))

test('a dropped folder imports every wire file in it, subfolders too, hidden files skipped, with the progress summary', async ({ app }) => {
  const wire = join(root, 'Wire')
  const stories = readdirSync(DPA).filter((n) => n.endsWith('.xml')).sort().slice(0, 7)
  mkdirSync(join(wire, 'Monday', 'late'), { recursive: true })
  mkdirSync(join(wire, '.cache'))
  stories.slice(0, 3).forEach((n, i) => copyFileSync(join(DPA, n), join(wire, `story-${i}.xml`)))
  stories.slice(3, 5).forEach((n, i) => copyFileSync(join(DPA, n), join(wire, 'Monday', `story-${i}.xml`)))
  copyFileSync(join(DPA, stories[5] as string), join(wire, 'Monday', 'late', 'story.xml'))
  // Hidden: a hidden file and a hidden folder, each holding a story the library must not get.
  copyFileSync(join(DPA, stories[6] as string), join(wire, '.hidden.xml'))
  copyFileSync(join(DPA, stories[6] as string), join(wire, '.cache', 'copy.xml'))
  writeFileSync(join(wire, '.DS_Store'), 'not wire copy')

  await app.open()
  await dropPaths(app.page, [wire])

  const summary = app.page.getByTestId('import-summary')
  await expect(summary).toBeVisible({ timeout: 60_000 })
  await expect(summary).toHaveAttribute('data-phase', 'done')
  await expect(app.page.getByTestId('import-imported')).toContainText('6')
  await expect(app.page.getByTestId('import-failed')).toContainText('0')
  await expect(app.storyCount()).toHaveText('6 stories')
})

test('a folder dropped with a file beside it imports both; a folder of one file opens its story', async ({ app }) => {
  const [first, second] = readdirSync(DPA).filter((n) => n.endsWith('.xml')).sort()
  mkdirSync(join(root, 'One'))
  copyFileSync(join(DPA, first as string), join(root, 'One', 'a.xml'))
  copyFileSync(join(DPA, second as string), join(root, 'loose.xml'))

  await app.open()
  await dropPaths(app.page, [join(root, 'One'), join(root, 'loose.xml')])
  // Two files: no background job, one request each, and the first story opens.
  await expect(app.storyCount()).toHaveText('2 stories')
  await app.storyOpen()
})

test('an empty folder says so', async ({ app }) => {
  mkdirSync(join(root, 'Empty', '.git'), { recursive: true })
  writeFileSync(join(root, 'Empty', '.git', 'HEAD'), 'ref: refs/heads/main')
  await app.open()
  await dropPaths(app.page, [join(root, 'Empty')])
  await expect(app.page.getByText('The dropped folder holds no files to import')).toBeVisible()
  await expect(app.storyCount()).toHaveText('0 stories')
})

test('a file in a dropped folder that is no wire copy is named once in its error', async ({ app }) => {
  const [first] = readdirSync(DPA).filter((n) => n.endsWith('.xml')).sort()
  mkdirSync(join(root, 'Nested', 'Sub'), { recursive: true })
  copyFileSync(join(DPA, first as string), join(root, 'Nested', 'a.xml'))
  // A JPEG's first bytes: refused with a message that names the file itself (a fresh-eyes editor saw
  // "Nested/Sub/photo.jpg: Nested/Sub/photo.jpg: this is a JPEG image…")
  writeFileSync(join(root, 'Nested', 'Sub', 'photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70]))
  await app.open()
  await dropPaths(app.page, [join(root, 'Nested')])
  await expect(app.storyCount()).toHaveText('1 story')
  const error = app.page.getByText(/photo\.jpg:.*JPEG/)
  await expect(error).toBeVisible()
  expect((await error.textContent())?.match(/photo\.jpg/g)).toHaveLength(1)
})
