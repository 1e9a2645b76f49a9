/** Whether the window runs on macOS, where shortcuts use ⌘ (and ⌥, ⇧) rather than Ctrl (Alt, Shift). */
export function isMac(platform: string = navigatorPlatform()): boolean {
  return /^mac|iphone|ipad/i.test(platform)
}

function navigatorPlatform(): string {
  const nav = globalThis.navigator as (Navigator & { userAgentData?: { platform?: string } }) | undefined
  return nav?.userAgentData?.platform ?? nav?.platform ?? ''
}

const MAC_KEYS: Record<string, string> = { ctrl: '⌘', cmd: '⌘', mod: '⌘', alt: '⌥', option: '⌥', shift: '⇧' }
const PC_KEYS: Record<string, string> = { ctrl: 'Ctrl', cmd: 'Ctrl', mod: 'Ctrl', alt: 'Alt', option: 'Alt', shift: 'Shift' }

/**
 * A shortcut as this platform writes it: `shortcutLabel('Ctrl+Shift+\\')` is "Ctrl+Shift+\" on Windows and Linux
 * and "⇧⌘\" on macOS (modifiers in Apple's order: ⌃ ⌥ ⇧ ⌘, then the key). "Ctrl", "Cmd" and "Mod" all mean the
 * platform's command key; a lone key ("J", "?") is returned as it is.
 */
export function shortcutLabel(keys: string, platform?: string): string {
  const mac = isMac(platform)
  // split on "+" between keys, keeping a "+" that is itself the key ("Ctrl++")
  const parts = keys.split(/\+(?!$)/).map((p) => p.trim())
  const key = parts.pop() ?? ''
  const mods = parts.map((p) => p.toLowerCase())
  if (!mac) return [...mods.map((m) => PC_KEYS[m] ?? m), key].join('+')
  const order = ['alt', 'option', 'shift', 'ctrl', 'cmd', 'mod']
  const sorted = [...mods].sort((a, b) => order.indexOf(a) - order.indexOf(b))
  return `${sorted.map((m) => MAC_KEYS[m] ?? m).join('')}${key}`
}
