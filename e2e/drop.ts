import type { Page } from '@playwright/test'

/**
 * Drags paths from "the desktop" onto the middle of the window and drops them there: CDP's Input.dispatchDragEvent
 * hands Chromium real paths as the system's drag and drop would, so the page gets File objects and, for a folder,
 * a directory entry (webkitGetAsEntry). Works in browser mode and in the Electron window alike.
 */
export async function dropPaths(page: Page, paths: string[]) {
  const cdp = await page.context().newCDPSession(page)
  const size = page.viewportSize() ?? (await page.evaluate(() => ({ width: window.innerWidth, height: window.innerHeight })))
  const at = { x: Math.round(size.width / 2), y: Math.round(size.height / 2) }
  const data = { items: [], files: paths, dragOperationsMask: 1 }
  for (const type of ['dragEnter', 'dragOver', 'drop'] as const) await cdp.send('Input.dispatchDragEvent', { type, ...at, data })
  await cdp.detach()
}
