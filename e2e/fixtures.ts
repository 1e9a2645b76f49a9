import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { test as base, expect, type Page } from '@playwright/test'

export interface Host {
  url: string
  origin: string
  token: string
  dataDir: string
}

/** Starts the built loopback host on a free port with its own data folder; resolves once it prints its URL. */
export async function startHost(dataDir: string): Promise<{ host: Host; proc: ChildProcess }> {
  const proc = spawn(process.execPath, [join('out', 'main', 'host.js'), '--port', '0', '--data-dir', dataDir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  proc.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
  const url = await new Promise<string>((resolve, reject) => {
    let out = ''
    proc.stdout?.on('data', (d: Buffer) => {
      out += d.toString()
      const m = /Wiremark is running at (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(out)
      if (m?.[1]) resolve(m[1])
    })
    proc.on('exit', (code) => reject(new Error(`the host exited with code ${code} before it was ready:\n${stderr}`)))
  })
  const u = new URL(url)
  return { host: { url, origin: u.origin, token: u.searchParams.get('token') ?? '', dataDir }, proc }
}

/** The page object: what an editor does, in the app's words. */
export class WiremarkApp {
  constructor(
    readonly page: Page,
    readonly host: Host,
  ) {}

  async open() {
    await this.page.goto(this.host.url)
    await expect(this.page.locator('.app[data-ready="true"]')).toBeVisible()
  }

  emptyState() {
    return this.page.getByTestId('empty-state')
  }

  storyCount() {
    return this.page.getByTestId('story-count')
  }

  /** Pastes text outside the story text, as an editor pasting wire copy into the window. */
  async pasteOutsideEditor(text: string) {
    await this.page.evaluate((t) => {
      const data = new DataTransfer()
      data.setData('text/plain', t)
      document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }, text)
  }

  /** Resolves once a story is open in the editor with its marks painted. */
  async storyOpen(timeout?: number) {
    await expect(this.page.locator('main[data-story-ready="true"]')).toBeVisible({ timeout })
    await expect(this.editor()).toBeVisible()
  }

  editor() {
    return this.page.getByTestId('editor')
  }

  /** Mark elements of a kind; one annotation can span several elements where marks overlap. */
  marks(kind: 'quote' | 'claim' | 'speaker' | 'credit' | 'note') {
    return this.editor().locator(`mark.wm-mark.k-${kind}`)
  }

  /** How many annotations of a kind the legend counts (rejected ones excluded). */
  legendCount(kind: 'quote' | 'claim' | 'speaker' | 'credit' | 'note') {
    return this.page.getByTestId(`legend-${kind}`).locator('.legend-count')
  }

  /** Clicks the first mark of a kind (rejected ones too) whose text contains `words`, and waits for its card. */
  async openMark(kind: 'quote' | 'claim' | 'speaker' | 'credit' | 'note', words: string) {
    await this.editor().locator(`mark.wm-mark[data-kinds~="${kind}"]`).filter({ hasText: words }).first().click()
    await expect(this.card().locator('.card-exact')).toContainText(words)
  }

  card() {
    return this.page.getByTestId('card')
  }

  /** Reloads the window and opens the story again from the library, as after a restart. */
  async reloadAndOpen(headline: RegExp) {
    await this.page.reload()
    await expect(this.page.locator('.app[data-ready="true"]')).toBeVisible()
    await this.page.getByRole('option', { name: headline }).click()
    await this.storyOpen()
  }

  /** The desk's mode as the toolbar shows it: 'review' (read-only text) or 'edit'. */
  mode() {
    return this.page.getByTestId('mode')
  }

  /** Switches to edit mode (F2) and waits until the text takes typing. */
  async editMode() {
    await expect(this.mode()).toHaveAttribute('data-mode', 'review')
    await this.page.keyboard.press('F2')
    await expect(this.mode()).toHaveAttribute('data-mode', 'edit')
    await expect(this.editor()).toHaveAttribute('contenteditable', 'true')
  }

  /** The story text exactly as the editor shows it. */
  async text(): Promise<string> {
    return this.page.evaluate(() => (document.querySelector('[data-testid="editor"]') as HTMLElement).innerText)
  }

  /** Leaves the text for the card, where single-letter keys decide (A, X, S). */
  async key(k: string) {
    await this.page.keyboard.press(k)
  }

  /** S, then a part of the name to find it, then Enter: the active mark's speaker, by the keys. */
  async pickSpeaker(part: string) {
    await this.page.keyboard.press('s')
    await expect(this.page.getByTestId('speaker-picker')).toHaveAttribute('aria-expanded', 'true')
    await this.page.keyboard.type(part)
    await this.page.keyboard.press('Enter')
    await expect(this.page.getByTestId('speaker-picker')).toHaveAttribute('aria-expanded', 'false')
  }

  /** Waits until the desk says everything is saved. */
  async saved() {
    await expect(this.page.getByTestId('save-state')).toHaveAttribute('data-save-state', 'saved')
  }

  findings() {
    return this.page.locator('#checks-list [role="option"]')
  }

  selectedFinding() {
    return this.page.locator('#checks-list [role="option"][aria-selected="true"]')
  }

  /** Selects the first occurrence of `words` in the story text (as a mouse drag would). */
  async selectWords(words: string) {
    await this.page.evaluate((w) => {
      const root = document.querySelector('[data-testid="editor"]') as HTMLElement
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT)
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const i = (n.textContent ?? '').indexOf(w)
        if (i < 0) continue
        n.parentElement?.scrollIntoView({ block: 'center' })
        const range = document.createRange()
        range.setStart(n, i)
        range.setEnd(n, i + w.length)
        const sel = window.getSelection()!
        sel.removeAllRanges()
        sel.addRange(range)
        return
      }
      throw new Error(`not found: ${w}`)
    }, words)
  }

  /** Puts the caret at the very end of the paragraph that holds `words` (after its closing marks). */
  async caretAtEndOf(words: string) {
    await this.selectParagraph(words, 'end')
  }

  /** Selects the whole text of the paragraph that holds `words` (as a drag across it would), or its end alone. */
  async selectParagraph(words: string, only: 'all' | 'end' = 'all') {
    await this.page.evaluate(
      ([w, part]) => {
        const root = document.querySelector('[data-testid="editor"]') as HTMLElement
        const block = [...root.children].find((b) => (b.textContent ?? '').includes(w!))
        if (!block) throw new Error(`not found: ${w}`)
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT)
        const nodes: Node[] = []
        for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n)
        const first = nodes[0]
        const last = nodes[nodes.length - 1]
        if (!first || !last) throw new Error(`no text in the paragraph of: ${w}`)
        const range = document.createRange()
        range.setStart(part === 'end' ? last : first, part === 'end' ? (last.textContent?.length ?? 0) : 0)
        range.setEnd(last, last.textContent?.length ?? 0)
        // Lexical takes a DOM selection on the (asynchronous) selectionchange event. A key pressed
        // before that event lands acts on the old caret, so wait for it and a frame after.
        const taken = new Promise<void>((done) => {
          document.addEventListener('selectionchange', () => requestAnimationFrame(() => requestAnimationFrame(() => done())), { once: true })
        })
        // The keys that follow go to the focused element, which need not be the text (a card, a button).
        root.focus({ preventScroll: true })
        window.getSelection()!.removeAllRanges()
        window.getSelection()!.addRange(range)
        return taken
      },
      [words, only] as const,
    )
  }

  /** Right-clicks the middle of the selected words; resolves once the context menu is shown. */
  async contextMenuOnSelection() {
    const box = await this.page.evaluate(() => {
      const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
      return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
    })
    await this.page.mouse.click(box.x, box.y, { button: 'right' })
    await expect(this.contextMenu()).toBeVisible()
  }

  contextMenu() {
    return this.page.getByTestId('context-menu')
  }

  /** Opens the export dialog, picks a format and downloads the file (browser mode); resolves to its text. */
  async exportAs(label: string | RegExp): Promise<{ name: string; text: string }> {
    await this.page.getByTestId('export-button').click()
    const dialog = this.page.getByTestId('export-dialog')
    await dialog.getByRole('radio', { name: label }).check()
    const [download] = await Promise.all([this.page.waitForEvent('download'), dialog.getByTestId('export-go').click()])
    const path = await download.path()
    const { readFileSync } = await import('node:fs')
    return { name: download.suggestedFilename(), text: readFileSync(path, 'utf8') }
  }

  /** Picks files in the Import dialog, as File > Import in the window would. */
  async importFiles(files: { name: string; text: string }[]) {
    await this.page.locator('#import-input').setInputFiles(files.map((f) => ({ name: f.name, mimeType: 'text/plain', buffer: Buffer.from(f.text) })))
  }

  /** Calls the host's contract directly, as the renderer does (for setting up a state quickly). */
  async api<T>(channel: string, input: unknown): Promise<T> {
    const res = await this.page.request.post(`${this.host.origin}/api/${channel}`, {
      headers: { 'x-wiremark-token': this.host.token, 'content-type': 'application/json' },
      data: input,
    })
    const body = (await res.json()) as { ok: boolean; value: T; error?: { message: string } }
    if (!body.ok) throw new Error(`${channel}: ${body.error?.message}`)
    return body.value
  }
}

export const test = base.extend<{ host: Host; app: WiremarkApp }>({
  // eslint-disable-next-line no-empty-pattern
  host: async ({}, use) => {
    const dataDir = mkdtempSync(join(tmpdir(), 'wiremark-e2e-'))
    const { host, proc } = await startHost(dataDir)
    await use(host)
    proc.kill()
    rmSync(dataDir, { recursive: true, force: true })
  },
  app: async ({ page, host }, use) => {
    // WIREMARK_CPU_THROTTLE=4 runs the page four times slower, as a loaded CI machine does: races
    // between a key and the editor's asynchronous updates show up here first.
    const throttle = Number(process.env.WIREMARK_CPU_THROTTLE ?? 0)
    if (throttle > 1) {
      const cdp = await page.context().newCDPSession(page)
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle })
    }
    const app = new WiremarkApp(page, host)
    await use(app)
  },
})

export { expect }
