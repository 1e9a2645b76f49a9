import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createAutosaver, pageClock, SAVE_AFTER_MS, TYPING_GAP_MS, type SaveRun, type SaveState } from './autosaver'

// The autosaver against fake timers and a fake save: `unsaved` is what waits to be sent, each call records when it
// was made and what it was told, and may be held back (`gate`) or refused (`refuse`).
let unsaved = 0
let heldBack = false
let state: SaveState = 'saved'
let savedAt: string | null = null
let refuse = false
let gate: Promise<void> | null = null
const calls: { at: number; inPieces: boolean; typing: boolean }[] = []
let pausesDone = 0

const call = async (run: SaveRun): Promise<boolean> => {
  calls.push({ at: performance.now(), inPieces: run.inPieces, typing: run.typing() })
  const sending = unsaved
  if (run.inPieces) {
    await run.pause()
    pausesDone++
  }
  if (gate) await gate
  if (refuse) return false
  unsaved -= sending
  return true
}

/** Holds the fake save's answers back until the function returned is called. */
const holdSaves = () => {
  let release = () => {}
  gate = new Promise<void>((r) => (release = r))
  return () => {
    release()
  }
}

/** Lets the task a pause waits for run (a fake timer of 0 ms scheduled during a tick is due a millisecond later). */
const aTaskLater = () => vi.advanceTimersByTimeAsync(1)

const makeSaver = (send: (run: SaveRun) => Promise<boolean> = call) =>
  createAutosaver({
    call: send,
    clock: pageClock,
    pending: () => unsaved > 0,
    held: () => heldBack,
    state: () => state,
    setState: (s, at) => {
      state = s
      if (at !== undefined) savedAt = at
    },
  })

/** A change the store made: one more thing to send, and the autosave asked for. */
const change = (saver: ReturnType<typeof makeSaver>) => {
  unsaved++
  saver.schedule()
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance', 'Date'] })
  unsaved = 0
  heldBack = false
  state = 'saved'
  savedAt = null
  refuse = false
  gate = null
  calls.length = 0
  pausesDone = 0
})
afterEach(() => vi.useRealTimers())

describe('the autosave after a pause', () => {
  it('saves a second after a change followed by quiet, in pieces, and then says Saved with the time', async () => {
    const saver = makeSaver()
    change(saver)
    expect(state).toBe('dirty')
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS - 1)
    expect(calls).toEqual([])
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toEqual([{ at: SAVE_AFTER_MS, inPieces: true, typing: false }])
    await aTaskLater()
    expect(state).toBe('saved')
    expect(savedAt).toBe(new Date().toISOString())
    expect(unsaved).toBe(0)
    // Nothing more goes while nothing changes.
    await vi.advanceTimersByTimeAsync(10 * SAVE_AFTER_MS)
    expect(calls).toHaveLength(1)
  })

  it('counts the second from the first change it does not hold, not from the latest', async () => {
    const saver = makeSaver()
    change(saver)
    await vi.advanceTimersByTimeAsync(600)
    change(saver)
    await vi.advanceTimersByTimeAsync(400)
    expect(calls.map((c) => c.at)).toEqual([SAVE_AFTER_MS])
    await aTaskLater()
    expect(unsaved).toBe(0)
  })

  it('says "Saving" while a save is on its way', async () => {
    const saver = makeSaver()
    const release = holdSaves()
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS + 10)
    expect(state).toBe('saving')
    release()
    await aTaskLater()
    expect(state).toBe('saved')
  })
})

describe('unbroken typing', () => {
  it('saves every second while keys keep coming, and tells the save that the editor is typing', async () => {
    const saver = makeSaver()
    // A key every 100 ms for 3.5 s; the text is read out with each key.
    for (let t = 0; t < 3500; t += 100) {
      saver.edited()
      saver.readOut()
      change(saver)
      await vi.advanceTimersByTimeAsync(100)
    }
    // Each save is due a second after the text the save before it held: the keys after it are the unsaved ones.
    expect(calls.map((c) => c.at)).toEqual([1000, 1900, 2800])
    expect(calls.every((c) => c.typing)).toBe(true)
    // The save after the typing stops knows it.
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    expect(calls).toHaveLength(4)
    expect(calls[3]).toMatchObject({ typing: false })
    await aTaskLater()
    expect(state).toBe('saved')
  })

  it('says unsaved from the first key, before the text reaches the store', () => {
    const saver = makeSaver()
    saver.edited()
    expect(state).toBe('dirty')
  })

  it('a key leaves "Saving" and an error as they are', async () => {
    const saver = makeSaver()
    const release = holdSaves()
    change(saver)
    const saving = saver.flush()
    saver.edited()
    expect(state).toBe('saving')
    refuse = true
    release()
    await saving
    expect(state).toBe('error')
    saver.edited()
    expect(state).toBe('error')
  })

  it('typing() answers at the time it is asked: a key TYPING_GAP_MS ago no longer counts', async () => {
    let typing: (() => boolean) | null = null
    const saver = makeSaver(async (run) => {
      typing = run.typing
      unsaved = 0
      return true
    })
    saver.edited()
    change(saver)
    await saver.flush()
    expect(typing!()).toBe(true)
    await vi.advanceTimersByTimeAsync(TYPING_GAP_MS - 1)
    expect(typing!()).toBe(true)
    await vi.advanceTimersByTimeAsync(1)
    expect(typing!()).toBe(false)
  })

  it('a key after the text that was sent keeps the indicator on unsaved, and the next save is due a second after that text', async () => {
    const saver = makeSaver()
    saver.edited()
    saver.readOut()
    change(saver)
    const release = holdSaves()
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    expect(calls).toHaveLength(1)
    // A key arrives while the save is on its way; its text is not read out yet.
    await vi.advanceTimersByTimeAsync(100)
    saver.edited()
    release()
    await aTaskLater()
    expect(state).toBe('dirty')
    // The text is read out later; the save is due a second after the text the last save held (at 0), i.e. now.
    await vi.advanceTimersByTimeAsync(300)
    saver.readOut()
    change(saver)
    await aTaskLater()
    expect(calls).toHaveLength(2)
    await aTaskLater()
    expect(state).toBe('saved')
  })
})

