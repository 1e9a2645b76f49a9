import { describe, expect, it } from 'vitest'
import { createFlushAcks } from '../services/flushAcks'
import { installQuitSequence, type QuitApp, type QuitWindow } from './quit'

// The quit sequence against a fake app, window and services: the window saves before the library closes, and
// the library closes before the app quits, on every way out.
function fakes(answer: 'answers' | 'silent') {
  const log: string[] = []
  const appListeners: ((e: { preventDefault: () => void }) => void)[] = []
  const winListeners: ((e: { preventDefault: () => void }) => void)[] = []
  let destroyed = false
  const acks = createFlushAcks()
  const app: QuitApp & { fire: () => boolean } = {
    on: (_e, l) => void appListeners.push(l),
    quit: () => {
      log.push('app.quit')
      if (!app.fire()) log.push('quit went through')
    },
    // Fires before-quit; true when a listener held the quit back.
    fire: () => {
      let held = false
      for (const l of appListeners) l({ preventDefault: () => (held = true) })
      return held
    },
  }
  const win: QuitWindow & { fire: () => boolean } = {
    on: (_e, l) => void winListeners.push(l),
    close: () => {
      log.push('win.close')
      if (!win.fire()) {
        destroyed = true
        log.push('window closed')
      }
    },
    isDestroyed: () => destroyed,
    fire: () => {
      let held = false
      for (const l of winListeners) l({ preventDefault: () => (held = true) })
      return held
    },
  }
  const sequence = installQuitSequence({
    app,
    getWindow: () => (destroyed ? null : win),
    flushWindow: () =>
      acks.request((id) => {
        log.push('flush asked')
        if (answer === 'answers') setTimeout(() => (log.push('window saved'), acks.ack(id, true)), 5)
      }, 50),
    closeServices: () => log.push('services closed'),
  })
  sequence.watchWindow(win)
  return { app, win, log, acks }
}

const settle = () => new Promise((r) => setTimeout(r, 100))

describe('quitting', () => {
  it('Cmd+Q / File > Quit: the window saves, then the library closes, then the app quits', async () => {
    const { app, log } = fakes('answers')
    app.quit()
    await settle()
    expect(log).toEqual(['app.quit', 'flush asked', 'window saved', 'services closed', 'app.quit', 'quit went through'])
  })

  it('closing the window: it saves before it closes; the quit that follows does not ask again', async () => {
    const { app, win, log } = fakes('answers')
    win.close()
    await settle()
    expect(log).toEqual(['win.close', 'flush asked', 'window saved', 'win.close', 'window closed'])
    app.quit()
    await settle()
    expect(log.slice(5)).toEqual(['app.quit', 'services closed', 'app.quit', 'quit went through'])
  })

  it('a window that does not answer does not keep the app open', async () => {
    const { app, log } = fakes('silent')
    app.quit()
    await settle()
    expect(log).toEqual(['app.quit', 'flush asked', 'services closed', 'app.quit', 'quit went through'])
  })

  it('a second quit while the window saves waits for the same save', async () => {
    const { app, log } = fakes('answers')
    app.quit()
    app.quit()
    await settle()
    expect(log.filter((l) => l === 'flush asked')).toHaveLength(1)
    expect(log.filter((l) => l === 'services closed')).toHaveLength(1)
  })
})

describe('flush answers', () => {
  it('resolve the waiting request by id; an unknown or late id is ignored', async () => {
    const acks = createFlushAcks()
    let sent = ''
    const answer = acks.request((id) => (sent = id), 1000)
    expect(acks.ack('flush-unknown', true)).toBe(false)
    expect(acks.ack(sent, false)).toBe(true)
    await expect(answer).resolves.toBe('failed')
    expect(acks.ack(sent, true)).toBe(false)
  })
})

describe('macOS: the app outlives its window', () => {
  it('a window reopened by activate saves again when it closes, and quitting then asks nobody', async () => {
    const log: string[] = []
    const acks = createFlushAcks()
    const makeWindow = (name: string) => {
      const listeners: ((e: { preventDefault: () => void }) => void)[] = []
      let destroyed = false
      const w: QuitWindow = {
        on: (_e, l) => void listeners.push(l),
        close: () => {
          let held = false
          for (const l of listeners) l({ preventDefault: () => (held = true) })
          if (!held) {
            destroyed = true
            log.push(`${name} closed`)
          }
        },
        isDestroyed: () => destroyed,
      }
      return w
    }
    let current: QuitWindow | null = null
    const appListeners: ((e: { preventDefault: () => void }) => void)[] = []
    const app: QuitApp = {
      on: (_e, l) => void appListeners.push(l),
      quit: () => {
        let held = false
        for (const l of appListeners) l({ preventDefault: () => (held = true) })
        if (!held) log.push('quit went through')
      },
    }
    const sequence = installQuitSequence({
      app,
      getWindow: () => (current && !current.isDestroyed() ? current : null),
      flushWindow: () => acks.request((id) => (log.push('flush asked'), setTimeout(() => acks.ack(id, true), 5)), 50),
      closeServices: () => log.push('services closed'),
    })
    const first = makeWindow('first')
    current = first
    sequence.watchWindow(first)
    first.close()
    await settle()
    const second = makeWindow('second')
    current = second
    sequence.watchWindow(second)
    second.close()
    await settle()
    expect(log).toEqual(['flush asked', 'first closed', 'flush asked', 'second closed'])
    app.quit()
    await settle()
    expect(log.slice(4)).toEqual(['services closed', 'quit went through'])
  })
})
