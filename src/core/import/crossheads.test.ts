import { describe, expect, it } from 'vitest'
import type { Article } from '../article/types'
import { regexWork } from '../../test/regexWork'
import { crossheadIndexes } from './crossheads'
import { importText } from './index'

/* Made-up stories in the layouts the wire formats use; the fixtures are measured in everyFixture.test.ts. */

const prose = [
  'HARBOURTON (Wire) - The town council voted on Tuesday to reopen the old ferry pier after two years of repairs, the mayor said.',
  'The pier was closed after a storm damaged its pilings, and the ferry has since docked at a temporary landing north of town.',
  'Traders said the closure had cost the market stalls near the water a third of their summer trade.',
  'Ferry service to resume in spring',
  'The operator said it would run four crossings a day from April, rising to six in the summer months.',
  '"We have waited a long time for this," said Ana Ruiz, who runs a fish stall by the pier.',
]

const one = (text: string, name: string): Article => {
  const a = importText(text, name).articles[0]
  if (!a) throw new Error(`no story in ${name}`)
  return a
}
const headings = (a: Article): string[] => a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)

describe('crossheads read by their shape', () => {
  it('plain text: a short line alone between paragraphs of prose is a heading block, out of the paragraph count', () => {
    const text = `Pier to reopen after two years\n\n${prose.join('\n\n')}\n`
    const a = one(text, 'story.txt')
    expect(headings(a)).toEqual(['Ferry service to resume in spring'])
    expect(a.paragraphs).toHaveLength(5)
    expect(a.paragraphs).not.toContain('Ferry service to resume in spring')
    // the same text, the same offsets: only the block's kind changed
    const plain = importText(text, 'story.txt', { crossheads: false }).articles[0] as Article
    expect(a.text).toBe(plain.text)
    expect(a.blocks.map((b) => [b.start, b.end, b.text])).toEqual(plain.blocks.map((b) => [b.start, b.end, b.text]))
    expect(headings(plain)).toEqual([])
    expect(plain.paragraphs).toHaveLength(6)
  })

  it('IPTC 7901: a crosshead between blank lines of wrapped copy', () => {
    const wrapped = prose.map((p) => p.replace(/(.{1,60})(?:\s|$)/g, '$1\n').trim()).join('\n\n')
    const msg = `\x01abc0001 4 i 120 abcde   wire 0001\r\n\nTown/ferry/\r\n\x02Pier to reopen after two years =\n\n${wrapped}\n\nwire ab cd\n\x03121530 GMT Mar 12\n\x04`
    const a = one(msg, 'item.iptc')
    expect(a.format).toBe('iptc7901')
    expect(headings(a)).toEqual(['Ferry service to resume in spring'])
    expect(a.paragraphs).toHaveLength(5)
  })

  it('ANPA: an all-capitals section head after a separator line, and numbered heads between items', () => {
    const body = [
      ...prose.slice(0, 3),
      ...prose.slice(4),
      // a line that closes no sentence: the separator after it is what opens the section
      'Timetables from the harbour office at the landing',
      '___',
      'NEXT STEPS',
      'Council: The budget for the pier comes up again at the meeting on May 4.',
      'Operator: New timetables will be posted at the landing next week.',
    ]
    const lines = body.map((p) => `\t   ${p}\r\n \r`).join('\n')
    const msg = `\x16\x16\x01a1234\x1f-----\r\nr a\x13\x11 BC-US--Ferry-Pier     03-12 0400\r\n\x02\x02BC-US--Ferry-Pier,400<\r\n^Pier to reopen after two years<\r\n${lines}\n\t   \x03AP-WF-03-12-19 1530GMT<\r\n\x04`
    const a = one(msg, 'item.tst')
    expect(a.format).toBe('anpa')
    expect(headings(a)).toEqual(['NEXT STEPS'])
    // the separator line that made it a head leaves the body afterwards
    expect(a.paragraphs).toHaveLength(8)
    expect(a.clutter).toEqual(['___'])
  })

  it('stays a paragraph: a short sentence, a label before a list, a name, a line that runs on, a caption alone', () => {
    const cases: [string, string][] = [
      ['It did.', 'a short sentence closed by a full stop'],
      ['The final figures:', 'a label closed by a colon'],
      ['Jane Roe', 'a name alone (a contributor of a live blog)'],
      ['Ferry service to resume in spring and', 'a line the next paragraph continues'],
    ]
    for (const [line, why] of cases) {
      const next = line.endsWith('and') ? 'the operator said it would run four crossings a day from April, rising to six.' : prose[4]!
      const paras = [...prose.slice(0, 3), line, next, prose[5]!]
      expect(crossheadIndexes(paras).size, why).toBe(0)
    }
    // a short line after a paragraph that closes no sentence (a line of a list or a broken paragraph above it)
    expect(crossheadIndexes([...prose.slice(0, 3), 'Harbourton 0900 council meeting on the pier', 'Ferry service to resume in spring', prose[4]!, prose[5]!]).size).toBe(0)
    // a one-paragraph caption or note has no paragraphs around it
    expect(headings(one('Ferry service to resume in spring\n\nThe pier seen from the water on Monday.\n', 'caption.txt'))).toEqual([])
  })

  it('stays a paragraph in copy that is not prose: schedules, tables, lists of short lines', () => {
    const schedule = [
      'The following events are planned for Tuesday.',
      'Main events',
      'Harbourton 0900 Council meeting on the pier budget (separate entry)',
      'Lakeside 1100 Opening of the new bridge',
      'Other events',
      'Hillview 1400 Press conference of the regional police',
    ]
    expect(crossheadIndexes(schedule).size).toBe(0)
    // a head between a sentence and prose, in copy whose other paragraphs are mostly entries, not prose
    const entries = [
      'A schedule for Tuesday follows.',
      'Main events',
      'The council meets at nine to vote on the budget for the pier.',
      'Lakeside 1100 opening of the new bridge',
      'Hillview 1400 press conference of the regional police',
      'Rivertown 1600 reopening of the covered market',
    ]
    expect(crossheadIndexes(entries).size).toBe(0)
    expect(crossheadIndexes([...entries.slice(0, 3), ...prose.slice(3)]).size).toBeGreaterThan(0)
    const table = ['Scores on Monday.', 'Lions 54, Bears 51', 'Harbourton 7, Lakeside 5', 'Hillview 3, Rivertown 0']
    expect(crossheadIndexes(table).size).toBe(0)
  })

  it('AFP dashes, a quoted head and numbered all-capitals heads are crossheads; a list item with a dash is not', () => {
    const mark = (head: string): number[] => [...crossheadIndexes([...prose.slice(0, 3), head, prose[4]!, prose[5]!])]
    expect(mark('- Harbour closed -')).toEqual([3])
    expect(mark('«No more waiting»')).toEqual([3])
    expect(mark('2. COUNCIL VOTES ON BUDGET')).toEqual([3])
    expect(mark('- Harbour closed')).toEqual([])
    expect(mark('Lions 54, Bears 51')).toEqual([])
  })
})

describe('a story of short lines that close no sentence (a list, a table, a fuzzed feed of 50,000 name lines)', () => {
  it("reads each line about once: a line's shape is looked at only after a paragraph that closes a sentence", () => {
    const lines = Array.from({ length: 3000 }, (_, k) => ['AP Top Entertai', 'AP Top Eni', 'Lions 54 Bears 51', 'Harbour closed'][k % 4] as string)
    const chars = lines.join('').length
    const r = regexWork(() => crossheadIndexes(lines))
    expect(r.result.size).toBe(0)
    // the shape's patterns on every line read it about 15 times
    expect(r.work / chars).toBeLessThan(2)
  })
})