describe('a save on blur', () => {
  it('sends at once, without pauses, and the autosave that was due does not go as well', async () => {
    const saver = makeSaver()
    change(saver)
    await vi.advanceTimersByTimeAsync(300)
    await saver.flush()
    expect(calls).toEqual([{ at: 300, inPieces: false, typing: false }])
    expect(pausesDone).toBe(0)
    expect(state).toBe('saved')
    await vi.advanceTimersByTimeAsync(5 * SAVE_AFTER_MS)
    expect(calls).toHaveLength(1)
  })

  it('with nothing to send, says Saved once every key is read out and nothing is held', async () => {
    const saver = makeSaver()
    saver.edited()
    await saver.flush()
    expect(calls).toEqual([])
    // A key not read out of the editor yet: its own save follows the read.
    expect(state).toBe('dirty')
    saver.readOut()
    heldBack = true
    await saver.flush()
    expect(state).toBe('dirty')
    heldBack = false
    await saver.flush()
    expect(state).toBe('saved')
    expect(calls).toEqual([])
  })

  it('with nothing to send leaves an error as it is', async () => {
    const saver = makeSaver()
    state = 'error'
    await saver.flush()
    expect(state).toBe('error')
  })

  it('a change held outside the save (a note being typed) keeps the indicator on unsaved after the save', async () => {
    const saver = makeSaver()
    change(saver)
    heldBack = true
    saver.touched()
    await saver.flush()
    expect(calls).toHaveLength(1)
    expect(state).toBe('dirty')
  })

  it('touched() turns Saved into unsaved, and leaves Saving and an error as they are', () => {
    const saver = makeSaver()
    saver.touched()
    expect(state).toBe('dirty')
    for (const s of ['saving', 'error'] as const) {
      state = s
      saver.touched()
      expect(state).toBe(s)
    }
  })
})

describe('a failed save', () => {
  /** An autosave that the Node side refused. */
  const failedAutosave = async () => {
    const saver = makeSaver()
    refuse = true
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    await aTaskLater()
    expect(state).toBe('error')
    return saver
  }

  /** A save on blur that the Node side refused; the next one is accepted. */
  const failedBlurSave = async () => {
    const saver = makeSaver()
    refuse = true
    change(saver)
    await saver.flush()
    expect(state).toBe('error')
    refuse = false
    return saver
  }

  it('says so, keeps what was not sent and does not retry by itself', async () => {
    await failedAutosave()
    expect(unsaved).toBe(1)
    const savedBefore = savedAt
    await vi.advanceTimersByTimeAsync(10 * SAVE_AFTER_MS)
    expect(calls).toHaveLength(1)
    expect(savedAt).toBe(savedBefore)
  })

  it('is retried with the next change, at once when the change that failed is older than a second', async () => {
    const saver = await failedAutosave()
    refuse = false
    await vi.advanceTimersByTimeAsync(5000)
    change(saver)
    expect(state).toBe('dirty')
    expect(calls).toHaveLength(1)
    await aTaskLater()
    expect(calls).toHaveLength(2)
    await aTaskLater()
    expect(state).toBe('saved')
    expect(unsaved).toBe(0)
  })

  it('a failure soon after the change that failed retries a second after that change', async () => {
    const saver = await failedBlurSave()
    await vi.advanceTimersByTimeAsync(400)
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS - 400 - 1)
    expect(calls).toHaveLength(1)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls.map((c) => c.at)).toEqual([0, SAVE_AFTER_MS])
  })

  it('is retried by a save on blur', async () => {
    const saver = await failedBlurSave()
    await saver.flush()
    expect(calls).toHaveLength(2)
    expect(state).toBe('saved')
  })

  it('a change made while a failing save is on its way keeps its own autosave, which retries', async () => {
    const saver = makeSaver()
    refuse = true
    const release = holdSaves()
    change(saver)
    const first = saver.flush()
    change(saver)
    expect(state).toBe('saving')
    release()
    await first
    expect(state).toBe('error')
    expect(calls).toHaveLength(1)
    refuse = false
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    await aTaskLater()
    expect(calls).toHaveLength(2)
    expect(unsaved).toBe(0)
    expect(state).toBe('saved')
  })
})

