import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { KIND_PALETTE } from './palette'

const css = readFileSync(resolve(__dirname, '../../renderer/styles/app.css'), 'utf8')
// The :root blocks that hold the kinds' colours: light first, then the dark-mode one.
const [light, dark] = [...css.matchAll(/:root\s*\{([^}]*)\}/g)].map((m) => m[1] ?? '').filter((b) => b.includes('--k-quote'))

describe("the desk's colours", () => {
  it('are the palette the reports use, in light and dark mode', () => {
    for (const [kind, c] of Object.entries(KIND_PALETTE)) {
      expect(light).toContain(`--k-${kind}: ${c.base};`)
      expect(dark).toContain(`--k-${kind}: ${c.dark};`)
    }
  })
})
