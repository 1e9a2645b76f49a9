import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import { decodeBytes } from './decode'
import { extractInline } from './inline'
import { parseIptc7901 } from './iptc7901'

const load = (rel: string) => {
  const { text } = decodeBytes(readFixture(rel), rel)
  const r = parseIptc7901(text, rel)
  return { ...r, a: extractInline(r.articles[0]!) }
}
const S = 'superdesk-core-io-fixtures/fixtures/'

describe('parseIptc7901', () => {
  it('reads header, keywords, headline, dateline and the notebook', () => {
    const { a, articles, warnings } = load(S + 'IPTC7901.txt')
    expect(articles).toHaveLength(1)
    expect(warnings).toEqual([])
    expect(a.format).toBe('iptc7901')
    expect(a.slugline).toBe('Germany-politics')
    expect(a.headline).toBe('Germany Social Democrats: Coalition talks with Merkel could fail')
    expect(a.source).toBe('dpa')
    expect(a.dateline).toEqual({ text: 'Berlin (dpa) -', place: 'Berlin', date: '2013-11-13' }) // the trailer's day: the dateline prints none
    expect(a.created).toBe('2013-11-13T11:37:00Z')
    expect(a.paragraphs).toHaveLength(5)
    expect(a.paragraphs[0]).toBe(
      'Berlin (dpa) - Negotiations between German conservatives headed by Chancellor Angela Merkel and the left-leaning Social Democrats (SPD) on forming a coalition government could fail, a senior SPD member warned Wednesday.',
    )
    const nb = a.notes.find((n) => n.kind === 'notebook')!
    expect(nb.text).toContain('Reporting by: Wolfgang Schmidt')
    expect(a.text).not.toContain('NOTEBOOK')
    expect(a.text).not.toContain('Wolfgang Schmidt')
    expect(a.text).not.toContain('not for publication')
  })
  it('reads the odd-charset file with its lead marker and byline', () => {
    const { a } = load(S + 'IPTC7901_odd_charset.txt')
    expect(a.headline).toBe('German football saddened by illness to striker legend Mueller')
    expect(a.version).toBe('1ST LEAD')
    expect(a.bylines).toEqual(['By Manuel Schwarz, dpa'])
    expect(a.created).toBe('2015-10-07T13:41:00Z')
    expect(a.text).toContain('Thomas Müller')
    expect(a.text).not.toContain('Barry Whelan')
    expect(a.notes.find((n) => n.kind === 'notebook')?.text).toContain('Barry Whelan')
  })
  it('reads service words, bylines with employers and "(tca/dpa)" datelines', () => {
    const four = load(S + 'dpa_four_line.txt').a
    expect(four.corrections).toEqual(['REFILE', '1ST LEAD'])
    expect(four.headline).toBe('Switzerland joins list of countries resisting UN migration pact')
    expect(four.bylines).toEqual(['By dpa correspondents'])
    expect(four.paragraphs[0]).toMatch(/^Geneva \(dpa\) - Switzerland is joining/)
    expect(four.text).not.toContain('Albert Otti')
    const two = load(S + 'dpa_two_by_line.txt').a
    expect(two.bylines).toEqual(['By Tom Krasovic, The San Diego Union-Tribune'])
    expect(two.dateline).toMatchObject({ text: 'San Diego (tca/dpa) -', place: 'San Diego' })
    expect(two.source).toBe('dpa')
    expect(two.text).not.toContain('Tribune Content Agency')
  })
  it('reads the digitalwires 7901 conversions: corrections, teaser, Notizblock', () => {
    const dw = load('dpa-digitalwires/iptc7901-output/dw-1.iptc').a
    expect(dw.headline).toBe('«Mythos Jungfernhäutchen» - Zwischen Aufklärung und Kommerz')
    expect(dw.bylines).toEqual(['Von Marco Krefting und Sunrita Sen, dpa'])
    expect(dw.corrections[0]).toMatch(/^Berichtigung: In einer früheren Version/)
    expect(dw.dateline).toMatchObject({ text: 'Waghäusel (dpa) -', place: 'Waghäusel' })
    expect(dw.slugline).toBe('Gesundheit/Gesellschaft/Baden-Württemberg/Deutschland/Frauen')
    expect(dw.text).not.toMatch(/Notizblock|@dpa\.com|\+49/)
    expect(dw.notes.find((n) => n.kind === 'notebook')?.text).toContain('Krefting.marco@dpa.com')
    const eil = load('dpa-digitalwires/iptc7901-output/eil.iptc').a
    expect(eil.headline).toBe('Grünen-Spitze tritt nach Wahlniederlagen ab')
    expect(eil.paragraphs).toHaveLength(1)
    expect(eil.text).not.toContain('\x07')
    const nsb = load('dpa-digitalwires/iptc7901-output/nsb-n1.iptc').a
    expect(nsb.source).toBe('dpa')
    expect(nsb.dateline?.place).toBe('Peine')
  })
})
