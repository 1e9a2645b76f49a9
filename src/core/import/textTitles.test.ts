import { describe, expect, it } from 'vitest'
import { parseText } from './text'

const LEDE =
  'Officials said on Tuesday that the harbour would reopen within a week after the strike, which had kept dozens of ships waiting offshore, ended overnight.'
const MORE = 'The union said its members would return to work on Wednesday morning, and the port authority thanked shippers for their patience during the dispute.'
const one = (text: string) => parseText(text, 'story.txt').articles[0]!

describe('the headline of a plain-text story whose title ends in a full stop', () => {
  it('takes a title-case first line closed by a full stop', () => {
    const a = one(`Harbour Strike Ends After Week-Long Standoff.\n\n${LEDE}\n\n${MORE}`)
    expect(a.headline).toBe('Harbour Strike Ends After Week-Long Standoff.')
    expect(a.paragraphs).toEqual([LEDE, MORE])
  })

  it('takes a sentence-case first line that the dateline paragraph follows', () => {
    const a = one(`Harbour strike ends after a week.\n\nROTTERDAM, Oct. 4 (AP) — ${LEDE}\n\n${MORE}`)
    expect(a.headline).toBe('Harbour strike ends after a week.')
    expect(a.paragraphs[0]).toMatch(/^ROTTERDAM, Oct\. 4 \(AP\) — Officials/)
  })

  it('takes the opening line of a text file over a deck or a label, which stay in the body', () => {
    const a = one(`Harbour strike ends;\nUnion says members return on Wednesday.\n\nABSTRACT.\n\n${LEDE}\n\n${MORE}`)
    expect(a.headline).toBe('Harbour strike ends;')
    expect(a.paragraphs).toEqual(['Union says members return on Wednesday.', 'ABSTRACT.', LEDE, MORE])
  })

  it('takes a short first line over a story of one paragraph (it was dropped as clutter, and the paragraph doubled as headline)', () => {
    const a = one(`Harbour reopens\n\n${LEDE}`)
    expect(a.headline).toBe('Harbour reopens')
    expect(a.paragraphs).toEqual([LEDE])
    expect(a.clutter).toEqual([])
  })

  it('takes the first line after metadata labels, never the label itself', () => {
    const a = one(`BYLINE: Ana Ruiz.\n\nHarbour strike ends.\n\n${LEDE}\n\n${MORE}`)
    expect(a.headline).toBe('Harbour strike ends.')
    expect(a.paragraphs).toEqual([LEDE, MORE])
  })

  it('keeps site furniture above a pasted story out of the headline', () => {
    const a = one(`Skip to main content\n\nMENU\n\n${LEDE}\n\n${MORE}`)
    expect(a.headline).toBeNull()
    expect(a.paragraphs).toEqual([LEDE, MORE])
  })

  it('does not take a paragraph of the story that is longer than what follows it', () => {
    const a = one(`${LEDE}\n\nShort second paragraph here.\n\nAnd a third.`)
    expect(a.headline).toBeNull()
    expect(a.paragraphs[0]).toBe(LEDE)
  })
})
