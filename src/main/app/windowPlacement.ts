import { restoreBounds, type WindowBounds } from './windowOptions'

/** A rectangle in screen coordinates (DIPs), as Electron's Display.workArea. */
export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

/** What window-state.json holds: the normal (unmaximized) bounds and whether the window was maximized. */
export interface SavedWindowState {
  bounds: WindowBounds
  maximized: boolean
}

/** Reads window-state.json's content: bounds as restoreBounds() accepts them, plus `maximized` (false unless true). */
export function readWindowState(saved: unknown): SavedWindowState {
  const maximized = !!saved && typeof saved === 'object' && (saved as { maximized?: unknown }).maximized === true
  return { bounds: restoreBounds(saved), maximized }
}

const overlap = (a: Rect, b: Rect) =>
  Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)) * Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y))

const clamp = (v: number, lo: number, hi: number) => Math.min(Math.max(v, lo), Math.max(lo, hi))

/**
 * Where the window opens, fully on a screen: the saved bounds on the display they overlap most (what
 * screen.getDisplayMatching picks), shrunk to fit its work area (taskbar and dock excluded) and moved inside it.
 * Bounds that overlap no display now (a monitor unplugged, a laptop undocked) or that have no position are centred on
 * the primary display's work area.
 */
export function placeWindow(saved: WindowBounds, workAreas: readonly Rect[], primary: Rect): Rect {
  const fit = (area: Rect) => ({ width: Math.min(saved.width, area.width), height: Math.min(saved.height, area.height) })
  if (saved.x !== undefined && saved.y !== undefined) {
    const rect = { x: saved.x, y: saved.y, width: saved.width, height: saved.height }
    let best: Rect | null = null
    let bestArea = 0
    for (const area of workAreas) {
      const o = overlap(rect, area)
      if (o > bestArea) {
        best = area
        bestArea = o
      }
    }
    if (best) {
      const { width, height } = fit(best)
      return {
        x: clamp(saved.x, best.x, best.x + best.width - width),
        y: clamp(saved.y, best.y, best.y + best.height - height),
        width,
        height,
      }
    }
  }
  const { width, height } = fit(primary)
  return { x: primary.x + Math.round((primary.width - width) / 2), y: primary.y + Math.round((primary.height - height) / 2), width, height }
}
