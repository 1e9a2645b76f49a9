// Opening the default browser for `npm start` in browser mode, as `vite --open` does. Never fails: where there is
// no browser (a server, a container, CI) the URL printed above is what the user opens.
import { spawn } from 'node:child_process'

/**
 * The command that opens `url` in the default browser on this platform, or null where none can: no display on
 * Linux and the BSDs, or CI. Windows' `start` is a shell builtin, so it runs through cmd with an empty title.
 */
export function browserCommand(url, platform = process.platform, env = process.env) {
  if (env.CI) return null
  if (platform === 'darwin') return { command: 'open', args: [url] }
  if (platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url.replace(/&/g, '^&')] }
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null
  return { command: 'xdg-open', args: [url] }
}

/** `--no-open` taken out of the arguments: what remains goes to the host. */
export function takeNoOpen(args) {
  const rest = args.filter((a) => a !== '--no-open')
  return { open: rest.length === args.length, rest }
}

/** Opens `url` in the default browser if there is one; says in one line when it cannot, and carries on. */
export function openBrowser(url, log = console.log) {
  const cmd = browserCommand(url)
  if (!cmd) {
    log('No browser to open here: open the address above in one.')
    return
  }
  try {
    const child = spawn(cmd.command, cmd.args, { stdio: 'ignore', detached: true, windowsVerbatimArguments: process.platform === 'win32' })
    child.on('error', (e) => log(`Could not open a browser (${cmd.command}: ${e.message}): open the address above in one.`))
    child.unref()
  } catch (e) {
    log(`Could not open a browser (${cmd.command}: ${e instanceof Error ? e.message : String(e)}): open the address above in one.`)
  }
}
