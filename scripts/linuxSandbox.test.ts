import { describe, expect, it } from 'vitest'
import { appArmorProfile, sandboxAdvice } from './linuxSandbox.mjs'

const sandboxPath = '/home/ed/wiremark/node_modules/electron/dist/chrome-sandbox'
const suidRoot = { uid: 0, mode: 0o104755 }
const userOwned = { uid: 1000, mode: 0o100755 }

describe('npm start on Linux: the Chromium sandbox under Ubuntu 24.04 user-namespace restrictions', () => {
  it('explains the three fixes when namespaces are restricted and chrome-sandbox is not setuid root', () => {
    const advice = sandboxAdvice({ platform: 'linux', restrict: '1\n', sandbox: userOwned, sandboxPath })
    expect(advice).toContain('kernel.apparmor_restrict_unprivileged_userns=1')
    expect(advice).toContain('owned by uid 1000 with mode 755, not root with 4755')
    expect(advice).toContain(`sudo chown root:root ${sandboxPath} && sudo chmod 4755 ${sandboxPath}`)
    expect(advice).toContain('sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0')
    expect(advice).toContain('profile wiremark-electron /home/ed/wiremark/node_modules/electron/dist/electron flags=(unconfined)')
    expect(advice).toContain('WIREMARK_BROWSER=1 npm start')
  })

  it('says so when chrome-sandbox is missing', () => {
    expect(sandboxAdvice({ platform: 'linux', restrict: '1', sandbox: null, sandboxPath })).toContain(`${sandboxPath} is missing`)
  })

  it('a root-owned helper without the setuid bit is still not enough', () => {
    expect(sandboxAdvice({ platform: 'linux', restrict: '1', sandbox: { uid: 0, mode: 0o100755 }, sandboxPath })).toContain('mode 755')
  })

  it('stays quiet where the sandbox can start', () => {
    expect(sandboxAdvice({ platform: 'linux', restrict: '1', sandbox: suidRoot, sandboxPath })).toBeNull()
    expect(sandboxAdvice({ platform: 'linux', restrict: '0\n', sandbox: userOwned, sandboxPath })).toBeNull()
    expect(sandboxAdvice({ platform: 'linux', restrict: null, sandbox: userOwned, sandboxPath })).toBeNull()
    expect(sandboxAdvice({ platform: 'darwin', restrict: '1', sandbox: null, sandboxPath })).toBeNull()
    expect(sandboxAdvice({ platform: 'win32', restrict: '1', sandbox: null, sandboxPath })).toBeNull()
  })

  it('the AppArmor profile grants userns to that one binary only', () => {
    const p = appArmorProfile('/opt/Wiremark/wiremark')
    expect(p.split('\n')).toEqual([
      'abi <abi/4.0>,',
      'include <tunables/global>',
      'profile wiremark-electron /opt/Wiremark/wiremark flags=(unconfined) {',
      '  userns,',
      '  include if exists <local/wiremark-electron>',
      '}',
    ])
  })
})
