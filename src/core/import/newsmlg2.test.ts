import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { fixture, readFixtureText } from '../../test/fixtures'
import { ImportError } from './errors'
import { looksLikeNewsMLG2, parseNewsMLG2 } from './newsmlg2'

const parse = (rel: string) => parseNewsMLG2(readFixtureText(rel), rel)

describe('parseNewsMLG2', () => {
  it('reads the IPTC text example: guid, version, headline, slugline, located, byline, copyright, language', () => {
    const { articles } = parse('iptc-newsml-g2/examples/LISTING_2_NewsML-G2_Text_Document.xml')
    expect(articles).toHaveLength(1)
    const a = articles[0]!
    expect(a.format).toBe('newsml-g2')
    expect(a.agencyId).toBe('urn:newsml:acmenews.com:20161121:US-FINANCE-FED')
    expect(a.version).toBe('11')
    expect(a.headline).toBe('Fed to halt QE to avert "bubble"')
    expect(a.slugline).toBe('US-Finance-Fed')
    expect(a.dateline).toEqual({ text: 'New York, NY', place: 'New York, NY', date: '2016-11-21' })
    expect(a.bylines).toEqual(['By Meredith Jameson, Staff Reporter'])
    expect(a.copyright).toBe('Copyright 2017-18 Acme News and Media LLC')
    expect(a.language).toBe('en-US')
    expect(a.created).toBe('2016-11-21T15:21:06-05:00')
    expect(a.paragraphs).toHaveLength(2)
    expect(a.paragraphs[0]).toMatch(/^\(New York, NY - October 21\) Et, sent luptat/)
    expect(a.section).toBe('economy, business and finance')
  })

  it('keeps a photo caption credit apart from the creditline', () => {
    const { articles } = parse('iptc-newsml-g2/examples/LISTING_3_Photo_in_NewsML-G2.xml')
    const a = articles[0]!
    expect(a.captions).toHaveLength(1)
    expect(a.captions[0]!.credit).toBe('Photo by Spencer Platt/Getty Images')
    expect(a.captions[0]!.creditLine).toBe('Getty Images')
    expect(a.captions[0]!.text).toMatch(/^A general view of part of downtown/)
    expect(a.captions[0]!.text).not.toContain('Photo by')
    expect(a.usageTerms).toMatch(/^Contact your local office/)
    expect(a.text.slice(a.captions[0]!.start, a.captions[0]!.end)).toContain('(Photo by Spencer Platt/Getty Images)'.slice(1, -1))
  })

  it('exposes the dpa caption/creditline mismatch so the credit check can compare them', () => {
    const mismatch = parse('dpa-newsmlg2-testdata/images/urn_newsml_dpa.com_20090101_171117-99-908458.xml').articles[0]!
    expect(mismatch.captions[0]!.credit).toBe('Peter Kneffel')
    expect(mismatch.captions[0]!.creditLine).toBe('Peter Kneffel/dpa')
    const ok = parse('dpa-newsmlg2-testdata/images/urn_newsml_dpa.com_20090101_171117-90-000086.xml').articles[0]!
    expect(ok.captions[0]!.credit).toBe('Jörg Carstensen/dpa')
    expect(ok.captions[0]!.creditLine).toBe('Jörg Carstensen/dpa')
    expect(ok.bylines).toEqual(['Jörg Carstensen'])
    expect(ok.source).toBe('dpa')
    expect(ok.dateline).toBeNull()
  })

  it('reads a dpa text item: XHTML body without the header, dateline, byline, non-public notes, update signal', () => {
    const rel = 'dpa-newsmlg2-testdata/basisdienst-20170629/urn:newsml:dpa.com:20090101:170626-99-998860.xml'
    const a = parse(rel).articles[0]!
    expect(a.agencyId).toBe('urn:newsml:dpa.com:20090101:170626-99-998860')
    expect(a.version).toBe('20')
    expect(a.headline).toBe('Thyssenkrupp-Klage gegen Ex-Manager muss neu verhandelt werden')
    expect(a.slugline).toBe('Arbeit/Deutschland/Bundesgerichte')
    expect(a.dateline).toEqual({ text: 'Erfurt (dpa)', place: 'Erfurt', date: '2017-06-29' })
    expect(a.bylines).toEqual(['Von Annett Gehler, dpa'])
    expect(a.language).toBe('de')
    expect(a.source).toBe('Deutsche Presse-Agentur GmbH')
    expect(a.creditLines).toEqual([])
    // the teaser, printed again as the body's first paragraph, is the summary
    expect(a.summary).toMatch(/^Erwartet wurde ein Grundsatzurteil/)
    expect(a.paragraphs[0]).toMatch(/^Erfurt \(dpa\) - Der Stahlkonzern/)
    expect(a.paragraphs).toHaveLength(11)
    // the header's h1 and byline are not repeated as body paragraphs
    expect(a.paragraphs).not.toContain('Thyssenkrupp-Klage gegen Ex-Manager muss neu verhandelt werden')
    // the dateline is printed in the body, so it gets no block of its own
    expect(a.blocks.some((b) => b.kind === 'dateline')).toBe(false)
    expect(a.notes.some((n) => n.kind === 'contacts' && n.text.includes('+49'))).toBe(true)
    expect(a.text).not.toContain('+49 361')
    expect(a.corrections).toContain('Update')
  })

  it('imports all 100 dpa items with headline, guid and body', () => {
    const dir = 'dpa-newsmlg2-testdata/basisdienst-20170629'
    const files = readdirSync(fixture(dir)).filter((f) => f.endsWith('.xml'))
    expect(files.length).toBe(100)
    for (const f of files) {
      const { articles } = parse(join(dir, f))
      expect(articles, f).toHaveLength(1)
      expect(articles[0]!.agencyId, f).toMatch(/^urn:newsml:dpa\.com:/)
      expect(articles[0]!.headline, f).toBeTruthy()
      expect(articles[0]!.paragraphs.length, f).toBeGreaterThan(0)
    }
  })

  it('reads Reuters, APA and Kathpress items from the vendor fixtures', () => {
    const r = parse('apa-wordpress-newsml-g2-fixtures/reuters1.xml').articles[0]!
    expect(r.agencyId).toBe('tag:reuters.com,0000:newsml_L4N0XE1TC')
    expect(r.headline).toBe('China complains Japanese air, sea surveillance raises safety risks')
    expect(r.paragraphs[0]).toMatch(/^BEIJING, April 17 \(Reuters\) - China's Defence Ministry/)
    expect(r.paragraphs).toHaveLength(8)
    expect(r.captions).toEqual([]) // a text item's descRole:caption is slug + headline, not a picture caption
    const k = parse('apa-wordpress-newsml-g2-fixtures/kap1.xml').articles[0]!
    expect(k.dateline).toMatchObject({ text: 'Vatikanstadt (KAP)', place: 'Vatikanstadt' })
    expect(k.headline).toMatch(/^Vatikan: Zahl der Priesteramtskandidaten/)
    const apa = parse('apa-wordpress-newsml-g2-fixtures/apa1.xml').articles[0]!
    expect(apa.headline).toBe('Emmanuelle Bercot eröffnet das Filmfestival von Cannes')
    expect(apa.corrections).toContain('correction')
  })

  it('reads every item of a newsMessage and marks corrections from the slugline', () => {
    const ap = parse('superdesk-core-io-fixtures/fixtures/ap.xml')
    expect(ap.articles.length).toBeGreaterThan(1)
    expect(new Set(ap.articles.map((a) => a.agencyId)).size).toBe(ap.articles.length)
    const c = parse('superdesk-core-io-fixtures/fixtures/tag_reuters.com_2016_newsml_L1N14N0FF_version_978556838').articles[0]!
    expect(c.corrections).toEqual(expect.arrayContaining(['CORRECTED', 'UPDATE 1']))
  })

  it('does not take a Reuters transmission timestamp in <dateline> for a printed dateline', () => {
    const r = parse('superdesk-core-io-fixtures/fixtures/tag_reuters.com,2018_newsml_MTZXEE13ZXCZES_2').articles[0]!
    expect(r.dateline).toBeNull()
    const located = parse('superdesk-core-io-fixtures/fixtures/tag_reuters.com_2014_newsml_KBN0FL0NN_version_5').articles[0]!
    // <located> names the place; the timestamp still gives the date
    expect(located.dateline).toEqual({ text: 'Bangalore', place: 'Bangalore', date: '2014-07-16' })
    expect(located.bylines).toEqual(['By Marwan Makdisi'])
    expect(located.blocks.some((b) => b.kind === 'dateline')).toBe(false) // <located> is not printed copy
    const video = parse('superdesk-core-io-fixtures/fixtures/video.xml').articles[0]!
    expect(video.dateline).toEqual({ text: 'MARCH 04, 2013', place: null, date: '2013-03-04' })
  })

  it("takes an inline NITF hedline's deck (hl2) as the summary where the item has none of its own", () => {
    const item = (contentMeta: string) =>
      parseNewsMLG2(
        `<?xml version="1.0"?><newsItem xmlns="http://iptc.org/std/nar/2006-10-01/" guid="urn:example:pier" version="1"><itemMeta><itemClass qcode="ninat:text"/></itemMeta>` +
          `<contentMeta>${contentMeta}</contentMeta><contentSet><inlineXML contenttype="application/nitf+xml"><nitf xmlns="http://iptc.org/std/NITF/2006-10-18/">` +
          `<body><body.head><hedline><hl1>Pier to reopen</hl1><hl2>Ferries to return in spring after two years of repairs</hl2></hedline></body.head>` +
          `<body.content><p>HARBOURTON (Wire) - The council voted to reopen the pier.</p><p>Ferries return in April.</p></body.content></body></nitf></inlineXML></contentSet></newsItem>`,
        'item.xml',
      ).articles[0]!
    const a = item('')
    expect([a.headline, a.summary, a.paragraphs.length]).toEqual(['Pier to reopen', 'Ferries to return in spring after two years of repairs', 2])
    expect(a.text).not.toContain('two years of repairs')
    // the item's own summary description comes first
    expect(item('<description role="drol:summary">The council voted on Tuesday.</description>').summary).toBe('The council voted on Tuesday.')
  })

  it('reads escaped HTML in plain inlineData as paragraphs', () => {
    const a = parse('superdesk-core-io-fixtures/fixtures/ansa-newsmlg2-text.xml').articles[0]!
    expect(a.paragraphs.length).toBeGreaterThan(0)
    expect(a.paragraphs.join(' ')).not.toMatch(/<\/?p>/)
  })

  it('reports package members and non-news items in warnings', () => {
    const pkg = parse('iptc-newsml-g2/examples/LISTING_6_Simple_NewsML-G2_Package.xml')
    expect(pkg.articles).toEqual([])
    expect(pkg.warnings[0]).toMatch(/package .* lists 2 member/)
    const concept = parse('iptc-newsml-g2/examples/LISTING_10_Abstract_Concept_conveyed_in_a_NewsML-G2_Concept_Item.xml')
    expect(concept.articles).toEqual([])
    expect(concept.warnings[0]).toMatch(/conceptItem .* is not a news item/)
  })

  it('imports every should_pass conformance file, and reads each should_fail one with a warning or refuses it by name', () => {
    const root = fixture('iptc-newsml-g2/unit_test_files')
    let passed = 0
    let failed = 0
    for (const version of readdirSync(root)) {
      for (const kind of ['should_pass', 'should_fail']) {
        let files: string[] = []
        try {
          files = readdirSync(join(root, version, kind)).filter((f) => f.endsWith('.xml'))
        } catch {
          continue // this version has no folder of this kind
        }
        for (const f of files) {
          const rel = join('iptc-newsml-g2/unit_test_files', version, kind, f)
          if (kind === 'should_pass') {
            const r = parse(rel)
            expect(r.articles.length + r.warnings.length, rel).toBeGreaterThan(0)
            passed++
          } else {
            failed++
            try {
              const r = parse(rel)
              // Read anyway: the editor is told what is wrong with the file.
              expect(r.warnings.length, rel).toBeGreaterThan(0)
              expect(r.warnings.join(' '), rel).toMatch(/\S/)
            } catch (e) {
              expect(e, rel).toBeInstanceOf(ImportError)
              expect((e as ImportError).message, rel).toContain(rel)
            }
          }
        }
      }
    }
    expect(passed).toBeGreaterThan(100)
    expect(failed).toBe(10)
  })

  it('imports the schema-incomplete conformance item with a warning instead of failing', () => {
    const r = parse('iptc-newsml-g2/unit_test_files/2.29/should_fail/001_incomplete_file.xml')
    expect(r.articles[0]!.agencyId).toBe('invalid-document')
    expect(r.articles[0]!.text).toBe('')
    expect(r.warnings).toEqual(['invalid-document: no text content (text item)'])
  })

  it('gives a line-numbered ImportError for a truncated item', () => {
    const text = readFixtureText('iptc-newsml-g2/examples/LISTING_2_NewsML-G2_Text_Document.xml')
    const cut = text.slice(0, Math.floor(text.length / 2))
    let err: unknown
    try {
      parseNewsMLG2(cut, 'cut.xml')
    } catch (e) {
      err = e
    }
    expect(err).toBeInstanceOf(ImportError)
    expect((err as ImportError).code).toBe('malformed')
    expect((err as ImportError).message).toMatch(/^line \d+: unexpected end of input/)
    expect((err as ImportError).file).toBe('cut.xml')
  })

  it('sniffs NewsML-G2 and nothing else', () => {
    expect(looksLikeNewsMLG2(readFixtureText('iptc-newsml-g2/examples/LISTING_2_NewsML-G2_Text_Document.xml'))).toBe(true)
    expect(looksLikeNewsMLG2(readFixtureText('superdesk-core-io-fixtures/fixtures/ap.xml'))).toBe(true)
    expect(looksLikeNewsMLG2(readFixtureText('superdesk-core-io-fixtures/fixtures/ap-nitf.xml'))).toBe(false)
    expect(looksLikeNewsMLG2('{"type":"text"}')).toBe(false)
  })
})
