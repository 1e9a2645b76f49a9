import { describe, expect, it } from 'vitest'
import { readFixture, readFixtureText } from '../../test/fixtures'
import { detectFormat, importBytes, importText } from './index'
import { ImportError } from './errors'
import { parseRBNews } from './rbnews'

const DIR = 'superdesk-core-io-fixtures/fixtures'
const read = (name: string) => parseRBNews(readFixtureText(`${DIR}/${name}`), name)

const MINIMAL = `<?xml version="1.0"?>
<RBNews xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <NewsID>n-1</NewsID>
  <PublishDate>2020-05-04T09:15:00</PublishDate>
  <strapline>SLUG/ONE</strapline>
  <headline>Bridge &amp;amp; tunnel close</headline>
  <subtitle i:nil="true"/>
  <town>Aarhus</town>
  <origin>/wire/</origin>
  <section>Indland</section>
  <version>2</version>
  <content>&lt;p&gt;First paragraph.&lt;/p&gt;&lt;h3&gt;A crosshead&lt;/h3&gt;&lt;p&gt;Second &amp;amp;quot;quoted&amp;amp;quot; paragraph.&lt;/p&gt;</content>
  <byLine>A. Writer</byLine>
  <TilRedaktionen>&lt;p&gt;Hold until noon.&lt;/p&gt;</TilRedaktionen>
</RBNews>`

describe('parseRBNews', () => {
  it('reads a made-up item: fields, escaped HTML body with its crosshead, the note to the editors kept non-public', () => {
    const { articles, warnings } = parseRBNews(MINIMAL, 'item.xml')
    expect(warnings).toEqual([])
    expect(articles).toHaveLength(1)
    const a = articles[0]!
    expect(a.format).toBe('rbnews')
    expect(a.agencyId).toBe('n-1')
    expect(a.version).toBe('2')
    // escaped twice, decoded twice
    expect(a.headline).toBe('Bridge & tunnel close')
    expect(a.summary).toBeNull()
    expect(a.source).toBe('wire')
    expect(a.section).toBe('Indland')
    expect(a.slugline).toBe('SLUG/ONE')
    expect(a.bylines).toEqual(['A. Writer'])
    expect(a.dateline).toEqual({ text: 'Aarhus', place: 'Aarhus', date: null })
    expect(a.dates).toEqual({ created: '2020-05-04T09:15:00', versionCreated: null, embargoUntil: null })
    expect(a.paragraphs).toEqual(['First paragraph.', 'Second "quoted" paragraph.'])
    expect(a.blocks.filter((b) => b.kind === 'heading').map((b) => b.text)).toEqual(['A crosshead'])
    expect(a.notes).toEqual([{ kind: 'ednote', text: 'Hold until noon.' }])
    expect(a.text).not.toContain('Hold until noon')
  })

  it('reads a flash sent without a headline: the body comes, no headline is made up', () => {
    const { articles, warnings } = read('ritzau_news.xml')
    expect(warnings).toEqual([])
    expect(articles).toHaveLength(1)
    const a = articles[0]!
    expect(a.headline).toBeNull()
    expect(a.summary).toBeNull()
    expect(a.paragraphs).toHaveLength(3)
    expect(a.paragraphs[0]).toMatch(/^Hollandske forskere har "i årevis" lavet forsøg/)
    expect(a.bylines).toEqual(['Peder Top Poulsen'])
    expect(a.dateline).toEqual({ text: 'Haag', place: 'Haag', date: null })
    expect(a.created).toBe('2018-01-30T17:32:18.397')
    expect(a.dates.created).toBe('2018-01-30T17:32:18')
    expect(a.section).toBe('Udland')
    expect(a.slugline).toBe('NU/FLASH-U')
    expect(a.notes).toEqual([])
  })

  it('keeps the note to the editors non-public, out of the text', () => {
    const a = read('ritzau_news_test_ednote.xml').articles[0]!
    expect(a.notes).toHaveLength(1)
    expect(a.notes[0]!.kind).toBe('ednote')
    expect(a.notes[0]!.text).toMatch(/^Lasse Norman Hansen skifter til Corendon-Circus\.\nDer i næste sæson/)
    expect(a.text).not.toContain('Corendon')
    expect(a.paragraphs).toEqual(read('ritzau_news.xml').articles[0]!.paragraphs)
  })

  it('reads each item of a feed response, its doubly escaped references decoded', () => {
    const { articles } = read('ritzau_feed.xml')
    expect(articles.map((a) => a.headline)).toEqual(['PR / Spire Global, Inc.', 'Kort om sport'])
    const [pr, sport] = articles as [(typeof articles)[0], (typeof articles)[0]]
    expect(pr.summary).toBe("UK Space Agency Backs Spire's Proposal to European Space Agency as Space Mission Provider")
    expect(pr.paragraphs[1]).toMatch(/^Today's announcement gives the green light/)
    expect(pr.text).not.toMatch(/&(?:apos|quot|amp);/)
    expect(pr.dateline?.place).toBe('København')
    expect(sport.bylines).toEqual(['Mikkel Lundby Madsen'])
    expect(sport.paragraphs).toHaveLength(1)
  })

  it('reads the correction, cancel and new-version flags as the item\'s corrections; a fixture\'s false flags add none', () => {
    const flags = (xml: string) => parseRBNews(MINIMAL.replace('<version>2</version>', `<version>2</version>${xml}`), 'f.xml').articles[0]!.corrections
    expect(flags('<Korrektion>true</Korrektion><Annuleret>false</Annuleret>')).toEqual(['correction'])
    expect(flags('<Annuleret>true</Annuleret><NyVersion>True</NyVersion>')).toEqual(['canceled', 'new version'])
    expect(flags('')).toEqual([])
    expect(read('ritzau_news.xml').articles[0]!.corrections).toEqual([])
  })

  it('refuses XML that holds no item', () => {
    expect(() => parseRBNews('<Response><error>0</error></Response>', 'empty.xml')).toThrow(ImportError)
  })
})

describe('RBNews detection', () => {
  it('detects an item by its root and a feed response by the items it holds', () => {
    expect(detectFormat(readFixture(`${DIR}/ritzau_news.xml`), 'ritzau_news.xml')).toBe('rbnews')
    expect(detectFormat(readFixture(`${DIR}/ritzau_feed.xml`), 'ritzau_feed.xml')).toBe('rbnews')
    const a = importText(MINIMAL, 'x.xml').articles[0]!
    expect(a.format).toBe('rbnews')
    // the town is the dateline, dated by the item's publish date
    expect(a.dateline).toEqual({ text: 'Aarhus', place: 'Aarhus', date: '2020-05-04' })
    expect(importBytes(readFixture(`${DIR}/ritzau_feed.xml`), 'ritzau_feed.xml').articles).toHaveLength(2)
  })
})
