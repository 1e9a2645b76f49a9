/* eslint-disable no-control-regex -- these wire formats are framed by control characters (SOH, STX, ETX, EOT) */
import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { parseAnpa, anpaQuotes } from './anpa'
import { decodeBytes } from './decode'
import { importBytes } from './index'
import { extractInline } from './inline'

const S = 'superdesk-core-io-fixtures/fixtures/'
const load = (f: string) => {
  const { text } = decodeBytes(readFixture(S + f), f)
  const r = parseAnpa(text, f)
  return { ...r, a: extractInline(r.articles[0]!) }
}

describe('parseAnpa', () => {
  it('reads a write-through: header fields, byline, dateline, quotes', () => {
    const { a, articles, warnings } = load('ap_anpa-1.tst')
    expect(articles).toHaveLength(1)
    expect(warnings).toEqual([])
    expect(a.format).toBe('anpa')
    expect(a.slugline).toBe('BC-BKN--Heat-Hawks')
    expect(a.version).toBe('1stLd-Writethru')
    expect(a.corrections).toEqual(['1stLd-Writethru'])
    expect(a.agencyId).toBe('BC-BKN--Heat-Hawks 02-20')
    expect(a.headline).toBe('Deng has 30 points, short-handed Heat beat Hawks 115-111')
    expect(a.bylines).toEqual(['By CHARLES ODUM, AP Sports Writer'])
    expect(a.dateline).toEqual({ text: 'ATLANTA (AP) _', place: 'ATLANTA', date: '2016-02-20' }) // the trailer's day: the dateline prints none
    expect(a.source).toBe('AP')
    expect(a.created).toBe('2016-02-20T03:37:00Z')
    expect(a.paragraphs).toHaveLength(19)
    expect(a.paragraphs[0]!.startsWith('ATLANTA (AP) _ Luol Deng scored 30 points')).toBe(true)
    expect(a.paragraphs[8]).toContain('“I gave it a couple days to see if it would go away,” Wade said.')
    expect(a.text).not.toMatch(/[\x00-\x08\x0b-\x1f`]|''/)
    expect(a.notes.map((n) => n.kind)).toEqual(['media', 'eds', 'summary'])
    expect(a.text).not.toContain('Eds:')
  })
  it('keeps the story id across write-throughs and moves trailing credits', () => {
    const { a } = load('anpa-2.tst')
    expect(a.agencyId).toBe('BC-US--Ethanol-Losing Grassland 11-13')
    expect(a.version).toBe('1stLd-Writethru')
    expect(a.bylines).toEqual(['By CHET BROKAW and JACK GILLUM, Associated Press'])
    expect(a.dateline?.place).toBe('ROSCOE, South Dakota')
    expect(a.creditLines).toHaveLength(1)
    expect(a.creditLines[0]).toContain('contributed to this report from Washington')
    expect(a.paragraphs.at(-1)).not.toBe('___')
    expect(a.notes.find((n) => n.kind === 'editors-note')?.text).toMatch(/^EDITOR'S NOTE _ This is part of/)
  })
  it('converts nested `` \' quotes', () => {
    const { a } = load('anpa-1.tst')
    const p = a.paragraphs.find((x) => x.includes('This is who I am'))!
    expect(p).toContain('“At first, they don\'t want to look in the mirror,” she said.')
    expect(p).toContain('‘This is who I am,’')
    expect(a.creditLines).toEqual(['APTN contributor Kacey Cherry in Buenos Aires helped with this story.'])
    expect(anpaQuotes("``Hope is beautiful.''")).toBe('“Hope is beautiful.”')
  })
  it('reads tabular agate and headline lists', () => {
    const table = load('ap_anpa-2.tst').a
    expect(table.headline).toBe('Baseball Expanded Standings')
    expect(table.bylines).toEqual(['By The Associated Press'])
    expect(table.paragraphs[1]).toBe('Baltimore;23;13;.639;_;_;8-2;L-1;16-6;7-7')
    const list = load('anpa-4.tst').a
    expect(list.headline).toBe('AP Top Entertainment News at 11:23 p.m. EST')
    expect(list.paragraphs[0]).toBe('Ex-bodyguard testifies about lewd messages sent to Paltrow')
    expect(list.paragraphs).toHaveLength(10)
  })
  it('reads every ANPA fixture into a headline and body', () => {
    for (const f of ['anpa-1.tst', 'anpa-2.tst', 'anpa-3.tst', 'anpa-4.tst', 'ap_anpa-1.tst', 'ap_anpa-2.tst', 'ap_anpa-3.tst', 'ap_anpa-4.tst', 'ap_anpa-6.tst', 'ap_anpa-7.tst']) {
      const { a } = load(f)
      expect(a.headline, f).toBeTruthy()
      expect(a.paragraphs.length, f).toBeGreaterThan(0)
      expect(a.created, f).toMatch(/^20\d\d-\d\d-\d\dT\d\d:\d\d:00Z$/)
    }
    // A news alert has no headline line, only the one-sentence body: that sentence, without its dateline, is its headline.
    const alert = load('ap_anpa-5.tst').a
    expect(alert.headline).toMatch(/^Hawaii files court challenge/)
    expect(alert.dateline?.place).toBe('HONOLULU')
    expect(alert.paragraphs).toHaveLength(1)
  })
  it('takes no end mark ("^END<") for the headline: the keyword line names a story that has no headline line', () => {
    const { articles } = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/anpa-3.tst'), 'anpa-3.tst')
    const a = articles[0]!
    expect(a.headline).toBe('Global Weather-Fahrenheit')
    expect(a.clutter).toContain('END')
    expect(a.paragraphs.at(-1)).toBe('Source: Weather Underground')
    // a one-paragraph bulletin is still its own headline, not its keyword
    const flash = importBytes(readFixture('superdesk-core-io-fixtures/fixtures/ap_anpa-5.tst'), 'ap_anpa-5.tst').articles[0]!
    expect(flash.headline).toMatch(/^Hawaii files court challenge/)
  })

  it('fails on a file without STX', () => {
    expect(() => parseAnpa('\x16\x16\x01a1234\x1fxx\nno story here', 'x.tst')).toThrow(/no ANPA story/)
  })
})
