import { describe, expect, it } from 'vitest'
import { electronNativeBinding, libraryPath, userDataDir } from './paths'

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

describe('electronNativeBinding: one SQLite build per situation', () => {
  const all = () => true
  it('plain Node uses the package build', () => {
    expect(electronNativeBinding('/src/wiremark', undefined, all)).toBeUndefined()
  })
  it("a packaged app uses the package build electron-builder rebuilt for Electron, never a checkout's native/", () => {
    expect(electronNativeBinding('/opt/Wiremark/resources/app.asar', '41.7.1', all)).toBeUndefined()
    expect(electronNativeBinding('C:\\Program Files\\Wiremark\\resources\\app.asar', '41.7.1', all)).toBeUndefined()
  })
  it('Electron from a checkout uses native/electron when the install step built it', () => {
    expect(electronNativeBinding('/src/wiremark', '41.7.1', all)).toBe('/src/wiremark/native/electron/better_sqlite3.node')
    expect(electronNativeBinding('/src/wiremark', '41.7.1', () => false)).toBeUndefined()
  })
})