describe('a change during a save', () => {
  it('stays "Saving", joins no second save at once, and is saved by itself afterwards', async () => {
    const saver = makeSaver()
    const release = holdSaves()
    change(saver)
    const first = saver.flush()
    expect(state).toBe('saving')
    await vi.advanceTimersByTimeAsync(200)
    change(saver)
    expect(state).toBe('saving')
    // Its autosave comes due during the save: it waits for that one rather than sending beside it.
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    expect(calls).toHaveLength(1)
    release()
    await first
    // The first save sent one change; the other counts as unsaved and goes a second after it was made.
    expect(state).toBe('dirty')
    expect(unsaved).toBe(1)
    await aTaskLater()
    expect(calls).toHaveLength(2)
    expect(unsaved).toBe(0)
    expect(state).toBe('saved')
  })

  it('a save asked for during a save resolves with that save, and what is left goes after it', async () => {
    const saver = makeSaver()
    const release = holdSaves()
    change(saver)
    const first = saver.flush()
    unsaved++
    let joinedDone = false
    const joined = saver.flush().then(() => (joinedDone = true))
    await aTaskLater()
    expect(joinedDone).toBe(false)
    release()
    await first
    await joined
    expect(calls).toHaveLength(1)
    // Asked for again: scheduled, not lost.
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    expect(calls).toHaveLength(2)
    expect(unsaved).toBe(0)
  })

  it('a save asked for during a save that took everything leaves nothing to send afterwards', async () => {
    const saver = makeSaver()
    const release = holdSaves()
    change(saver)
    const first = saver.flush()
    void saver.flush({ inPieces: true })
    release()
    await first
    expect(unsaved).toBe(0)
    expect(state).toBe('saved')
    await vi.advanceTimersByTimeAsync(10 * SAVE_AFTER_MS)
    expect(calls).toHaveLength(1)
    expect(state).toBe('saved')
  })
})

describe('unload during the autosave', () => {
  it('ends the autosave\'s pause at once, so that the save completes without another task', async () => {
    const saver = makeSaver()
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    // The autosave waits in its pause between pieces (a task that has not run yet).
    expect(calls).toHaveLength(1)
    expect(pausesDone).toBe(0)
    let done = false
    const unload = saver.flush().then(() => (done = true))
    // No timer runs from here on: only promises.
    await unload
    expect(done).toBe(true)
    expect(pausesDone).toBe(1)
    expect(unsaved).toBe(0)
    expect(state).toBe('saved')
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    expect(calls).toHaveLength(1)
  })

  it('a later pause of the same save does not wait either', async () => {
    let pauses = 0
    const saver = makeSaver(async (run) => {
      await run.pause()
      await run.pause()
      pauses += 2
      unsaved = 0
      return true
    })
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    await saver.flush()
    expect(pauses).toBe(2)
  })

  it('a second autosave asked for meanwhile does not rush the pause', async () => {
    const saver = makeSaver()
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    void saver.flush({ inPieces: true })
    await Promise.resolve()
    await Promise.resolve()
    expect(pausesDone).toBe(0)
    await aTaskLater()
    expect(pausesDone).toBe(1)
  })

  it('a rushed save leaves the next autosave its pauses', async () => {
    const saver = makeSaver()
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    await saver.flush()
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS)
    expect(calls).toHaveLength(2)
    expect(pausesDone).toBe(1)
    await aTaskLater()
    expect(pausesDone).toBe(2)
  })
})

describe('another story', () => {
  it('forgets the last key and read-out of the story left behind', async () => {
    const saver = makeSaver()
    saver.edited()
    await vi.advanceTimersByTimeAsync(100)
    saver.reset()
    state = 'dirty'
    // The key before the reset no longer holds the indicator on unsaved.
    await saver.flush()
    expect(state).toBe('saved')
  })

  it('a key after the reset holds the indicator on unsaved until it is read out', async () => {
    const saver = makeSaver()
    saver.readOut()
    saver.reset()
    await vi.advanceTimersByTimeAsync(10)
    saver.edited()
    await saver.flush()
    expect(state).toBe('dirty')
  })

  it('the next change is due a second after it, not after a change of the story left behind', async () => {
    const saver = makeSaver()
    saver.edited()
    await vi.advanceTimersByTimeAsync(5000)
    saver.reset()
    change(saver)
    await vi.advanceTimersByTimeAsync(SAVE_AFTER_MS - 1)
    expect(calls).toHaveLength(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(calls).toHaveLength(1)
  })
})
