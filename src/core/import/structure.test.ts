import { describe, expect, it } from 'vitest'
import { readFixture } from '../../test/fixtures'
import type { Article } from '../article/types'
import { importBytes } from './index'

const S = 'superdesk-core-io-fixtures/fixtures/'
const DW = 'dpa-digitalwires/'
const first = (rel: string): Article => {
  const { articles } = importBytes(readFixture(rel), rel.split('/').pop()!)
  expect(articles.length).toBeGreaterThan(0)
  return articles[0]!
}
const kinds = (a: Article, kind: string): string[] => a.blocks.filter((b) => b.kind === kind).map((b) => b.text)

describe('digitalwires teaser and crossheads', () => {
  const a = first(DW + 'digitalwires-json/dw-1.json')

  it('keeps the teaser as the summary, out of the body and the text', () => {
    expect(a.summary).toBe(
      'Ein Unternehmen aus Baden vertreibt Blutkapseln und «künstliche Jungfernhäutchen». Es will helfen, erntet aber auch Kritik - und macht so auf ein gesellschaftliches Phänomen aufmerksam.',
    )
    expect(a.text).not.toContain('Es will helfen, erntet aber auch Kritik')
    expect(a.paragraphs[0]).toMatch(/^Waghäusel \(dpa\) - Die meisten Kundinnen/)
  })

  it('makes crossheads heading blocks that the paragraphs leave out', () => {
    // the article_html has 14 <p> and 5 <h2>
    expect(kinds(a, 'heading')).toEqual([
      'Betroffene werden geächtet und verstoßen',
      'Immer wieder kontroverse Diskussionen in Workshops',
      'Terre des Femmes: Notsituation nicht ausnutzen',
      'Aufklären über «Mythos Jungfernhäutchen»',
      '«Patriarchat hat keine Herkunft»',
    ])
    expect(a.paragraphs).toHaveLength(14)
    expect(a.paragraphs).not.toContain('Betroffene werden geächtet und verstoßen')
    for (const b of a.blocks) expect(a.text.slice(b.start, b.end)).toBe(b.text)
    // a heading sits between the paragraphs it separates
    const order = a.blocks.map((b) => b.kind).filter((k) => k === 'paragraph' || k === 'heading')
    expect(order.slice(0, 4)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph'])
  })

  it('gives the same body as the NewsML-G2 rendering of the same item', () => {
    const g2 = first(DW + 'newsmlg2-output/dw-1.xml')
    expect(kinds(g2, 'heading')).toEqual(kinds(a, 'heading'))
    expect(g2.paragraphs).toHaveLength(a.paragraphs.length)
  })

  it('counts the digitalwires fixtures with teasers: every one a summary, none a paragraph', () => {
    const files = ['dw-1', 'embargoed', 'nsb_n1', 'with_dateline', 'with_infobox', 'rubix_multimedia_real']
    let seen = 0
    for (const f of files) {
      const e = first(`${DW}digitalwires-json/${f}.json`)
      expect(e.summary, f).toBeTruthy()
      expect(e.paragraphs, f).not.toContain(e.summary)
      expect(e.paragraphs.length, f).toBeGreaterThan(0)
      seen++
    }
    expect(seen).toBe(6)
  })
})

describe('NewsML-G2 headline from inline NITF', () => {
  it('takes hl1 when there is no contentMeta headline (IPTC LISTING_25, a bare contentSet)', () => {
    const a = first('iptc-newsml-g2/examples/LISTING_25_An_NITF_marked-up_article_conveyed_in_inlineXML.xml')
    expect(a.format).toBe('newsml-g2')
    expect(a.headline).toBe('Arizona Diamondbacks (29-23) at Philadelphia Phillies (26-24), 7:05p.m.')
    expect(a.paragraphs).toHaveLength(1)
    expect(a.summary).toMatch(/^A pair of teams coming off big weekend sweeps/)
  })
})

describe('the printed dateline', () => {
  it('is the whole dateline the body repeats, not only the place the metadata gives', () => {
    const a = first(S + 'ap-nitf.xml')
    expect(a.dateline).toEqual({ text: 'NEW YORK (AP) —', place: 'NEW YORK', date: '2015-12-10' })
    expect(first(S + 'ap.xml').dateline?.text).toBe('FORT WASHINGTON, Pa. (AP) _')
  })
})
