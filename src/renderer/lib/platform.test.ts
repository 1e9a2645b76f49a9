import { describe, expect, it } from 'vitest'
import { isMac, shortcutLabel } from './platform'

describe('shortcutLabel', () => {
  it('writes Ctrl, Alt and Shift on Windows and Linux', () => {
    expect(shortcutLabel('Ctrl+\\', 'Win32')).toBe('Ctrl+\\')
    expect(shortcutLabel('Ctrl+Shift+\\', 'Linux x86_64')).toBe('Ctrl+Shift+\\')
    expect(shortcutLabel('Alt+Shift+C', 'Windows')).toBe('Alt+Shift+C')
    expect(shortcutLabel('Mod+K', 'Linux')).toBe('Ctrl+K')
  })

  it('writes ⌘, ⌥ and ⇧ on macOS, in Apple\'s order and without plus signs', () => {
    expect(shortcutLabel('Ctrl+\\', 'MacIntel')).toBe('⌘\\')
    expect(shortcutLabel('Ctrl+Shift+\\', 'macOS')).toBe('⇧⌘\\')
    expect(shortcutLabel('Shift+Alt+C', 'MacIntel')).toBe('⌥⇧C')
  })

  it('leaves a lone key alone and keeps "+" as a key', () => {
    expect(shortcutLabel('J', 'MacIntel')).toBe('J')
    expect(shortcutLabel('?', 'Win32')).toBe('?')
    expect(shortcutLabel('Ctrl++', 'Win32')).toBe('Ctrl++')
    expect(shortcutLabel('Ctrl++', 'MacIntel')).toBe('⌘+')
  })

  it('tells macOS from the platform string', () => {
    expect(isMac('MacIntel')).toBe(true)
    expect(isMac('macOS')).toBe(true)
    expect(isMac('Win32')).toBe(false)
    expect(isMac('Linux x86_64')).toBe(false)
    expect(isMac('')).toBe(false)
  })
})
