import { describe, expect, it } from 'vitest'
import { placeWindow, readWindowState } from './windowPlacement'

// A 1920x1080 primary with a taskbar at the bottom, and a 1280x1024 monitor to its right.
const primary = { x: 0, y: 0, width: 1920, height: 1040 }
const right = { x: 1920, y: 0, width: 1280, height: 984 }
const areas = [primary, right]

describe('where the window opens', () => {
  it('keeps saved bounds that fit the work area as they are', () => {
    expect(placeWindow({ x: 100, y: 50, width: 1400, height: 900 }, areas, primary)).toEqual({ x: 100, y: 50, width: 1400, height: 900 })
    expect(placeWindow({ x: 2000, y: 20, width: 1000, height: 800 }, areas, primary)).toEqual({ x: 2000, y: 20, width: 1000, height: 800 })
  })

  it('pulls a window hanging off the edge or under the taskbar back inside the work area of its display', () => {
    expect(placeWindow({ x: 1500, y: 500, width: 1000, height: 900 }, [primary], primary)).toEqual({ x: 920, y: 140, width: 1000, height: 900 })
    expect(placeWindow({ x: -300, y: -40, width: 1000, height: 700 }, areas, primary)).toEqual({ x: 0, y: 0, width: 1000, height: 700 })
  })

  it('shrinks a window larger than the work area of the display it is mostly on', () => {
    expect(placeWindow({ x: 1900, y: 0, width: 1400, height: 1000 }, areas, primary)).toEqual({ x: 1920, y: 0, width: 1280, height: 984 })
  })

  it('centres on the primary display when the saved display is gone (monitor unplugged) or there is no position', () => {
    expect(placeWindow({ x: 2000, y: 100, width: 1000, height: 800 }, [primary], primary)).toEqual({ x: 460, y: 120, width: 1000, height: 800 })
    expect(placeWindow({ width: 1400, height: 900 }, areas, primary)).toEqual({ x: 260, y: 70, width: 1400, height: 900 })
    expect(placeWindow({ width: 3000, height: 2000 }, areas, primary)).toEqual({ x: 0, y: 0, width: 1920, height: 1040 })
  })

  it('centres within a primary display that does not start at 0,0 (macOS menu bar, a monitor left of it)', () => {
    const mac = { x: 0, y: 25, width: 1440, height: 875 }
    expect(placeWindow({ width: 1000, height: 700 }, [mac], mac)).toEqual({ x: 220, y: 113, width: 1000, height: 700 })
  })
})

describe('window-state.json', () => {
  it('reads bounds and the maximized state; anything else is not maximized', () => {
    expect(readWindowState({ x: 1, y: 2, width: 1000, height: 700, maximized: true })).toEqual({ bounds: { x: 1, y: 2, width: 1000, height: 700 }, maximized: true })
    expect(readWindowState({ width: 1000, height: 700, maximized: 'yes' })).toEqual({ bounds: { width: 1000, height: 700 }, maximized: false })
    expect(readWindowState(null)).toEqual({ bounds: { width: 1400, height: 900 }, maximized: false })
  })
})
