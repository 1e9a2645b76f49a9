import { describe, expect, it } from 'vitest'
import { libraryPath, userDataDir } from './paths'

describe('userDataDir', () => {
  it('matches Electron userData on each platform', () => {
    expect(userDataDir({}, 'linux', '/home/ed')).toBe('/home/ed/.config/Wiremark')
    expect(userDataDir({ XDG_CONFIG_HOME: '/x' }, 'linux', '/home/ed')).toBe('/x/Wiremark')
    expect(userDataDir({}, 'darwin', '/Users/ed')).toBe('/Users/ed/Library/Application Support/Wiremark')
    expect(userDataDir({ APPDATA: 'C:\\Users\\ed\\AppData\\Roaming' }, 'win32', 'C:\\Users\\ed')).toMatch(/Roaming.Wiremark$/)
  })
  it('can be overridden for tests and portable use', () => {
    expect(userDataDir({ WIREMARK_DATA_DIR: '/tmp/w' }, 'linux', '/home/ed')).toBe('/tmp/w')
    expect(libraryPath('/tmp/w')).toBe('/tmp/w/library.sqlite')
  })
})
