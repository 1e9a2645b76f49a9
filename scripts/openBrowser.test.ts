import { describe, expect, it } from 'vitest'
import { browserCommand, takeNoOpen } from './openBrowser.mjs'

const URL = 'http://127.0.0.1:41303/?token=abc&x=1'

describe('npm start opens the default browser in browser mode', () => {
  it('uses open on macOS, xdg-open on Linux with a display, start through cmd on Windows', () => {
    expect(browserCommand(URL, 'darwin', {})).toEqual({ command: 'open', args: [URL] })
    expect(browserCommand(URL, 'linux', { DISPLAY: ':0' })).toEqual({ command: 'xdg-open', args: [URL] })
    expect(browserCommand(URL, 'linux', { WAYLAND_DISPLAY: 'wayland-0' })).toEqual({ command: 'xdg-open', args: [URL] })
    expect(browserCommand(URL, 'win32', {})).toEqual({ command: 'cmd', args: ['/c', 'start', '""', 'http://127.0.0.1:41303/?token=abc^&x=1'] })
  })

  it('opens nothing where there is no browser: Linux without a display, or CI', () => {
    expect(browserCommand(URL, 'linux', {})).toBeNull()
    expect(browserCommand(URL, 'darwin', { CI: 'true' })).toBeNull()
  })

  it('takes --no-open out of the arguments the host gets', () => {
    expect(takeNoOpen(['--port', '4000', '--no-open'])).toEqual({ open: false, rest: ['--port', '4000'] })
    expect(takeNoOpen(['--port', '4000'])).toEqual({ open: true, rest: ['--port', '4000'] })
  })
})
