// Ubuntu 23.10+ (and 24.04 by default) sets kernel.apparmor_restrict_unprivileged_userns=1: an unconfined program
// may not create the user namespace Chromium's sandbox needs. Electron then falls back to the setuid helper
// chrome-sandbox, and where that is not owned by root with mode 4755 (an npm install never makes it so) it aborts
// with "The SUID sandbox helper binary was found, but is not configured correctly". `npm start` checks first and
// says what to do instead.
import { statSync, readFileSync } from 'node:fs'

/**
 * What to tell the user before Electron starts on Linux, or null when the sandbox can start: not Linux, user
 * namespaces not restricted (the file is absent or reads 0), or a chrome-sandbox owned by root with the setuid bit.
 * `restrict` is the text of /proc/sys/kernel/apparmor_restrict_unprivileged_userns (null when it cannot be read);
 * `sandbox` is chrome-sandbox's owner and mode (null when it is missing).
 */
export function sandboxAdvice({ platform, restrict, sandbox, sandboxPath }) {
  if (platform !== 'linux') return null
  if (restrict === null || restrict.trim() !== '1') return null
  if (sandbox && sandbox.uid === 0 && (sandbox.mode & 0o4000) !== 0) return null
  const state = sandbox
    ? `${sandboxPath} is owned by uid ${sandbox.uid} with mode ${(sandbox.mode & 0o7777).toString(8)}, not root with 4755`
    : `${sandboxPath} is missing`
  return [
    'Electron cannot start its sandbox here.',
    `This system restricts unprivileged user namespaces (kernel.apparmor_restrict_unprivileged_userns=1, the default on Ubuntu 24.04 and later), and ${state}.`,
    'Do one of these, then run `npm start` again:',
    `  1. Make the sandbox helper setuid root (for this checkout; npm install undoes it):`,
    `       sudo chown root:root ${sandboxPath} && sudo chmod 4755 ${sandboxPath}`,
    '  2. Or allow user namespaces until the next reboot (the whole machine):',
    '       sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0',
    '  3. Or give this Electron an AppArmor profile that allows them (what Ubuntu does for Chrome), in',
    '     /etc/apparmor.d/wiremark-electron, then `sudo apparmor_parser -r /etc/apparmor.d/wiremark-electron`:',
    ...appArmorProfile(sandboxPath.replace(/chrome-sandbox$/, 'electron')).split('\n').map((l) => `       ${l}`),
    'Or run Wiremark in the browser instead: WIREMARK_BROWSER=1 npm start',
    'Installed builds: the .deb sets chrome-sandbox up as root itself; the AppImage cannot (see README, Linux).',
  ].join('\n')
}

/** An AppArmor profile that lets one Electron binary create user namespaces, as Ubuntu ships for Chrome. */
export function appArmorProfile(electronPath) {
  return [
    'abi <abi/4.0>,',
    'include <tunables/global>',
    `profile wiremark-electron ${electronPath} flags=(unconfined) {`,
    '  userns,',
    '  include if exists <local/wiremark-electron>',
    '}',
  ].join('\n')
}

/** Reads this machine's state and returns sandboxAdvice() for it. Never throws. */
export function checkLinuxSandbox(sandboxPath, platform = process.platform) {
  if (platform !== 'linux') return null
  let restrict = null
  try {
    restrict = readFileSync('/proc/sys/kernel/apparmor_restrict_unprivileged_userns', 'utf8')
  } catch {
    // No such sysctl (not Ubuntu, or an older kernel): user namespaces are not restricted this way.
    restrict = null
  }
  let sandbox = null
  try {
    const s = statSync(sandboxPath)
    sandbox = { uid: s.uid, mode: s.mode }
  } catch {
    // Missing helper: sandboxAdvice says so.
    sandbox = null
  }
  return sandboxAdvice({ platform, restrict, sandbox, sandboxPath })
}
