import { describe, expect, it } from 'vitest'
import { jsonBlob } from './jsonBlob'

describe('a JSON body built in pieces', () => {
  it('is the same text as JSON.stringify, with a pause between the pieces of each long array', async () => {
    const anchors = Array.from({ length: 1001 }, (_, i) => ({ id: `a${i}`, start: i, end: i + 3, exact: `“w${i}” — \\ "q"`, anchor: 'moved' }))
    const blocks = Array.from({ length: 250 }, (_, i) => ({ kind: 'paragraph', text: `Paragraph ${i}\n` }))
    const input = { storyId: 's', skipped: undefined, anchors, versionId: 'v', blocks, empty: [], nested: { a: [1, 2] } }
    let pauses = 0
    const blob = await jsonBlob(input, async () => void pauses++)
    expect(await blob.text()).toBe(JSON.stringify(input))
    expect(blob.type).toBe('application/json')
    // 1,001 anchors in pieces of 250: five pieces; 250 blocks fit in one.
    expect(pauses).toBe(5)
    expect(JSON.parse(await blob.text())).toEqual(JSON.parse(JSON.stringify(input)))
  })

  it('writes an object whose last or only property is a long array, and an empty object', async () => {
    const only = { items: Array.from({ length: 600 }, (_, i) => i) }
    expect(await (await jsonBlob(only, async () => {})).text()).toBe(JSON.stringify(only))
    expect(await (await jsonBlob({}, async () => {})).text()).toBe('{}')
  })
})
