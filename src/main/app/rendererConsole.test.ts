import { describe, expect, it } from 'vitest'
import { rendererLogLine } from './rendererConsole'

describe("the window's console in the main process's log", () => {
  it("logs the analysis worker's fallback to the main thread as a warning, with where it came from", () => {
    expect(
      rendererLogLine({
        level: 'warning',
        message: 'Wiremark: the analysis worker failed; analysing on the main thread Failed to load',
        sourceId: 'app://wiremark/assets/index-Ab12.js',
        lineNumber: 31,
      }),
    ).toEqual({ level: 'warn', text: 'renderer: Wiremark: the analysis worker failed; analysing on the main thread Failed to load (assets/index-Ab12.js:31)' })
  })

  it('logs errors; leaves info and debug lines in DevTools', () => {
    expect(rendererLogLine({ level: 'error', message: 'boom' })).toEqual({ level: 'error', text: 'renderer: boom' })
    expect(rendererLogLine({ level: 'info', message: 'hello' })).toBeNull()
    expect(rendererLogLine({ level: 'debug', message: 'hello' })).toBeNull()
  })
})
